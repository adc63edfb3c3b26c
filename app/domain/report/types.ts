// The report as plain data: sections of blocks (paragraphs, tables, charts, quotes). Built by
// pure functions from the other areas' results; drawn by the PDF service. Texts are already
// translated; numbers already formatted for the reader's locale.
import type { ChartSpec } from "~/domain/charts/spec";

export type Translate = (key: string, params?: Record<string, unknown>) => string;

export type Align = "left" | "right";
export type TableColumn = { header: string; align?: Align };

export type Block =
  | { kind: "subheading"; text: string }
  | { kind: "paragraph"; text: string; strong?: boolean }
  | { kind: "list"; items: string[] }
  | { kind: "table"; caption: string; columns: TableColumn[]; rows: string[][] }
  | { kind: "chart"; spec: ChartSpec }
  | { kind: "quote"; text: string; attribution: string }
  /** A section (or part of one) that has no data yet, or is hidden by the group size. */
  | { kind: "notice"; text: string };

export const SECTION_IDS = [
  "summary",
  "method",
  "survey",
  "tickets",
  "interviews",
  "decision",
  "weights",
  "sensitivity",
  "pros_cons",
  "appendix",
  "region",
  "region_charts",
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export type Section = { id: SectionId; heading: string; blocks: Block[] };

export type ReportDocument = {
  title: string;
  subtitle: string;
  /** Lines under the title on the cover (municipality, date, language). */
  cover: string[];
  tocHeading: string;
  sections: Section[];
};
