// Interview evidence for the decision model: pro and con counts per support model × criterion
// (counted in SQL), and the quotes behind a count, each linking back to its interview.
import { CRITERIA, SUPPORT_MODELS, type Criterion, type InterviewRole, type Locale, type Stance, type SupportModel } from "~/domain/ids";
import { anonymiseQuote } from "~/domain/interviews/anonymise";
import type { EvidenceCount } from "~/domain/interviews/coding";
import { countExcerpts, countInterviewsWithExcerpts, listExcerpts } from "~/db/interviews-excerpts.server";
import { maskNamesByInterview } from "~/db/interviews.server";
import { resources } from "~/i18n/resources";

/**
 * Same shape and order as the domain's evidenceCounts (SUPPORT_MODELS × CRITERIA order; cells
 * with neither pro nor con left out), but counted by the database.
 */
export async function interviewEvidence({ municipalityId, role, department }: { municipalityId: number; role?: InterviewRole; department?: string }): Promise<EvidenceCount[]> {
  const rows = await countExcerpts({ municipalityId, role, department });
  const count = (model: SupportModel, criterion: Criterion, stance: Stance) =>
    rows.find((r) => r.model === model && r.criterion === criterion && r.stance === stance)?.count ?? 0;
  return SUPPORT_MODELS.flatMap((model) =>
    CRITERIA.flatMap((criterion) => {
      const pro = count(model, criterion, "pro");
      const con = count(model, criterion, "con");
      return pro + con > 0 ? [{ model, criterion, pro, con }] : [];
    }),
  );
}

/** How many interviewees the evidence of a (filtered) view rests on. */
export const interviewees = (args: { municipalityId: number; role?: InterviewRole; department?: string }) => countInterviewsWithExcerpts(args);

export type InterviewQuote = {
  id: number;
  interviewId: number;
  role: InterviewRole;
  date: string;
  stance: Stance;
  quote: string;
  questionKey: string;
  themes: string[];
};

/**
 * The quotes coded for one model × criterion (optionally one stance or interviewee role),
 * anonymised with the interview's masked names and the locale's mask texts.
 * A link back is `/m/<slug>/interviews/<interviewId>#excerpt-<id>`.
 */
export async function interviewQuotes(args: {
  municipalityId: number;
  model: SupportModel;
  criterion: Criterion;
  stance?: Stance;
  role?: InterviewRole;
  locale?: Locale;
}): Promise<InterviewQuote[]> {
  const rows = await listExcerpts(args);
  const names = await maskNamesByInterview({ municipalityId: args.municipalityId });
  const masks = resources[args.locale ?? "sv"].interviews.masks;
  return rows.map((r) => ({
    id: r.id,
    interviewId: r.interviewId,
    role: r.role,
    date: r.date,
    stance: r.stance,
    quote: anonymiseQuote(r.quote, names.get(r.interviewId) ?? [], masks),
    questionKey: r.questionKey,
    themes: r.themes,
  }));
}
