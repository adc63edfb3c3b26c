// `vagval municipality systems-import`: IT staff import the system inventory with the same
// service as the web page; a bad file stores nothing, names every line and exits non-zero.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { listDepartments, listRegisteredSystems } from "~/db/organisation.server";
import { TMP } from "../../support/databases";
import { makeMunicipality } from "../../support/factories";

function vagval(args: string[]) {
  const result = spawnSync(process.execPath, ["cli/vagval.js", ...args], { env: { ...process.env, LANG: "sv_SE.UTF-8" }, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function csv(name: string, text: string) {
  fs.mkdirSync(TMP, { recursive: true });
  const file = path.join(TMP, `systems-${process.pid}-${name}.csv`);
  fs.writeFileSync(file, text);
  return file;
}

// Each call starts a Node process that compiles the CLI on the fly: allow for a slow machine.
describe("vagval municipality systems-import", { timeout: 180_000 }, () => {
  test("imports a file, prints one JSON object, and updates by name on the next run", async () => {
    const m = await makeMunicipality();
    const file = csv("good", 'Namn;Leverantör;Förvaltning;Verksamhetsområde;Förvaltare\nLönesystem;LönePartner;Kommunledningskontoret;HR och lön;"SF-14;SF-15"\nBygglov;PlanBygg;Samhällsbyggnad;building;SF-19\n');
    const first = vagval(["municipality", "systems-import", "--municipality", m.slug, "--file", file, "--json"]);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toEqual({ systems: 2, created: 2, updated: 0, departments: 2, areas: 2, ignored: [] });
    const systems = await listRegisteredSystems({ municipalityId: m.id });
    expect(systems.map((s) => [s.name, s.department, s.areaCode, s.administrators])).toEqual([
      ["Bygglov", "Samhällsbyggnad", "building", ["SF-19"]],
      ["Lönesystem", "Kommunledningskontoret", "hr", ["SF-14", "SF-15"]],
    ]);

    const again = vagval(["municipality", "systems-import", "--municipality", m.slug, "--file", csv("again", "name,administrators\nbygglov,SF-19;SF-20\n"), "--json"]);
    expect(JSON.parse(again.stdout)).toMatchObject({ systems: 1, created: 0, updated: 1, departments: 0 });
    const after = await listRegisteredSystems({ municipalityId: m.id });
    expect(after).toHaveLength(2);
    expect(after.find((s) => s.name === "Bygglov")).toMatchObject({ department: "Samhällsbyggnad", administrators: ["SF-19", "SF-20"], support: 2 });
  });

  test("a bad file stores nothing, names every line to fix on stderr and exits with 1", async () => {
    const m = await makeMunicipality();
    const file = csv("bad", "name,department,business_area\nEkonomisystem,Ekonomi,finance\n,Ekonomi,finance\nBokning,Kultur,Rymdfart\n");
    const bad = vagval(["municipality", "systems-import", "--municipality", m.slug, "--file", file, "--json"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("Rad 3: Systemets namn är tomt");
    expect(bad.stderr).toContain('Rad 4: "Rymdfart" är inget känt verksamhetsområde');
    expect(bad.stderr).toContain("Ingenting importerades");
    expect(JSON.parse(bad.stdout)).toMatchObject({ systems: 0, departments: 0, errors: [{ line: 3 }, { line: 4 }] });
    expect(await listRegisteredSystems({ municipalityId: m.id })).toEqual([]);
    expect(await listDepartments({ municipalityId: m.id })).toEqual([]);
  });

  test("an unknown municipality or a missing file is explained, in the user's language", async () => {
    const m = await makeMunicipality();
    const nowhere = vagval(["municipality", "systems-import", "--municipality", "no-such-place", "--file", csv("x", "name\nA\n"), "--lang", "en"]);
    expect(nowhere.code).toBe(1);
    expect(nowhere.stderr).toContain('The municipality "no-such-place" does not exist');
    const missing = vagval(["municipality", "systems-import", "--municipality", m.slug, "--file", path.join(TMP, "missing.csv")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("finns inte");
    const help = vagval(["municipality", "systems-import", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: vagval municipality systems-import/);
  });
});
