// Identifiers that never change (DESIGN.md). Code, CSV, JSON and tests use these;
// human labels come from locales/.

export const LOCALES = ["sv", "nb", "nn", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "sv";
export const isLocale = (v: unknown): v is Locale => typeof v === "string" && (LOCALES as readonly string[]).includes(v);

export const SUPPORT_MODELS = ["local", "cluster", "shared", "service_center", "partial", "self_service"] as const;
export type SupportModel = (typeof SUPPORT_MODELS)[number];

export const CRITERIA = [
  "efficiency",
  "development_time",
  "absence_robustness",
  "availability",
  "follow_up",
  "simple_speed",
  "domain_knowledge",
  "complex_speed",
  "personal_contact",
  "workload_balance",
  "change_effort",
] as const;
export type Criterion = (typeof CRITERIA)[number];

export const CHANNELS = ["phone", "email", "portal", "walk_in", "chat", "other"] as const;
export type Channel = (typeof CHANNELS)[number];

export const TICKET_TYPES = ["password", "permission", "how_to", "fault", "change", "vendor", "other"] as const;
export type TicketType = (typeof TICKET_TYPES)[number];

export const SUPPORT_LINES = [1, 2, 3] as const;
export type SupportLine = (typeof SUPPORT_LINES)[number];

export const BUSINESS_AREAS = [
  "school",
  "elderly_care",
  "social_services",
  "hr",
  "finance",
  "building",
  "culture_leisure",
  "technical",
  "other",
] as const;
export type BusinessArea = (typeof BUSINESS_AREAS)[number];

export const ROLES = ["admin", "project", "decision"] as const;
export type Role = (typeof ROLES)[number];

export const COUNTRIES = ["SE", "NO"] as const;
export type Country = (typeof COUNTRIES)[number];

export const STANCES = ["pro", "con", "neutral"] as const;
export type Stance = (typeof STANCES)[number];

export const INTERVIEW_ROLES = ["administrator", "reference_project_leader", "service_center_manager", "other"] as const;
export type InterviewRole = (typeof INTERVIEW_ROLES)[number];

/** Texts that exist per locale (templates, guides, rules): every locale is required. */
export type LocalizedText = Record<Locale, string>;
export const textIn = (t: LocalizedText, locale: Locale): string => t[locale];
