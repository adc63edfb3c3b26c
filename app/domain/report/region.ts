// The regional comparison: municipalities side by side, each figure from the municipality's
// own services, and each survey figure hidden when that municipality's minimum group size
// hides it. Pure: rows, chart specs, CSV rows and the PDF document from gathered facts.
import type { ChartSpec } from "~/domain/charts/spec";
import type { CsvCell } from "~/domain/csv";
import type { Locale, SupportModel } from "~/domain/ids";
import { formats } from "./format";
import type { ReportDocument, Translate } from "./types";

/** A share, or why there is none: hidden by the group size, or no data at all. */
export type Figure = { share: number } | { suppressed: true } | { missing: true };

export type RegionRow = {
  slug: string;
  name: string;
  responses: number;
  seesAdvantages: Figure;
  lineOneCapable: Figure;
  singlePerson: Figure;
  recommended: { model: SupportModel; probabilityFirst: number } | null;
};

export const shareOf = (f: Figure): number | undefined => ("share" in f ? f.share : undefined);

export const REGION_METRICS = ["seesAdvantages", "lineOneCapable", "singlePerson"] as const;

/** Bar charts of each measure; a municipality whose figure is hidden or missing is left out. */
export function regionCharts(rows: readonly RegionRow[], t: Translate): ChartSpec[] {
  const source = t("report:region.source");
  const shareChart = (id: string, title: string, pick: (r: RegionRow) => Figure): ChartSpec => {
    const shown = rows.filter((r) => "share" in pick(r));
    return { id, kind: "bar", title, caption: title, labels: shown.map((r) => r.name), datasets: [{ key: id, label: title, data: shown.map((r) => shareOf(pick(r)) ?? 0) }], n: shown.length, source, unit: "share" };
  };
  const recommended = rows.filter((r) => r.recommended);
  return [
    { id: "region-responses", kind: "bar", title: t("report:region.charts.responses"), caption: t("report:region.charts.responses"), labels: rows.map((r) => r.name), datasets: [{ key: "responses", label: t("report:columns.responses"), data: rows.map((r) => r.responses) }], n: rows.length, source, unit: "count" },
    shareChart("region-sees-advantages", t("report:region.charts.seesAdvantages"), (r) => r.seesAdvantages),
    shareChart("region-line-one", t("report:region.charts.lineOneCapable"), (r) => r.lineOneCapable),
    shareChart("region-single-person", t("report:region.charts.busFactor"), (r) => r.singlePerson),
    {
      id: "region-probability",
      kind: "hbar",
      title: t("report:region.charts.probability"),
      caption: t("report:region.charts.probability"),
      labels: recommended.map((r) => `${r.name}: ${t(`decision:models.${r.recommended!.model}.label`)}`),
      datasets: [{ key: "probabilityFirst", label: t("report:columns.probabilityFirst"), data: recommended.map((r) => r.recommended!.probabilityFirst) }],
      n: recommended.length,
      source,
      unit: "share",
    },
  ];
}

export const REGION_COLUMNS = ["municipality", "responses", "seesAdvantages", "lineOneCapable", "busFactor", "recommended", "probabilityFirst"] as const;

/** The comparison as table cells in the reader's language (the page and the PDF). */
export function regionTableRows(rows: readonly RegionRow[], locale: Locale, t: Translate): string[][] {
  const { num, pct } = formats(locale);
  const cell = (f: Figure) => ("share" in f ? pct(f.share) : "suppressed" in f ? t("report:region.suppressed") : t("report:region.missing"));
  return rows.map((r) => [
    r.name,
    num(r.responses, 0),
    cell(r.seesAdvantages),
    cell(r.lineOneCapable),
    cell(r.singlePerson),
    r.recommended ? t(`decision:models.${r.recommended.model}.label`) : t("report:region.missing"),
    r.recommended ? pct(r.recommended.probabilityFirst) : "–",
  ]);
}

export const REGION_CSV_HEADER = ["municipality", "name", "responses", "sees_advantages_share", "line_one_capable_share", "single_person_share", "recommended_model", "probability_first", "suppressed"];

export function regionCsvRows(rows: readonly RegionRow[]): CsvCell[][] {
  return rows.map((r) => {
    const hidden = REGION_METRICS.filter((m) => "suppressed" in r[m]);
    return [r.slug, r.name, r.responses, shareOf(r.seesAdvantages) ?? null, shareOf(r.lineOneCapable) ?? null, shareOf(r.singlePerson) ?? null, r.recommended?.model ?? null, r.recommended?.probabilityFirst ?? null, hidden.join("|")];
  });
}

export function regionReport(region: { name: string }, rows: readonly RegionRow[], locale: Locale, generatedOn: string, t: Translate): ReportDocument {
  return {
    title: t("report:region.pdfTitle", { region: region.name }),
    subtitle: t("report:region.pdfSubtitle"),
    cover: [region.name, generatedOn, t(`common:languages.${locale}`)],
    tocHeading: t("report:document.toc"),
    sections: [
      {
        id: "region",
        heading: t("report:region.tableCaption"),
        blocks: [
          { kind: "paragraph", text: t("report:region.intro") },
          { kind: "table", caption: t("report:region.tableCaption"), columns: REGION_COLUMNS.map((c, i) => ({ header: t(c === "municipality" ? "report:columns.municipality" : `report:columns.${c}`), align: i === 0 || c === "recommended" ? ("left" as const) : ("right" as const) })), rows: regionTableRows(rows, locale, t) },
        ],
      },
      { id: "region_charts", heading: t("report:region.chartsHeading"), blocks: regionCharts(rows, t).map((spec) => ({ kind: "chart" as const, spec })) },
    ],
  };
}
