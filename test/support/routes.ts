// Calls routes the way Remix does (loader, action with a form), and reads their answers.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { makeMunicipality, makeUser, request, sessionCookie } from "./factories";

export type Outcome = { status: number; location?: string; data?: unknown };

/** A loader/action result or thrown Response as status + data or redirect location. */
export async function outcome(fn: () => Promise<unknown>): Promise<Outcome> {
  let value: unknown;
  try {
    value = await fn();
  } catch (thrown) {
    if (thrown instanceof Response) return { status: thrown.status, location: thrown.headers.get("Location") ?? undefined };
    throw thrown;
  }
  if (value instanceof Response) return { status: value.status, location: value.headers.get("Location") ?? undefined, data: value };
  if (value && typeof value === "object" && (value as { type?: string }).type === "DataWithResponseInit") {
    const d = value as { data: unknown; init: ResponseInit | null };
    return { status: d.init?.status ?? 200, data: d.data };
  }
  return { status: 200, data: value };
}

export function post(path: string, fields: Record<string, string>, cookie: string) {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.append(k, v);
  return request(path, { method: "POST", body, cookie });
}

type Handler<A> = (args: A) => Promise<unknown>;

export const callLoader = (fn: Handler<LoaderFunctionArgs>, path: string, params: Record<string, string>, cookie: string) =>
  outcome(() => fn({ request: request(path, { cookie }), params, context: {} }));

export const callAction = (fn: Handler<ActionFunctionArgs>, path: string, params: Record<string, string>, fields: Record<string, string>, cookie: string) =>
  outcome(() => fn({ request: post(path, fields, cookie), params, context: {} }));

/** A municipality with a project member, a decision-maker and a member of another municipality. */
export async function setup() {
  const own = await makeMunicipality();
  const other = await makeMunicipality();
  const project = await makeUser({ role: "project", municipalityId: own.id });
  const decision = await makeUser({ role: "decision", municipalityId: own.id });
  const stranger = await makeUser({ role: "project", municipalityId: other.id });
  return {
    own,
    other,
    project: { ...project, cookie: await sessionCookie(project.id) },
    decision: { ...decision, cookie: await sessionCookie(decision.id) },
    stranger: { ...stranger, cookie: await sessionCookie(stranger.id) },
  };
}
