// Buckets for histograms of survey numbers. Answers like "tickets per day" run from 1 to 100
// with most between 2 and 20: equal-width bins would lump them together, so a range that
// spans more than a decade gets 1-2-5 edges (1, 2, 5, 10, 20, 50 …) instead.

export type Bucket = { from: number; to: number; count: number };

const NICE = [1, 2, 5];

function niceEdgesLog(min: number, max: number): number[] {
  const all: number[] = [0];
  for (let p = 0; (all[all.length - 1] as number) <= max; p++) for (const m of NICE) all.push(m * 10 ** p);
  const first = all.filter((e) => e <= min).length - 1; // the largest edge at or below min
  const last = all.findIndex((e) => e > max); // the first edge above max
  return all.slice(Math.max(first, 0), last + 1);
}

function niceStep(span: number, bins: number): number {
  const raw = span / bins;
  const p = 10 ** Math.floor(Math.log10(raw));
  return (NICE.map((m) => m * p).find((s) => s >= raw) ?? 10 * p) || 1;
}

/** Half-open buckets [from, to) covering every value; no empty buckets at either end. */
export function numberBuckets(values: ReadonlyArray<{ value: number; count: number }>): Bucket[] {
  const present = values.filter((v) => v.count > 0 && Number.isFinite(v.value));
  if (present.length === 0) return [];
  const min = Math.min(...present.map((v) => v.value));
  const max = Math.max(...present.map((v) => v.value));
  let edges: number[];
  if (min >= 0 && max >= 10 && max > 10 * Math.max(min, 1)) edges = niceEdgesLog(min, max);
  else {
    const step = niceStep(Math.max(max - min, 1), 8);
    const start = Math.floor(min / step) * step;
    edges = [];
    for (let e = start; e <= max + step; e += step) edges.push(e);
  }
  const buckets: Bucket[] = [];
  for (let i = 0; i + 1 < edges.length; i++) buckets.push({ from: edges[i] as number, to: edges[i + 1] as number, count: 0 });
  for (const v of present) {
    const b = buckets.find((x) => v.value >= x.from && v.value < x.to) ?? buckets[buckets.length - 1];
    if (b) b.count += v.count;
  }
  // Trim empty buckets at the ends; gaps inside stay (they are information).
  while (buckets.length > 1 && buckets[0]?.count === 0) buckets.shift();
  while (buckets.length > 1 && buckets[buckets.length - 1]?.count === 0) buckets.pop();
  return buckets;
}
