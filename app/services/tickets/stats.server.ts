// `vagval tickets stats` and the tickets page: DESIGN.md's JSON plus the figures that size
// each support model. SQL sums (cells.server.ts); the domain KPI functions finish the job.
import { listSystems } from "~/db/organisation.server";
import { currentClusterProposal, getDefaultMinutes } from "~/db/tickets-settings.server";
import type { TicketType } from "~/domain/ids";
import { SUPPORT_LINES, TICKET_TYPES, type SupportLine } from "~/domain/ids";
import {
  DEFAULT_MINUTES, busFactor, clusterLoad, daysInPeriod, freedCapacity, hoursPerYearByType, isLineOneCapable, statsShape,
  type ClusterLoad, type FreedCapacity, type TicketStats, type TypeLineCount, type TypeMinutes,
} from "~/domain/tickets/kpis";
import type { Cell } from "~/domain/tickets/rollup";
import { surveyEvidence } from "../surveys/evidence.server";
import { loadCells, type CellsQuery, type TicketFilter } from "./cells.server";

export type { TicketFilter };

/** Where a figure comes from: the imported tickets, the survey's estimate, the systems register, or nowhere yet. */
export type FigureSource = "tickets" | "survey" | "register" | "none";

export type TicketStatsReport = Omit<TicketStats, "from" | "to"> & {
  from: string | null;
  to: string | null;
  byDepartment: Record<string, number>;
  bySystem: Record<string, number>;
  /** Tickets whose export left the field empty. */
  unknown: { area: number; system: number; department: number };
  firstResponseHours: { p50: number | null; p90: number | null };
  /** Share of tickets handed on at least once / reopened, among tickets whose export says. */
  escalationShare: number | null;
  reopenShare: number | null;
  hoursPerYearByType: Partial<Record<TicketType, number>>;
  lineOneCapableHoursPerYear: number;
  clusterLoad: (ClusterLoad & { proposal: string }) | null;
  busFactor: { systems: number; singlePerson: { id: string; name: string; administrators: number; tickets: number }[]; share: number };
  freedCapacity: FreedCapacity | null;
  /** Per administrator, from the survey, when there are no tickets. */
  surveyTicketsPerDay: { mean: number; p50: number; p90: number; answered: number } | null;
  source: Record<"total" | "perDay" | "lineOneCapableShare" | "resolutionHours" | "hoursPerYear" | "clusterLoad" | "busFactor" | "freedCapacity", FigureSource>;
};

const r2 = (n: number) => Math.round(n * 100) / 100;
const r4 = (n: number) => Math.round(n * 10_000) / 10_000;

function counts(sums: Map<string, Cell> | undefined): { known: Record<string, number>; unknown: number } {
  const known: Record<string, number> = {};
  let unknown = 0;
  for (const [key, c] of sums ?? []) {
    if (key === "") unknown += c.count;
    else known[key] = c.count;
  }
  return { known, unknown };
}

function share(sums: Map<string, Cell> | undefined): number | null {
  const yes = sums?.get("yes")?.count ?? 0;
  const all = yes + (sums?.get("no")?.count ?? 0);
  return all ? r4(yes / all) : null;
}

/** Tickets per (type, line) and minutes per type from the `type_line` cells. */
function typeLine(sums: Map<string, Cell> | undefined) {
  const cells: TypeLineCount[] = [];
  const minutes: Partial<Record<TicketType, TypeMinutes>> = {};
  const raw: { type: TicketType; line: SupportLine; cell: Cell }[] = [];
  for (const [key, cell] of sums ?? []) {
    const [t, l] = key.split(":");
    if (!(TICKET_TYPES as readonly string[]).includes(t ?? "") || !SUPPORT_LINES.includes(Number(l) as SupportLine)) continue;
    const type = t as TicketType;
    const line = Number(l) as SupportLine;
    cells.push({ type, line, count: cell.count });
    raw.push({ type, line, cell });
    const m = (minutes[type] ??= { count: 0, withMinutes: 0, minutesSum: 0 });
    m.count += cell.count;
    m.withMinutes += cell.minutesCount;
    m.minutesSum += cell.minutesSum;
  }
  return { cells, minutes, raw };
}

/** Hours a year of the line-one capable tickets, valued like hoursPerYearByType values them. */
function lineOneCapableHours(raw: ReturnType<typeof typeLine>["raw"], minutes: Partial<Record<TicketType, TypeMinutes>>, days: number, defaults: Record<TicketType, number>) {
  if (days <= 0) return 0;
  let total = 0;
  for (const { type, line, cell } of raw) {
    if (!isLineOneCapable(type, line)) continue;
    const m = minutes[type];
    const perTicket = m && m.withMinutes > 0 ? m.minutesSum / m.withMinutes : defaults[type];
    total += cell.minutesSum + (cell.count - cell.minutesCount) * perTicket;
  }
  return (total / 60) * (365 / days);
}

export async function ticketStats(q: CellsQuery): Promise<TicketStatsReport> {
  const { municipalityId } = q;
  const cells = await loadCells(q);
  const [daily, systems, proposal, minuteSettings] = await Promise.all([
    cells.daily("total"), listSystems({ municipalityId }), currentClusterProposal({ municipalityId }), getDefaultMinutes({ municipalityId }),
  ]);
  const [res50, res90, frt50, frt90] = [
    await cells.percentile("resolution_hours", 0.5), await cells.percentile("resolution_hours", 0.9),
    await cells.percentile("first_response_hours", 0.5), await cells.percentile("first_response_hours", 0.9),
  ];
  const dailyCounts: Record<string, number> = {};
  for (const d of daily) dailyCounts[d.day] = (dailyCounts[d.day] ?? 0) + d.count;
  const tl = typeLine(cells.sums.get("type_line"));
  const area = counts(cells.sums.get("area"));
  const system = counts(cells.sums.get("system"));
  const department = counts(cells.sums.get("department"));
  const channels = counts(cells.sums.get("channel")).known;
  const from = cells.from ?? "";
  const to = cells.to ?? "";
  const base = statsShape({ from, to, dailyCounts, byChannel: channels, typeLine: tl.cells, resolutionHours: [], byArea: area.known });
  const hasTickets = base.total > 0;
  const days = from && to ? daysInPeriod(from, to).length : 0;
  const defaults = { ...DEFAULT_MINUTES, ...minuteSettings };
  const hoursByType = Object.fromEntries(Object.entries(hoursPerYearByType(tl.minutes, days, defaults)).map(([k, v]) => [k, r2(v)]));
  const capableHours = lineOneCapableHours(tl.raw, tl.minutes, days, defaults);
  const load = proposal && hasTickets ? { ...clusterLoad(area.known, proposal.clusters), proposal: proposal.name } : null;
  const bus = busFactor(systems.map((s) => ({ id: String(s.id), name: s.name, administrators: s.administrators })));
  const survey = hasTickets ? undefined : (await surveyEvidence({ municipalityId }))?.ticketsPerDay;
  return {
    ...base,
    // No export yet: the survey's answers (tickets a day per administrator) stand in.
    perDay: !hasTickets && survey ? { mean: r2(survey.mean), p50: survey.p50, p90: survey.p90 } : base.perDay,
    from: cells.from,
    to: cells.to,
    resolutionHours: { p50: res50 === null ? null : r2(res50), p90: res90 === null ? null : r2(res90) },
    byDepartment: department.known,
    bySystem: system.known,
    unknown: { area: area.unknown, system: system.unknown, department: department.unknown },
    firstResponseHours: { p50: frt50 === null ? null : r2(frt50), p90: frt90 === null ? null : r2(frt90) },
    escalationShare: share(cells.sums.get("escalated")),
    reopenShare: share(cells.sums.get("reopened")),
    hoursPerYearByType: hoursByType,
    lineOneCapableHoursPerYear: r2(capableHours),
    clusterLoad: load && { ...load, maxOverMean: r4(load.maxOverMean), gini: r4(load.gini) },
    busFactor: { systems: bus.systems, share: r4(bus.share), singlePerson: bus.singlePerson.map((s) => ({ ...s, tickets: system.known[s.name] ?? 0 })) },
    freedCapacity: hasTickets ? freedCapacity({ lineOneCapableHoursPerYear: capableHours }) : null,
    surveyTicketsPerDay: survey ?? null,
    source: {
      total: hasTickets ? "tickets" : "none",
      perDay: hasTickets ? "tickets" : survey ? "survey" : "none",
      lineOneCapableShare: hasTickets ? "tickets" : "none",
      resolutionHours: res50 !== null ? "tickets" : "none",
      hoursPerYear: hasTickets ? "tickets" : "none",
      clusterLoad: load ? "tickets" : "none",
      busFactor: bus.systems > 0 ? "register" : "none",
      freedCapacity: hasTickets ? "tickets" : "none",
    },
  };
}
