// Workload balance and robustness to absence: the two criteria where the pre-study's
// administrators worried most about clusters ("one cluster gets twice the tickets") and
// about local support ("only one person knows the system").
import { gini } from "./numbers";

export interface ClusterLoad {
  clusters: { name: string; load: number }[];
  /** Heaviest cluster's load divided by the mean cluster load; 1 = perfectly even, 0 when no load. */
  maxOverMean: number;
  gini: number;
  /** Areas with load that no cluster includes (their load is left out, so the UI can warn). */
  unassigned: string[];
}

/**
 * Load per proposed cluster from load per business area. An area named in several clusters
 * is split evenly between them (a shared function is not counted twice).
 */
export function clusterLoad(loadByArea: Readonly<Record<string, number>>, grouping: Readonly<Record<string, readonly string[]>>): ClusterLoad {
  const owners = new Map<string, string[]>();
  for (const [name, areas] of Object.entries(grouping)) {
    for (const a of new Set(areas)) owners.set(a, [...(owners.get(a) ?? []), name]);
  }
  const load = new Map<string, number>(Object.keys(grouping).map((n) => [n, 0]));
  const unassigned: string[] = [];
  for (const [area, value] of Object.entries(loadByArea)) {
    const names = owners.get(area);
    if (!names) {
      if (value > 0) unassigned.push(area);
      continue;
    }
    for (const n of names) load.set(n, (load.get(n) ?? 0) + value / names.length);
  }
  const clusters = [...load].map(([name, l]) => ({ name, load: l }));
  const values = clusters.map((c) => c.load);
  const mean = values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
  return { clusters, maxOverMean: mean > 0 ? Math.max(...values) / mean : 0, gini: gini(values), unassigned };
}

export interface SystemStaffing {
  id: string;
  name: string;
  administrators: number;
}

/**
 * Systems that depend on one person (or nobody): with ≤ 1 administrator an absence stops
 * support for that system. `share` is their part of all systems (0 when there are none).
 */
export function busFactor(systems: readonly SystemStaffing[]) {
  const singlePerson = systems.filter((s) => s.administrators <= 1).map(({ id, name, administrators }) => ({ id, name, administrators }));
  return { systems: systems.length, singlePerson, share: systems.length ? singlePerson.length / systems.length : 0 };
}
