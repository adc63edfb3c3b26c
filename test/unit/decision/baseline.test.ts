import { CRITERIA, SUPPORT_MODELS } from "~/domain/ids";
import { BASELINE } from "~/domain/decision/baseline";
import { CRITERION_INFO, criteriaMovedBy } from "~/domain/decision/criteria";

test("baseline covers all 66 cells, each on 0–100 with an uncertainty and at least one source", () => {
  let cells = 0;
  for (const m of SUPPORT_MODELS)
    for (const c of CRITERIA) {
      const cell = BASELINE[m][c];
      cells++;
      expect(cell.value).toBeGreaterThanOrEqual(0);
      expect(cell.value).toBeLessThanOrEqual(100);
      expect(cell.uncertainty).toBeGreaterThan(0);
      expect(cell.sources.length).toBeGreaterThan(0);
      for (const s of cell.sources) expect(s.ref).toMatch(/^(prestudy-2019 §|self-service-conference|no-service-desk-survey|vagval-judgement)/);
    }
  expect(cells).toBe(66);
});

test("the pre-study's main findings are in the baseline", () => {
  const best = (c: (typeof CRITERIA)[number]) => SUPPORT_MODELS.reduce((a, b) => (BASELINE[b][c].value > BASELINE[a][c].value ? b : a));
  // §5 local support: closer contact; §3.2/§4 specialists know the business; status quo is least change.
  expect(best("personal_contact")).toBe("local");
  expect(best("domain_knowledge")).toBe("local");
  expect(best("complex_speed")).toBe("local");
  expect(best("change_effort")).toBe("local");
  // §3.3 Örebro and §4: shared support is more efficient and less vulnerable to absence.
  expect(best("efficiency")).toBe("shared");
  expect(best("absence_robustness")).toBe("shared");
  expect(BASELINE.shared.personal_contact.value).toBeLessThan(BASELINE.local.personal_contact.value);
  // §3.2: clusters risk uneven workloads.
  expect(BASELINE.cluster.workload_balance.value).toBeLessThan(BASELINE.shared.workload_balance.value);
});

test("every criterion says what a high score means, and what evidence moves it", () => {
  for (const c of CRITERIA) expect(CRITERION_INFO[c].higherMeans.length).toBeGreaterThan(0);
  expect(CRITERION_INFO.change_effort.higherMeans).toMatch(/LESS/);
  expect(criteriaMovedBy("tickets")).toEqual(["efficiency", "development_time"]);
  expect(criteriaMovedBy("cluster_gini")).toEqual(["workload_balance"]);
});
