// What an import does when some rows cannot be read: roll the whole file back, or keep the
// readable rows and report the others. The user chooses (web form, CLI --mode).
export const IMPORT_MODES = ["all_or_nothing", "skip_invalid"] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];
