// One zod schema per interview form. Error messages are keys in the interviews namespace;
// the route returns them with status 400 together with what the user typed.
import { z } from "zod";
import { CRITERIA, INTERVIEW_ROLES, STANCES, SUPPORT_MODELS } from "~/domain/ids";
import { QUOTE_MAX_LENGTH } from "~/domain/interviews/coding";
import { INTERVIEW_GUIDES } from "../../../seeds/templates/interviews";

export const NOTE_MAX_LENGTH = 20000;
const GUIDE_KEYS = Object.keys(INTERVIEW_GUIDES) as [keyof typeof INTERVIEW_GUIDES, ...Array<keyof typeof INTERVIEW_GUIDES>];

/** Splits "Anna, Per ,," into ["Anna", "Per"]: free tags and names are typed comma-separated. */
export const commaList = (text: string | undefined) => [...new Set((text ?? "").split(",").map((s) => s.trim()).filter((s) => s.length > 0))];

const isIsoDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

export const planSchema = z.object({
  guide: z.enum(GUIDE_KEYS, { error: "form.errors.guide" }),
  role: z.enum(INTERVIEW_ROLES, { error: "form.errors.role" }),
  department: z.string().trim().max(200, { error: "form.errors.department" }).optional().default(""),
  date: z.string({ error: "form.errors.date" }).trim().refine(isIsoDate, { error: "form.errors.date" }),
  maskNames: z.string().max(1000, { error: "form.errors.maskNames" }).optional().default(""),
});

export const noteSchema = z.object({
  questionKey: z.string().min(1),
  text: z.string().max(NOTE_MAX_LENGTH, { error: "notes.tooLong" }),
});

export const excerptFormSchema = z.object({
  questionKey: z.string().min(1),
  quote: z.string().trim().min(1, { error: "coding.errors.quote" }).max(QUOTE_MAX_LENGTH, { error: "coding.errors.quoteTooLong" }),
  model: z.enum(SUPPORT_MODELS, { error: "coding.errors.model" }),
  stance: z.enum(STANCES, { error: "coding.errors.stance" }),
  criterion: z.enum(CRITERIA, { error: "coding.errors.criterion" }),
  themes: z.string().max(500, { error: "coding.errors.themes" }).optional().default(""),
});
