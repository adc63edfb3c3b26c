// Freed capacity: how many full-time equivalents each support model could give back to the
// system administrators for maintenance and development (the pre-study's core problem).
//
//   FTE freed = line-1-capable hours per year × share the model moves to a pooled first line
//               × efficiency gain of the pooled line ÷ hours per FTE.
//
// Assumptions, all overridable, none measured by the pre-study:
// - 1,600 productive hours per FTE and year (1,920 contract hours less leave and absence).
// - shares moved: local 0 (nothing moves); cluster 0.5 (simple questions pooled only inside
//   each cluster's systems); shared 1 and service_center 1 (the whole first line is common);
//   partial 0.8 (only password/permission/how-to are centralised; line-1 work of other
//   types stays); self_service 0.3 (a portal deflects resets and how-to lookups, not all).
// - efficiency gain 0.3: a pooled line with scripts and a knowledge base handles the same
//   ticket in about 30 % less time and removes duplicated effort.
// Plausibility check: Länsstyrelsen expected to free time equal to about two full-time
// posts after introducing a self-service portal (shared/seeds/003_b4c87a6dde4b4fc6.txt,
// KommITS 2015). Results far above that for a mid-sized municipality deserve a second look.
import type { SupportModel } from "~/domain/ids";
import { SUPPORT_MODELS } from "~/domain/ids";

export const HOURS_PER_FTE = 1600;
export const DEFAULT_EFFICIENCY_GAIN = 0.3;
export const DEFAULT_MOVED_SHARE: Readonly<Record<SupportModel, number>> = {
  local: 0,
  cluster: 0.5,
  shared: 1,
  service_center: 1,
  partial: 0.8,
  self_service: 0.3,
};

export interface FreedCapacityInput {
  lineOneCapableHoursPerYear: number;
  movedShare?: Partial<Record<SupportModel, number>>;
  efficiencyGain?: number;
  hoursPerFte?: number;
}

export interface FreedCapacity {
  models: Record<SupportModel, { movedHours: number; freedHours: number; fte: number }>;
  assumptions: { hoursPerFte: number; efficiencyGain: number; movedShare: Record<SupportModel, number> };
}

export function freedCapacity(input: FreedCapacityInput): FreedCapacity {
  const hoursPerFte = input.hoursPerFte ?? HOURS_PER_FTE;
  const efficiencyGain = input.efficiencyGain ?? DEFAULT_EFFICIENCY_GAIN;
  const movedShare = { ...DEFAULT_MOVED_SHARE, ...input.movedShare };
  const hours = Math.max(0, input.lineOneCapableHoursPerYear);
  const models = Object.fromEntries(
    SUPPORT_MODELS.map((m) => {
      const movedHours = hours * movedShare[m];
      const freedHours = movedHours * efficiencyGain;
      return [m, { movedHours, freedHours, fte: freedHours / hoursPerFte }];
    }),
  ) as FreedCapacity["models"];
  return { models, assumptions: { hoursPerFte, efficiencyGain, movedShare } };
}
