import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { testTarget, TMP } from "../support/databases";

function vagval(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ["cli/vagval.js", ...args], {
    env: { ...process.env, LANG: "sv_SE.UTF-8" },
    input,
    encoding: "utf8",
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each call starts a Node process that compiles the CLI on the fly: allow for a slow machine.
describe("the vagval CLI", { timeout: 180_000 }, () => {
  test("adds and lists municipalities as JSON", () => {
    const added = vagval(["municipality", "add", "--slug", "ale", "--name", "Ale kommun", "--country", "SE", "--json"]);
    expect(added.stderr).toBe("");
    expect(added.code).toBe(0);
    const listed = vagval(["municipality", "list", "--json"]);
    const parsed = JSON.parse(listed.stdout) as { municipalities: Array<Record<string, unknown>> };
    expect(parsed.municipalities).toContainEqual({ slug: "ale", name: "Ale kommun", country: "SE", region: null });
  });

  test("bad arguments say what to fix, in the user's language, with exit code 2", () => {
    const missing = vagval(["municipality", "add", "--slug", "x-y"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--name");
    expect(missing.stderr).toContain("saknas");
    const english = vagval(["municipality", "add", "--slug", "x-y", "--name", "X", "--country", "DK", "--lang", "en"]);
    expect(english.code).toBe(2);
    expect(english.stderr).toContain("Choose one of: SE, NO");
    const noMunicipality = vagval(["user", "add", "--email", "p@x.se", "--role", "project"], "a-long-password\n");
    expect(noMunicipality.code).toBe(2);
    expect(noMunicipality.stderr).toContain("--municipality");
  });

  test("a database that cannot be reached or opened is explained without SQL, with what to check", () => {
    const run = (url: string) => {
      const r = spawnSync(process.execPath, ["cli/vagval.js", "municipality", "list", "--lang", "en"], { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" });
      return { code: r.status, stderr: r.stderr };
    };
    const server = run("postgres://postgres@127.0.0.1:1/vagval");
    expect(server.code).toBe(1);
    expect(server.stderr).toContain("Check DATABASE_URL and that the database server is running");
    // A folder path that runs through an ordinary file.
    const notAFolder = path.join(TMP, `not-a-folder-${process.pid}`);
    fs.writeFileSync(notAFolder, "");
    const file = run(`file:${notAFolder}/db.sqlite`);
    expect(file.code).toBe(1);
    expect(file.stderr).toContain("Check the path in DATABASE_URL");
    expect(`${server.stderr}${file.stderr}`).not.toMatch(/select|insert|create table/i);
  });

  test("user add reads the password from stdin", () => {
    vagval(["municipality", "add", "--slug", "lerum", "--name", "Lerums kommun", "--country", "SE"]);
    const ok = vagval(["user", "add", "--email", "Projekt@Lerum.se", "--role", "project", "--municipality", "lerum", "--json"], "a-long-password\n");
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ email: "projekt@lerum.se", role: "project" });
    const short = vagval(["user", "add", "--email", "b@lerum.se", "--role", "admin"], "short\n");
    expect(short.code).toBe(2);
  });

  test("every command has --help", () => {
    for (const args of [["--help"], ["db", "backup", "--help"], ["user", "add", "--help"]]) {
      const result = vagval(args);
      expect(result.code, args.join(" ")).toBe(0);
      expect(result.stdout).toMatch(/Usage: vagval/);
    }
  });

  test.runIf(testTarget() === "sqlite")("db backup while running, then restore, gives back the data", () => {
    const file = path.join(TMP, `backup-${process.pid}.sqlite`);
    vagval(["municipality", "add", "--slug", "partille", "--name", "Partille kommun", "--country", "SE"]);
    expect(vagval(["db", "backup", "--out", file]).code).toBe(0);
    vagval(["municipality", "add", "--slug", "after-backup", "--name", "Efter", "--country", "SE"]);
    const restored = vagval(["db", "restore", "--from", file]);
    expect(restored.code).toBe(0);
    const slugs = (JSON.parse(vagval(["municipality", "list", "--json"]).stdout) as { municipalities: { slug: string }[] }).municipalities.map((m) => m.slug);
    expect(slugs).toContain("partille");
    expect(slugs).not.toContain("after-backup");
    const broken = path.join(TMP, `broken-${process.pid}.sqlite`);
    fs.writeFileSync(broken, "not a database");
    const bad = vagval(["db", "restore", "--from", broken]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("orörd");
    expect(JSON.parse(vagval(["municipality", "list", "--json"]).stdout).municipalities.length).toBe(slugs.length);
    fs.rmSync(file, { force: true });
    fs.rmSync(broken, { force: true });
  });
});
