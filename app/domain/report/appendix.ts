// Appendix: the data tables behind the chapters, for a reader who wants to check a figure.
import { busFactor } from "~/domain/tickets/load";
import { CRITERIA, SUPPORT_MODELS } from "~/domain/ids";
import { evidenceText } from "./decision";
import { formats } from "./format";
import type { ReportInput } from "./input";
import type { Block, Section, Translate } from "./types";

export function appendixSection(input: ReportInput, t: Translate): Section {
  const { num, pct } = formats(input.locale);
  const blocks: Block[] = [];
  const d = input.decision;
  if (d) {
    blocks.push({
      kind: "table",
      caption: t("report:appendix.scoresCaption"),
      columns: [{ header: t("report:columns.model") }, { header: t("report:columns.criterion") }, { header: t("report:columns.score"), align: "right" }, { header: t("report:columns.evidence") }],
      rows: SUPPORT_MODELS.flatMap((m) =>
        CRITERIA.map((c) => {
          const cell = d.result.scores[m][c];
          return [t(`decision:models.${m}.label`), t(`decision:criteria.${c}.label`), `${num(cell.value, 0)} ± ${num(cell.uncertainty, 0)}`, cell.evidence.map((e) => evidenceText(e, t)).join("\n")];
        }),
      ),
    });
  }
  const bf = busFactor(input.systems.map((s, i) => ({ id: String(i), name: s.name, administrators: s.administrators })));
  blocks.push({ kind: "paragraph", text: t("report:appendix.busFactor", { n: bf.singlePerson.length, systems: bf.systems, share: pct(bf.share) }) });
  if (input.systems.length > 0)
    blocks.push({
      kind: "table",
      caption: t("report:appendix.systemsCaption"),
      columns: [{ header: t("report:columns.system") }, { header: t("report:columns.administrators"), align: "right" }],
      rows: input.systems.map((s) => [s.name, num(s.administrators, 0)]),
    });
  const areas = Object.entries(input.tickets?.stats.byArea ?? {}).sort((a, b) => b[1] - a[1]);
  if (areas.length > 0)
    blocks.push({
      kind: "table",
      caption: t("report:appendix.areasCaption"),
      columns: [{ header: t("report:columns.area") }, { header: t("report:columns.count"), align: "right" }],
      rows: areas.map(([area, n]) => [t(`common:areas.${area}`, { defaultValue: area }), num(n, 0)]),
    });
  const numeric = (input.survey?.results.questions ?? []).filter((q) => q.kind === "number" && !q.suppressed && q.mean !== undefined);
  if (numeric.length > 0)
    blocks.push({
      kind: "table",
      caption: t("report:appendix.numbersCaption"),
      columns: [{ header: t("report:columns.question") }, { header: t("report:columns.answered"), align: "right" }, { header: t("report:columns.mean"), align: "right" }, { header: t("report:columns.median"), align: "right" }],
      rows: numeric.map((q) => [t(`report:survey.questions.${q.code}`, { defaultValue: q.code }), num(q.answered, 0), num(q.mean ?? 0), num(q.median ?? 0)]),
    });
  return { id: "appendix", heading: t("report:sections.appendix"), blocks };
}
