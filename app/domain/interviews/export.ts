// Interview exports: one CSV row per coded segment, and the REFI-QDA codebook (codebook.ts).
// CSV headers and the role/model/stance/criterion columns are the fixed identifiers of
// DESIGN.md, so scripts can rely on them whatever the language; the question text is the
// guide's text in the chosen locale, for the reader.
import { textIn, type Locale } from "~/domain/ids";
import { formatCsv, type CsvCell, type CsvDialect } from "~/domain/csv";
import type { CodedExcerpt, Interview } from "./coding";
import { guideQuestions, type InterviewGuide } from "./guide";

export { refiQdaCodebook } from "./codebook";

export const SEGMENT_COLUMNS = [
  "interview_id",
  "role",
  "department",
  "date",
  "question_key",
  "question",
  "quote",
  "model",
  "stance",
  "criterion",
  "themes",
] as const;

/** Themes are joined with this in one cell; a theme is a short tag and never holds it. */
export const THEME_SEPARATOR = "|";

/**
 * Header row followed by one row per excerpt, ordered by interview date, then interview id,
 * then the question's place in its guide (input order breaks ties). An excerpt whose interview
 * or question cannot be found is still exported — losing a quote is worse than an empty cell.
 */
export function segmentRows(
  excerpts: readonly CodedExcerpt[],
  interviews: readonly Interview[],
  guides: readonly InterviewGuide[],
  locale: Locale,
): CsvCell[][] {
  const interviewById = new Map(interviews.map((i) => [i.id, i]));
  const questionIndex = questionLookup(guides, locale);
  const rows = excerpts.map((e, inputOrder) => {
    const interview = interviewById.get(e.interviewId);
    const question = interview ? questionIndex.get(`${interview.guideKey}\u0000${e.questionKey}`) : undefined;
    return { e, interview, question, inputOrder };
  });
  rows.sort(
    (a, b) =>
      compare(a.interview?.date ?? "", b.interview?.date ?? "") ||
      compare(a.e.interviewId, b.e.interviewId) ||
      (a.question?.position ?? Infinity) - (b.question?.position ?? Infinity) ||
      a.inputOrder - b.inputOrder,
  );
  const body = rows.map(({ e, interview, question }): CsvCell[] => [
    e.interviewId,
    interview?.role ?? "",
    interview?.department ?? "",
    interview?.date ?? "",
    e.questionKey,
    question?.text ?? "",
    e.quote,
    e.model,
    e.stance,
    e.criterion,
    e.themes.join(THEME_SEPARATOR),
  ]);
  return [[...SEGMENT_COLUMNS], ...body];
}

/** The segment rows as a whole CSV file in the given dialect. */
export function segmentsCsv(
  excerpts: readonly CodedExcerpt[],
  interviews: readonly Interview[],
  guides: readonly InterviewGuide[],
  locale: Locale,
  dialect: CsvDialect,
): string {
  return formatCsv(segmentRows(excerpts, interviews, guides, locale), dialect);
}

function questionLookup(guides: readonly InterviewGuide[], locale: Locale): Map<string, { text: string; position: number }> {
  const index = new Map<string, { text: string; position: number }>();
  for (const guide of guides) {
    guideQuestions(guide).forEach((q, position) => index.set(`${guide.key}\u0000${q.key}`, { text: textIn(q.text, locale), position }));
  }
  return index;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
