import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { TMP } from "../../support/databases";
import { makeMunicipality } from "../../support/factories";

// The CLI compiles TypeScript on start, so each call takes seconds: generous timeouts.
function vagval(args: string[]) {
  const r = spawnSync(process.execPath, ["cli/vagval.js", ...args], { env: { ...process.env, LANG: "sv_SE.UTF-8" }, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const json = (args: string[]) => {
  const r = vagval([...args, "--json"]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown>;
};

describe("vagval survey and responses", () => {
  test("create in nb, publish, invite, import and read results as JSON", async () => {
    const m = await makeMunicipality({ country: "NO" });
    const { id } = json(["survey", "create", "--municipality", m.slug, "--template", "prestudy-2019", "--lang", "nb"]) as { id: number };
    expect(Number.isInteger(id)).toBe(true);
    expect(json(["survey", "publish", "--survey", String(id)])).toEqual({ id, status: "published" });
    const { links } = json(["survey", "invite", "--survey", String(id), "--count", "3"]) as { links: string[] };
    expect(links).toHaveLength(3);
    for (const l of links) expect(l).toMatch(/^\/s\/[A-Za-z0-9_-]{24}$/);

    const file = path.join(TMP, `responses-${process.pid}.csv`);
    const rows = Array.from({ length: 6 }, (_, i) => `r${i},${i < 4 ? "yes" : "no"},${i + 1}`);
    fs.writeFileSync(file, ["response_id;permission_required;tickets_per_day", ...rows.map((r) => r.replace(/,/g, ";"))].join("\n"));
    expect(json(["responses", "import", "--survey", String(id), "--file", file])).toEqual({ imported: 6, skipped: 0, errors: [] });
    expect(json(["responses", "import", "--survey", String(id), "--file", file, "--format", "vagval"])).toEqual({ imported: 0, skipped: 6, errors: [] });

    const results = json(["survey", "results", "--survey", String(id)]) as { survey: number; responses: number; questions: Array<Record<string, unknown>> };
    expect(results.survey).toBe(id);
    expect(results.responses).toBe(6);
    const permission = results.questions.find((q) => q.code === "permission_required");
    expect(permission).toEqual({
      code: "permission_required",
      kind: "single",
      answered: 6,
      options: [
        { value: "yes", label: "Ja", count: 4, share: 4 / 6 },
        { value: "no", label: "Nej", count: 2, share: 2 / 6 },
      ],
    });
    expect(results.questions.find((q) => q.code === "tickets_per_day")).toMatchObject({ mean: 3.5, median: 3.5 });
    expect(results.questions.find((q) => q.code === "area")).toMatchObject({ answered: 0, suppressed: true });
    fs.rmSync(file, { force: true });
  }, 240_000);

  test("a file with a bad row imports nothing, lists the line and exits 1", async () => {
    const m = await makeMunicipality();
    const { id } = json(["survey", "create", "--municipality", m.slug, "--template", "prestudy-2019"]) as { id: number };
    vagval(["survey", "publish", "--survey", String(id)]);
    const file = path.join(TMP, `bad-${process.pid}.csv`);
    fs.writeFileSync(file, "response_id,tickets_per_day\na,3\nb,many\n");
    const r = vagval(["responses", "import", "--survey", String(id), "--file", file, "--json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({ imported: 0, skipped: 0, errors: [{ line: 3, message: "\"many\" är inget tal (fråga tickets_per_day)." }] });
    fs.rmSync(file, { force: true });
  }, 120_000);

  test("mistakes are explained in the user's language", async () => {
    const m = await makeMunicipality();
    const missing = vagval(["survey", "results", "--survey", "999999"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("Det finns ingen enkät med id 999999");
    const badCount = vagval(["survey", "invite", "--survey", "1", "--count", "0", "--lang", "en"]);
    expect(badCount.code).toBe(2);
    expect(badCount.stderr).toContain("Enter a number from 1 to 5000");
    const { id } = json(["survey", "create", "--municipality", m.slug, "--template", "service-desk-maturity"]) as { id: number };
    const draft = vagval(["survey", "invite", "--survey", String(id), "--count", "2"]);
    expect(draft.code).toBe(1);
    expect(draft.stderr).toContain("inte publicerad");
    expect(vagval(["survey", "create", "--help"]).stdout).toContain("--template");
  }, 120_000);
});
