import { db, dialect } from "~/db/client.server";
import { pendingMigrations } from "../../migrations/index";

export async function checkHealth() {
  try {
    await db().raw("select 1");
    const pending = await pendingMigrations(db());
    return { ok: pending.length === 0, database: dialect(), pendingMigrations: pending.length };
  } catch {
    return { ok: false, database: dialect(), pendingMigrations: null };
  }
}
