// Link tokens handed out to people (survey invitations, set-password links): random, URL-safe,
// and kept in the database only as a SHA-256 hash, so a copy of the database opens nothing.
// The purpose is part of what is hashed, so a token's hash for one use never matches another's.
import { createHash, randomBytes } from "node:crypto";

/** `bytes` random bytes as base64url (18 bytes → 24 characters, 32 bytes → 43). */
export const randomToken = (bytes: number): string => randomBytes(bytes).toString("base64url");

const sha256 = (s: string) => createHash("sha256").update(s, "utf8").digest("hex");

/** The stored form of a token: SHA-256 (hex) of `vagval:<purpose>:<token>`. */
export const tokenHash = (purpose: string, token: string): string => sha256(`vagval:${purpose}:${token}`);

/** Tokens we hand out are 24 to 43 base64url characters; anything else is not worth a lookup. */
export const looksLikeToken = (s: string): boolean => /^[A-Za-z0-9_-]{16,64}$/.test(s);
