// Key figures over ticket data. Inputs are aggregates (daily counts, counts per type × line,
// minutes per type) so SQL does the heavy counting and these pure functions finish the job;
// the web page, the CLI and the report therefore compute every figure in one place.
export { gini, percentile } from "./numbers";
export {
  DEFAULT_MINUTES,
  LINE_ONE_CAPABLE_TYPES,
  daysInPeriod,
  hoursPerYearByType,
  isLineOneCapable,
  lineOneCapableShare,
  perDayStats,
  type TypeLineCount,
  type TypeMinutes,
} from "./volume";
export { busFactor, clusterLoad, type ClusterLoad, type SystemStaffing } from "./load";
export { DEFAULT_EFFICIENCY_GAIN, DEFAULT_MOVED_SHARE, HOURS_PER_FTE, freedCapacity, type FreedCapacity, type FreedCapacityInput } from "./capacity";
export { statsShape, type StatsInput, type TicketStats } from "./stats";
