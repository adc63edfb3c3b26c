import fc from "fast-check";
import {
  busFactor,
  clusterLoad,
  freedCapacity,
  gini,
  hoursPerYearByType,
  lineOneCapableShare,
  percentile,
  perDayStats,
  statsShape,
} from "~/domain/tickets/kpis";

describe("percentile (linear interpolation, rank p·(n−1))", () => {
  test("hand-computed values", () => {
    expect(percentile([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1, 10);
    expect(percentile([7], 0.9)).toBe(7);
    expect(percentile([], 0.5)).toBeNull();
  });

  test("lies between min and max and grows with p", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1 }), fc.double({ min: 0, max: 1, noNaN: true }), (xs, p) => {
        const v = percentile(xs, p)!;
        expect(v).toBeGreaterThanOrEqual(Math.min(...xs));
        expect(v).toBeLessThanOrEqual(Math.max(...xs));
        expect(percentile(xs, Math.min(1, p + 0.1))!).toBeGreaterThanOrEqual(v);
      }),
    );
  });
});

test("perDay counts every day of the period, zero days included", () => {
  // counts per day: 3, 0, 1, 0 → mean 1; sorted 0,0,1,3 → p50 0.5, p90 rank 2.7 → 1 + 0.7·2 = 2.4
  const s = perDayStats({ "2024-03-04": 3, "2024-03-06": 1, "2024-03-09": 50 }, "2024-03-04", "2024-03-07");
  expect(s.days).toBe(4);
  expect(s.mean).toBe(1);
  expect(s.p50).toBe(0.5);
  expect(s.p90).toBeCloseTo(2.4, 10);
});

test("line-one capable: type password/permission/how_to OR line 1, each ticket once", () => {
  const share = lineOneCapableShare([
    { type: "password", line: 2, count: 10 }, // type qualifies
    { type: "fault", line: 1, count: 5 }, // line qualifies
    { type: "how_to", line: 1, count: 5 }, // both: counted once
    { type: "fault", line: 2, count: 20 },
  ]);
  expect(share).toBe(0.5); // 20 of 40
  expect(lineOneCapableShare([])).toBe(0);
});

test("hours per year: measured minutes, measured mean for the rest, else the default", () => {
  const h = hoursPerYearByType(
    {
      password: { count: 10, withMinutes: 0, minutesSum: 0 }, // 10 × default 10 min = 100 min
      fault: { count: 4, withMinutes: 2, minutesSum: 120 }, // 120 + 2 × mean 60 = 240 min
    },
    73, // a fifth of a year: ×5
  );
  expect(h.password).toBeCloseTo((100 / 60) * 5, 10);
  expect(h.fault).toBe(20);
});

describe("gini", () => {
  test("hand-computed values", () => {
    expect(gini([1, 1, 1, 1])).toBe(0);
    expect(gini([0, 0, 0, 4])).toBe(0.75);
    expect(gini([4, 3, 2, 1])).toBe(0.25); // Σ|xi−xj| = 20 over 2·n²·mean = 80
    expect(gini([])).toBe(0);
    expect(gini([0, 0])).toBe(0);
  });

  test("stays within [0, (n−1)/n] and ignores scale", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 50 }), (xs) => {
        const g = gini(xs);
        expect(g).toBeGreaterThanOrEqual(-1e-12);
        expect(g).toBeLessThanOrEqual((xs.length - 1) / xs.length + 1e-12);
        expect(gini(xs.map((x) => x * 3))).toBeCloseTo(g, 10);
      }),
    );
  });
});

test("clusterLoad: sums per cluster, splits shared areas, reports unassigned ones", () => {
  const r = clusterLoad(
    { school: 60, elderly_care: 30, hr: 10, finance: 20, culture_leisure: 5 },
    { A: ["school"], B: ["elderly_care", "hr"], C: ["finance", "hr"] },
  );
  expect(r.clusters).toEqual([{ name: "A", load: 60 }, { name: "B", load: 35 }, { name: "C", load: 25 }]);
  expect(r.maxOverMean).toBe(1.5); // 60 / 40
  expect(r.gini).toBeCloseTo(70 / 360, 10); // (−2·25 + 0·35 + 2·60) / (3·120)
  expect(r.unassigned).toEqual(["culture_leisure"]);
});

test("busFactor lists systems with one administrator or none", () => {
  const r = busFactor([
    { id: "a", name: "Lön", administrators: 2 },
    { id: "b", name: "Ekonomi", administrators: 1 },
    { id: "c", name: "Bygglov", administrators: 0 },
    { id: "d", name: "Skola", administrators: 3 },
  ]);
  expect(r.singlePerson.map((s) => s.id)).toEqual(["b", "c"]);
  expect(r.share).toBe(0.5);
  expect(busFactor([]).share).toBe(0);
});

test("freedCapacity: hours × moved share × efficiency gain ÷ 1,600", () => {
  const r = freedCapacity({ lineOneCapableHoursPerYear: 1600 });
  expect(r.models.local.fte).toBe(0);
  expect(r.models.shared).toEqual({ movedHours: 1600, freedHours: 480, fte: 0.3 });
  expect(r.models.partial.fte).toBeCloseTo(0.24, 10); // 1600 × 0.8 × 0.3 / 1600
  const custom = freedCapacity({ lineOneCapableHoursPerYear: 8000, movedShare: { self_service: 0.5 }, efficiencyGain: 0.8, hoursPerFte: 2000 });
  expect(custom.models.self_service.fte).toBe(1.6); // 8000 × 0.5 × 0.8 / 2000
});

test("statsShape gives the DESIGN.md `tickets stats` JSON", () => {
  const s = statsShape({
    from: "2024-03-04",
    to: "2024-03-05",
    dailyCounts: { "2024-03-04": 3, "2024-03-05": 1 },
    byChannel: { phone: 3, email: 1 },
    typeLine: [
      { type: "password", line: 1, count: 2 },
      { type: "fault", line: 2, count: 1 },
      { type: "vendor", line: 3, count: 1 },
    ],
    resolutionHours: [1, 2, 10],
    byArea: { school: 4 },
  });
  expect(s).toEqual({
    total: 4,
    from: "2024-03-04",
    to: "2024-03-05",
    byChannel: { phone: 3, email: 1, portal: 0, walk_in: 0, chat: 0, other: 0 },
    byLine: { "1": 2, "2": 1, "3": 1 },
    byType: { password: 2, permission: 0, how_to: 0, fault: 1, change: 0, vendor: 1, other: 0 },
    lineOneCapableShare: 0.5,
    perDay: { mean: 2, p50: 2, p90: 2.8 },
    resolutionHours: { p50: 2, p90: 8.4 }, // rank 1.8 → 2 + 0.8·8
    byArea: { school: 4 },
  });
});
