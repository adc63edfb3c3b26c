import { readFileSync, readdirSync } from "node:fs";
import { LOCALES } from "~/domain/ids";

const root = new URL("../../../", import.meta.url);
const bundle = (lng: string) => JSON.parse(readFileSync(new URL(`locales/${lng}/survey.json`, root), "utf8"));
const keys = (o: Record<string, unknown>, prefix = ""): string[] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === "object" && v !== null ? keys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`]));

test("survey.json has the same keys in sv, nb, nn and en, none empty", () => {
  const sv = keys(bundle("sv")).sort();
  for (const lng of LOCALES) {
    expect(keys(bundle(lng)).sort()).toEqual(sv);
    for (const k of sv) expect(k.split(".").reduce((o, p) => o[p], bundle(lng)).trim()).not.toBe("");
  }
});

test("every code the survey domain returns has a translation", () => {
  const dir = new URL("app/domain/surveys/", root);
  const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith(".ts"));
  const source = files.map((f) => readFileSync(new URL(f, dir), "utf8")).join("\n");
  const found = (re: RegExp) => [...source.matchAll(re)].map((m) => m[1]!);
  const sv = bundle("sv");
  const form = readFileSync(new URL("answers.ts", dir), "utf8");
  for (const [, code] of form.matchAll(/code: "([a-z_]+)"/g)) expect(sv.errors[code!], `errors.${code}`).toBeDefined();
  for (const code of found(/code: "([a-z_]+)"/g).filter((c) => !form.includes(`"${c}"`)))
    expect(sv.import[code], `import.${code}`).toBeDefined();
  // The answer rules also reject imported rows, so each needs a form and a row-level message.
  const rules = readFileSync(new URL("answer-rules.ts", dir), "utf8");
  for (const [, code] of rules.matchAll(/err\("([a-z_]+)"/g)) {
    expect(sv.errors[code!], `errors.${code}`).toBeDefined();
    expect(sv.import[code!], `import.${code}`).toBeDefined();
  }
  for (const code of found(/cellError\("([a-z_]+)"/g)) expect(sv.import[code], `import.${code}`).toBeDefined();
  for (const code of found(/issue\("([a-z_]+)"/g)) expect(sv.template_issues[code], `template_issues.${code}`).toBeDefined();
  for (const code of found(/reject\([^,]+, "([a-z_]+)"/g)) expect(sv.import[code], `import.${code}`).toBeDefined();
});
