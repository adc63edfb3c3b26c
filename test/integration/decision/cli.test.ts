// `vagval recommend`: the same numbers as the pages (one function computes both), the
// expected winners at the extremes, and translated errors that say what to fix.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { CRITERIA } from "~/domain/ids";
import { pointsField } from "~/domain/decision";
import { loader as rankingLoader } from "~/routes/m.$municipality.decision._index";
import { action as pointsAction } from "~/routes/m.$municipality.decision.weights.points";
import { recommendFor } from "~/services/decision/recommend.server";
import { TMP } from "../../support/databases";
import { act, load, seedEvidence, setup } from "./data";

function vagval(args: string[], lang = "sv") {
  const result = spawnSync(process.execPath, ["cli/vagval.js", ...args, "--lang", lang], { env: { ...process.env }, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function weightsFile(name: string, content: unknown) {
  const file = path.join(TMP, `weights-${process.pid}-${name}.json`);
  fs.writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
}

type Setup = Awaited<ReturnType<typeof setup>>;
let s: Setup;
beforeAll(async () => {
  s = await setup();
  await seedEvidence(s.own.id);
}, 180_000);

const json = (args: string[]) => {
  const r = vagval([...args, "--json"]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Awaited<ReturnType<typeof recommendFor>>;
};

test("all weight on personal contact: local support ranks first", () => {
  const r = json(["recommend", "--municipality", s.own.slug, "--weights", weightsFile("contact", { weights: { personal_contact: 5 } })]);
  expect(r.ranking[0]!.model).toBe("local");
  expect(r.weights.personal_contact).toBe(1);
}, 180_000);

test("all weight on efficiency: a centralising model ranks first", () => {
  const r = json(["recommend", "--municipality", s.own.slug, "--weights", weightsFile("efficiency", { weights: { efficiency: 1 } })]);
  expect(["shared", "service_center", "partial", "self_service"]).toContain(r.ranking[0]!.model);
}, 180_000);

test("--json is exactly what the web pages compute, for the assessment's weights and for a preview", async () => {
  const cli = json(["recommend", "--municipality", s.own.slug, "--seed", "7"]);
  expect(cli).toEqual(JSON.parse(JSON.stringify(await recommendFor({ municipalityId: s.own.id, seed: 7 }))));
  expect(cli).toMatchObject({ municipality: s.own.slug });
  for (const key of ["weights", "ranking", "scores", "sensitivity", "pros", "cons"]) expect(cli).toHaveProperty(key);
  expect(Object.values(cli.weights).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);

  const page = await load(rankingLoader, `/m/${s.own.slug}/decision`, { municipality: s.own.slug }, s.decision.cookie);
  const onPage = json(["recommend", "--municipality", s.own.slug]);
  expect((page.data as { ranking: unknown }).ranking).toEqual(onPage.ranking);

  // The same weights typed into the 100-points form and given to the CLI.
  const points = { efficiency: 40, personal_contact: 35, absence_robustness: 25 };
  const fields = Object.fromEntries(CRITERIA.map((c) => [pointsField(c), String(points[c as keyof typeof points] ?? 0)]));
  const preview = await act(pointsAction, `/m/${s.own.slug}/decision/weights/points`, { municipality: s.own.slug }, { ...fields, intent: "preview" }, s.decision.cookie);
  const fromFile = json(["recommend", "--municipality", s.own.slug, "--weights", weightsFile("mixed", { weights: points })]);
  const previewData = preview.data as { preview: { ranking: unknown; weights: unknown } };
  expect(previewData.preview.ranking).toEqual(fromFile.ranking);
  expect(previewData.preview.weights).toEqual(fromFile.weights);
}, 180_000);

test("without --json: a ranking table and the recommendation in the chosen language", () => {
  const sv = vagval(["recommend", "--municipality", s.own.slug]);
  expect(sv.code).toBe(0);
  expect(sv.stdout).toContain("Sannolikhet att hamna först");
  expect(sv.stdout).toContain("rankas först");
  const nb = vagval(["recommend", "--municipality", s.own.slug], "nb");
  expect(nb.stdout).toMatch(/Rangering for/);
}, 180_000);

test("bad weights files and arguments say what to fix, with exit code 2", () => {
  const unknown = vagval(["recommend", "--municipality", s.own.slug, "--weights", weightsFile("typo", { weights: { efficency: 1 } })], "en");
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toContain('Unknown criterion "efficency"');
  expect(unknown.stderr).toContain("personal_contact");
  const negative = vagval(["recommend", "--municipality", s.own.slug, "--weights", weightsFile("neg", { weights: { efficiency: -1 } })], "en");
  expect(negative.stderr).toContain('"efficiency" must be a number of 0 or more');
  const zero = vagval(["recommend", "--municipality", s.own.slug, "--weights", weightsFile("zero", { weights: { efficiency: 0 } })]);
  expect(zero.code).toBe(2);
  expect(zero.stderr).toContain("Alla vikter i filen är 0");
  const notJson = vagval(["recommend", "--municipality", s.own.slug, "--weights", weightsFile("broken", "{weights:")]);
  expect(notJson.stderr).toContain("inte giltig JSON");
  const seed = vagval(["recommend", "--municipality", s.own.slug, "--seed", "abc"]);
  expect(seed.code).toBe(2);
  const nowhere = vagval(["recommend", "--municipality", "no-such-place"]);
  expect(nowhere.code).toBe(1);
  expect(nowhere.stderr).toContain("no-such-place");
}, 180_000);
