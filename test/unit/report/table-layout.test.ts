import fc from "fast-check";
import { columnWidths } from "~/domain/report/table-layout";

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe("table column widths", () => {
  test("a table that fits keeps each column's content and shares the spare room by content", () => {
    // natural 100 + 50 = 150 of 300: each doubles.
    expect(columnWidths([{ natural: 100, minimum: 40 }, { natural: 50, minimum: 20 }], 300)).toEqual([200, 100]);
  });

  test("a table too wide for one line gives each column its longest word plus a share of the rest", () => {
    // minimums 40 + 20 = 60; room 100 - 60 = 40 shared by what each still wants (160 and 80).
    const [a, b] = columnWidths([{ natural: 200, minimum: 40 }, { natural: 100, minimum: 20 }], 100);
    expect(a).toBeCloseTo(40 + (40 * 160) / 240, 9);
    expect(b).toBeCloseTo(20 + (40 * 80) / 240, 9);
  });

  test("when even the longest words do not fit, they are scaled down to the page", () => {
    expect(columnWidths([{ natural: 300, minimum: 150 }, { natural: 100, minimum: 50 }], 100)).toEqual([75, 25]);
  });

  test("never wider than the page, never a negative column, whatever the content", () => {
    const column = fc.record({ natural: fc.double({ min: 0, max: 2000, noNaN: true }), minimum: fc.double({ min: 0, max: 800, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(column, { minLength: 1, maxLength: 14 }), fc.double({ min: 1, max: 800, noNaN: true }), (columns, width) => {
        const widths = columnWidths(columns, width);
        expect(widths).toHaveLength(columns.length);
        expect(sum(widths)).toBeLessThanOrEqual(width + 1e-6);
        expect(sum(widths)).toBeGreaterThanOrEqual(width - 1e-6);
        for (const w of widths) expect(w).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  test("a column never gets less than its longest word when the longest words fit", () => {
    const column = fc.record({ natural: fc.double({ min: 0, max: 500, noNaN: true }), minimum: fc.double({ min: 0, max: 60, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(column, { minLength: 1, maxLength: 8 }), (columns) => {
        const widths = columnWidths(columns, 480);
        columns.forEach((c, i) => expect(widths[i]!).toBeGreaterThanOrEqual(c.minimum - 1e-6));
      }),
    );
  });
});
