import type { Knex } from "knex";

// Set-password links sent by e-mail (docs/decisions/003-accounts-and-sessions.md). Never edit
// once landed: add a new migration instead.
//
// `password_tokens.token_sealed`: the token, sealed like the survey tokens
// (app/services/mail/seal.server.ts, AES-256-GCM under a key from SESSION_SECRET), kept only
// while a mail with the link waits in the outbox. It is cleared when the mail is sent or
// cancelled, when the link is used, when the link expires, and goes with the row when a newer
// link replaces it. Links shown on the page to copy never have one.
//
// `mail_outbox.password_token_id`: the link a mail of kind `password` carries (no foreign key:
// a replaced link's row is deleted, and the worker then cancels the mail).
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable("password_tokens", (t) => {
    t.text("token_sealed");
  });
  await knex.schema.alterTable("mail_outbox", (t) => {
    t.integer("password_token_id");
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable("mail_outbox", (t) => {
    t.dropColumn("password_token_id");
  });
  await knex.schema.alterTable("password_tokens", (t) => {
    t.dropColumn("token_sealed");
  });
}
