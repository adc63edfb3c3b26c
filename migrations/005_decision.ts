import type { Knex } from "knex";

// Tables for the decision model. Never edit once landed: add a new migration instead.
// Every table carries municipality_id so each query filters by the tenant directly.
export async function up(knex: Knex): Promise<void> {
  // One current weight submission per stakeholder (user) per assessment; resubmitting replaces it.
  await knex.schema.createTable("decision_weights", (t) => {
    t.increments("id");
    t.integer("municipality_id").unsigned().notNullable().references("municipalities.id").onDelete("CASCADE");
    t.integer("assessment_id").unsigned().notNullable().references("assessments.id").onDelete("CASCADE");
    t.integer("user_id").unsigned().notNullable().references("users.id").onDelete("CASCADE");
    // How the stakeholder wants to be listed (e.g. "Head of HR"), and their role in the pre-study.
    t.string("stakeholder", 200).notNullable();
    t.string("role", 16).notNullable();
    t.string("method", 16).notNullable(); // points | pairwise | ranks
    t.text("raw_json").notNullable(); // what they entered: points, judgements or ranks
    t.text("weights_json").notNullable(); // the normalised weights that follow from it
    t.string("created_at", 24).notNullable();
    t.string("updated_at", 24).notNullable();
    t.unique(["assessment_id", "user_id"]);
    t.index(["municipality_id", "assessment_id"]);
  });
  // Every override is kept (history); the newest per cell is the one that counts.
  // value NULL = "back to the computed score", still with a reason.
  await knex.schema.createTable("decision_overrides", (t) => {
    t.increments("id");
    t.integer("municipality_id").unsigned().notNullable().references("municipalities.id").onDelete("CASCADE");
    t.integer("assessment_id").unsigned().notNullable().references("assessments.id").onDelete("CASCADE");
    t.string("model", 32).notNullable();
    t.string("criterion", 32).notNullable();
    t.float("value");
    t.text("reason").notNullable();
    t.integer("user_id").unsigned().references("users.id").onDelete("SET NULL");
    t.string("created_at", 24).notNullable();
    t.index(["municipality_id", "assessment_id", "model", "criterion"]);
  });
  // What the assessment uses: the stakeholders' aggregate (preset NULL) or a preset profile.
  await knex.schema.createTable("decision_settings", (t) => {
    t.integer("assessment_id").unsigned().primary().references("assessments.id").onDelete("CASCADE");
    t.integer("municipality_id").unsigned().notNullable().references("municipalities.id").onDelete("CASCADE");
    t.string("preset", 32);
    t.integer("updated_by").unsigned().references("users.id").onDelete("SET NULL");
    t.string("updated_at", 24).notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ["decision_settings", "decision_overrides", "decision_weights"]) await knex.schema.dropTableIfExists(table);
}
