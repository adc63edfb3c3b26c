// Shape of a CSV text, guessed from its start: which delimiter and which line break.
// Swedish and Norwegian Excel write `;`, GLPI defaults to `;`, most tools write `,`,
// "Unicode text" from Excel is tab-separated.

export const DELIMITERS = [";", ",", "\t"] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** The first record (up to the first line break outside quotes) of `text`. */
export function firstRecord(text: string): string {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) return text.slice(0, i);
  }
  return text;
}

/**
 * The delimiter occurring most often outside quotes in the header record. Ties go to `;`,
 * then `,` (a header with neither is a one-column file, read with `,`).
 */
export function detectDelimiter(text: string): Delimiter {
  const header = firstRecord(text);
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const c of header) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && counts.has(c as Delimiter)) counts.set(c as Delimiter, (counts.get(c as Delimiter) ?? 0) + 1);
  }
  let best: Delimiter = ",";
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const n = counts.get(d) ?? 0;
    if (n > bestCount) [best, bestCount] = [d, n];
  }
  return best;
}

/** The line break the file uses, from the first one outside quotes (`\n` if none yet). */
export function detectNewline(text: string): "\r\n" | "\n" | "\r" {
  const end = firstRecord(text).length;
  if (text[end] === "\r") return text[end + 1] === "\n" ? "\r\n" : "\r";
  return "\n";
}

/** Line breaks inside a record's values: how many physical lines past its first it spans. */
export function lineBreaksIn(cells: readonly string[]): number {
  let n = 0;
  for (const c of cells) {
    if (c.includes("\n") || c.includes("\r")) n += c.match(/\r\n|\r|\n/g)?.length ?? 0;
  }
  return n;
}
