import { normaliseRow } from "~/domain/tickets/normalise";
import { resolveColumns, ticketMappingSchema, type ResolvedColumns } from "~/domain/tickets/presets";

const columnsFor = (headers: string[], source: Parameters<typeof resolveColumns>[1]): ResolvedColumns => {
  const r = resolveColumns(headers, source);
  if (!r.ok) throw new Error("unresolved");
  return r.columns;
};

const topdesk = columnsFor(
  ["number", "callDate", "entryType", "callType", "category", "status", "completedDate", "timeSpentFirstLine", "timeSpentSecondLineAndPartials", "briefDescription"],
  "topdesk",
);

describe("normaliseRow", () => {
  test("builds a ticket from a TOPdesk row with Nordic dates and decimal comma", () => {
    const r = normaliseRow(["I 2403 001", "05.03.2024 08:15", "Telefon", "Fråga", "Lösenord", "firstLine", "05.03.2024 08:40", "7,5", "2,5", "Glömt lösenord"], topdesk);
    expect(r).toEqual({
      ok: true,
      ticket: {
        externalId: "I 2403 001",
        openedAt: "2024-03-05T08:15:00Z",
        closedAt: "2024-03-05T08:40:00Z",
        channel: "phone",
        type: "how_to",
        category: "Lösenord",
        line: 1,
        minutes: 10,
        text: "Glömt lösenord",
      },
    });
  });

  test("leaves unknown line/type unset and unknown channel as other", () => {
    const r = normaliseRow(["X1", "2024-03-05 08:15", "Brevduva", "Incident?", "", "Closed", "", "", "", ""], topdesk);
    expect(r.ok && r.ticket).toEqual({ externalId: "X1", openedAt: "2024-03-05T08:15:00Z", channel: "other", type: "fault" });
  });

  test.each([
    [["", "05.03.2024 08:15"], "missing_id", { column: "number" }],
    [["A", ""], "missing_opened_at", { column: "callDate" }],
    [["A", "igår"], "bad_date", { column: "callDate", value: "igår" }],
    [["A", "05.03.2024 08:15", "", "", "", "", "4 mars"], "bad_date", { column: "completedDate", value: "4 mars" }],
    [["A", "05.03.2024 08:15", "", "", "", "", "05.03.2024 08:00"], "closed_before_opened", { opened: "05.03.2024 08:15", closed: "05.03.2024 08:00" }],
    [["A", "05.03.2024 08:15", "", "", "", "", "", "tio"], "bad_number", { column: "timeSpentFirstLine", value: "tio" }],
    [["A", "05.03.2024 08:15", "", "", "", "", "", "-5"], "bad_number", { column: "timeSpentFirstLine", value: "-5" }],
  ])("refuses %j with %s", (cells, code, params) => {
    expect(normaliseRow(cells, topdesk)).toEqual({ ok: false, code, params });
  });

  test("ServiceNow counts, first non-empty closing column wins", () => {
    const cols = columnsFor(["number", "opened_at", "resolved_at", "closed_at", "contact_type", "reassignment_count", "reopen_count"], "servicenow");
    const r = normaliseRow(["INC001", "2019-09-05 00:41:01", "", "2019-09-06 10:00:00", "Self-service", "2", "0"], cols);
    expect(r.ok && r.ticket).toMatchObject({ closedAt: "2019-09-06T10:00:00Z", channel: "portal", reassignmentCount: 2, reopenCount: 0 });
    expect(normaliseRow(["INC002", "2019-09-05 00:41:01", "", "", "Phone", "1,5", "0"], cols)).toMatchObject({ ok: false, code: "bad_number" });
  });

  test("Jira: text joins Summary, Labels and Components; first non-empty scalar wins", () => {
    const cols = columnsFor(["Summary", "Issue key", "Created", "Labels", "Labels", "Components"], "jira");
    const r = normaliseRow(["Kan inte logga in", "SD-12", "25/Feb/26 10:17 PM", "login", "", "Procapita"], cols);
    expect(r.ok && r.ticket).toMatchObject({ externalId: "SD-12", openedAt: "2026-02-25T22:17:00Z", text: "Kan inte logga in | login | Procapita" });
  });

  test("a mapping's dateFormat is used, and the option overrides it", () => {
    const mapping = ticketMappingSchema.parse({ columns: { id: "Id", opened_at: "Datum" }, dateFormat: "MM/dd/yyyy" });
    const cols = columnsFor(["Id", "Datum"], mapping);
    expect(normaliseRow(["1", "03/05/2024"], cols)).toMatchObject({ ticket: { openedAt: "2024-03-05T00:00:00Z" } });
    expect(normaliseRow(["1", "03/05/2024"], cols, { dateFormat: "dd/MM/yyyy" })).toMatchObject({ ticket: { openedAt: "2024-05-03T00:00:00Z" } });
  });

  test("a first response before the opening is dropped, not refused", () => {
    const cols = columnsFor(["#", "Created At", "First Response At"], "zammad");
    const r = normaliseRow(["7", "2024-03-05 10:00", "2024-03-05 09:59"], cols);
    expect(r.ok && r.ticket.firstResponseAt).toBeUndefined();
    const r2 = normaliseRow(["7", "2024-03-05 10:00", "2024-03-05 10:20"], cols);
    expect(r2.ok && r2.ticket.firstResponseAt).toBe("2024-03-05T10:20:00Z");
  });
});
