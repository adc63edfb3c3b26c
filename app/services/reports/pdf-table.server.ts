// Tables in the PDF: column widths from the pure layout (never wider than the text area),
// wrapped cells, and the header row repeated at the top of every page the table runs onto.
// Tagged as Table > TR > TH/TD; a repeated header is an artifact, so screen readers hear
// it once.
import type PDFDocument from "pdfkit";
import { columnWidths } from "~/domain/report/table-layout";
import type { TableColumn } from "~/domain/report/types";

type Doc = InstanceType<typeof PDFDocument>;
type Struct = ReturnType<Doc["struct"]>;

export const TABLE_FONT_SIZE = 8.5;
/** A wide table shrinks its font down to this before any word has to break. */
export const SMALLEST_TABLE_FONT_SIZE = 6.5;
const PAD = 4;
const HEADER_FILL = "#e4ebf2";
const ZEBRA_FILL = "#f5f7f9";

export type TableGeometry = { left: number; width: number; bottom: () => number; newPage: () => void };

/** Font size and column widths for a table: a smaller font first, mid-word breaks last. */
export function measureColumns(doc: Doc, columns: readonly TableColumn[], rows: readonly string[][], width: number) {
  const measures = (size: number) =>
    columns.map((c, i) => {
      doc.font("bold").fontSize(size);
      let natural = widest(doc, c.header.split("\n"));
      let minimum = widest(doc, c.header.split(/\s+/));
      doc.font("regular").fontSize(size);
      for (const row of rows) {
        const text = row[i] ?? "";
        natural = Math.max(natural, widest(doc, text.split("\n")));
        minimum = Math.max(minimum, widest(doc, text.split(/\s+/)));
      }
      return { natural: natural + 2 * PAD + 1, minimum: minimum + 2 * PAD + 1 };
    });
  let size = TABLE_FONT_SIZE;
  let m = measures(size);
  const needed = m.reduce((sum, c) => sum + c.minimum, 0);
  if (needed > width) {
    // Text width scales with the font size; padding does not, hence the small margin.
    size = Math.max(SMALLEST_TABLE_FONT_SIZE, Math.floor(((TABLE_FONT_SIZE * width) / needed) * 0.97 * 10) / 10);
    m = measures(size);
  }
  return { size, widths: columnWidths(m, width) };
}

const widest = (doc: Doc, parts: readonly string[]) => parts.reduce((w, p) => Math.max(w, doc.widthOfString(p)), 0);

function rowHeight(doc: Doc, cells: readonly string[], widths: readonly number[], font: "regular" | "bold", size: number): number {
  doc.font(font).fontSize(size);
  return cells.reduce((h, text, i) => Math.max(h, doc.heightOfString(text || " ", { width: Math.max(1, (widths[i] ?? 0) - 2 * PAD) })), 0) + 2 * PAD;
}

export function drawTable(doc: Doc, parent: Struct, g: TableGeometry, columns: readonly TableColumn[], rows: readonly string[][]) {
  const { size, widths } = measureColumns(doc, columns, rows, g.width);
  const headers = columns.map((c) => c.header);
  const headerHeight = rowHeight(doc, headers, widths, "bold", size);
  const table = doc.struct("Table");
  parent.add(table);

  const drawRow = (cells: readonly string[], kind: "TH" | "TD", fill: string | undefined, row: Struct | undefined) => {
    const font = kind === "TH" ? "bold" : "regular";
    const height = kind === "TH" ? headerHeight : rowHeight(doc, cells, widths, font, size);
    const top = doc.y;
    if (fill) {
      doc.markContent("Artifact", { type: "Layout" });
      doc.rect(g.left, top, g.width, height).fill(fill);
      doc.endMarkedContent();
    }
    let x = g.left;
    cells.forEach((text, i) => {
      const w = widths[i] ?? 0;
      const draw = () => doc.font(font).fontSize(size).fillColor("#1a1a1a").text(text, x + PAD, top + PAD, { width: Math.max(1, w - 2 * PAD), align: columns[i]?.align ?? "left", lineBreak: true });
      if (row) row.add(doc.struct(kind, {}, draw));
      else {
        doc.markContent("Artifact", { type: "Pagination" });
        draw();
        doc.endMarkedContent();
      }
      x += w;
    });
    doc.y = top + height;
    return height;
  };

  const header = (repeat: boolean) => {
    const tr = repeat ? undefined : doc.struct("TR");
    if (tr) table.add(tr);
    drawRow(headers, "TH", HEADER_FILL, tr);
    tr?.end();
  };

  if (doc.y + headerHeight + rowHeight(doc, rows[0] ?? headers, widths, "regular", size) > g.bottom()) g.newPage();
  header(false);
  rows.forEach((cells, index) => {
    if (doc.y + rowHeight(doc, cells, widths, "regular", size) > g.bottom()) {
      g.newPage();
      header(true);
    }
    const tr = doc.struct("TR");
    table.add(tr);
    drawRow(cells, "TD", index % 2 === 1 ? ZEBRA_FILL : undefined, tr);
    tr.end();
  });
  table.end();
  doc.x = g.left;
  doc.moveDown(0.6);
}
