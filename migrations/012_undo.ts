import type { Knex } from "knex";

// Undo right after a deletion (docs/decisions/050-undo.md): what a user deleted is kept here,
// as JSON, for a short while (UNDO_WINDOW_MS in app/db/undo.server.ts) so that the same user
// can put it back once. Payloads may hold quote text: the server purges them after the window.
// Never edit once landed.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("undo_items", (t) => {
    t.increments("id");
    t.integer("municipality_id").unsigned().notNullable().references("municipalities.id").onDelete("CASCADE");
    t.integer("user_id").unsigned().notNullable().references("users.id").onDelete("CASCADE");
    t.string("kind", 32).notNullable();
    // JSON of what was deleted: enough to restore it exactly (ids, positions, related rows).
    t.text("payload").notNullable();
    t.string("created_at", 24).notNullable();
    t.index(["created_at"]);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists("undo_items");
}
