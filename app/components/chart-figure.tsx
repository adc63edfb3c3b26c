// One figure of the dashboard: title, the finding in a sentence, n and source, the chart
// (browser only) beside its data table, and the downloads. Suppressed figures show only the
// "too few answers" sentence: no chart, no table, no download.
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ChartSpec } from "~/domain/charts/spec";
import type { TextCount } from "~/domain/charts/texts";
import type { Locale } from "~/domain/ids";
import { formatNumber } from "~/i18n/format";
import { ChartCanvas } from "./chart-canvas";
import { ChartTable } from "./chart-table";
import { HelpText, type Concept } from "./help-text";

/** Figures whose title uses a word a municipal reader may not know. */
const CHART_HELP: Record<string, Concept> = { "tickets-type-line": "supportLines", "tickets-line-one": "supportLines", "tickets-cluster": "cluster", "tickets-bus-factor": "busFactor" };

/** `textsCsvHref`: the download of every "other" text, when the page lists only some. */
type Props = { spec: ChartSpec; locale: Locale; csvHref: string; textsCsvHref?: string; level?: 3 | 4 };

export function ChartFigure({ spec, locale, csvHref, textsCsvHref, level = 3 }: Props) {
  const { t } = useTranslation("dashboard");
  const [canvas, setCanvas] = useState<HTMLCanvasElement | null>(null);
  const onReady = useCallback((c: HTMLCanvasElement | null) => setCanvas(c), []);
  const titleId = `${spec.id}-title`;
  const download = () => {
    if (!canvas) return;
    const a = document.createElement("a");
    a.href = canvas.toDataURL("image/png");
    a.download = `${spec.id}.png`;
    a.click();
  };
  return (
    <section className="chart-figure" aria-labelledby={titleId} data-chart={spec.id}>
      <Heading level={level} data-size="xs" id={titleId}>
        {spec.title}
      </Heading>
      <Paragraph className="chart-caption">{spec.caption}</Paragraph>
      {spec.suppressed ? <HelpText concept="minGroupSize" /> : CHART_HELP[spec.id] ? <HelpText concept={CHART_HELP[spec.id]!} /> : null}
      {spec.suppressed ? null : (
        <>
          <Paragraph data-size="sm" className="muted">
            {t("n", { n: formatNumber(locale, spec.n) })} · {t("source", { source: spec.source })}
          </Paragraph>
          <div className="chart-body">
            <ChartCanvas spec={spec} locale={locale} onReady={onReady} />
            <ChartTable spec={spec} locale={locale} />
          </div>
          {spec.texts?.length ? <TextList title={t("otherTexts")} texts={spec.texts} locale={locale} more={spec.moreTexts} csvHref={textsCsvHref} /> : null}
          <div className="chart-downloads no-print">
            <a href={csvHref} download aria-label={t("downloadCsvFor", { title: spec.title })}>
              {t("downloadCsv")}
            </a>
            {/* Only with JavaScript: the image exists once Chart.js has drawn it. */}
            {canvas ? (
              <button type="button" className="ds-button" data-variant="tertiary" data-size="sm" onClick={download} aria-label={t("downloadPngFor", { title: spec.title })}>
                {t("downloadPng")}
              </button>
            ) : null}
          </div>
        </>
      )}
    </section>
  );
}

/** Distinct texts with how many wrote each; `more` distinct ones are only in the CSV. */
export function TextList({ title, texts, locale, more, csvHref }: { title: string; texts: TextCount[]; locale: Locale; more?: number; csvHref?: string }) {
  const { t } = useTranslation("dashboard");
  return (
    <details className="chart-texts">
      <summary>{title}</summary>
      <ul>
        {texts.map((x) => (
          <li key={x.text}>
            {x.text} <span className="muted">{t("textTimes", { count: x.count, n: formatNumber(locale, x.count) })}</span>
          </li>
        ))}
      </ul>
      {more && csvHref ? (
        <Paragraph data-size="sm">
          <a href={csvHref} download>
            {t("moreTexts", { count: more, n: formatNumber(locale, more) })}
          </a>
        </Paragraph>
      ) : null}
    </details>
  );
}
