// Link tokens: 144 random bits, URL-safe. The database keeps only hashes, derived two ways
// so that the invitation's hash and the response's resume key cannot be matched without
// the token itself (docs/decisions/020-survey-anonymity.md).
import { createHash, randomBytes } from "node:crypto";

export const newToken = (): string => randomBytes(18).toString("base64url");

/** Response ids are random too: a sequence would tell the order in which people started. */
export const newResponseId = (): string => randomBytes(12).toString("base64url");

const sha256 = (s: string) => createHash("sha256").update(s, "utf8").digest("hex");

export const invitationHash = (token: string): string => sha256(`vagval:invitation:${token}`);
export const resumeKeyOf = (token: string): string => sha256(`vagval:response:${token}`);
/** Kept on a submitted response so the link's holder can have it erased (docs/decisions/030-retention.md). */
export const eraseKeyOf = (token: string): string => sha256(`vagval:erase:${token}`);

/** Tokens we hand out are 24 base64url characters; anything else is not worth a lookup. */
export const looksLikeToken = (s: string): boolean => /^[A-Za-z0-9_-]{16,64}$/.test(s);
