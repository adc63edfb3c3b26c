import { aggregateSurvey } from "~/domain/surveys/aggregate";
import { validateAnswers } from "~/domain/surveys/answers";
import { dropHiddenAnswers } from "~/domain/surveys/visibility";
import { demoPrestudyResponses } from "../../../seeds/demo/survey-responses";
import { prestudy2019 } from "../../../seeds/templates/surveys";

const responses = demoPrestudyResponses();
const results = aggregateSurvey(prestudy2019, responses, { locale: "sv" });
const question = (code: string) => results.questions.find((x) => x.code === code)!;
const share = (code: string, value: string) => question(code).options.find((o) => o.value === value)!.share;
const percent = (x: number) => Math.round(x * 1000) / 10;

describe("the demo answers reproduce the pre-study", () => {
  test("80 respondents, deterministic per seed", () => {
    expect(responses).toHaveLength(80);
    expect(demoPrestudyResponses()).toEqual(responses);
    expect(demoPrestudyResponses(7)).not.toEqual(responses);
  });

  test("92.5 % answer yes to permission_required (74 of 80)", () => {
    expect(question("permission_required").answered).toBe(80);
    expect(share("permission_required", "yes")).toBe(0.925);
  });

  test("service level: 79 answered, 49.4 % yes and 46.8 % no (46.9 % needs 81 answers)", () => {
    expect(question("service_level_kept").answered).toBe(79);
    expect(question("service_level_kept").options.map((o) => o.count)).toEqual([39, 37, 3]);
    expect(percent(share("service_level_kept", "yes"))).toBe(49.4);
    expect(percent(share("service_level_kept", "no"))).toBe(46.8);
  });

  test("slightly more see advantages than not, some both", () => {
    const [yes, no, both] = question("sees_advantages").options.map((o) => o.count);
    expect(yes! > no!).toBe(true);
    expect(yes! - no!).toBeLessThanOrEqual(5);
    expect(both!).toBeGreaterThan(0);
  });

  test("tickets per day range 1–100, mostly 2–20", () => {
    const n = responses.map((r) => r.tickets_per_day as number);
    expect(Math.min(...n)).toBe(1);
    expect(Math.max(...n)).toBe(100);
    expect(n.filter((x) => x >= 2 && x <= 20).length / n.length).toBeGreaterThan(0.7);
  });

  test("school, elderly care and social services are the top areas; phone and email the top channels", () => {
    const top = (code: string, k: number) =>
      [...question(code).options].sort((a, b) => b.count - a.count).slice(0, k).map((o) => o.value).sort();
    expect(top("area", 3)).toEqual(["elderly_care", "school", "social_services"]);
    expect(top("channels", 2)).toEqual(["email", "phone"]);
  });

  test("every answer record is one the survey form itself would accept, and hides nothing it should not", () => {
    for (const r of responses) {
      expect(dropHiddenAnswers(prestudy2019, r)).toEqual(r);
      let prior = {};
      for (const section of prestudy2019.sections) {
        const raw = Object.fromEntries(
          Object.entries(r).flatMap(([k, v]) =>
            Array.isArray(v) && (k === "advantages" || k === "disadvantages") ? v.map((x, i) => [`${k}.${i}`, x]) : [[k, Array.isArray(v) ? v : String(v ?? "")]],
          ),
        );
        const { errors, answers } = validateAnswers(section, raw, "sv", prior);
        expect(errors).toEqual({});
        prior = { ...prior, ...answers };
      }
    }
  });

  test("free texts come from the pre-study's lists, in Swedish", () => {
    expect(question("advantages").texts).toContain("Högre effektivitet");
    expect(question("disadvantages").texts).toContain("Risk att tappa den personliga kontakten med användarna");
  });
});
