// The sections of a municipality's pages, in the order a pre-study runs. Each later area
// adds its entry here; `minRole` hides sections a role cannot use.
type Section = { to: string; label: string; editorsOnly?: boolean };

const SECTIONS: Section[] = [{ to: "", label: "nav.overview" }];

export function municipalitySections(role: string): Section[] {
  const editor = role === "admin" || role === "project";
  return SECTIONS.filter((s) => editor || !s.editorsOnly);
}
