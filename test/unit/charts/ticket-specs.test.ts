import { ticketSpecs } from "~/domain/charts/ticket-specs";
import { tableTotal } from "~/domain/charts/suppress";
import { resolutionBucket, type TicketSeriesInput } from "~/domain/charts/ticket-series";
import { ctx, plain } from "./helpers";

// 100 tickets over two weeks, built so every figure can be checked by hand.
const series: TicketSeriesInput = {
  total: 100,
  weeks: [
    { week: "2024-W05", byChannel: { phone: 30, email: 20 } },
    { week: "2024-W06", byChannel: { phone: 25, email: 15, portal: 10 } },
  ],
  typeLine: [
    { type: "password", line: 1, count: 30 },
    { type: "permission", line: 1, count: 10 },
    { type: "permission", line: 2, count: 5 },
    { type: "fault", line: 2, count: 40 },
    { type: "fault", line: 3, count: 15 },
  ],
  months: [
    { month: "2024-01", total: 40, lineOneCapable: 30 },
    { month: "2024-02", total: 60, lineOneCapable: 15 },
  ],
  byArea: { school: 50, elderly_care: 30, hr: 20 },
  systems: [
    { name: "A", administrators: 0 },
    { name: "B", administrators: 1 },
    { name: "C", administrators: 1 },
    { name: "D", administrators: 2 },
    { name: "E", administrators: 4 },
  ],
  resolution: [
    { upToHours: 1, count: 10 },
    { upToHours: 4, count: 30 },
    { upToHours: 8, count: 20 },
    { upToHours: null, count: 20 },
  ],
};

const specs = ticketSpecs(series, ctx("en"));
const byId = (id: string) => specs.find((s) => s.id === id)!;

test("volume per week is stacked by channel, in the channels' fixed order", () => {
  const s = byId("tickets-volume");
  expect(s.labels).toEqual(["week 5 2024", "week 6 2024"]);
  expect(s.datasets.map((d) => [d.key, d.data])).toEqual([["phone", [30, 25]], ["email", [20, 15]], ["portal", [0, 10]]]);
  expect(s.n).toBe(100);
  expect(plain(s.caption)).toBe("100 tickets over 2 weeks, about 50 a week; 55% came by Phone.");
});

test("type × line: types sorted by volume, lines as stacks, password+permission+how-to share", () => {
  const s = byId("tickets-type-line");
  expect(s.labels).toEqual(["Fault", "Password", "Permission"]);
  expect(s.datasets.map((d) => d.data)).toEqual([[0, 30, 10], [40, 0, 5], [15, 0, 0]]);
  expect(plain(s.caption)).toBe("Fault is the most common type (55%); 45% are password, permission or how-to questions.");
  expect(tableTotal(s)).toBe(100);
});

test("the line-one share per month carries the monthly totals as weights", () => {
  const s = byId("tickets-line-one");
  expect(s.unit).toBe("share");
  expect(s.datasets[0]!.data).toEqual([0.75, 0.25]);
  expect(s.weights).toEqual([40, 60]);
  expect(plain(s.caption)).toBe("45% of the tickets could be resolved by a first line.");
});

test("load per area and per proposed cluster", () => {
  const area = byId("tickets-area");
  expect(area.datasets[0]!.data).toEqual([50, 30, 20]);
  expect(plain(area.caption)).toBe("School has the most tickets: 50%.");
  const cluster = byId("tickets-cluster");
  // school_culture 50, care 30, social 0, administration 20, community 0 → mean 20, max 50
  expect(cluster.datasets[0]!.data).toEqual([50, 30, 0, 20, 0]);
  expect(plain(cluster.caption)).toBe("The heaviest cluster, School, culture and leisure, carries 2.5 times the mean load.");
});

test("systems by bus factor and the resolution-time median bucket", () => {
  const bus = byId("tickets-bus-factor");
  expect(bus.labels).toEqual(["0 administrators", "1 administrator", "2 administrators", "3 or more administrators"]);
  expect(bus.datasets[0]!.data).toEqual([1, 2, 1, 1]);
  expect(plain(bus.caption)).toBe("3 of 5 systems (60%) depend on one person or nobody.");
  const res = byId("tickets-resolution");
  expect(res.datasets[0]!.data).toEqual([10, 30, 20, 0, 0, 0, 20]);
  expect(res.n).toBe(80);
  // 10 + 30 = 40 = half of 80: the median falls in 1–4 hours
  expect(plain(res.caption)).toBe("Half of the closed tickets were resolved within 1–4 hours.");
  expect([0.5, 1, 7.9, 24, 200].map(resolutionBucket)).toEqual([0, 1, 2, 4, 6]);
});

test("a view of fewer tickets than the threshold shows no ticket figure", () => {
  const tiny: TicketSeriesInput = { ...series, weeks: [{ week: "2024-W05", byChannel: { phone: 4 } }], typeLine: [{ type: "fault", line: 2, count: 4 }], months: [{ month: "2024-01", total: 4, lineOneCapable: 1 }], byArea: { school: 4 }, systems: series.systems.slice(0, 2), resolution: [{ upToHours: 1, count: 4 }] };
  for (const s of ticketSpecs(tiny, ctx("sv", 5))) expect(s).toMatchObject({ suppressed: true, labels: [], datasets: [], n: 0 });
});
