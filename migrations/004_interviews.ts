import type { Knex } from "knex";

// Tables for interviews. Never edit once landed: add a new migration instead.
// Every table carries municipality_id so each query can filter by the tenant directly.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("interviews", (t) => {
    t.increments("id");
    t.integer("municipality_id").unsigned().notNullable().references("municipalities.id").onDelete("CASCADE");
    t.integer("assessment_id").unsigned().references("assessments.id").onDelete("CASCADE");
    t.string("guide_key", 64).notNullable();
    t.integer("guide_version").notNullable();
    // A copy of the guide as it was when planned: later guide versions never change old interviews.
    t.text("guide_json").notNullable();
    t.string("role", 32).notNullable();
    t.string("department", 200);
    t.string("date", 10).notNullable();
    t.string("status", 16).notNullable().defaultTo("planned");
    // Given names to mask in quotes (JSON array of strings); the interviewee's name is never required.
    t.text("mask_names").notNullable().defaultTo("[]");
    t.integer("created_by").unsigned().references("users.id").onDelete("SET NULL");
    t.string("created_at", 24).notNullable();
    t.index(["municipality_id", "date"]);
  });
  await knex.schema.createTable("interview_notes", (t) => {
    t.increments("id");
    t.integer("municipality_id").unsigned().notNullable().references("municipalities.id").onDelete("CASCADE");
    t.integer("interview_id").unsigned().notNullable().references("interviews.id").onDelete("CASCADE");
    t.string("question_key", 64).notNullable();
    t.text("text").notNullable();
    t.string("updated_at", 24).notNullable();
    t.unique(["interview_id", "question_key"]);
  });
  await knex.schema.createTable("interview_excerpts", (t) => {
    t.increments("id");
    t.integer("municipality_id").unsigned().notNullable().references("municipalities.id").onDelete("CASCADE");
    t.integer("interview_id").unsigned().notNullable().references("interviews.id").onDelete("CASCADE");
    t.string("question_key", 64).notNullable();
    t.text("quote").notNullable();
    t.string("model", 32).notNullable();
    t.string("stance", 16).notNullable();
    t.string("criterion", 32).notNullable();
    t.text("themes").notNullable().defaultTo("[]");
    t.integer("created_by").unsigned().references("users.id").onDelete("SET NULL");
    t.string("created_at", 24).notNullable();
    t.index(["municipality_id", "model", "criterion"]);
    t.index(["interview_id"]);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ["interview_excerpts", "interview_notes", "interviews"]) await knex.schema.dropTableIfExists(table);
}
