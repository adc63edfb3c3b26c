// The sensitivity page: flip points, probability of ranking first, and pros and cons per model,
// each with its strongest evidence; where that is the interviews, an anonymised quote too.
import { isLocale, SUPPORT_MODELS, type SupportModel } from "~/domain/ids";
import type { ProCon } from "~/domain/decision";
import { i18next } from "~/i18n/i18next.server";
import { requireMembership } from "~/services/auth.server";
import { interviewQuotes, type InterviewQuote } from "~/services/interviews/evidence.server";
import { recommendFor } from "./recommend.server";

export type ProConView = ProCon & { quote?: Pick<InterviewQuote, "id" | "interviewId" | "quote"> };

export async function sensitivityLoader({ request, params }: { request: Request; params: { municipality?: string } }) {
  const { municipality } = await requireMembership(request, params.municipality);
  const detected = await i18next.getLocale(request);
  const locale = isLocale(detected) ? detected : "sv";
  const result = await recommendFor({ municipalityId: municipality.id });
  const withQuote = async (model: SupportModel, items: ProCon[], stance: "pro" | "con"): Promise<ProConView[]> =>
    Promise.all(
      items.map(async (item) => {
        if (item.evidence?.source !== "interviews") return item;
        const [quote] = await interviewQuotes({ municipalityId: municipality.id, model, criterion: item.criterion, stance, locale });
        return quote ? { ...item, quote: { id: quote.id, interviewId: quote.interviewId, quote: quote.quote } } : item;
      }),
    );
  const prosCons = await Promise.all(
    SUPPORT_MODELS.map(async (m) => ({ model: m, pros: await withQuote(m, result.pros[m], "pro"), cons: await withQuote(m, result.cons[m], "con") })),
  );
  return {
    slug: municipality.slug,
    sensitivity: result.sensitivity,
    ranking: result.ranking,
    draws: result.simulation.draws,
    prosCons,
    surveyId: result.origin.surveyId ?? null,
  };
}
