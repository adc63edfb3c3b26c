// Shared pieces of date parsing: validated wall-clock parts → the stored ISO form.
import type { WallClockIso } from "./types";

export interface DateParts {
  year: number;
  month: number; // 1-12
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/**
 * `YYYY-MM-DDTHH:mm:ssZ` from wall-clock parts, or null when they do not form a real moment
 * (31 April, 25:00). Date.UTC is used only as a calendar: no time zone is ever applied.
 */
export function partsToIso(p: DateParts): WallClockIso | null {
  const { year, month, day, hour = 0, minute = 0, second = 0 } = p;
  if (![year, month, day, hour, minute, second].every(Number.isInteger)) return null;
  if (year < 1900 || year > 2199 || hour > 23 || minute > 59 || second > 59) return null;
  const d = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}Z`;
}

/** Two-digit years are this century for 00-69 (ticket data is recent), last century otherwise. */
export const fullYear = (y: string): number => (y.length === 2 ? (Number(y) < 70 ? 2000 : 1900) + Number(y) : Number(y));

/** 12-hour clock: 12 AM is midnight, 12 PM is noon. */
export function hour24(hour: number, ampm: string | undefined): number {
  if (!ampm) return hour;
  const pm = ampm.toLowerCase().startsWith("p");
  if (hour < 1 || hour > 12) return NaN;
  return (hour % 12) + (pm ? 12 : 0);
}

// First three letters of month names in English, Swedish, Norwegian (bokmål/nynorsk).
const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, maj: 5, mai: 5, jun: 6, jul: 7, aug: 8,
  sep: 9, oct: 10, okt: 10, nov: 11, dec: 12, des: 12,
};

export const monthFromName = (name: string): number => MONTHS[name.slice(0, 3).toLowerCase()] ?? NaN;
