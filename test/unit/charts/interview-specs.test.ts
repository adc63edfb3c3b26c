import { interviewSpecs } from "~/domain/charts/interview-specs";
import { codingMatrix, evidenceCounts, type CodedExcerpt } from "~/domain/interviews/coding";
import { tableTotal } from "~/domain/charts/suppress";
import { ctx, plain } from "./helpers";

const excerpt = (id: number, model: CodedExcerpt["model"], stance: CodedExcerpt["stance"], criterion: CodedExcerpt["criterion"]): CodedExcerpt => ({
  id: String(id), interviewId: "i1", questionKey: "q", quote: "…", model, stance, criterion, themes: [],
});

const excerpts = [
  excerpt(1, "shared", "pro", "availability"),
  excerpt(2, "shared", "pro", "availability"),
  excerpt(3, "shared", "con", "domain_knowledge"),
  excerpt(4, "shared", "con", "domain_knowledge"),
  excerpt(5, "shared", "con", "domain_knowledge"),
  excerpt(6, "local", "pro", "personal_contact"),
  excerpt(7, "local", "neutral", "efficiency"),
];

test("model × criterion cells with pro to the right and con to the left; neutral left out", () => {
  const [spec] = interviewSpecs(evidenceCounts(excerpts), ctx("en"));
  expect(spec!.labels).toEqual(["Local support – Personal contact", "Shared support – Availability", "Shared support – Domain knowledge"]);
  expect(spec!.datasets.map((d) => [d.key, d.side, d.data])).toEqual([["pro", 1, [1, 2, 0]], ["con", -1, [0, 0, 3]]]);
  expect(spec!.n).toBe(6);
  expect(tableTotal(spec!)).toBe(6);
  expect(plain(spec!.caption)).toBe("3 excerpts speak for and 3 against; most for Shared support, most against Shared support.");
  // the matrix the chart summarises says the same
  expect(codingMatrix(excerpts).shared.domain_knowledge.con).toBe(3);
});

test("fewer coded excerpts than the threshold hide the figure", () => {
  const [spec] = interviewSpecs(evidenceCounts(excerpts.slice(0, 3)), ctx("sv", 5));
  expect(spec).toMatchObject({ suppressed: true, datasets: [], n: 0 });
});
