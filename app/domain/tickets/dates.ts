// Dates in service-desk exports. We read the formats the tools and Nordic Excel write and
// store naive wall-clock time as `YYYY-MM-DDTHH:mm:ssZ` (see WallClockIso): the export's
// digits are kept as they are, so a ticket opened 23:30 stays on its day whatever zone the
// server runs in. An explicit offset (`+02:00`, `Z`) is read and ignored for the same
// reason: all rows of one export come from one desk's clock.
import { parseWithFormat } from "./date-format";
import { fullYear, hour24, monthFromName, partsToIso } from "./date-parts";
import type { WallClockIso } from "./types";

const TIME = "(?:[T\\s]+(?:kl\\.?\\s*)?(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2})(?:[.,]\\d+)?)?\\s*([AaPp]\\.?[Mm]\\.?)?)?";

const ISO = new RegExp(`^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})${TIME}\\s*(?:Z|[+-]\\d{2}:?\\d{2})?$`);
const DOTTED = new RegExp(`^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2}),?${TIME}$`);
const SLASHED = new RegExp(`^(\\d{1,2})[/-](\\d{1,2})[/-](\\d{4}|\\d{2}),?${TIME}$`);
const NAMED = new RegExp(`^(\\d{1,2})[/\\-\\s]([A-Za-zÅÄÖåäöØøÆæ]{3,})\\.?[/\\-\\s](\\d{4}|\\d{2}),?${TIME}$`);
const SERIAL = /^(\d{5})(?:[.,](\d+))?$/;

/** Excel day 0 is 1899-12-30 (which absorbs Lotus's fictitious 29 Feb 1900). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function fromSerial(m: RegExpExecArray): WallClockIso | null {
  const serial = Number(`${m[1]}.${m[2] ?? "0"}`);
  if (serial < 20000 || serial > 80000) return null; // 1954..2119: anything else is not a date
  const d = new Date(EXCEL_EPOCH + Math.round(serial * 86400) * 1000);
  return partsToIso({
    year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(),
    hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(),
  });
}

type Time = [string | undefined, string | undefined, string | undefined, string | undefined];

function withTime(year: number, month: number, day: number, t: Time): WallClockIso | null {
  const [h, mi, s, ampm] = t;
  const hour = h === undefined ? 0 : hour24(Number(h), ampm);
  return partsToIso({ year, month, day, hour, minute: Number(mi ?? 0), second: Number(s ?? 0) });
}

/**
 * Parse one date cell: ISO / `yyyy-mm-dd hh:mm[:ss]`, `dd.mm.yyyy hh:mm`, `dd/mm/yyyy [hh:mm]`,
 * Jira `25/Feb/26 10:17 PM`, Excel serial numbers (`45000.5`). Slashed dates are day-first
 * (Nordic and Jira); only when the second number cannot be a month (`10/29/2024`) is it read
 * month-first, as US-locale Excel writes it. With `format` only that format is accepted.
 * Returns null for an empty or unreadable value.
 */
export function parseDate(value: string, format?: string): WallClockIso | null {
  const v = value.trim();
  if (!v) return null;
  if (format) return parseWithFormat(v, format);
  let m: RegExpExecArray | null;
  if ((m = SERIAL.exec(v))) return fromSerial(m);
  if ((m = ISO.exec(v))) return withTime(Number(m[1]), Number(m[2]), Number(m[3]), [m[4], m[5], m[6], m[7]]);
  if ((m = DOTTED.exec(v))) return withTime(fullYear(m[3] ?? ""), Number(m[2]), Number(m[1]), [m[4], m[5], m[6], m[7]]);
  if ((m = SLASHED.exec(v))) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const [day, month] = b > 12 && a <= 12 ? [b, a] : [a, b];
    return withTime(fullYear(m[3] ?? ""), month, day, [m[4], m[5], m[6], m[7]]);
  }
  if ((m = NAMED.exec(v))) return withTime(fullYear(m[3] ?? ""), monthFromName(m[2] ?? ""), Number(m[1]), [m[4], m[5], m[6], m[7]]);
  return null;
}

/** The calendar day (`YYYY-MM-DD`) a stored timestamp falls on. */
export const dayOf = (iso: WallClockIso): string => iso.slice(0, 10);

/** Hours between two stored timestamps (both wall-clock, so no zone arithmetic needed). */
export const hoursBetween = (from: WallClockIso, to: WallClockIso): number => (Date.parse(to) - Date.parse(from)) / 3_600_000;
