// The interviews namespace exists in all four languages with the same keys, and every error
// code the domain can return has a translation.
import { LOCALES } from "~/domain/ids";
import en from "../../../locales/en/interviews.json";
import nb from "../../../locales/nb/interviews.json";
import nn from "../../../locales/nn/interviews.json";
import sv from "../../../locales/sv/interviews.json";
import { validateExcerpt } from "~/domain/interviews/coding";
import { validateGuide } from "~/domain/interviews/guide";

const files = { sv, nb, nn, en } as const;

function leaves(obj: unknown, prefix = ""): string[] {
  if (typeof obj !== "object" || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

test("every key exists in sv, nb, nn and en, none empty", () => {
  const keys = leaves(sv).sort();
  for (const locale of LOCALES) {
    expect(leaves(files[locale]).sort()).toEqual(keys);
    for (const key of keys) {
      const value = key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], files[locale]);
      expect(typeof value === "string" && value.trim().length > 0, `${locale}:${key}`).toBe(true);
    }
  }
});

test("the error codes the validators return are all translated", () => {
  const excerptCodes = new Set<string>();
  const bad = [{}, { quote: "x".repeat(1001), themes: [1] }];
  for (const input of bad) {
    const r = validateExcerpt(input);
    if (!r.ok) r.errors.forEach((e) => excerptCodes.add(e.code));
  }
  expect(excerptCodes.size).toBeGreaterThanOrEqual(8);
  for (const code of excerptCodes) expect(Object.keys(sv.errors.excerpt)).toContain(code);

  const t = { sv: "", nb: "x", nn: "x", en: "x" };
  const guide = { key: "A", version: -1, title: t, intro: t, sections: [{ key: "a", title: t, questions: [] }, { key: "a", title: t, questions: [{ key: "q", text: 5 }] }] };
  const r = validateGuide(guide);
  const guideCodes = r.ok ? [] : r.errors.map((e) => e.code);
  expect(guideCodes.length).toBeGreaterThan(3);
  for (const code of guideCodes) expect(Object.keys(sv.errors.guide)).toContain(code);
});
