import { createUser, setMembership } from "~/db/users.server";
import { getMunicipality } from "~/db/municipalities.server";
import type { Role } from "~/domain/ids";
import { hashPassword } from "./password.server";

export class UserInputError extends Error {
  constructor(
    readonly code: "municipality_required" | "municipality_not_found" | "password_too_short",
    readonly params: Record<string, string> = {},
  ) {
    super(code);
  }
}

export const MIN_PASSWORD_LENGTH = 10;

/** Creates (or updates) a user; project and decision roles belong to one municipality. */
export async function addUser(input: { email: string; name?: string; role: Role; municipalitySlug?: string; password: string }) {
  if (input.password.length < MIN_PASSWORD_LENGTH) throw new UserInputError("password_too_short", { min: String(MIN_PASSWORD_LENGTH) });
  let municipalityId: number | undefined;
  if (input.role !== "admin") {
    if (!input.municipalitySlug) throw new UserInputError("municipality_required");
    const municipality = await getMunicipality({ slug: input.municipalitySlug });
    if (!municipality) throw new UserInputError("municipality_not_found", { slug: input.municipalitySlug });
    municipalityId = municipality.id;
  }
  const userId = await createUser({
    email: input.email,
    name: input.name,
    passwordHash: await hashPassword(input.password),
    isAdmin: input.role === "admin",
  });
  if (municipalityId !== undefined && input.role !== "admin") await setMembership({ userId, municipalityId, role: input.role });
  return userId;
}
