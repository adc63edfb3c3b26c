// Splits decoded CSV text into records, guessing the delimiter among , ; and tab, and
// remembering the physical line each record starts on (quoted fields may span lines).
import Papa from "papaparse";
import type { CsvInput } from "./types";

export type ParsedCsv = CsvInput & { lines: number[]; delimiter: string };

export function parseCsvText(text: string): ParsedCsv {
  const body = text.replace(/^\uFEFF/, "");
  // Guess on non-blank records only: blank lines lower papaparse's field-count average
  // and make a small ;-file look like a single column.
  const guess = Papa.parse<string[]>(body, { delimitersToGuess: [",", ";", "\t"], skipEmptyLines: true, preview: 50 });
  // Blank lines are kept in the real pass so that the line count stays physical.
  const parsed = Papa.parse<string[]>(body, { delimiter: guess.meta.delimiter, skipEmptyLines: false });
  const records: string[][] = [];
  const lines: number[] = [];
  let line = 1;
  for (const record of parsed.data) {
    const inner = record.reduce((n, field) => n + newlines(field), 0);
    // Blank physical lines (and the one after a final line break) are not records.
    if (!(record.length === 1 && record[0] === "")) {
      records.push(record);
      lines.push(line);
    }
    line += 1 + inner;
  }
  return { records, lines, delimiter: parsed.meta.delimiter };
}

const newlines = (s: string): number => (s.match(/\r\n|\r|\n/g) ?? []).length;
