import type { Knex } from "knex";

// Members added on a municipality's settings page (docs/decisions/003-accounts-and-sessions.md).
// Never edit once landed: add a new migration instead.
//
// `password_tokens`: a personal link `/password/<token>` on which someone whose account was
// made without a password chooses one. Only the SHA-256 of the token is kept; a token is used
// once (`used_at`) and only until `expires_at` (7 days). `municipality_id` is where the person
// lands, signed in, once the password is set.
//
// `memberships.created_at`: since when someone has access (the settings page shows it). Rows
// from before this migration have none.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("password_tokens", (t) => {
    t.increments("id");
    t.integer("user_id").unsigned().notNullable().references("users.id").onDelete("CASCADE");
    t.integer("municipality_id").unsigned().references("municipalities.id").onDelete("SET NULL");
    t.integer("created_by").unsigned().references("users.id").onDelete("SET NULL");
    t.string("token_hash", 64).notNullable().unique();
    t.string("created_at", 24).notNullable();
    t.string("expires_at", 24).notNullable();
    t.string("used_at", 24);
    t.index(["user_id"]);
  });
  await knex.schema.alterTable("memberships", (t) => {
    t.string("created_at", 24);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable("memberships", (t) => {
    t.dropColumn("created_at");
  });
  await knex.schema.dropTableIfExists("password_tokens");
}
