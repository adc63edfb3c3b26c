// The sections of a municipality's pages, in the order a pre-study runs; the municipality's
// settings (name, language, region, who has access) last, for installation admins only.
type Section = { to: string; label: string; editorsOnly?: boolean; adminsOnly?: boolean };

const SECTIONS: Section[] = [
  { to: "", label: "nav.overview" },
  { to: "/organisation", label: "organisation:nav" },
  { to: "/surveys", label: "nav.surveys", editorsOnly: true },
  { to: "/interviews", label: "nav.interviews", editorsOnly: true },
  { to: "/tickets", label: "nav.tickets", editorsOnly: true },
  { to: "/dashboard", label: "nav.dashboard" },
  { to: "/decision", label: "nav.decision" },
  { to: "/report", label: "nav.report" },
  { to: "/settings", label: "settings:nav", adminsOnly: true },
];

export function municipalitySections(role: string): Section[] {
  const admin = role === "admin";
  const editor = admin || role === "project";
  return SECTIONS.filter((s) => (editor || !s.editorsOnly) && (admin || !s.adminsOnly));
}
