// Link tokens: 144 random bits, URL-safe. The database keeps only hashes, derived two ways
// so that the invitation's hash and the response's resume key cannot be matched without
// the token itself (docs/decisions/020-survey-anonymity.md).
import { looksLikeToken, randomToken, tokenHash } from "~/services/tokens.server";

export { looksLikeToken };

export const newToken = (): string => randomToken(18);

/** Response ids are random too: a sequence would tell the order in which people started. */
export const newResponseId = (): string => randomToken(12);

export const invitationHash = (token: string): string => tokenHash("invitation", token);
export const resumeKeyOf = (token: string): string => tokenHash("response", token);
/** Kept on a submitted response so the link's holder can have it erased (docs/decisions/030-retention.md). */
export const eraseKeyOf = (token: string): string => tokenHash("erase", token);
