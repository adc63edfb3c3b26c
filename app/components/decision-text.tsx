import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { EvidenceEntry } from "~/domain/decision";
import { isLocale, type Locale } from "~/domain/ids";

// Shared bits of the decision pages: the reader's locale, an evidence entry as a sentence,
// and where each kind of evidence can be read in full.

export function useDecisionLocale(): Locale {
  const { i18n } = useTranslation();
  return isLocale(i18n.language) ? i18n.language : "sv";
}

/** The page an evidence source links to; undefined for the pre-study's own sources. */
export function sourceHref(slug: string, source: string, surveyId?: number | null): string | undefined {
  if (source === "survey") return surveyId ? `/m/${slug}/surveys/${surveyId}/results` : `/m/${slug}/surveys`;
  if (source === "tickets" || source === "cluster_gini") return `/m/${slug}/tickets`;
  // The bus factor is read from the system register, listed on the municipality's overview.
  if (source === "bus_factor") return `/m/${slug}`;
  if (source === "interviews") return `/m/${slug}/interviews`;
  return undefined;
}

/** The sentence for one evidence entry in the reader's language. */
export function useEvidenceSentence() {
  const { t } = useTranslation("decision");
  return (e: EvidenceEntry): string => {
    if (e.source === "override") return e.detail;
    if (e.code === "baseline") return t(`baseline.${String(e.params?.id ?? "")}`, { defaultValue: e.detail });
    if (e.code) return t(`evidence.${e.code}`, { ...e.params, defaultValue: e.detail });
    return e.detail;
  };
}

/** Who or what an evidence entry comes from: a pre-study reference, or one of our sources. */
export function useEvidenceSource() {
  const { t } = useTranslation("decision");
  return (e: EvidenceEntry): string => (e.code === "baseline" ? e.source : t(`sources.${e.source}`, { defaultValue: e.source }));
}

export function EvidenceLink({ slug, entry, surveyId }: { slug: string; entry: EvidenceEntry; surveyId?: number | null }) {
  const { t } = useTranslation("decision");
  const href = sourceHref(slug, entry.source, surveyId);
  if (!href) return null;
  const key = entry.source === "bus_factor" ? "bus_factor_systems" : entry.source;
  return <Link to={href}>{t("score.openSource", { source: t(`links.${key}`) })}</Link>;
}
