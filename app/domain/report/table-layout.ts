// Column widths for a table that must fit the page: like a browser's automatic table layout.
// Each column has a natural width (its longest cell on one line) and a minimum width (its
// longest word). If everything fits on one line, the spare room is shared out; otherwise each
// column gets its minimum plus a share of the remaining room in proportion to how much more
// it would like. If even the minimums do not fit, they are scaled down and long words wrap
// mid-word. The widths always add up to exactly the available width.

export type ColumnMeasure = { natural: number; minimum: number };

export function columnWidths(columns: readonly ColumnMeasure[], available: number): number[] {
  if (columns.length === 0 || available <= 0) return columns.map(() => 0);
  const natural = columns.map((c) => Math.max(0, c.natural, c.minimum));
  const minimum = columns.map((c) => Math.max(0, c.minimum));
  const sumNatural = sum(natural);
  const sumMinimum = sum(minimum);
  let widths: number[];
  if (sumNatural <= available) {
    // Spare room goes to columns in proportion to their content (an even share if all empty).
    const spare = available - sumNatural;
    widths = natural.map((w) => w + (sumNatural > 0 ? (spare * w) / sumNatural : spare / natural.length));
  } else if (sumMinimum < available) {
    const room = available - sumMinimum;
    const want = sumNatural - sumMinimum;
    widths = minimum.map((m, i) => m + (room * ((natural[i] ?? 0) - m)) / want);
  } else {
    widths = minimum.map((m) => (sumMinimum > 0 ? (available * m) / sumMinimum : available / minimum.length));
  }
  return fitExactly(widths, available);
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** Rounding noise is given to (or taken from) the widest column, so the sum is exact. */
function fitExactly(widths: number[], available: number): number[] {
  const total = sum(widths);
  const widest = widths.indexOf(Math.max(...widths));
  const out = [...widths];
  out[widest] = Math.max(0, (out[widest] ?? 0) + (available - total));
  return out;
}
