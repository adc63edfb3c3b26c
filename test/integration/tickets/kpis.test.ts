import { addSystem } from "~/db/organisation.server";
import { saveClusterProposal } from "~/db/tickets-settings.server";
import { importTickets } from "~/services/tickets/import.server";
import { ticketStats } from "~/services/tickets/stats.server";
import { ticketEvidence } from "~/services/tickets/evidence.server";
import { ticketSeries } from "~/services/tickets/series.server";
import { makeMunicipality } from "../../support/factories";
import { HAND_MADE, writeTmp } from "./helpers";

// Every figure below is worked out by hand from the six tickets of HAND_MADE (helpers.ts):
//   H-1 password/1 0.5 h 10 min  H-2 permission/1 2 h 20 min  H-3 fault/2 24 h 60 min (escalated)
//   H-4 how_to/1 4 h (no minutes) H-5 other/2 open 30 min      H-6 vendor/3 48 h 90 min (escalated)
let municipalityId: number;
beforeAll(async () => {
  ({ id: municipalityId } = await makeMunicipality());
  const result = await importTickets({ municipalityId, path: writeTmp("hand.csv", HAND_MADE), mode: "all_or_nothing" });
  expect(result).toMatchObject({ status: "done", imported: 6, created: 6, skipped: 0, rejectedCount: 0 });
  await addSystem({ municipalityId, name: "Skolplattform", administrators: ["a", "b"] });
  await addSystem({ municipalityId, name: "Omsorg", administrators: ["c"] });
  await addSystem({ municipalityId, name: "Lön", administrators: [] });
  await saveClusterProposal({ municipalityId, name: "Förslag", clusters: { A: ["school", "elderly_care"], B: ["hr"] } });
});

test("the DESIGN.md figures", async () => {
  const s = await ticketStats({ municipalityId });
  expect(s).toMatchObject({
    total: 6,
    from: "2024-03-04",
    to: "2024-03-06",
    byChannel: { phone: 2, email: 2, portal: 1, walk_in: 1, chat: 0, other: 0 },
    byType: { password: 1, permission: 1, how_to: 1, fault: 1, change: 0, vendor: 1, other: 1 },
    byLine: { "1": 3, "2": 2, "3": 1 },
    lineOneCapableShare: 0.5,
    // days 3, 1, 2 → mean 2; p50 2; p90 rank 1.8 → 2 + 0.8 × (3 − 2)
    perDay: { mean: 2, p50: 2, p90: 2.8 },
    // [0.5, 2, 4, 24, 48]: p50 = 4; p90 rank 3.6 → 24 + 0.6 × 24
    resolutionHours: { p50: 4, p90: 38.4 },
    byArea: { school: 2, elderly_care: 2, hr: 2 },
    bySystem: { Skolplattform: 2, Omsorg: 2, Lön: 2 },
    escalationShare: 0.4, // H-3 and H-6 of the five with a count
    reopenShare: null,
    firstResponseHours: { p50: null, p90: null },
  });
});

test("hours a year, line-one hours and freed capacity", async () => {
  const s = await ticketStats({ municipalityId });
  // minutes/60 × 365/3; how_to has no minutes → the default 15 min
  expect(s.hoursPerYearByType).toEqual({ password: 20.28, permission: 40.56, how_to: 30.42, fault: 121.67, other: 60.83, vendor: 182.5 });
  // H-1 + H-2 + H-4 = 45 min over 3 days → 0.75 h × 365/3
  expect(s.lineOneCapableHoursPerYear).toBe(91.25);
  expect(s.freedCapacity?.models.shared.freedHours).toBeCloseTo(27.375, 9);
  expect(s.freedCapacity?.models.shared.fte).toBeCloseTo(27.375 / 1600, 12);
  expect(s.freedCapacity?.models.local.fte).toBe(0);
  expect(s.freedCapacity?.models.partial.freedHours).toBeCloseTo(91.25 * 0.8 * 0.3, 9);
});

test("cluster load, bus factor and the sources", async () => {
  const s = await ticketStats({ municipalityId });
  // A = 4, B = 2: max/mean 4/3; Gini of [2, 4] = ((−1)·2 + 1·4)/(2·6) = 1/6
  expect(s.clusterLoad).toMatchObject({ proposal: "Förslag", maxOverMean: 1.3333, gini: 0.1667, unassigned: [] });
  expect(s.busFactor.systems).toBe(3);
  expect(s.busFactor.share).toBe(0.6667);
  expect(s.busFactor.singlePerson.map((x) => [x.name, x.administrators, x.tickets]).sort()).toEqual([["Lön", 0, 2], ["Omsorg", 1, 2]]);
  expect(s.source).toMatchObject({ total: "tickets", perDay: "tickets", busFactor: "register", clusterLoad: "tickets" });
  expect(await ticketEvidence({ municipalityId })).toEqual({ total: 6, lineOneCapableShare: 0.5, busFactor: { systems: 3, singlePersonSystems: 2 }, clusterGini: 0.1667 });
});

test("a period and a filter narrow every figure alike", async () => {
  const day = await ticketStats({ municipalityId, from: "2024-03-04", to: "2024-03-04" });
  expect(day).toMatchObject({ total: 3, perDay: { mean: 3, p50: 3, p90: 3 }, resolutionHours: { p50: 2, p90: 19.6 }, lineOneCapableShare: 0.6667 });
  const email = await ticketStats({ municipalityId, filter: { channel: "email" } });
  // H-2 (2 h) and H-3 (24 h)
  expect(email).toMatchObject({ total: 2, from: "2024-03-04", to: "2024-03-04", resolutionHours: { p50: 13, p90: 21.8 }, byType: { permission: 1, fault: 1 } });
  const school = await ticketStats({ municipalityId, filter: { area: "school" }, from: "2024-03-04", to: "2024-03-06" });
  expect(school).toMatchObject({ total: 2, perDay: { mean: 0.67, p50: 0, p90: 1.6 } });
});

test("chart series", async () => {
  const s = await ticketSeries({ municipalityId });
  expect(s.weeklyByChannel.labels).toEqual(["2024-W10"]);
  expect(s.weeklyByChannel.series.phone).toEqual([2]);
  expect(s.shareByLine).toEqual({ "1": 0.5, "2": 0.3333, "3": 0.1667 });
  expect(s.lineOneCapableByMonth).toEqual({ labels: ["2024-03"], values: [0.5] });
  expect(s.loadByCluster?.clusters).toEqual([{ name: "A", load: 4 }, { name: "B", load: 2 }]);
  expect(s.systemsByBusFactor[0]).toEqual({ name: "Lön", administrators: 0, tickets: 2 });
  expect(s.resolutionHistogram.reduce((a, b) => a + b.count, 0)).toBe(5);
  expect(s.resolutionHistogram.find((b) => b.from === 0.5)?.count).toBe(1);
});

test("a municipality without tickets says so, and never sees another's", async () => {
  const other = await makeMunicipality();
  const s = await ticketStats({ municipalityId: other.id });
  expect(s).toMatchObject({ total: 0, from: null, to: null, byArea: {}, resolutionHours: { p50: null, p90: null }, clusterLoad: null, freedCapacity: null });
  expect(s.source).toMatchObject({ total: "none", perDay: "none", busFactor: "none" });
  expect(await ticketEvidence({ municipalityId: other.id })).toBeUndefined();
});
