// Vägval's own response CSV: one column per question code, `code.other` for "other" texts,
// several choices and list items joined with `|`, optional `response_id` for dedupe.
import { parseNumber } from "../answer-rules";
import { allQuestions, otherKey, type Answers, type Question, type SurveyTemplate } from "../template";
import { collectRows } from "./rows";
import { cellError, cleanHeader, isBlankRecord, lineOf, type CellResult, type CsvInput, type ImportOptions, type ImportResult } from "./types";

export const RESPONSE_ID_COLUMN = "response_id";
export const JOIN = "|";

type Column = { kind: "id" } | { kind: "answer"; q: Question } | { kind: "other"; q: Question } | null;

export function importVagvalCsv(template: SurveyTemplate, input: CsvInput, opts: ImportOptions = {}): ImportResult {
  const collector = collectRows(template, opts);
  const [header, ...body] = input.records;
  if (!header) return collector.result();
  const byCode = new Map(allQuestions(template).map((q) => [q.code, q]));
  const unmatched: string[] = [];
  const columns = header.map((raw): Column => {
    const h = cleanHeader(raw);
    const name = opts.mapping?.[h] ?? h;
    if (name === "") return null;
    if (name === RESPONSE_ID_COLUMN) return { kind: "id" };
    const q = byCode.get(name);
    if (q) return { kind: "answer", q };
    const other = byCode.get(name.replace(/\.other$/, ""));
    if (other?.allowOther && name === otherKey(other.code)) return { kind: "other", q: other };
    unmatched.push(h);
    return null;
  });

  body.forEach((record, i) => {
    if (isBlankRecord(record)) return;
    const line = lineOf(input, i + 1);
    const answers: Answers = {};
    let externalId: string | null = null;
    for (const [c, col] of columns.entries()) {
      const cell = (record[c] ?? "").trim();
      if (col?.kind === "id") externalId = cell === "" ? null : cell;
      else if (col?.kind === "other") answers[otherKey(col.q.code)] = cell === "" ? null : cell;
      else if (col?.kind === "answer") {
        const read = cellValue(col.q, cell, opts);
        if ("error" in read) return collector.reject(line, read.error.code, read.error.params);
        answers[col.q.code] = read.value;
      }
    }
    collector.accept(line, externalId, answers);
  });
  return collector.result(unmatched);
}

function cellValue(q: Question, cell: string, opts: ImportOptions): CellResult {
  if (cell === "") return { value: null };
  switch (q.kind) {
    case "multiple":
    case "list": {
      const parts = cell.split(JOIN).map((s) => s.trim()).filter(Boolean);
      return { value: parts.length ? parts : null };
    }
    case "number":
    case "scale": {
      const n = parseNumber(cell, opts.locale ?? "sv");
      return n === null ? cellError("not_a_number", q.code, cell) : { value: n };
    }
    default:
      return { value: cell };
  }
}
