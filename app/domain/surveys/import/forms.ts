// Microsoft Forms export (re-saved as CSV): leading ID, Start time, Completion time, Email,
// Name, (Last modified time), then one column per question headed by its text, in any
// order. Headers match a question by its text in any of the template's languages; what
// does not match is returned for the UI's mapping step. Email and Name are never read.
import { parseNumber } from "../answer-rules";
import { OTHER_VALUE, allQuestions, otherKey, type Answers, type Question, type SurveyTemplate } from "../template";
import { findOption, normalise, questionIndex } from "./match";
import { collectRows } from "./rows";
import { cellError, cleanHeader, isBlankRecord, lineOf, type CellResult, type CsvInput, type ImportOptions, type ImportResult } from "./types";

// Leading columns in English and (weakly sourced) Swedish and Norwegian exports, normalised.
const META = new Set(
  [
    "Start time", "Completion time", "Email", "Name", "Last modified time",
    "Starttid", "Sluttid", "Tid för slutförande", "Slutförandetid", "E-post", "Namn", "Senast ändrad", "Tid för senaste ändring",
    "Starttidspunkt", "Fullføringstidspunkt", "Fullføringstid", "Navn", "Sist endret", "Sist endra", "Namn",
  ].map(normalise),
);

type Column = { kind: "id" | "skip" } | { kind: "answer"; q: Question };

export function importMicrosoftForms(template: SurveyTemplate, input: CsvInput, opts: ImportOptions = {}): ImportResult {
  const collector = collectRows(template, opts);
  const [header, ...body] = input.records;
  if (!header) return collector.result();
  const { columns, unmatched } = matchHeaders(template, header.map(cleanHeader), opts.mapping ?? {});

  body.forEach((record, i) => {
    if (isBlankRecord(record)) return;
    const line = lineOf(input, i + 1);
    const answers: Answers = {};
    let id = "";
    for (const [c, col] of columns.entries()) {
      const cell = (record[c] ?? "").trim();
      if (col.kind === "id") id = cell;
      if (col.kind !== "answer") continue;
      const read = cellValue(col.q, cell, answers, opts);
      if ("error" in read) return collector.reject(line, read.error.code, read.error.params);
      answers[col.q.code] = read.value;
    }
    collector.accept(line, id === "" ? null : `forms:${id}`, answers);
  });
  return collector.result(unmatched);
}

/** Mapping first; then question text or code; then without the digits Forms adds to repeated titles. */
export function matchHeaders(template: SurveyTemplate, headers: string[], mapping: Record<string, string>) {
  const index = questionIndex(allQuestions(template), true);
  const byCode = new Map(allQuestions(template).map((q) => [q.code, q]));
  const claimed = new Set<string>();
  const unmatched: string[] = [];
  let leading = true;
  const columns = headers.map((h, i): Column => {
    const mapped = mapping[h];
    if (mapped === "") return { kind: "skip" };
    if (i === 0 && normalise(h) === "id") return { kind: "id" };
    const q = mapped !== undefined ? byCode.get(mapped) : (index.get(normalise(h)) ?? index.get(normalise(h.replace(/\d+$/, ""))));
    if (q && !claimed.has(q.code)) {
      leading = false;
      claimed.add(q.code);
      return { kind: "answer", q };
    }
    if (leading && META.has(normalise(h))) return { kind: "skip" };
    unmatched.push(h);
    return { kind: "skip" };
  });
  return { columns, unmatched };
}

function cellValue(q: Question, cell: string, answers: Answers, opts: ImportOptions): CellResult {
  if (cell === "") return { value: null };
  switch (q.kind) {
    case "number":
    case "scale": {
      const n = parseNumber(cell, opts.locale ?? "sv");
      return n === null ? cellError("not_a_number", q.code, cell) : { value: n };
    }
    case "list": {
      const items = cell.split(/;|\r?\n/).map((s) => s.trim()).filter(Boolean);
      return { value: items.length ? items : null };
    }
    case "multiple":
    case "single":
    case "yes_no_both":
      return choices(q, q.kind === "multiple" ? cell.split(";") : [cell], answers);
    default:
      return { value: cell };
  }
}

/** Options by label; with "other" allowed, an unknown text is what the respondent wrote there. */
function choices(q: Question, parts: string[], answers: Answers): CellResult {
  const chosen: string[] = [];
  const others: string[] = [];
  for (const part of parts.map((p) => p.trim()).filter(Boolean)) {
    const value = findOption(q, part);
    if (value !== null) chosen.push(value);
    else if (q.allowOther) others.push(part);
    else return { error: { code: "unknown_option", params: { question: q.code, value: part } } };
  }
  if (others.length > 0) {
    answers[otherKey(q.code)] = others.join("; ");
    if (!chosen.includes(OTHER_VALUE)) chosen.push(OTHER_VALUE);
  }
  const values = [...new Set(chosen)];
  if (q.kind === "multiple") return { value: values.length ? values : null };
  return { value: values[0] ?? null };
}
