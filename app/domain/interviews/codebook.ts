// REFI-QDA codebook (.qdc, Codebook.xsd v1.0) of the interview coding, for QualCoder or NVivo.
// Hierarchy: support model (category) → stance (category) → criterion (codable), with only the
// model × stance × criterion combinations that excerpts use; every model is always present so
// the codebook is a complete frame for further coding. Free themes form their own category.
// One Set per used criterion gathers its codes across models and stances; with no excerpts
// there is no Set, and `Sets` is omitted (the schema forbids it empty).
import { CRITERIA, STANCES, SUPPORT_MODELS, type Criterion, type Locale, type Stance, type SupportModel } from "~/domain/ids";
import { codebookLabels, type CodebookLabels } from "./codebook-labels";
import type { CodedExcerpt } from "./coding";
import { stableGuid } from "./guid";

export const QDC_NAMESPACE = "urn:QDA-XML:codebook:1.0";

const MODEL_COLORS: Record<SupportModel, string> = {
  local: "#4E79A7",
  cluster: "#F28E2B",
  shared: "#E15759",
  service_center: "#76B7B2",
  partial: "#59A14F",
  self_service: "#EDC948",
};
const STANCE_COLORS: Record<Stance, string> = { pro: "#2E7D32", con: "#C62828", neutral: "#757575" };
const THEME_COLOR = "#B07AA1";

interface CodeNode {
  guid: string;
  name: string;
  isCodable: boolean;
  color: string;
  description: string;
  children: CodeNode[];
}
interface SetNode {
  guid: string;
  name: string;
  description: string;
  members: string[];
}

export function refiQdaCodebook(excerpts: readonly CodedExcerpt[], locale: Locale, labels: CodebookLabels = codebookLabels(locale)): string {
  const used = new Set(excerpts.map((e) => codePath(e.model, e.stance, e.criterion)));
  const codes = SUPPORT_MODELS.map((m) => modelNode(m, used, labels));
  const themes = themeNode(excerpts, labels);
  if (themes) codes.push(themes);
  const sets = criterionSets(used, labels);
  const lines = ['<?xml version="1.0" encoding="utf-8"?>', `<CodeBook xmlns="${QDC_NAMESPACE}" origin="Vägval">`, "  <Codes>"];
  for (const code of codes) lines.push(...codeXml(code, 2));
  lines.push("  </Codes>");
  if (sets.length > 0) lines.push("  <Sets>", ...sets.flatMap((s) => setXml(s, 2)), "  </Sets>");
  lines.push("</CodeBook>");
  return lines.join("\n") + "\n";
}

const codePath = (model: SupportModel, stance: Stance, criterion: Criterion) => `code/${model}/${stance}/${criterion}`;

function modelNode(model: SupportModel, used: ReadonlySet<string>, labels: CodebookLabels): CodeNode {
  const names = { model: labels.model(model) };
  const stances = STANCES.flatMap((stance) => {
    const criteria = CRITERIA.filter((c) => used.has(codePath(model, stance, c)));
    if (criteria.length === 0) return [];
    const stanceNames = { ...names, stance: labels.stance(stance) };
    const children = criteria.map((criterion) => ({
      guid: stableGuid(codePath(model, stance, criterion)),
      name: labels.criterion(criterion),
      isCodable: true,
      color: STANCE_COLORS[stance],
      description: labels.description("code", { ...stanceNames, criterion: labels.criterion(criterion) }),
      children: [],
    }));
    return [category(`code/${model}/${stance}`, stanceNames.stance, STANCE_COLORS[stance], labels.description("stance", stanceNames), children)];
  });
  return category(`code/${model}`, names.model, MODEL_COLORS[model], labels.description("model", names), stances);
}

function themeNode(excerpts: readonly CodedExcerpt[], labels: CodebookLabels): CodeNode | undefined {
  const themes = [...new Set(excerpts.flatMap((e) => e.themes.map((t) => t.trim())).filter((t) => t.length > 0))].sort();
  if (themes.length === 0) return undefined;
  const children = themes.map((theme) => ({
    guid: stableGuid(`theme/${theme}`),
    name: theme,
    isCodable: true,
    color: THEME_COLOR,
    description: labels.description("theme", { theme }),
    children: [],
  }));
  return category("themes", labels.themes, THEME_COLOR, labels.description("themes", {}), children);
}

function criterionSets(used: ReadonlySet<string>, labels: CodebookLabels): SetNode[] {
  return CRITERIA.flatMap((criterion) => {
    const members = SUPPORT_MODELS.flatMap((m) => STANCES.map((s) => codePath(m, s, criterion))).filter((p) => used.has(p));
    if (members.length === 0) return [];
    const name = labels.criterion(criterion);
    return [{ guid: stableGuid(`set/${criterion}`), name, description: labels.description("set", { criterion: name }), members: members.map(stableGuid) }];
  });
}

function category(path: string, name: string, color: string, description: string, children: CodeNode[]): CodeNode {
  return { guid: stableGuid(path), name, isCodable: false, color, description, children };
}

// Codebook.xsd: a Code's Description comes before its child Codes.
function codeXml(code: CodeNode, depth: number): string[] {
  const pad = "  ".repeat(depth);
  const open = `${pad}<Code guid="${code.guid}" name="${escapeXml(code.name)}" isCodable="${code.isCodable}" color="${code.color}">`;
  return [
    open,
    `${pad}  <Description>${escapeXml(code.description)}</Description>`,
    ...code.children.flatMap((c) => codeXml(c, depth + 1)),
    `${pad}</Code>`,
  ];
}

function setXml(set: SetNode, depth: number): string[] {
  const pad = "  ".repeat(depth);
  return [
    `${pad}<Set guid="${set.guid}" name="${escapeXml(set.name)}">`,
    `${pad}  <Description>${escapeXml(set.description)}</Description>`,
    ...set.members.map((guid) => `${pad}  <MemberCode guid="${guid}"/>`),
    `${pad}</Set>`,
  ];
}

/** Escapes text for both element content and double- or single-quoted attributes. */
export function escapeXml(text: string): string {
  // Control characters other than tab, LF and CR are not allowed in XML 1.0 at all.
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    // Parsers turn raw whitespace in attributes into spaces; character references survive.
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;");
}
