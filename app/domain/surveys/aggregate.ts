// Survey results from answer records. Records are first counted into SurveyCounts, so that
// in-memory responses and SQL counts (100,000 responses) finish through the same
// aggregateFromCounts and cannot drift apart.
import { aggregateFromCounts, type AggregateOptions, type QuestionCounts, type SurveyCounts, type SurveyResults } from "./aggregate-counts";
import { questionOptions } from "./fixed-options";
import { CHOICE_KINDS, TEXT_KINDS, allQuestions, otherKey, type Answers, type Question, type SurveyTemplate } from "./template";

export * from "./aggregate-counts";

export function tallyResponses(template: SurveyTemplate, responses: readonly Answers[]): SurveyCounts {
  const questions: Record<string, QuestionCounts> = {};
  for (const q of allQuestions(template)) questions[q.code] = tallyQuestion(q, responses);
  return { responses: responses.length, questions };
}

function tallyQuestion(q: Question, responses: readonly Answers[]): QuestionCounts {
  const out: QuestionCounts = { answered: 0 };
  const known = new Set(questionOptions(q).map((o) => o.value));
  const options: Record<string, number> = {};
  const numbers = new Map<number, number>();
  const texts: string[] = [];
  for (const r of responses) {
    const v = r[q.code];
    if (CHOICE_KINDS.includes(q.kind)) {
      // Values the template does not know (an older version) are left out, not guessed.
      const chosen = [...new Set(Array.isArray(v) ? v : typeof v === "string" ? [v] : [])].filter((x) => known.has(x));
      if (chosen.length === 0) continue;
      out.answered++;
      for (const x of chosen) options[x] = (options[x] ?? 0) + 1;
      const other = r[otherKey(q.code)];
      if (q.allowOther && typeof other === "string" && other.trim() !== "") texts.push(other.trim());
    } else if (q.kind === "number" || q.kind === "scale") {
      if (typeof v !== "number" || !Number.isFinite(v)) continue;
      out.answered++;
      numbers.set(v, (numbers.get(v) ?? 0) + 1);
    } else if (TEXT_KINDS.includes(q.kind)) {
      const items = (Array.isArray(v) ? v : typeof v === "string" ? [v] : []).map((s) => s.trim()).filter(Boolean);
      if (items.length === 0) continue;
      out.answered++;
      texts.push(...items);
    }
  }
  if (CHOICE_KINDS.includes(q.kind)) out.options = options;
  if (numbers.size > 0) out.numbers = [...numbers].map(([value, count]) => ({ value, count }));
  if (texts.length > 0) out.texts = texts;
  return out;
}

/** Results of answer records (hidden questions' answers are expected to be absent). */
export function aggregateSurvey(template: SurveyTemplate, responses: readonly Answers[], opts: AggregateOptions): SurveyResults {
  return aggregateFromCounts(template, tallyResponses(template, responses), opts);
}
