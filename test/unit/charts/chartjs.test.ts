import { chartJsConfig } from "~/domain/charts/chartjs";
import type { ChartSpec } from "~/domain/charts/spec";

test("a diverging spec puts no left of zero and splits a neutral answer across it", () => {
  const spec: ChartSpec = {
    id: "x", kind: "diverging", title: "", caption: "", n: 10, source: "", unit: "count", labels: ["Antal svar"],
    datasets: [{ key: "yes", label: "Ja", data: [5], side: 1 }, { key: "no", label: "Nej", data: [3], side: -1 }, { key: "both", label: "Både och", data: [2], side: 0 }],
  };
  const config = chartJsConfig(spec, "sv");
  expect(config.type).toBe("bar");
  expect(config.options.indexAxis).toBe("y");
  expect(config.data.datasets.map((d) => [d.label, d.data[0], d.legend])).toEqual([["Ja", 5, true], ["Nej", -3, true], ["Både och", -1, false], ["Både och", 1, true]]);
});
