import fs from "node:fs";
import path from "node:path";
import { LOCALES } from "~/domain/ids";
import { resources } from "~/i18n/resources";

const flatten = (value: unknown, prefix = ""): string[] =>
  value && typeof value === "object"
    ? Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k))
    : [prefix];

const namespaces = fs.readdirSync("locales/sv").filter((f) => f.endsWith(".json")).map((f) => f.replace(/\.json$/, ""));

describe("every locale has every key", () => {
  test.each(namespaces)("namespace %s exists in sv, nb, nn and en with the same keys", (ns) => {
    const keysOf = (lng: string) => {
      const file = path.join("locales", lng, `${ns}.json`);
      expect(fs.existsSync(file), file).toBe(true);
      return new Set(flatten(JSON.parse(fs.readFileSync(file, "utf8"))));
    };
    const all = new Set(LOCALES.flatMap((l) => [...keysOf(l)]));
    for (const lng of LOCALES) {
      const missing = [...all].filter((k) => !keysOf(lng).has(k));
      expect(missing, `${lng}/${ns}.json lacks`).toEqual([]);
    }
  });

  test.each(namespaces)("no translation of %s is empty", (ns) => {
    for (const lng of LOCALES) {
      const json = JSON.parse(fs.readFileSync(path.join("locales", lng, `${ns}.json`), "utf8"));
      const empty = flatten(json).filter((k) => k.split(".").reduce<unknown>((o, part) => (o as Record<string, unknown>)[part], json) === "");
      expect(empty, `${lng}/${ns}.json`).toEqual([]);
    }
  });

  test("the app bundles every namespace on disk", () => {
    expect(Object.keys(resources.sv).sort()).toEqual([...namespaces].sort());
  });
});
