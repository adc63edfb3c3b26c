// Shorthand for seeded template texts: sv, nb, nn, en in that order.
import type { LocalizedText } from "~/domain/ids";

export const tx = (sv: string, nb: string, nn: string, en: string): LocalizedText => ({ sv, nb, nn, en });

export const YES = { value: "yes", label: tx("Ja", "Ja", "Ja", "Yes") };
export const NO = { value: "no", label: tx("Nej", "Nei", "Nei", "No") };
export const DONT_KNOW = { value: "dont_know", label: tx("Vet inte", "Vet ikke", "Veit ikkje", "Don't know") };
export const OTHER = { value: "other", label: tx("Annat", "Annet", "Anna", "Other") };
