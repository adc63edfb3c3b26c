// Chart specs for the dashboard and the report: builders, table, CSV, filter and palette.
export * from "./spec";
export * from "./context";
export * from "./suppress";
export * from "./survey-specs";
export * from "./ticket-specs";
export * from "./ticket-series";
export * from "./interview-specs";
export * from "./table";
export * from "./csv";
export * from "./filters";
export * from "./palette";
export * from "./clusters";
export * from "./buckets";
