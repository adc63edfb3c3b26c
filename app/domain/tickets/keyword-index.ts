// Finding many keywords at word starts in one pass. Classifying a million-row import tested
// every rule's keywords against every ticket; here each word start of a ticket's text is
// looked up by its first two letters, so the cost follows the text's length, not the number
// of keywords. A keyword matches where the character before it is not a letter or digit
// ("fel" finds "Fel i utskrift" and "felkod", not "kaffeln"); texts and keywords are folded.

// Folded form of each non-ASCII character, worked out once (NFD over whole strings was slow).
const foldedChars = new Map<string, string>();
function foldChar(c: string): string {
  let f = foldedChars.get(c);
  if (f === undefined) {
    f = c === "ø" ? "o" : c === "æ" ? "ae" : c.normalize("NFD").replace(/\p{M}/gu, "");
    if (foldedChars.size < 10_000) foldedChars.set(c, f);
  }
  return f;
}

/** Lower-case and fold diacritics so "Lösenord", "losenord" and "LÖSENORD" all match. */
export function fold(s: string): string {
  const lower = s.toLowerCase();
  return /[^\x00-\x7f]/.test(lower) ? lower.replace(/[^\x00-\x7f]/gu, foldChar) : lower;
}

const WORD = /[\p{L}\p{N}]/u;
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return WORD.test(text[i] ?? "");
}

export interface KeywordIndex {
  /** First one or two characters of a folded keyword → (list number, keyword). */
  byPrefix: Map<string, { list: number; keyword: string }[]>;
}

/** Index several keyword lists (one per rule); `list` in matches is the position in `lists`. */
export function buildKeywordIndex(lists: readonly (readonly string[])[]): KeywordIndex {
  const byPrefix: KeywordIndex["byPrefix"] = new Map();
  lists.forEach((keywords, list) => {
    for (const raw of keywords) {
      const keyword = fold(raw.trim());
      if (!keyword) continue;
      const prefix = keyword.slice(0, 2);
      const entries = byPrefix.get(prefix) ?? [];
      entries.push({ list, keyword });
      byPrefix.set(prefix, entries);
    }
  });
  return { byPrefix };
}

/** Set `hit[list] = 1` for every list with a keyword at a word start of the folded `text`. */
export function markMatches(text: string, index: KeywordIndex, hit: Uint8Array) {
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && isWordChar(text, i - 1)) continue;
    for (const prefix of [text.slice(i, i + 2), text[i] ?? ""]) {
      const entries = index.byPrefix.get(prefix);
      if (!entries) continue;
      for (const e of entries) if (!hit[e.list] && text.startsWith(e.keyword, i)) hit[e.list] = 1;
    }
  }
}
