import type { Knex } from "knex";

// Operations: single sign-on identities, survey recipients (e-mail addresses, kept apart from
// answers) and the outgoing mail queue. Never edit once landed: add a new migration instead.
export async function up(knex: Knex): Promise<void> {
  // One row per identity-provider account. `granted` remembers which roles the group claim
  // gave last time, so a user who leaves the group loses them — and only them.
  await knex.schema.createTable("oidc_identities", (t) => {
    t.increments("id");
    t.integer("user_id").unsigned().notNullable().references("users.id").onDelete("CASCADE");
    t.string("issuer", 500).notNullable();
    t.string("subject", 255).notNullable();
    t.text("granted").notNullable().defaultTo("[]");
    t.string("last_sign_in_at", 24).notNullable();
    t.unique(["issuer", "subject"]);
    t.index(["user_id"]);
  });

  // A survey's reminder plan and whether its addresses outlive the survey.
  await knex.schema.createTable("survey_mail_settings", (t) => {
    t.integer("survey_id").unsigned().primary().references("surveys.id").onDelete("CASCADE");
    t.integer("municipality_id").unsigned().notNullable().references("municipalities.id").onDelete("CASCADE");
    t.string("reminder_days", 100).notNullable().defaultTo("5,10");
    t.boolean("keep_addresses").notNullable().defaultTo(false);
  });

  // Who gets a personal link. The token is stored encrypted (AES-GCM, key from SESSION_SECRET)
  // because reminders must repeat the link; the row is deleted when the survey closes.
  await knex.schema.createTable("survey_recipients", (t) => {
    t.increments("id");
    t.integer("municipality_id").unsigned().notNullable().references("municipalities.id").onDelete("CASCADE");
    t.integer("survey_id").unsigned().notNullable().references("surveys.id").onDelete("CASCADE");
    t.integer("invitation_id").unsigned().notNullable().unique().references("survey_invitations.id").onDelete("CASCADE");
    t.string("email", 320).notNullable();
    t.string("locale", 5).notNullable();
    t.text("token_sealed").notNullable();
    t.string("created_at", 24).notNullable();
    t.unique(["survey_id", "email"]);
  });

  await knex.schema.createTable("mail_outbox", (t) => {
    t.increments("id");
    t.integer("municipality_id").unsigned().notNullable().references("municipalities.id").onDelete("CASCADE");
    t.integer("survey_id").unsigned().references("surveys.id").onDelete("CASCADE");
    t.integer("invitation_id").unsigned().references("survey_invitations.id").onDelete("SET NULL");
    t.string("recipient", 320).notNullable();
    t.string("locale", 5).notNullable();
    t.string("kind", 16).notNullable(); // invitation | reminder
    // Never two mails for the same key: `invitation:<id>`, `reminder:<id>:<n>`.
    t.string("dedupe_key", 120).notNullable().unique();
    // queued → sending → sent; or failed (gave up), cancelled (no longer needed),
    // unknown (the worker stopped while sending: not resent automatically).
    t.string("status", 16).notNullable().defaultTo("queued");
    t.integer("attempts").notNullable().defaultTo(0);
    t.string("next_attempt_at", 24).notNullable();
    t.string("claimed_at", 24);
    t.string("sent_at", 24);
    t.string("message_id", 200);
    t.text("last_error");
    t.string("created_at", 24).notNullable();
    t.index(["status", "next_attempt_at"]);
    t.index(["municipality_id", "survey_id"]);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ["mail_outbox", "survey_recipients", "survey_mail_settings", "oidc_identities"]) {
    await knex.schema.dropTableIfExists(table);
  }
}
