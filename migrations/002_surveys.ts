import type { Knex } from "knex";

// Tables for surveys. Never edit once landed: add a new migration instead.
// Anonymity (docs/decisions/020-survey-anonymity.md): invitations and responses are separate
// tables; a response points at its invitation only in a non-anonymous survey. Response ids
// are random strings, not a sequence, so their order says nothing about who started when.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("surveys", (t) => {
    t.increments("id");
    t.integer("municipality_id").unsigned().notNullable().references("municipalities.id").onDelete("CASCADE");
    t.integer("assessment_id").unsigned().notNullable().references("assessments.id").onDelete("CASCADE");
    t.string("template_key", 64).notNullable();
    t.integer("version").notNullable().defaultTo(1);
    // The version this one was made from, when a published survey was edited.
    t.integer("previous_id").unsigned().references("surveys.id").onDelete("SET NULL");
    // A copy of the template JSON: later template changes never alter a running survey.
    t.text("definition").notNullable();
    t.string("default_locale", 5).notNullable().defaultTo("sv");
    t.string("status", 16).notNullable().defaultTo("draft");
    t.boolean("anonymous").notNullable().defaultTo(true);
    // The shared link anyone may use; not personal, so it is kept readable for the project group.
    t.string("open_token", 64).unique();
    t.string("created_at", 24).notNullable();
    t.string("published_at", 24);
    t.string("closed_at", 24);
    t.index(["municipality_id", "template_key", "status"]);
  });

  await knex.schema.createTable("survey_invitations", (t) => {
    t.increments("id");
    t.integer("survey_id").unsigned().notNullable().references("surveys.id").onDelete("CASCADE");
    t.integer("municipality_id").unsigned().notNullable().references("municipalities.id").onDelete("CASCADE");
    // SHA-256 of the token; the token itself is shown once and never stored.
    t.string("token_hash", 64).notNullable().unique();
    // unused → started → submitted: what the project group may see, never who answered what.
    t.string("status", 16).notNullable().defaultTo("unused");
    t.boolean("via_open_link").notNullable().defaultTo(false);
    t.string("created_at", 24).notNullable();
    t.index(["survey_id", "status"]);
  });

  await knex.schema.createTable("survey_responses", (t) => {
    t.string("id", 32).primary();
    t.integer("survey_id").unsigned().notNullable().references("surveys.id").onDelete("CASCADE");
    t.integer("municipality_id").unsigned().notNullable().references("municipalities.id").onDelete("CASCADE");
    // Only for non-anonymous surveys.
    t.integer("invitation_id").unsigned().references("survey_invitations.id").onDelete("SET NULL");
    // SHA-256 of a different derivation of the token, so the respondent can resume; cleared at
    // submission. Without the token it cannot be matched to the invitation's hash.
    t.string("resume_key", 64).unique();
    t.string("status", 16).notNullable().defaultTo("in_progress");
    t.string("current_section", 64);
    t.string("external_id", 200);
    t.string("locale", 5).notNullable().defaultTo("sv");
    t.string("submitted_at", 24);
    t.unique(["survey_id", "external_id"]);
    t.index(["survey_id", "status"]);
  });

  await knex.schema.createTable("survey_answers", (t) => {
    t.string("response_id", 32).notNullable().references("survey_responses.id").onDelete("CASCADE");
    t.integer("survey_id").unsigned().notNullable().references("surveys.id").onDelete("CASCADE");
    // A question code, or `code.other` for the "other, namely …" text.
    t.string("question_code", 80).notNullable();
    // 0 for one value; the item's place for multiple choices and lists (one row per item,
    // so counting per option is a plain GROUP BY).
    t.integer("position").notNullable().defaultTo(0);
    // JSON of one value: "yes", 12, "a text", or null for a question left empty.
    t.text("value").notNullable();
    // Copied from the response at submission, so results are counted without a join.
    t.boolean("submitted").notNullable().defaultTo(false);
    t.primary(["response_id", "question_code", "position"]);
    t.index(["survey_id", "submitted", "question_code", "value", "position"]);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ["survey_answers", "survey_responses", "survey_invitations", "surveys"]) {
    await knex.schema.dropTableIfExists(table);
  }
}
