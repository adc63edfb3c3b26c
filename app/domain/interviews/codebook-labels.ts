// Names and descriptions written into exported codebooks. A .qdc file is read by people in
// QualCoder or NVivo, so its code names are translated; they come from locales/*/interviews.json
// (bundled at build time: no I/O here) so there is one place to change a label.
import type { Criterion, Locale, Stance, SupportModel } from "~/domain/ids";
import en from "../../../locales/en/interviews.json";
import nb from "../../../locales/nb/interviews.json";
import nn from "../../../locales/nn/interviews.json";
import sv from "../../../locales/sv/interviews.json";

type CodebookStrings = (typeof sv)["codebook"];
const STRINGS: Record<Locale, CodebookStrings> = { sv: sv.codebook, nb: nb.codebook, nn: nn.codebook, en: en.codebook };

export interface CodebookLabels {
  model(model: SupportModel): string;
  stance(stance: Stance): string;
  criterion(criterion: Criterion): string;
  themes: string;
  description(kind: keyof CodebookStrings["description"], params: Record<string, string>): string;
}

export function codebookLabels(locale: Locale): CodebookLabels {
  const s = STRINGS[locale];
  return {
    model: (m) => s.models[m],
    stance: (st) => s.stances[st],
    criterion: (c) => s.criteria[c],
    themes: s.themes,
    description: (kind, params) => interpolate(s.description[kind], params),
  };
}

/** i18next-style `{{name}}` placeholders; an unknown name is left as it is. */
function interpolate(template: string, params: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => params[name] ?? whole);
}
