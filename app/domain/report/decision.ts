// The decision part of the report: the score matrix with its evidence, the weights and how
// much the stakeholders disagreed, sensitivity and pros and cons per model. Every number is
// read from the decision area's RecommendResult.
import { CRITERIA, SUPPORT_MODELS, type Criterion } from "~/domain/ids";
import type { EvidenceEntry } from "~/domain/decision/types";
import { formats } from "./format";
import { notAvailable } from "./front";
import type { ReportInput } from "./input";
import type { Block, Section, Translate } from "./types";

const criterionLabel = (t: Translate, c: Criterion) => t(`decision:criteria.${c}.label`);

/** One evidence line in the reader's language, worded as the decision pages word it:
 * pre-study citations by their reference, the municipality's own data by its source. */
export function evidenceText(e: EvidenceEntry, t: Translate): string {
  if (e.source === "override") return `${t("decision:sources.override")}: ${e.detail}`;
  if (e.code === "baseline") return `${e.source}: ${t(`decision:baseline.${String(e.params?.id ?? "")}`, { defaultValue: e.detail })}`;
  if (e.code) return `${t(`decision:sources.${e.source}`, { defaultValue: e.source })}: ${t(`decision:evidence.${e.code}`, { ...e.params, defaultValue: e.detail })}`;
  return `${e.source}: ${e.detail}`;
}

/** Evidence from the municipality's own data or a person's judgement (not a pre-study citation). */
const isOwn = (e: EvidenceEntry) => e.source === "override" || (e.code !== undefined && e.code !== "baseline");

export function decisionSection(input: ReportInput, t: Translate): Section {
  const heading = t("report:sections.decision");
  const d = input.decision;
  if (!d) return { id: "decision", heading, blocks: [notAvailable(t)] };
  const { num } = formats(input.locale);
  const { scores } = d.result;
  const blocks: Block[] = [
    { kind: "paragraph", text: t("report:decision.intro") },
    {
      kind: "table",
      caption: t("report:decision.matrixCaption"),
      columns: [{ header: t("report:columns.criterion") }, ...SUPPORT_MODELS.map((m) => ({ header: t(`decision:models.${m}.label`), align: "right" as const }))],
      rows: CRITERIA.map((c) => [criterionLabel(t, c), ...SUPPORT_MODELS.map((m) => num(scores[m][c].value, 0))]),
    },
  ];
  // The municipality's own evidence: the cells its data moved, with the fact that moved them.
  const adjusted = SUPPORT_MODELS.flatMap((m) =>
    CRITERIA.flatMap((c) => scores[m][c].evidence.filter(isOwn).map((e) => [t(`decision:models.${m}.label`), criterionLabel(t, c), e.delta === undefined ? "" : num(e.delta), evidenceText(e, t)])),
  );
  if (adjusted.length === 0) blocks.push({ kind: "notice", text: t("report:decision.noOwnEvidence") });
  else
    blocks.push({
      kind: "table",
      caption: t("report:decision.evidenceCaption"),
      columns: [{ header: t("report:columns.model") }, { header: t("report:columns.criterion") }, { header: t("report:columns.delta"), align: "right" }, { header: t("report:columns.evidence") }],
      rows: adjusted,
    });
  blocks.push(...d.charts.filter((c) => c.id.includes("ranking")).map((spec): Block => ({ kind: "chart", spec })));
  return { id: "decision", heading, blocks };
}

export function weightsSection(input: ReportInput, t: Translate): Section {
  const heading = t("report:sections.weights");
  const d = input.decision;
  if (!d) return { id: "weights", heading, blocks: [notAvailable(t)] };
  const { pct } = formats(input.locale);
  const people = d.stakeholders;
  const blocks: Block[] = [{ kind: "paragraph", text: people > 0 ? t("report:weights.intro", { count: people, n: people }) : t("report:weights.none") }];
  blocks.push({
    kind: "table",
    caption: t("report:weights.caption"),
    columns: [
      { header: t("report:columns.criterion") },
      { header: t("report:columns.weight"), align: "right" },
      { header: t("report:columns.lowest"), align: "right" },
      { header: t("report:columns.highest"), align: "right" },
      { header: t("report:columns.sd"), align: "right" },
    ],
    rows: CRITERIA.map((c) => {
      const s = d.spread[c];
      const range = people > 0 ? [pct(s.min, 1), pct(s.max, 1), pct(s.sd, 1)] : ["–", "–", "–"];
      return [criterionLabel(t, c), pct(d.result.weights[c], 1), ...range];
    }),
  });
  blocks.push(...d.charts.filter((c) => c.id.includes("weight")).map((spec): Block => ({ kind: "chart", spec })));
  return { id: "weights", heading, blocks };
}

export function sensitivitySection(input: ReportInput, t: Translate): Section {
  const heading = t("report:sections.sensitivity");
  const d = input.decision;
  if (!d) return { id: "sensitivity", heading, blocks: [notAvailable(t)] };
  const { pct } = formats(input.locale);
  const blocks: Block[] = [
    { kind: "paragraph", text: t("report:sensitivity.intro") },
    {
      kind: "table",
      caption: t("report:sensitivity.caption"),
      columns: [{ header: t("report:columns.criterion") }, { header: t("report:columns.weight"), align: "right" }, { header: t("report:columns.flipsAt"), align: "right" }, { header: t("report:columns.newWinner") }],
      rows: d.result.sensitivity.map((s) => [
        criterionLabel(t, s.criterion),
        pct(s.weight, 1),
        s.flipsAt === undefined ? t("report:sensitivity.never") : pct(s.flipsAt, 1),
        s.newWinner ? t(`decision:models.${s.newWinner}.label`) : "–",
      ]),
    },
    ...d.charts.filter((c) => c.id.includes("sensitivity")).map((spec): Block => ({ kind: "chart", spec })),
  ];
  return { id: "sensitivity", heading, blocks };
}

export function prosConsSection(input: ReportInput, t: Translate): Section {
  const heading = t("report:sections.pros_cons");
  const d = input.decision;
  if (!d) return { id: "pros_cons", heading, blocks: [notAvailable(t)] };
  const { num } = formats(input.locale);
  const item = (c: Criterion, difference: number) => t("report:prosCons.item", { criterion: criterionLabel(t, c), difference: num(difference) });
  const blocks: Block[] = [{ kind: "paragraph", text: t("report:prosCons.intro") }];
  for (const m of SUPPORT_MODELS) {
    blocks.push({ kind: "subheading", text: t(`decision:models.${m}.label`) });
    blocks.push({ kind: "paragraph", text: t(`decision:models.${m}.definition`) });
    const pros = d.result.pros[m].map((p) => item(p.criterion, p.difference));
    const cons = d.result.cons[m].map((p) => item(p.criterion, p.difference));
    blocks.push({ kind: "list", items: [t("report:prosCons.pros", { list: pros.join("; ") || "–" }), t("report:prosCons.cons", { list: cons.join("; ") || "–" })] });
  }
  return { id: "pros_cons", heading, blocks };
}
