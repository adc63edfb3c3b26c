// LimeSurvey response export with question-code headings (FORMATS.md): `Q`, `Q[SQ]`,
// `Q[other]`, `Q[comment]`, expression style `Q_SQ`, or `Q. Question text`. Answer codes
// are option values or 1-based positions (`A2`); multiple choice is `Y` or empty.
// `ipaddr` and `token` are never read: responses stay anonymous.
import { parseNumber } from "../answer-rules";
import { OTHER_VALUE, allQuestions, otherKey, type Answers, type Question, type SurveyTemplate } from "../template";
import { findOption, normalise, questionIndex } from "./match";
import { collectRows } from "./rows";
import { cellError, cleanHeader, isBlankRecord, lineOf, type CellResult, type CsvInput, type ImportOptions, type ImportResult } from "./types";

const META = ["id", "submitdate", "lastpage", "startlanguage", "seed", "token", "startdate", "datestamp", "ipaddr", "refurl"];

type Column =
  | { kind: "id" | "submitdate" | "skip" }
  | { kind: "answer"; q: Question }
  | { kind: "option"; q: Question; value: string }
  | { kind: "item"; q: Question }
  | { kind: "other"; q: Question };

export function importLimeSurvey(template: SurveyTemplate, input: CsvInput, opts: ImportOptions = {}): ImportResult {
  const collector = collectRows(template, opts);
  const [header, ...body] = input.records;
  if (!header) return collector.result();
  const index = questionIndex(allQuestions(template), false);
  const unmatched: string[] = [];
  const columns = header.map((raw): Column => {
    const h = cleanHeader(raw);
    const col = resolveHeading(opts.mapping?.[h] ?? h, index);
    if (!col) unmatched.push(h);
    return col ?? { kind: "skip" };
  });
  if (!columns.some((c) => c.kind === "id")) {
    collector.reject(lineOf(input, 0), "missing_column", { column: "id" });
    return collector.result(unmatched);
  }

  body.forEach((record, i) => {
    if (isBlankRecord(record)) return;
    const line = lineOf(input, i + 1);
    const cell = (c: number) => (record[c] ?? "").trim();
    const id = cell(columns.findIndex((c) => c.kind === "id"));
    const submitted = columns.findIndex((c) => c.kind === "submitdate");
    if (submitted >= 0 && cell(submitted) === "") return collector.reject(line, "incomplete_response", { id });
    const answers: Answers = {};
    for (const [c, col] of columns.entries()) {
      const read = readCell(col, cell(c), answers, opts);
      if (read) return collector.reject(line, read.code, read.params);
    }
    collector.accept(line, id === "" ? null : `limesurvey:${id}`, answers);
  });
  return collector.result(unmatched);
}

/** Adds one cell to the answers; returns a problem when the cell cannot be read. */
function readCell(col: Column, cell: string, answers: Answers, opts: ImportOptions) {
  const list = (code: string): string[] => {
    const v = answers[code];
    return Array.isArray(v) ? v : [];
  };
  switch (col.kind) {
    case "option": {
      const chosen = /^(y|yes|1)$/i.test(cell);
      if (!chosen && !/^(|n|no|n\/a|0)$/i.test(cell)) return { code: "invalid_value", params: { question: col.q.code, value: cell } };
      if (chosen) answers[col.q.code] = [...list(col.q.code), col.value];
      else answers[col.q.code] ??= null;
      return null;
    }
    case "item":
      if (cell !== "") answers[col.q.code] = [...list(col.q.code), cell];
      else answers[col.q.code] ??= null;
      return null;
    case "other":
      answers[otherKey(col.q.code)] = cell === "" ? null : cell;
      if (cell !== "" && col.q.kind === "multiple" && !list(col.q.code).includes(OTHER_VALUE))
        answers[col.q.code] = [...list(col.q.code), OTHER_VALUE];
      return null;
    case "answer": {
      const read = answerValue(col.q, cell, opts);
      if ("error" in read) return read.error;
      answers[col.q.code] = read.value;
      return null;
    }
    default:
      return null;
  }
}

function answerValue(q: Question, cell: string, opts: ImportOptions): CellResult {
  if (cell === "") return { value: null };
  switch (q.kind) {
    case "single":
    case "yes_no_both": {
      if (cell === "-oth-") return { value: OTHER_VALUE };
      const yesNo = /^[YN]$/.test(cell) ? (cell === "Y" ? "yes" : "no") : cell;
      return { value: findOption(q, yesNo) ?? findOption(q, cell) ?? cell };
    }
    case "number":
    case "scale": {
      // Array (5 point) answers may come as `A5`; numerical input as `12.0000000000`.
      const n = parseNumber(cell.replace(/^A(?=\d)/, ""), opts.locale ?? "en");
      return n === null ? cellError("not_a_number", q.code, cell) : { value: n };
    }
    case "multiple":
    case "list":
      return { value: [cell] };
    default:
      return { value: cell };
  }
}

function resolveHeading(heading: string, index: Map<string, Question>): Column | null {
  if (heading === "") return { kind: "skip" };
  const lower = heading.toLowerCase();
  if (lower === "id") return { kind: "id" };
  if (lower === "submitdate") return { kind: "submitdate" };
  if (META.includes(lower)) return { kind: "skip" };
  const whole = index.get(normalise(heading));
  if (whole) return { kind: "answer", q: whole };
  const bracket = /^(.+?)\[(.+)\]/.exec(heading);
  if (bracket) return subColumn(index.get(normalise(bracket[1] ?? "")), bracket[2] ?? "");
  // "Q. Question text" headings: the code is before the first ". ".
  const dotted = heading.split(". ")[0] ?? "";
  if (dotted !== heading) return resolveHeading(dotted, index);
  // Expression style Q_SQ: our codes hold underscores too, so try the longest code prefix.
  for (let at = heading.lastIndexOf("_"); at > 0; at = heading.lastIndexOf("_", at - 1)) {
    const q = index.get(normalise(heading.slice(0, at)));
    if (q) return subColumn(q, heading.slice(at + 1));
  }
  return null;
}

function subColumn(q: Question | undefined, sub: string): Column | null {
  if (!q) return null;
  if (sub.toLowerCase() === OTHER_VALUE && q.allowOther) return { kind: "other", q };
  if (/comment$/i.test(sub)) return { kind: "skip" };
  if (q.kind === "list") return { kind: "item", q };
  if (q.kind !== "multiple") return null;
  const value = findOption(q, sub);
  return value === null ? null : { kind: "option", q, value };
}
