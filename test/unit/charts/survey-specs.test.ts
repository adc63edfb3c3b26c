import { aggregateSurvey, tallyResponses } from "~/domain/surveys/aggregate";
import type { Answers } from "~/domain/surveys/template";
import { surveySpecs, withNumbers } from "~/domain/charts/survey-specs";
import { tableTotal } from "~/domain/charts/suppress";
import { prestudy2019 } from "../../../seeds/templates/surveys";
import { ctx, plain } from "./helpers";

const many = (n: number, a: Answers): Answers[] => Array.from({ length: n }, () => ({ ...a }));

// 80 answers like the pre-study's Bild 3: 74 yes, 6 no.
const responses: Answers[] = [
  ...many(40, { area: ["school"], channels: ["phone", "email"], tickets_per_day: 5, permission_required: "yes", sees_advantages: "yes", service_level_kept: "yes" }),
  ...many(20, { area: ["elderly_care", "school"], channels: ["phone"], tickets_per_day: 15, permission_required: "yes", sees_advantages: "no", service_level_kept: "no" }),
  ...many(14, { area: ["social_services"], channels: ["email"], tickets_per_day: 60, permission_required: "yes", sees_advantages: "both", service_level_kept: "no" }),
  ...many(6, { area: ["hr"], channels: ["portal"], tickets_per_day: 1, permission_required: "no", sees_advantages: "no" }),
];

const build = (rs: Answers[], locale: "sv" | "en" = "sv", min = 5) => {
  const c = ctx(locale, min);
  const results = withNumbers(aggregateSurvey(prestudy2019, rs, { locale, minGroupSize: min }), tallyResponses(prestudy2019, rs));
  return surveySpecs(prestudy2019, results, c);
};
const chart = (figures: ReturnType<typeof build>, code: string) => figures.charts.find((s) => s.id === `survey-${code}`)!;

test("a yes/no question is a diverging bar whose caption states the finding with n", () => {
  const spec = chart(build(responses), "permission_required");
  expect(spec.kind).toBe("diverging");
  expect(spec.n).toBe(80);
  expect(plain(spec.caption)).toBe("92,5 % svarade Ja och 7,5 % Nej.");
  expect(spec.datasets.map((d) => [d.key, d.data[0], d.side])).toEqual([["yes", 74, 1], ["no", 6, -1]]);
  expect(tableTotal(spec)).toBe(80);
});

test("choices are horizontal bars sorted by count, most chosen first", () => {
  const spec = chart(build(responses, "en"), "area");
  expect(spec.kind).toBe("hbar");
  expect(spec.multi).toBe(true);
  // school 60, elderly care 20, social services 14, HR 6, the rest 0
  expect(spec.labels.slice(0, 4)).toEqual(["School and preschool", "Elderly and disability care", "Social services", "HR and payroll"]);
  expect(spec.datasets[0]!.data.slice(0, 4)).toEqual([60, 20, 14, 6]);
  expect(plain(spec.caption)).toBe("School and preschool is the most common answer, chosen by 75%.");
});

test("a number question is a histogram over 1-2-5 buckets whose counts add up to n", () => {
  const spec = chart(build(responses, "en"), "tickets_per_day");
  expect(spec.kind).toBe("histogram");
  // values 1 (6), 5 (40), 15 (20), 60 (14) → buckets 1, 2–4, 5–9, 10–19, 20–49, 50–99
  expect(spec.labels).toEqual(["1", "2–4", "5–9", "10–19", "20–49", "50–99"]);
  expect(spec.datasets[0]!.data).toEqual([6, 0, 40, 20, 0, 14]);
  expect(tableTotal(spec)).toBe(80);
  // sorted: 6×1, 40×5 … the 40th and 41st values are both 5; mean (6+200+300+840)/80 = 16.825
  expect(plain(spec.caption)).toBe("Half answered 5 or less; the mean is 16.8 tickets per day");
});

test("yes/no/both and a question some left empty count only those who answered", () => {
  const figures = build(responses, "en");
  const sees = chart(figures, "sees_advantages");
  expect(sees.datasets.map((d) => [d.key, d.data[0]])).toEqual([["yes", 40], ["no", 26], ["both", 14]]);
  const kept = chart(figures, "service_level_kept");
  expect(kept.n).toBe(74); // the six HR answers left it empty
  expect(plain(kept.caption)).toBe("54.1% answered Yes and 45.9% No.");
});

test("under the minimum group size every chart and text is suppressed and carries nothing", () => {
  const figures = build(many(4, { area: ["school"], permission_required: "yes", permission_kind: "Admin" }));
  for (const s of figures.charts) {
    expect(s).toMatchObject({ suppressed: true, labels: [], datasets: [], n: 0 });
    expect(s.caption).toBe("För få svar för att visas (färre än 5).");
  }
  expect(figures.texts.every((t) => t.suppressed && t.texts.length === 0)).toBe(true);
});

test("free texts are listed only when enough people wrote them", () => {
  const rs = [...responses.slice(0, 10).map((r, i) => ({ ...r, permission_kind: `Roll ${i}` })), ...responses.slice(10)];
  const kind = build(rs).texts.find((t) => t.id === "survey-permission_kind")!;
  expect(kind.suppressed).toBeUndefined();
  expect(kind.texts).toHaveLength(10);
  expect(kind.texts.every((x) => x.count === 1)).toBe(true);
  const few = build([...responses.slice(0, 4).map((r) => ({ ...r, permission_kind: "Admin" })), ...responses.slice(4)]).texts.find((t) => t.id === "survey-permission_kind")!;
  expect(few).toMatchObject({ suppressed: true, texts: [], n: 0 });
});

test("free texts: each distinct text once, most frequent first, then alphabetical", () => {
  const texts = ["Roll", "Admin", "Roll", "Behörighet", "Admin", "Roll", "Sekretess"];
  const rs = responses.map((r, i) => ({ ...r, permission_kind: texts[i % texts.length]! }));
  const kind = build(rs).texts.find((t) => t.id === "survey-permission_kind")!;
  const times = (w: string) => rs.filter((r) => r.permission_kind === w).length;
  expect(kind.texts).toEqual([
    { text: "Roll", count: times("Roll") },
    { text: "Admin", count: times("Admin") },
    { text: "Behörighet", count: times("Behörighet") },
    { text: "Sekretess", count: times("Sekretess") },
  ]);
  expect(times("Roll")).toBeGreaterThan(times("Admin"));
  expect(times("Behörighet")).toBe(times("Sekretess"));
});
