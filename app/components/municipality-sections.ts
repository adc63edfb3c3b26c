// The sections of a municipality's pages, in the order a pre-study runs.
type Section = { to: string; label: string; editorsOnly?: boolean };

const SECTIONS: Section[] = [
  { to: "", label: "nav.overview" },
  { to: "/organisation", label: "organisation:nav" },
  { to: "/surveys", label: "nav.surveys", editorsOnly: true },
  { to: "/interviews", label: "nav.interviews", editorsOnly: true },
  { to: "/tickets", label: "nav.tickets", editorsOnly: true },
  { to: "/dashboard", label: "nav.dashboard" },
  { to: "/decision", label: "nav.decision" },
  { to: "/report", label: "nav.report" },
];

export function municipalitySections(role: string): Section[] {
  const editor = role === "admin" || role === "project";
  return SECTIONS.filter((s) => editor || !s.editorsOnly);
}
