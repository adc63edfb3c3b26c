// Hand-made tickets stored the way an import stores them (rows and the daily roll-up in one
// transaction), for tests that need ticket figures without going through a file.
import type { Ticket } from "~/domain/tickets/types";
import { RollupDelta, type RollupTicket } from "~/domain/tickets/rollup";
import { db } from "~/db/client.server";
import { upsertTickets } from "~/db/tickets.server";
import { applyRollupDelta } from "~/db/tickets-rollup.server";
import { createImport } from "~/db/tickets-imports.server";
import { toRow } from "~/services/tickets/import.server";

export async function storeTickets(municipalityId: number, tickets: Ticket[]) {
  const importId = await createImport({ municipalityId, fileName: "test.csv", mode: "all_or_nothing" });
  const rows = tickets.map((t) => toRow(municipalityId, importId, { ...t, lineNumber: 0 }, []));
  const delta = new RollupDelta();
  for (const r of rows) delta.add(r as unknown as RollupTicket);
  await db().transaction(async (trx) => {
    await upsertTickets({ rows }, trx);
    await applyRollupDelta({ municipalityId, delta }, trx);
  });
}
