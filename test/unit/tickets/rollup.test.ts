import fc from "fast-check";
import { RESPONSE_BUCKETS, RollupDelta, bucketBounds, bucketOf, type RollupTicket } from "~/domain/tickets/rollup";
import { buildKeywordIndex, markMatches } from "~/domain/tickets/keyword-index";

const ticket = (over: Partial<RollupTicket> = {}): RollupTicket => ({
  day: "2024-03-04", channel: "phone", area: "school", system: null, department: null, classified_type: "password",
  classified_line: 1, minutes: 10, resolution_hours: 0.5, first_response_hours: null, reassignment_count: 0, reopen_count: null, ...over,
});

test("each ticket adds one to every dimension it has, with minutes on total and type_line", () => {
  const d = new RollupDelta();
  d.add(ticket());
  d.add(ticket({ channel: "email", minutes: null, resolution_hours: 30, reassignment_count: 2 }));
  const cells = Object.fromEntries(d.rows(7).map((r) => [`${r.dim}:${r.key}`, [r.count, r.minutes_count, r.minutes_sum]]));
  expect(cells).toEqual({
    "total:": [2, 1, 10], "channel:phone": [1, 0, 0], "channel:email": [1, 0, 0], "area:school": [2, 0, 0], "system:": [2, 0, 0],
    "department:": [2, 0, 0], "type_line:password:1": [2, 1, 10], "escalated:no": [1, 0, 0], "escalated:yes": [1, 0, 0],
    [`res:${bucketOf(0.5)}`]: [1, 0, 0], [`res:${bucketOf(30)}`]: [1, 0, 0],
  });
  expect(d.rows(7).every((r) => r.municipality_id === 7 && r.day === "2024-03-04")).toBe(true);
});

test("adding and removing the same ticket leaves nothing", () => {
  fc.assert(
    fc.property(fc.array(fc.record({ channel: fc.constantFrom("phone", "email"), minutes: fc.option(fc.integer({ min: 0, max: 500 })), resolution_hours: fc.option(fc.double({ min: 0, max: 9000, noNaN: true })) })), (parts) => {
      const d = new RollupDelta();
      for (const p of parts) d.add(ticket(p));
      for (const p of parts) d.add(ticket(p), -1);
      expect(d.rows(1)).toEqual([]);
    }),
  );
});

test("a time falls in the bucket whose bounds hold it", () => {
  expect(bucketOf(0)).toBe(0);
  expect(bucketOf(1)).toBe(RESPONSE_BUCKETS.indexOf(1));
  expect(bucketBounds(RESPONSE_BUCKETS.length - 1)[1]).toBeNull();
  fc.assert(
    fc.property(fc.double({ min: 0, max: 100_000, noNaN: true }), (h) => {
      const [lo, hi] = bucketBounds(bucketOf(h));
      expect(h >= lo && (hi === null || h < hi)).toBe(true);
    }),
  );
});

test("keywords match at word starts, folded, several lists at once", () => {
  const index = buildKeywordIndex([["lösenord", "låst konto"], ["fel"], ["hur gör jag"]]);
  const hit = (text: string) => {
    const h = new Uint8Array(3);
    markMatches(text, index, h);
    return [...h];
  };
  expect(hit("glomt losenord, fel i utskrift")).toEqual([1, 1, 0]);
  expect(hit("kaffeln ar trasig")).toEqual([0, 0, 0]);
  expect(hit("felkod 12; hur gor jag?")).toEqual([0, 1, 1]);
  expect(hit("kontot: last konto")).toEqual([1, 0, 0]);
});
