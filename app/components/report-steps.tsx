import { Link } from "@remix-run/react";
import { Heading, Paragraph, Tag } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import type { Missing, Step, StepKey } from "~/domain/report/home";
import { isLocale } from "~/domain/ids";
import { formatNumber } from "~/i18n/format";

const COLOUR = { done: "success", in_progress: "warning", not_started: "neutral" } as const;

export function stepHref(slug: string, step: StepKey): string {
  const paths: Record<StepKey, string> = { plan: "/organisation", survey: "/surveys", interviews: "/interviews", tickets: "/tickets", weights: "/decision/weights", report: "/report" };
  return `/m/${slug}${paths[step]}`;
}

// The pre-study's steps in order, each with its status, its counts and a link to act on it.
export function ReportSteps({ slug, steps }: { slug: string; steps: Step[] }) {
  const { t, i18n } = useTranslation("report");
  const locale = isLocale(i18n.language) ? i18n.language : "sv";
  const counts = (c: Record<string, number>) => Object.fromEntries(Object.entries(c).map(([k, v]) => [k, formatNumber(locale, v, 0)]));
  return (
    <ol className="report-steps" aria-label={t("home.stepsLabel")}>
      {steps.map((s) => (
        <li key={s.key} className="report-step">
          <Heading level={3} data-size="xs">
            {t(`home.steps.${s.key}.title`)}{" "}
            <Tag data-color={COLOUR[s.status]} data-size="sm">
              {t(`home.status.${s.status}`)}
            </Tag>
          </Heading>
          <Paragraph data-size="sm">{t(`home.steps.${s.key}.description`)}</Paragraph>
          <Paragraph data-size="sm">{t(`home.counts.${s.key}`, counts(s.counts))}</Paragraph>
          <Paragraph data-size="sm">
            <Link to={stepHref(slug, s.key)}>{t("home.act", { step: t(`home.steps.${s.key}.title`) })}</Link>
          </Paragraph>
        </li>
      ))}
    </ol>
  );
}

export function ReportMissing({ slug, missing }: { slug: string; missing: Missing[] }) {
  const { t } = useTranslation("report");
  const param = (v: string | number, key: string) => (key === "area" ? t(`common:areas.${v}`, { defaultValue: String(v) }) : v);
  return (
    <section aria-labelledby="report-missing" className="stack">
      <Heading level={2} data-size="md" id="report-missing">
        {t("home.missingHeading")}
      </Heading>
      {missing.length === 0 ? (
        <Paragraph>{t("home.nothingMissing")}</Paragraph>
      ) : (
        <ul>
          {missing.map((m) => (
            <li key={`${m.code}-${String(m.params.area ?? "")}`}>
              {t(`home.missing.${m.code}`, Object.fromEntries(Object.entries(m.params).map(([k, v]) => [k, param(v, k)])))} –{" "}
              <Link to={stepHref(slug, m.step)}>{t("home.act", { step: t(`home.steps.${m.step}.title`) })}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
