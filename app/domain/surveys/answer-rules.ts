// Rules a single answer must follow, whatever it came from (the web form or an import).
// Errors are codes with params; the UI renders t(`survey:errors.<code>`, params).
import type { Locale } from "~/domain/ids";
import { questionOptions } from "./fixed-options";
import { isEmptyAnswer, type AnswerValue, type Issue, type Question } from "./template";

export const SHORT_TEXT_MAX = 500;
export const LONG_TEXT_MAX = 5000;

const err = (code: string, params: Issue["params"] = {}): Issue => ({ code, params });

/**
 * Reads a number as people type it: "1 000", "2,5" (decimal comma in sv/nb/nn), "2.5",
 * and in English "1,000". Returns null for anything that is not a plain decimal number
 * (so no "1e3", "0x10" or "Infinity" slip through Number()).
 */
export function parseNumber(raw: string, locale: Locale = "sv"): number | null {
  let s = raw.trim().replace(/[\s\u00a0\u202f]/g, "").replace(/^\u2212/, "-");
  if (s.includes(",") && s.includes(".")) {
    // Both present: the last one is the decimal separator.
    s = s.lastIndexOf(",") > s.lastIndexOf(".") ? s.replace(/\./g, "").replace(",", ".") : s.replace(/,/g, "");
  } else if (s.includes(",")) {
    const thousands = locale === "en" && /^-?\d{1,3}(,\d{3})+$/.test(s);
    s = thousands ? s.replace(/,/g, "") : s.replace(",", ".");
  }
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  return Number(s);
}

/** Checks a parsed, non-empty answer against its question. */
export function checkAnswer(q: Question, value: AnswerValue, locale: Locale): Issue | null {
  if (isEmptyAnswer(value)) return null;
  const known = new Set(questionOptions(q).map((o) => o.value));
  switch (q.kind) {
    case "single":
    case "yes_no_both":
      return typeof value === "string" && known.has(value) ? null : err("unknown_option", { value: String(value) });
    case "multiple": {
      const values = Array.isArray(value) ? value : [String(value)];
      const unknown = values.find((v) => !known.has(v));
      return unknown === undefined ? null : err("unknown_option", { value: unknown });
    }
    case "number":
      return checkNumber(q, value, locale);
    case "scale": {
      const min = q.scale?.min ?? 1;
      const max = q.scale?.max ?? 5;
      const ok = typeof value === "number" && Number.isInteger(value) && value >= min && value <= max;
      return ok ? null : err("out_of_scale", { min, max });
    }
    case "short_text":
    case "long_text": {
      const max = q.kind === "short_text" ? SHORT_TEXT_MAX : LONG_TEXT_MAX;
      return String(value).length > max ? err("too_long", { max }) : null;
    }
    case "list": {
      const items = Array.isArray(value) ? value : [String(value)];
      const max = q.maxItems ?? 1;
      if (items.length > max) return err("too_many_items", { max });
      return items.some((i) => i.length > SHORT_TEXT_MAX) ? err("too_long", { max: SHORT_TEXT_MAX }) : null;
    }
  }
}

function checkNumber(q: Question, value: AnswerValue, locale: Locale): Issue | null {
  if (typeof value !== "number" || !Number.isFinite(value)) return err("not_a_number");
  const unit = q.unit ? q.unit[locale] : "";
  if (q.min !== undefined && q.max !== undefined && (value < q.min || value > q.max))
    return err("out_of_range", { min: q.min, max: q.max, unit });
  if (q.min !== undefined && value < q.min) return err("below_min", { min: q.min, unit });
  if (q.max !== undefined && value > q.max) return err("above_max", { max: q.max, unit });
  return null;
}
