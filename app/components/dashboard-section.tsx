// One section of the dashboard (survey, tickets, interviews): its figures, or a sentence
// saying the source has no data yet.
import { Link } from "@remix-run/react";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import type { ChartSpec, TextListSpec } from "~/domain/charts/spec";
import type { Locale } from "~/domain/ids";
import { formatNumber } from "~/i18n/format";
import { otherTextsId } from "~/domain/charts/texts";
import { ChartFigure, TextList } from "./chart-figure";
import { HelpText } from "./help-text";

type Props = {
  id: string;
  title: string;
  charts: ChartSpec[] | null;
  texts?: TextListSpec[];
  empty: string;
  /** Where to go to give the section data (for those who may), shown with the empty sentence. */
  emptyAction?: { to: string; label: string };
  locale: Locale;
  csv: (chartId: string) => string;
  minGroupSize: number;
  /** Which filters this section follows, shown when the view is filtered. */
  note?: string;
};

export function DashboardSection({ id, title, charts, texts, empty, emptyAction, locale, csv, minGroupSize, note }: Props) {
  return (
    <section className="dashboard-section" aria-labelledby={`section-${id}`}>
      <Heading level={3} data-size="md" id={`section-${id}`}>
        {title}
      </Heading>
      {note ? (
        <Paragraph data-size="sm" className="muted">
          {note}
        </Paragraph>
      ) : null}
      {charts === null ? (
        <Paragraph>
          {empty}
          {emptyAction ? (
            <>
              {" "}
              <Link to={emptyAction.to}>{emptyAction.label}</Link>
            </>
          ) : null}
        </Paragraph>
      ) : charts.map((spec) => <ChartFigure key={spec.id} spec={spec} locale={locale} csvHref={csv(spec.id)} textsCsvHref={csv(otherTextsId(spec.id))} level={4} />)}
      {texts?.map((x) => <FreeTexts key={x.id} spec={x} locale={locale} min={minGroupSize} csvHref={csv(x.id)} />)}
    </section>
  );
}

function FreeTexts({ spec, locale, min, csvHref }: { spec: TextListSpec; locale: Locale; min: number; csvHref: string }) {
  const { t } = useTranslation("dashboard");
  // The summary counts answers; the list below shows each distinct text once.
  const total = spec.texts.reduce((s, x) => s + x.count, 0) + (spec.moreTextsAnswers ?? 0);
  return (
    <section className="chart-figure" aria-labelledby={`${spec.id}-title`} data-texts={spec.id}>
      <Heading level={4} data-size="xs" id={`${spec.id}-title`}>
        {spec.title}
      </Heading>
      {spec.suppressed ? (
        <>
          <Paragraph className="chart-caption">{t("suppressedTexts", { min })}</Paragraph>
          <HelpText concept="minGroupSize" />
        </>
      ) : (
        <>
          <Paragraph data-size="sm" className="muted">
            {t("n", { n: formatNumber(locale, spec.n) })} · {t("source", { source: spec.source })}
          </Paragraph>
          <TextList title={t("textsCount", { count: total })} texts={spec.texts} locale={locale} more={spec.moreTexts} csvHref={csvHref} />
          <div className="chart-downloads no-print">
            <a href={csvHref} download aria-label={t("downloadCsvFor", { title: spec.title })}>
              {t("downloadCsv")}
            </a>
          </div>
        </>
      )}
    </section>
  );
}
