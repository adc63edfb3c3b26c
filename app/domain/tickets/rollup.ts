// The daily roll-up: what each stored ticket adds to `ticket_daily`. One pure function
// decides it, used by the import (adding new rows, taking away the old version of an updated
// ticket) and by the full rebuild after re-classification, so both always agree.
//
// Dimensions, each keyed per day:
//   total ""            every ticket
//   channel / area / system / department  the value ("" when unknown)
//   type_line "fault:2" classified type and line, with minutes (hours per type)
//   escalated / reopened "yes" | "no"  only tickets whose export has the count
//   res / frt "<bucket>" resolution / first-response time bucket (RESPONSE_BUCKETS index)

export const ROLLUP_DIMS = ["total", "channel", "area", "system", "department", "type_line", "escalated", "reopened", "res", "frt"] as const;
export type RollupDim = (typeof ROLLUP_DIMS)[number];

/** A stored ticket as far as the roll-up cares (column names of the `tickets` table). */
export interface RollupTicket {
  day: string;
  channel: string;
  area: string | null;
  system: string | null;
  department: string | null;
  classified_type: string;
  classified_line: number;
  minutes: number | null;
  resolution_hours: number | null;
  first_response_hours: number | null;
  reassignment_count: number | null;
  reopen_count: number | null;
}

export const ROLLUP_COLUMNS = [
  "day", "channel", "area", "system", "department", "classified_type", "classified_line", "minutes",
  "resolution_hours", "first_response_hours", "reassignment_count", "reopen_count",
] as const satisfies readonly (keyof RollupTicket)[];

/**
 * Lower bounds (hours) of the time buckets. Exact binary fractions or whole numbers where
 * possible; the same double comparisons run in JS and SQL, so a value's bucket is the same in
 * both (percentiles rely on it: the bucket holding the rank is fetched exactly from the table).
 */
export const RESPONSE_BUCKETS: readonly number[] = [
  0, 0.0625, 0.125, 0.25, 0.375, 0.5, 0.75, 1, 1.5, 2, 3, 4, 5, 6, 8, 10, 12, 16, 20, 24, 30, 36, 48, 60, 72, 96,
  120, 144, 168, 240, 336, 504, 720, 1080, 1440, 2160, 4320, 8760,
];

export function bucketOf(hours: number): number {
  let lo = 0;
  let hi = RESPONSE_BUCKETS.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (hours >= (RESPONSE_BUCKETS[mid] ?? Infinity)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** [lower, upper) bounds of a bucket; the last one is open-ended (upper = null). */
export const bucketBounds = (b: number): [number, number | null] => [RESPONSE_BUCKETS[b] ?? 0, RESPONSE_BUCKETS[b + 1] ?? null];

export interface Cell {
  count: number;
  minutesCount: number;
  minutesSum: number;
}

/**
 * A key kept for the whole import must not be a slice of the parser's chunk: V8 would keep
 * the entire chunk alive through it, and memory would grow with the file. Joining the
 * characters builds a fresh string.
 */
const ownCopy = (s: string) => (s.length > 0 ? s.split("").join("") : s);

/** Roll-up cells (day → dim → key → cell), summed with a sign (+1 add, −1 remove). */
export class RollupDelta {
  // Nested maps, not one map of joined keys: a million-row import adds ten cells per ticket,
  // and building a joined string for each was the import's largest cost after SQLite.
  private readonly days = new Map<string, Map<RollupDim, Map<string, Cell>>>();
  private lastDay = "";
  private lastDims: Map<RollupDim, Map<string, Cell>> | undefined;

  add(t: RollupTicket, sign: 1 | -1 = 1) {
    let dims = t.day === this.lastDay ? this.lastDims : this.days.get(t.day);
    if (!dims) this.days.set(ownCopy(t.day), (dims = new Map()));
    this.lastDay = t.day;
    this.lastDims = dims;
    const bump = (dim: RollupDim, key: string, withMinutes = false) => {
      let keys = dims.get(dim);
      if (!keys) dims.set(dim, (keys = new Map()));
      let c = keys.get(key);
      if (!c) keys.set(ownCopy(key), (c = { count: 0, minutesCount: 0, minutesSum: 0 }));
      c.count += sign;
      if (withMinutes && t.minutes !== null) {
        c.minutesCount += sign;
        c.minutesSum += sign * t.minutes;
      }
    };
    bump("total", "", true);
    bump("channel", t.channel);
    bump("area", t.area ?? "");
    bump("system", t.system ?? "");
    bump("department", t.department ?? "");
    bump("type_line", `${t.classified_type}:${t.classified_line}`, true);
    if (t.reassignment_count !== null) bump("escalated", t.reassignment_count > 0 ? "yes" : "no");
    if (t.reopen_count !== null) bump("reopened", t.reopen_count > 0 ? "yes" : "no");
    if (t.resolution_hours !== null) bump("res", String(bucketOf(t.resolution_hours)));
    if (t.first_response_hours !== null) bump("frt", String(bucketOf(t.first_response_hours)));
  }

  /** Non-zero cells as table rows (zero cells come from an add and remove cancelling out). */
  rows(municipalityId: number) {
    const out: { municipality_id: number; day: string; dim: string; key: string; count: number; minutes_count: number; minutes_sum: number }[] = [];
    for (const [day, dims] of this.days) {
      for (const [dim, keys] of dims) {
        for (const [key, c] of keys) {
          if (c.count === 0 && c.minutesCount === 0) continue;
          out.push({ municipality_id: municipalityId, day, dim, key, count: c.count, minutes_count: c.minutesCount, minutes_sum: c.minutesSum });
        }
      }
    }
    return out;
  }
}
