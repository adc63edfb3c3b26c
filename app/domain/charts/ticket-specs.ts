// Ticket aggregates → chart specs: volume per week by channel, type × line, the line-one
// capable share per month, load per business area and per proposed cluster, systems by bus
// factor and resolution times. Every spec goes through guard(): a view of fewer tickets (or
// systems) than the minimum group size shows no figure.
import { CHANNELS, SUPPORT_LINES, TICKET_TYPES, type Channel } from "~/domain/ids";
import { LINE_ONE_CAPABLE_TYPES, clusterLoad } from "~/domain/tickets/kpis";
import { intlLocale } from "~/i18n/format";
import { DEFAULT_CLUSTERS } from "./clusters";
import { fmt, shareOf, sum, type ChartContext } from "./context";
import type { ChartSpec } from "./spec";
import { guard } from "./suppress";
import { RESOLUTION_EDGES, type TicketSeriesInput } from "./ticket-series";

export function ticketSpecs(s: TicketSeriesInput, ctx: ChartContext, clusters: Readonly<Record<string, readonly string[]>> = DEFAULT_CLUSTERS): ChartSpec[] {
  return [volume(s, ctx), typeLine(s, ctx), lineOne(s, ctx), areas(s, ctx), clusterSpec(s, ctx, clusters), busFactorSpec(s, ctx), resolution(s, ctx)].map((spec) =>
    guard(spec, ctx),
  );
}

const source = (ctx: ChartContext) => ctx.t("dashboard:sources.tickets");
const countDataset = (ctx: ChartContext, data: number[]) => ({ key: "count", label: ctx.t("dashboard:table.tickets"), data });

function weekLabel(week: string, ctx: ChartContext): string {
  const [year, w] = week.split("-W");
  return ctx.t("dashboard:week", { week: Number(w), year });
}

function monthLabel(month: string, ctx: ChartContext): string {
  return new Intl.DateTimeFormat(intlLocale(ctx.locale), { month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(`${month}-01T00:00:00Z`));
}

function volume(s: TicketSeriesInput, ctx: ChartContext): ChartSpec {
  const f = fmt(ctx);
  const channels = CHANNELS.filter((c) => s.weeks.some((w) => (w.byChannel[c] ?? 0) > 0));
  const perChannel = (c: Channel) => sum(s.weeks.map((w) => w.byChannel[c] ?? 0));
  const n = sum(channels.map(perChannel));
  const top = [...channels].sort((a, b) => perChannel(b) - perChannel(a))[0];
  return {
    id: "tickets-volume",
    kind: "stacked",
    title: ctx.t("dashboard:titles.volume"),
    caption: ctx.t("dashboard:captions.volume", {
      total: f.n(n, 0),
      weeks: f.n(s.weeks.length, 0),
      perWeek: f.n(shareOf(n, s.weeks.length), 0),
      channel: top ? ctx.t(`tickets:channels.${top}`) : "",
      share: f.pct(shareOf(top ? perChannel(top) : 0, n)),
    }),
    labels: s.weeks.map((w) => weekLabel(w.week, ctx)),
    labelHeader: ctx.t("dashboard:table.week"),
    datasets: channels.map((c) => ({ key: c, label: ctx.t(`tickets:channels.${c}`), data: s.weeks.map((w) => w.byChannel[c] ?? 0) })),
    n,
    source: source(ctx),
    unit: "count",
  };
}

function typeLine(s: TicketSeriesInput, ctx: ChartContext): ChartSpec {
  const f = fmt(ctx);
  const count = (type: string, line?: number) => sum(s.typeLine.filter((c) => c.type === type && (line === undefined || c.line === line)).map((c) => c.count));
  const types = TICKET_TYPES.filter((t) => count(t) > 0).sort((a, b) => count(b) - count(a));
  const n = sum(types.map((t) => count(t)));
  const simple = sum(LINE_ONE_CAPABLE_TYPES.map((t) => count(t)));
  const top = types[0];
  return {
    id: "tickets-type-line",
    kind: "stacked",
    title: ctx.t("dashboard:titles.typeLine"),
    caption: ctx.t("dashboard:captions.typeLine", { type: top ? ctx.t(`tickets:types.${top}`) : "", share: f.pct(shareOf(top ? count(top) : 0, n)), simple: f.pct(shareOf(simple, n)) }),
    labels: types.map((t) => ctx.t(`tickets:types.${t}`)),
    labelHeader: ctx.t("dashboard:table.type"),
    datasets: SUPPORT_LINES.map((l) => ({ key: `line${l}`, label: ctx.t(`tickets:lines.${l}`), data: types.map((t) => count(t, l)) })),
    n,
    source: source(ctx),
    unit: "count",
  };
}

function lineOne(s: TicketSeriesInput, ctx: ChartContext): ChartSpec {
  const n = sum(s.months.map((m) => m.total));
  const capable = sum(s.months.map((m) => m.lineOneCapable));
  return {
    id: "tickets-line-one",
    kind: "line",
    title: ctx.t("dashboard:titles.lineOne"),
    caption: ctx.t("dashboard:captions.lineOne", { share: fmt(ctx).pct(shareOf(capable, n)) }),
    labels: s.months.map((m) => monthLabel(m.month, ctx)),
    labelHeader: ctx.t("dashboard:table.month"),
    datasets: [{ key: "share", label: ctx.t("dashboard:table.lineOneShare"), data: s.months.map((m) => shareOf(m.lineOneCapable, m.total)) }],
    weights: s.months.map((m) => m.total),
    weightsLabel: ctx.t("dashboard:table.tickets"),
    n,
    source: source(ctx),
    unit: "share",
  };
}

function areas(s: TicketSeriesInput, ctx: ChartContext): ChartSpec {
  const entries = Object.entries(s.byArea).filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1]);
  const n = sum(entries.map(([, v]) => v));
  const top = entries[0];
  const label = (code: string) => ctx.t(`common:areas.${code}`, { defaultValue: code });
  return {
    id: "tickets-area",
    kind: "hbar",
    title: ctx.t("dashboard:titles.area"),
    caption: ctx.t("dashboard:captions.area", { area: top ? label(top[0]) : "", share: fmt(ctx).pct(shareOf(top?.[1] ?? 0, n)) }),
    labels: entries.map(([code]) => label(code)),
    labelHeader: ctx.t("dashboard:table.area"),
    datasets: [countDataset(ctx, entries.map(([, v]) => v))],
    n,
    source: source(ctx),
    unit: "count",
  };
}

function clusterSpec(s: TicketSeriesInput, ctx: ChartContext, grouping: Readonly<Record<string, readonly string[]>>): ChartSpec {
  const load = clusterLoad(s.byArea, grouping);
  const heaviest = [...load.clusters].sort((a, b) => b.load - a.load)[0];
  const label = (name: string) => ctx.t(`dashboard:clusters.${name}`, { defaultValue: name });
  return {
    id: "tickets-cluster",
    kind: "bar",
    title: ctx.t("dashboard:titles.cluster"),
    caption: ctx.t("dashboard:captions.cluster", { cluster: heaviest ? label(heaviest.name) : "", ratio: fmt(ctx).n(load.maxOverMean, 1) }),
    labels: load.clusters.map((c) => label(c.name)),
    labelHeader: ctx.t("dashboard:table.cluster"),
    datasets: [countDataset(ctx, load.clusters.map((c) => c.load))],
    // Areas no cluster includes are left out of the figure, so n counts what is shown.
    n: sum(load.clusters.map((c) => c.load)),
    source: source(ctx),
    unit: "count",
  };
}

function busFactorSpec(s: TicketSeriesInput, ctx: ChartContext): ChartSpec {
  const groups = [0, 1, 2, 3].map((k) => s.systems.filter((x) => (k === 3 ? x.administrators >= 3 : x.administrators === k)).length);
  const fragile = (groups[0] ?? 0) + (groups[1] ?? 0);
  const n = s.systems.length;
  return {
    id: "tickets-bus-factor",
    kind: "bar",
    title: ctx.t("dashboard:titles.busFactor"),
    caption: ctx.t("dashboard:captions.busFactor", { count: fragile, fragile: fmt(ctx).n(fragile, 0), systems: fmt(ctx).n(n, 0), share: fmt(ctx).pct(shareOf(fragile, n)) }),
    labels: [0, 1, 2, 3].map((k) => ctx.t(k === 3 ? "dashboard:admins.many" : "dashboard:admins.exact", { count: k })),
    labelHeader: ctx.t("dashboard:table.administrators"),
    datasets: [{ key: "systems", label: ctx.t("dashboard:table.systems"), data: groups }],
    n,
    source: ctx.t("dashboard:sources.systems"),
    unit: "count",
  };
}

function resolution(s: TicketSeriesInput, ctx: ChartContext): ChartSpec {
  const counts = [...RESOLUTION_EDGES, null].map((edge) => sum(s.resolution.filter((r) => r.upToHours === edge).map((r) => r.count)));
  const labels = [...RESOLUTION_EDGES, null].map((_, i) => ctx.t(`dashboard:resolution.b${i}`));
  const n = sum(counts);
  let seen = 0;
  const medianAt = counts.findIndex((c) => (seen += c) >= n / 2 && n > 0);
  return {
    id: "tickets-resolution",
    kind: "histogram",
    title: ctx.t("dashboard:titles.resolution"),
    caption: ctx.t("dashboard:captions.resolution", { bucket: labels[medianAt] ?? "" }),
    labels,
    labelHeader: ctx.t("dashboard:table.resolutionTime"),
    datasets: [countDataset(ctx, counts)],
    n,
    source: source(ctx),
    unit: "count",
  };
}
