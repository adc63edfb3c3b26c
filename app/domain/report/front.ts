// Summary and method: what a decision-maker reads first, modelled on the pre-study's
// "Sammanfattning" and "Metod" chapters.
import { recommendation } from "~/domain/decision/explain";
import { formats } from "./format";
import type { ReportInput } from "./input";
import type { Block, Section, Translate } from "./types";

export const notAvailable = (t: Translate): Block => ({ kind: "notice", text: t("report:notAvailable") });

export function summarySection(input: ReportInput, t: Translate): Section {
  const { num, pct } = formats(input.locale);
  const blocks: Block[] = [];
  const decision = input.decision;
  if (!decision || decision.result.ranking.length === 0) {
    blocks.push(notAvailable(t));
  } else {
    const text = recommendation(decision.result, t);
    text.paragraphs.forEach((p, i) => blocks.push({ kind: "paragraph", text: p, strong: i === 0 }));
    blocks.push({
      kind: "table",
      caption: t("report:summary.rankingCaption"),
      columns: [{ header: t("report:columns.rank"), align: "right" }, { header: t("report:columns.model") }, { header: t("report:columns.score"), align: "right" }, { header: t("report:columns.probabilityFirst"), align: "right" }],
      rows: decision.result.ranking.map((r, i) => [num(i + 1, 0), t(`decision:models.${r.model}.label`), num(r.score), pct(r.probabilityFirst)]),
    });
  }
  blocks.push({ kind: "subheading", text: t("report:summary.basis") });
  blocks.push({ kind: "list", items: basisItems(input, t) });
  return { id: "summary", heading: t("report:sections.summary"), blocks };
}

/** One line per source: what the recommendation rests on, or that it is missing. */
function basisItems(input: ReportInput, t: Translate): string[] {
  const { num } = formats(input.locale);
  return [
    input.survey ? t("report:basis.survey", { n: num(input.survey.results.responses, 0) }) : t("report:basis.surveyMissing"),
    input.tickets && input.tickets.stats.total > 0
      ? t("report:basis.tickets", { n: num(input.tickets.stats.total, 0), from: input.tickets.stats.from ?? "–", to: input.tickets.stats.to ?? "–" })
      : t("report:basis.ticketsMissing"),
    input.interviews && input.interviews.interviews > 0 ? t("report:basis.interviews", { count: input.interviews.interviews, n: num(input.interviews.interviews, 0) }) : t("report:basis.interviewsMissing"),
    input.decision && input.decision.stakeholders > 0
      ? t("report:basis.weights", { count: input.decision.stakeholders, n: num(input.decision.stakeholders, 0) })
      : t("report:basis.weightsMissing"),
    t("report:basis.systems", { count: input.systems.length, n: num(input.systems.length, 0) }),
  ];
}

export function methodSection(input: ReportInput, t: Translate): Section {
  const blocks: Block[] = [
    { kind: "paragraph", text: t("report:method.intro") },
    { kind: "subheading", text: t("report:method.sourcesHeading") },
    { kind: "list", items: [t("report:method.survey"), t("report:method.tickets"), t("report:method.interviews"), t("report:method.decision")] },
    { kind: "paragraph", text: t("report:method.groupSize", { n: input.minGroupSize }) },
  ];
  if (input.decision) {
    const { draws } = input.decision.result.simulation;
    blocks.push({ kind: "paragraph", text: t("report:method.simulation", { draws: formats(input.locale).num(draws, 0) }) });
  }
  return { id: "method", heading: t("report:sections.method"), blocks };
}
