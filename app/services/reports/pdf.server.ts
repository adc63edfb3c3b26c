// The report as a PDF (pdfkit): cover, table of contents with page numbers, one chapter per
// section, "page X of Y" on every page. Tagged for screen readers (headings, paragraphs,
// lists, tables, figures with alt text), title and language in the document info, DejaVu
// Sans embedded. The table of contents has a reserved page that is filled in at the end,
// when every chapter's page is known (pdfkit buffers pages, so one pass is enough).
import PDFDocument from "pdfkit";
import type { ChartSpec } from "~/domain/charts/spec";
import type { Locale } from "~/domain/ids";
import type { Block, ReportDocument, Translate } from "~/domain/report/types";
import { formatNumber, intlLocale } from "~/i18n/format";
import { renderChartPng } from "./chart-image.server";
import { fontFiles } from "./fonts.server";
import { drawTable } from "./pdf-table.server";

type Doc = InstanceType<typeof PDFDocument>;
type Struct = ReturnType<Doc["struct"]>;

const MARGIN = 56;
const BODY = 10;
const INK = "#1a1a1a";
const MUTED = "#555555";
const ACCENT = "#0b4f8a";

export type PdfProgress = (done: number, total: number, step: string) => void | Promise<void>;
export type PdfOptions = { locale: Locale; t: Translate; onProgress?: PdfProgress };

export async function renderReportPdf(report: ReportDocument, opts: PdfOptions): Promise<Buffer> {
  const files = fontFiles();
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    autoFirstPage: false,
    lang: intlLocale(opts.locale),
    displayTitle: true,
    pdfVersion: "1.7",
    tagged: true,
    info: { Title: report.title, Subject: report.subtitle, Creator: "Vägval", Producer: "Vägval" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.registerFont("regular", files.regular);
  doc.registerFont("bold", files.bold);
  doc.registerFont("oblique", files.oblique);

  const root = doc.struct("Document");
  doc.addStructure(root);
  const width = () => doc.page.width - MARGIN * 2;
  const bottom = () => doc.page.height - MARGIN;
  const newPage = () => {
    doc.addPage();
    doc.x = MARGIN;
    doc.y = MARGIN;
  };
  const total = report.sections.length + 2;

  newPage();
  drawCover(doc, root, report);
  await opts.onProgress?.(1, total, "cover");
  newPage(); // reserved for the table of contents
  const toc = doc.struct("TOC");
  root.add(toc);

  const pages: number[] = [];
  for (const [index, section] of report.sections.entries()) {
    newPage();
    pages.push(doc.bufferedPageRange().count);
    doc.addNamedDestination(section.id);
    doc.outline.addItem(section.heading);
    const part = doc.struct("Sect");
    root.add(part);
    part.add(doc.struct("H1", {}, () => doc.font("bold").fontSize(18).fillColor(ACCENT).text(`${index + 1}. ${section.heading}`, MARGIN, doc.y, { width: width() })));
    doc.moveDown(0.8);
    for (const block of section.blocks) drawBlock(doc, part, block, { width, bottom, newPage }, opts);
    part.end();
    await opts.onProgress?.(index + 3, total, section.id);
  }

  doc.switchToPage(1);
  drawToc(doc, toc, report, pages);
  toc.end();
  footers(doc, opts.t);
  root.end();
  doc.end();
  return done;
}

function drawCover(doc: Doc, root: Struct, report: ReportDocument) {
  const w = doc.page.width - MARGIN * 2;
  doc.markContent("Artifact", { type: "Layout" });
  doc.rect(0, 0, doc.page.width, 12).fill(ACCENT);
  doc.endMarkedContent();
  doc.y = 220;
  root.add(doc.struct("Title", {}, () => doc.font("bold").fontSize(26).fillColor(ACCENT).text(report.title, MARGIN, doc.y, { width: w })));
  doc.moveDown(0.5);
  root.add(doc.struct("P", {}, () => doc.font("regular").fontSize(14).fillColor(INK).text(report.subtitle, { width: w })));
  doc.moveDown(2);
  for (const line of report.cover) root.add(doc.struct("P", {}, () => doc.font("regular").fontSize(12).fillColor(MUTED).text(line, { width: w })));
}

function drawToc(doc: Doc, toc: Struct, report: ReportDocument, pages: readonly number[]) {
  const w = doc.page.width - MARGIN * 2;
  doc.x = MARGIN;
  doc.y = MARGIN;
  toc.add(doc.struct("H1", {}, () => doc.font("bold").fontSize(18).fillColor(ACCENT).text(report.tocHeading, MARGIN, MARGIN, { width: w })));
  doc.moveDown(1);
  report.sections.forEach((section, i) => {
    const label = `${i + 1}. ${section.heading}`;
    const page = String(pages[i] ?? "");
    toc.add(
      doc.struct("TOCI", {}, () => {
        const y = doc.y;
        doc.font("regular").fontSize(11).fillColor(INK);
        doc.text(label, MARGIN, y, { width: w - 40, goTo: section.id });
        const after = doc.y;
        doc.text(page, MARGIN + w - 40, y, { width: 40, align: "right", goTo: section.id });
        doc.y = Math.max(after, doc.y) + 6;
      }),
    );
  });
}

/** "page X of Y" at the foot of every page but the cover, as a pagination artifact. */
function footers(doc: Doc, t: Translate) {
  const range = doc.bufferedPageRange();
  for (let i = range.start + 1; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const keep = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing below the margin must not start a new page
    doc.markContent("Artifact", { type: "Pagination" });
    doc.font("regular").fontSize(8).fillColor(MUTED).text(t("report:pdf.pageOf", { page: i + 1, pages: range.count }), MARGIN, doc.page.height - MARGIN / 2 - 4, {
      width: doc.page.width - MARGIN * 2,
      align: "center",
      lineBreak: false,
    });
    doc.endMarkedContent();
    doc.page.margins.bottom = keep;
  }
}

type Frame = { width: () => number; bottom: () => number; newPage: () => void };

function ensure(doc: Doc, f: Frame, height: number) {
  if (doc.y + height > f.bottom()) f.newPage();
}

function drawBlock(doc: Doc, part: Struct, block: Block, f: Frame, opts: PdfOptions) {
  const w = f.width();
  switch (block.kind) {
    case "subheading":
      ensure(doc, f, 60);
      doc.moveDown(0.4);
      part.add(doc.struct("H2", {}, () => doc.font("bold").fontSize(13).fillColor(ACCENT).text(block.text, MARGIN, doc.y, { width: w })));
      doc.moveDown(0.4);
      return;
    case "paragraph":
      part.add(doc.struct("P", {}, () => doc.font(block.strong ? "bold" : "regular").fontSize(BODY).fillColor(INK).text(block.text, MARGIN, doc.y, { width: w, lineGap: 2 })));
      doc.moveDown(0.6);
      return;
    case "notice":
      part.add(doc.struct("P", {}, () => doc.font("oblique").fontSize(BODY).fillColor(MUTED).text(block.text, MARGIN, doc.y, { width: w })));
      doc.moveDown(0.6);
      return;
    case "list": {
      const list = doc.struct("L");
      part.add(list);
      for (const item of block.items) list.add(doc.struct("LI", {}, () => doc.font("regular").fontSize(BODY).fillColor(INK).text(`•  ${item}`, MARGIN + 8, doc.y, { width: w - 8, indent: 0, lineGap: 2 })));
      list.end();
      doc.x = MARGIN;
      doc.moveDown(0.6);
      return;
    }
    case "quote":
      ensure(doc, f, 40);
      part.add(
        doc.struct("BlockQuote", {}, () => {
          doc.font("oblique").fontSize(BODY).fillColor(INK).text(`”${block.text}”`, MARGIN + 20, doc.y, { width: w - 40, lineGap: 2 });
          doc.font("regular").fontSize(8).fillColor(MUTED).text(block.attribution, MARGIN + 20, doc.y + 2, { width: w - 40 });
        }),
      );
      doc.x = MARGIN;
      doc.moveDown(0.8);
      return;
    case "table":
      ensure(doc, f, 50);
      part.add(doc.struct("Caption", {}, () => doc.font("bold").fontSize(9).fillColor(INK).text(block.caption, MARGIN, doc.y, { width: w })));
      doc.moveDown(0.3);
      drawTable(doc, part, { left: MARGIN, width: w, bottom: f.bottom, newPage: f.newPage }, block.columns, block.rows);
      return;
    case "chart":
      drawChart(doc, part, block.spec, f, opts);
      return;
  }
}

function drawChart(doc: Doc, part: Struct, spec: ChartSpec, f: Frame, opts: PdfOptions) {
  const w = f.width();
  const empty = spec.suppressed || spec.labels.length === 0;
  const imageHeight = empty ? 0 : Math.min(260, Math.max(160, 40 + spec.labels.length * (spec.kind === "hbar" ? 22 : 6)));
  ensure(doc, f, imageHeight + 70);
  const figure = doc.struct("Div");
  part.add(figure);
  figure.add(doc.struct("H3", {}, () => doc.font("bold").fontSize(11).fillColor(INK).text(spec.title, MARGIN, doc.y, { width: w })));
  doc.moveDown(0.3);
  if (empty) {
    // The minimum group size hides the figure: say so, never draw it.
    figure.add(doc.struct("P", {}, () => doc.font("oblique").fontSize(BODY).fillColor(MUTED).text(opts.t("report:tooFew"), MARGIN, doc.y, { width: w })));
  } else {
    const png = renderChartPng(spec, { width: 600, height: Math.round((600 * imageHeight) / w), scale: 2, locale: opts.locale, format: "jpeg" });
    const top = doc.y;
    figure.add(doc.struct("Figure", { alt: `${spec.title}. ${spec.caption}` }, () => doc.image(png, MARGIN, top, { width: w, height: imageHeight })));
    doc.y = top + imageHeight + 4;
    if (spec.caption) figure.add(doc.struct("Caption", {}, () => doc.font("regular").fontSize(9).fillColor(INK).text(spec.caption, MARGIN, doc.y, { width: w })));
  }
  figure.add(doc.struct("P", {}, () => doc.font("regular").fontSize(8).fillColor(MUTED).text(opts.t("report:pdf.chartSource", { n: formatNumber(opts.locale, spec.n, 0), source: spec.source }), MARGIN, doc.y, { width: w })));
  figure.end();
  doc.x = MARGIN;
  doc.moveDown(0.8);
}
