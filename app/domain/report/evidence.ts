// The three kinds of evidence, each as the pre-study presents it: survey results, the
// ticket analysis and the interview findings. Figures come from the other areas' results and
// chart specs; nothing here counts or averages anything again.
import type { ChartSpec } from "~/domain/charts/spec";
import { CHANNELS, TICKET_TYPES } from "~/domain/ids";
import { CHOICE_KINDS } from "~/domain/surveys/template";
import { formats } from "./format";
import { notAvailable } from "./front";
import type { ReportInput } from "./input";
import type { Block, Section, Translate } from "./types";

const chartBlocks = (charts: readonly ChartSpec[]): Block[] => charts.map((spec) => ({ kind: "chart", spec }));

export function surveySection(input: ReportInput, t: Translate): Section {
  const heading = t("report:sections.survey");
  const survey = input.survey;
  if (!survey) return { id: "survey", heading, blocks: [notAvailable(t)] };
  const { num, pct } = formats(input.locale);
  const blocks: Block[] = [{ kind: "paragraph", text: t("report:survey.intro", { n: survey.results.responses }) }];
  if (survey.results.responses < input.minGroupSize) {
    blocks.push({ kind: "notice", text: t("report:tooFew") });
    return { id: "survey", heading, blocks };
  }
  if (survey.charts.length > 0) blocks.push(...chartBlocks(survey.charts));
  // Without dashboard charts, the choice questions as tables (same counts and shares).
  else {
    for (const q of survey.results.questions) {
      if (!CHOICE_KINDS.includes(q.kind) && q.kind !== "scale") continue;
      blocks.push({ kind: "subheading", text: t(`report:survey.questions.${q.code}`, { defaultValue: q.code }) });
      if (q.suppressed) {
        blocks.push({ kind: "notice", text: t("report:tooFew") });
        continue;
      }
      blocks.push({
        kind: "table",
        caption: t("report:survey.answered", { n: q.answered }),
        columns: [{ header: t("report:columns.answer") }, { header: t("report:columns.count"), align: "right" }, { header: t("report:columns.share"), align: "right" }],
        rows: q.options.map((o) => [o.label, num(o.count, 0), pct(o.share)]),
      });
    }
  }
  return { id: "survey", heading, blocks };
}

export function ticketSection(input: ReportInput, t: Translate): Section {
  const heading = t("report:sections.tickets");
  const tickets = input.tickets;
  if (!tickets || tickets.stats.total === 0) return { id: "tickets", heading, blocks: [notAvailable(t)] };
  const { num, pct } = formats(input.locale);
  const s = tickets.stats;
  const hours = (h: number | null) => (h === null ? "–" : num(h));
  const blocks: Block[] = [
    { kind: "paragraph", text: t("report:tickets.intro", { n: num(s.total, 0), from: s.from ?? "–", to: s.to ?? "–", share: pct(s.lineOneCapableShare) }) },
    {
      kind: "table",
      caption: t("report:tickets.kpiCaption"),
      columns: [{ header: t("report:columns.measure") }, { header: t("report:columns.value"), align: "right" }],
      rows: [
        [t("report:tickets.total"), num(s.total, 0)],
        [t("report:tickets.perDayMean"), num(s.perDay.mean)],
        [t("report:tickets.perDayP90"), num(s.perDay.p90)],
        [t("report:tickets.lineOneCapable"), pct(s.lineOneCapableShare)],
        [t("report:tickets.resolutionP50"), hours(s.resolutionHours.p50)],
        [t("report:tickets.resolutionP90"), hours(s.resolutionHours.p90)],
      ],
    },
    ...chartBlocks(tickets.charts),
  ];
  if (tickets.charts.length === 0) {
    const share = (n: number) => pct(s.total > 0 ? n / s.total : 0);
    blocks.push({
      kind: "table",
      caption: t("report:tickets.byChannel"),
      columns: [{ header: t("report:columns.channel") }, { header: t("report:columns.count"), align: "right" }, { header: t("report:columns.share"), align: "right" }],
      rows: CHANNELS.map((c) => [t(`report:channels.${c}`), num(s.byChannel[c], 0), share(s.byChannel[c])]),
    });
    blocks.push({
      kind: "table",
      caption: t("report:tickets.byType"),
      columns: [{ header: t("report:columns.type") }, { header: t("report:columns.count"), align: "right" }, { header: t("report:columns.share"), align: "right" }],
      rows: TICKET_TYPES.map((c) => [t(`report:ticketTypes.${c}`), num(s.byType[c], 0), share(s.byType[c])]),
    });
  }
  return { id: "tickets", heading, blocks };
}

/** How many quotes the report prints; the CSV of coded segments has them all. */
export const QUOTES_IN_REPORT = 8;

export function interviewSection(input: ReportInput, t: Translate): Section {
  const heading = t("report:sections.interviews");
  const iv = input.interviews;
  if (!iv || iv.interviews === 0) return { id: "interviews", heading, blocks: [notAvailable(t)] };
  const { num } = formats(input.locale);
  const blocks: Block[] = [{ kind: "paragraph", text: t("report:interviews.intro", { count: iv.interviews, n: iv.interviews }) }];
  if (iv.evidence.length === 0) blocks.push({ kind: "notice", text: t("report:interviews.noCoding") });
  else
    blocks.push({
      kind: "table",
      caption: t("report:interviews.matrixCaption"),
      columns: [{ header: t("report:columns.model") }, { header: t("report:columns.criterion") }, { header: t("report:columns.pro"), align: "right" }, { header: t("report:columns.con"), align: "right" }],
      rows: iv.evidence.map((e) => [t(`decision:models.${e.model}.label`), t(`decision:criteria.${e.criterion}.label`), num(e.pro, 0), num(e.con, 0)]),
    });
  blocks.push(...chartBlocks(iv.charts));
  const quotes = iv.quotes.slice(0, QUOTES_IN_REPORT);
  if (quotes.length > 0) {
    blocks.push({ kind: "subheading", text: t("report:interviews.quotesHeading") });
    for (const q of quotes) {
      const attribution = t("report:interviews.attribution", {
        role: t(`report:roles.${q.role}`),
        stance: t(`report:stances.${q.stance}`),
        model: t(`decision:models.${q.model}.phrase`),
        criterion: t(`decision:criteria.${q.criterion}.phrase`),
      });
      blocks.push({ kind: "quote", text: q.text, attribution });
    }
  }
  return { id: "interviews", heading, blocks };
}
