// Rules of a municipality's organisation register (departments, business areas, systems with
// their administrators) shared by the web forms and the CSV import. Pure: no I/O.

export const NAME_MAX = 200;
export const LABEL_MAX = 200;
export const ADMINISTRATORS_MAX = 50;

/** Names are compared without case and surrounding or repeated spaces: "Lönesystem " is "lönesystem". */
export const nameKey = (name: string): string => name.normalize("NFKC").trim().replace(/\s+/g, " ").toLocaleLowerCase("sv");

/** A name as stored: trimmed, inner runs of spaces made one. */
export const cleanName = (name: string): string => name.normalize("NFKC").trim().replace(/\s+/g, " ");

/**
 * Administrator labels (initials or role titles) from a text: one per line in the web form,
 * separated by ";" (or line breaks inside a cell) in a file. Blank ones are dropped and a label
 * given twice (in any case) is kept once.
 */
export function administratorLabels(text: string, separator: "lines" | "semicolons"): string[] {
  const parts = text.split(separator === "lines" ? /\r\n|\r|\n/ : /;|\r\n|\r|\n/);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of parts) {
    const label = cleanName(part);
    if (label === "" || seen.has(nameKey(label))) continue;
    seen.add(nameKey(label));
    out.push(label);
  }
  return out;
}

/** Systems that hang on one person or nobody: fewer than two administrators who can handle support. */
export const busFactorAtRisk = (supportCount: number): boolean => supportCount <= 1;
