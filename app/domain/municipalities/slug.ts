// The web address part of a municipality (/m/<slug>), suggested from its name. Pure.

/** The same rule the CLI enforces: lower-case letters, digits and hyphens, 2–63 characters. */
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{1,62}$/;

const LETTERS: Record<string, string> = { å: "a", ä: "a", á: "a", à: "a", æ: "ae", ö: "o", ø: "o", ó: "o", é: "e", è: "e", ü: "u", ß: "ss" };

// "Ale kommun" → "ale", "Bergen kommune" → "bergen": the word is the same for every row.
const TRAILING_WORD = /\s+(kommun|kommune|municipality)$/i;

export function suggestSlug(name: string): string {
  const base = name.trim().replace(TRAILING_WORD, "") || name.trim();
  const slug = base
    .toLowerCase()
    .replace(/[åäáàæöøóéèüß]/g, (c) => LETTERS[c] ?? c)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 63)
    .replace(/-+$/, "");
  return slug;
}
