import { detectPreset, headerKey, resolveColumns, ticketMappingSchema, type ResolvedColumns } from "~/domain/tickets/presets";

const ok = (r: ReturnType<typeof resolveColumns>): ResolvedColumns => {
  if (!r.ok) throw new Error(JSON.stringify(r.problem));
  return r.columns;
};

describe("headers", () => {
  test("compare case-, space- and underscore-insensitively", () => {
    expect(headerKey("Opened at")).toBe(headerKey("opened_at"));
    expect(headerKey(" Issue Key ")).toBe(headerKey("issue key"));
    expect(headerKey("\uFEFFnumber")).toBe("number");
  });
});

describe("presets resolve their tools' headers", () => {
  test("TOPdesk API names, status → line, minutes summed from the line columns when no total", () => {
    const headers = ["number", "callDate", "entryType", "callType", "category", "subcategory", "operatorGroup", "status", "completedDate", "closedDate", "timeSpentFirstLine", "timeSpentSecondLineAndPartials"];
    const c = ok(resolveColumns(headers, "topdesk"));
    expect(c.fields).toMatchObject({ id: [0], opened_at: [1], channel: [2], type: [3], category: [4], subcategory: [5], assignee: [6], line: [7], closed_at: [8, 9], minutes: [10, 11] });
    expect(c.summed).toEqual(["minutes"]);
  });

  test("TOPdesk Swedish UI labels", () => {
    const c = ok(resolveColumns(["Anmälningsnummer", "Anmälningsdatum", "Anmälningssätt", "Kategori", "Tidsåtgång"], "topdesk"));
    expect(c.fields).toMatchObject({ id: [0], opened_at: [1], channel: [2], category: [3], minutes: [4] });
    expect(c.summed).toEqual([]);
  });

  test("ServiceNow prefers resolved_at to closed_at for the closing time", () => {
    const headers = ["number", "opened_at", "closed_at", "resolved_at", "contact_type", "category", "subcategory", "assignment_group", "reassignment_count", "reopen_count"];
    const c = ok(resolveColumns(headers, "servicenow"));
    expect(c.fields).toMatchObject({ id: [0], opened_at: [1], closed_at: [3, 2], channel: [4], reassignment_count: [8], reopen_count: [9] });
  });

  test("Jira: repeated headers all kept, Labels and Components join the text", () => {
    const headers = ["Summary", "Issue key", "Issue Type", "Created", "Resolved", "Labels", "Labels", "Components", "Custom field (Request Type)", "Custom field (Source)"];
    const c = ok(resolveColumns(headers, "jira"));
    expect(c.fields).toMatchObject({ id: [1], type: [2], opened_at: [3], closed_at: [4], text: [0, 5, 6, 7], category: [8], channel: [9] });
  });

  test("GLPI and Zammad", () => {
    expect(ok(resolveColumns(["ID", "Title", "Opening date", "Request source", "Category"], "glpi")).fields).toMatchObject({ id: [0], opened_at: [2], channel: [3] });
    expect(ok(resolveColumns(["#", "Title", "State", "Group", "Create Channel", "Created At", "Closed At", "First Response At"], "zammad")).fields)
      .toMatchObject({ id: [0], opened_at: [5], closed_at: [6], first_response_at: [7], channel: [4], assignee: [3] });
  });

  test("missing required columns are named, with the headers found", () => {
    const r = resolveColumns(["Summary", "Created"], "jira");
    expect(r).toEqual({ ok: false, problem: { code: "missing_columns", params: { missing: "id", found: "Summary, Created" } } });
  });
});

describe("detectPreset", () => {
  test.each([
    [["number", "callDate", "entryType", "operatorGroup", "status"], "topdesk"],
    [["number", "opened_at", "resolved_at", "contact_type"], "servicenow"],
    [["Number", "Opened", "Resolved", "Contact type", "Assignment group"], "servicenow"],
    [["Summary", "Issue key", "Created", "Labels", "Labels"], "jira"],
    [["ID", "Title", "Opening date", "Request source"], "glpi"],
    [["#", "Title", "Created At", "Create Channel"], "zammad"],
    [["Ärendenummer", "Skapad", "Kanal", "Kategori"], "generic"],
  ] as const)("%j → %s", (headers, preset) => {
    expect(detectPreset([...headers])).toBe(preset);
  });
});

describe("mapping file", () => {
  test("maps user headers, ignoring case and spaces", () => {
    const mapping = ticketMappingSchema.parse({ columns: { id: "Ärende", opened_at: "Inkom", channel: "Hur" }, dateFormat: "dd.MM.yyyy HH:mm" });
    const c = ok(resolveColumns(["inkom", "ÄRENDE", "Hur "], mapping));
    expect(c.fields).toEqual({ id: [1], opened_at: [0], channel: [2] });
    expect(c.dateFormat).toBe("dd.MM.yyyy HH:mm");
  });

  test("a named header the file lacks is reported", () => {
    const mapping = ticketMappingSchema.parse({ columns: { id: "Ärende", opened_at: "Inkom", category: "Kategori" } });
    const r = resolveColumns(["Ärende", "Inkom"], mapping);
    expect(r.ok ? null : r.problem.params.missing).toBe("category (Kategori)");
  });

  test("the schema requires id and opened_at and rejects unknown fields", () => {
    expect(ticketMappingSchema.safeParse({ columns: { id: "a" } }).success).toBe(false);
    expect(ticketMappingSchema.safeParse({ columns: { id: "a", opened_at: "b", opend_at: "c" } }).success).toBe(false);
    expect(ticketMappingSchema.safeParse({ columns: { id: "a", opened_at: "b", closed_at: "c", minutes: "d" } }).success).toBe(true);
  });
});
