// The dashboard's filter, kept whole in the URL (a GET form) so a view can be shared. Every
// filter combines with the others (AND). Tickets: department, business area, system, period.
// Survey: the answers themselves, one per question (`answer=area:school&answer=permission_required:yes`
// keeps the respondents who gave both), and the business area as the `area` answer.
// Interviews: the interviewee's role and department.
import { z } from "zod";
import { BUSINESS_AREAS, INTERVIEW_ROLES, type BusinessArea, type InterviewRole } from "~/domain/ids";

export type DashboardFilter = {
  department?: string;
  area?: BusinessArea;
  system?: string;
  /** `YYYY-MM-DD`, both days included. */
  from?: string;
  to?: string;
  /** Interviews: the interviewee's role. */
  role?: InterviewRole;
  /** Survey question code → option value. */
  answers: Record<string, string>;
};

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)));
const text = z.string().trim().min(1).max(200);
const code = /^[a-z][a-z0-9_]{0,63}$/;
/** One answer per question, and no more questions than a survey could have. */
export const MAX_ANSWER_FILTERS = 20;

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
  const role = pick(z.enum(INTERVIEW_ROLES), "role");
  let from = pick(day, "from");
  let to = pick(day, "to");
  if (from && to && from > to) [from, to] = [to, from];
  Object.assign(filter, department && { department }, area && { area }, system && { system }, from && { from }, to && { to }, role && { role });
  for (const raw of params.getAll("answer")) {
    const [question = "", value = ""] = raw.split(":");
    if (Object.keys(filter.answers).length >= MAX_ANSWER_FILTERS) break;
    // The first value given for a question wins; a respondent answers a question once.
    if (code.test(question) && code.test(value) && !(question in filter.answers)) filter.answers[question] = value;
  }
  return filter;
}

/** The query string of a filter (stable order), for links such as the CSV downloads. */
export function filterToSearch(filter: DashboardFilter): string {
  const params = new URLSearchParams();
  for (const key of ["department", "area", "system", "from", "to", "role"] as const) {
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
export const isSurveyFiltered = (f: DashboardFilter) => Object.keys(f.answers).length > 0 || Boolean(f.area);
export const isInterviewFiltered = (f: DashboardFilter) => Boolean(f.role || f.department);

/**
 * The survey conditions of a filter: its answers, plus the business area as the answer to an
 * `area` question when the survey has one offering that area (an explicit `area` answer wins).
 * `offers(code, value)` says whether the survey has that choice.
 */
export function surveyConditions(f: DashboardFilter, offers: (code: string, value: string) => boolean): Array<{ code: string; value: string }> {
  const answers: Record<string, string> = { ...(f.area && !("area" in f.answers) ? { area: f.area } : {}), ...f.answers };
  return Object.keys(answers)
    .sort()
    .map((code) => ({ code, value: answers[code] as string }))
    .filter((c) => offers(c.code, c.value));
}

