import type { Knex } from "knex";

// Privacy law: erasing one respondent's answers, and erasing raw answers after a retention
// date while keeping the aggregates (docs/decisions/030-retention.md). Never edit once landed.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable("assessments", (t) => {
    // ISO date (YYYY-MM-DD); after it, raw answers, links and addresses are erased.
    t.string("retain_answers_until", 10);
  });
  await knex.schema.alterTable("survey_responses", (t) => {
    // SHA-256 of a third derivation of the token, set at submission, so whoever holds the link
    // (and only they) can have the submitted answers erased. Matches neither other hash.
    t.string("erase_key", 64).unique();
  });
  await knex.schema.createTable("survey_result_snapshots", (t) => {
    t.integer("survey_id").unsigned().primary().references("surveys.id").onDelete("CASCADE");
    t.integer("municipality_id").unsigned().notNullable().references("municipalities.id").onDelete("CASCADE");
    // JSON of SurveyCounts without free texts: what every result view needs, and nothing more.
    t.text("counts").notNullable();
    t.string("erased_at", 24).notNullable();
    t.string("retained_until", 10).notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists("survey_result_snapshots");
  await knex.schema.alterTable("survey_responses", (t) => t.dropColumn("erase_key"));
  await knex.schema.alterTable("assessments", (t) => t.dropColumn("retain_answers_until"));
}
