import bcrypt from "bcryptjs";

// Tests use a low cost so suites stay fast; the algorithm and code path are the same.
const ROUNDS = process.env.NODE_ENV === "test" ? 4 : 12;

export const hashPassword = (password: string) => bcrypt.hash(password, ROUNDS);
export const verifyPassword = (password: string, hash: string) => bcrypt.compare(password, hash);

// Compared against when the email is unknown, so a sign-in takes as long either way
// and does not reveal whether an account exists.
let dummyHash: string | undefined;
export async function burnPasswordCheck(password: string) {
  dummyHash ??= await bcrypt.hash("not-a-real-password", ROUNDS);
  await bcrypt.compare(password, dummyHash);
}
