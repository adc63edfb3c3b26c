// The dashboard's filter, kept in the URL (a GET form) so a view can be shared. Ticket
// filters: department, business area, system, period. Survey filters use the answers
// themselves: `answer=area:school` keeps the respondents who answered school to `area`.
// One answer filter at a time: the survey service narrows by one question and value.
import { z } from "zod";
import { BUSINESS_AREAS, type BusinessArea } from "~/domain/ids";

export type DashboardFilter = {
  department?: string;
  area?: BusinessArea;
  system?: string;
  /** `YYYY-MM-DD`, both days included. */
  from?: string;
  to?: string;
  /** Survey question code → option value. */
  answers: Record<string, string>;
};

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)));
const text = z.string().trim().min(1).max(200);
const code = /^[a-z][a-z0-9_]{0,63}$/;
export const MAX_ANSWER_FILTERS = 1;

/** Reads the filter from a query string; anything malformed is dropped, never an error page. */
export function parseFilter(params: URLSearchParams): DashboardFilter {
  const pick = <T>(schema: z.ZodType<T>, key: string): T | undefined => {
    const parsed = schema.safeParse(params.get(key) ?? undefined);
    return parsed.success ? parsed.data : undefined;
  };
  const filter: DashboardFilter = { answers: {} };
  const department = pick(text, "department");
  const area = pick(z.enum(BUSINESS_AREAS), "area");
  const system = pick(text, "system");
  let from = pick(day, "from");
  let to = pick(day, "to");
  if (from && to && from > to) [from, to] = [to, from];
  Object.assign(filter, department && { department }, area && { area }, system && { system }, from && { from }, to && { to });
  for (const raw of params.getAll("answer")) {
    const [question = "", value = ""] = raw.split(":");
    if (Object.keys(filter.answers).length >= MAX_ANSWER_FILTERS) break;
    if (code.test(question) && code.test(value)) filter.answers[question] = value;
  }
  return filter;
}

/** The query string of a filter (stable order), for links such as the CSV downloads. */
export function filterToSearch(filter: DashboardFilter): string {
  const params = new URLSearchParams();
  for (const key of ["department", "area", "system", "from", "to"] as const) {
    const v = filter[key];
    if (v) params.set(key, v);
  }
  for (const q of Object.keys(filter.answers).sort()) params.append("answer", answerValue(q, filter.answers[q] as string));
  const s = params.toString();
  return s ? `?${s}` : "";
}

/** The `answer` parameter's value for one question and option. */
export const answerValue = (question: string, value: string) => `${question}:${value}`;

export const isTicketFiltered = (f: DashboardFilter) => Boolean(f.department || f.area || f.system || f.from || f.to);
export const isSurveyFiltered = (f: DashboardFilter) => Object.keys(f.answers).length > 0;
