import type { Knex } from "knex";

// Core tables. Never edit once landed: add a new migration instead (widen, then narrow).
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("regions", (t) => {
    t.increments("id");
    t.string("slug", 64).notNullable().unique();
    t.string("name", 200).notNullable();
    t.timestamp("created_at").notNullable().defaultTo(knex.fn.now());
  });
  await knex.schema.createTable("municipalities", (t) => {
    t.increments("id");
    t.string("slug", 64).notNullable().unique();
    t.string("name", 200).notNullable();
    t.string("country", 2).notNullable();
    t.string("default_locale", 5).notNullable().defaultTo("sv");
    t.integer("region_id").unsigned().references("regions.id").onDelete("SET NULL");
    t.timestamp("created_at").notNullable().defaultTo(knex.fn.now());
  });
  await knex.schema.createTable("departments", (t) => {
    t.increments("id");
    t.integer("municipality_id").unsigned().notNullable().references("municipalities.id").onDelete("CASCADE");
    t.string("name", 200).notNullable();
    t.unique(["municipality_id", "name"]);
  });
  await knex.schema.createTable("business_areas", (t) => {
    t.increments("id");
    t.integer("municipality_id").unsigned().notNullable().references("municipalities.id").onDelete("CASCADE");
    t.string("code", 64).notNullable();
    t.string("name", 200).notNullable();
    t.unique(["municipality_id", "code"]);
  });
  await knex.schema.createTable("systems", (t) => {
    t.increments("id");
    t.integer("municipality_id").unsigned().notNullable().references("municipalities.id").onDelete("CASCADE");
    t.string("name", 200).notNullable();
    t.string("vendor", 200);
    t.integer("department_id").unsigned().references("departments.id").onDelete("SET NULL");
    t.integer("business_area_id").unsigned().references("business_areas.id").onDelete("SET NULL");
    t.unique(["municipality_id", "name"]);
  });
  await knex.schema.createTable("system_administrators", (t) => {
    t.increments("id");
    t.integer("system_id").unsigned().notNullable().references("systems.id").onDelete("CASCADE");
    // A label (initials or a role title), not necessarily a person's full name.
    t.string("label", 200).notNullable();
    t.boolean("can_handle_support").notNullable().defaultTo(true);
  });
  await knex.schema.createTable("users", (t) => {
    t.increments("id");
    t.string("email", 320).notNullable().unique();
    t.string("name", 200);
    t.string("password_hash", 200);
    t.boolean("is_admin").notNullable().defaultTo(false);
    t.timestamp("created_at").notNullable().defaultTo(knex.fn.now());
  });
  await knex.schema.createTable("memberships", (t) => {
    t.increments("id");
    t.integer("user_id").unsigned().notNullable().references("users.id").onDelete("CASCADE");
    t.integer("municipality_id").unsigned().notNullable().references("municipalities.id").onDelete("CASCADE");
    t.string("role", 16).notNullable();
    t.unique(["user_id", "municipality_id"]);
  });
  await knex.schema.createTable("sessions", (t) => {
    t.string("id", 64).primary();
    t.integer("user_id").unsigned().references("users.id").onDelete("CASCADE");
    t.text("data").notNullable();
    t.timestamp("expires_at");
    t.timestamp("created_at").notNullable().defaultTo(knex.fn.now());
  });
  await knex.schema.createTable("audit_log", (t) => {
    t.increments("id");
    t.timestamp("at").notNullable().defaultTo(knex.fn.now());
    t.integer("user_id").unsigned().references("users.id").onDelete("SET NULL");
    t.integer("municipality_id").unsigned().references("municipalities.id").onDelete("CASCADE");
    t.string("action", 64).notNullable();
    t.string("target", 200);
    t.text("detail");
    t.index(["municipality_id", "at"]);
  });
  await knex.schema.createTable("assessments", (t) => {
    t.increments("id");
    t.integer("municipality_id").unsigned().notNullable().references("municipalities.id").onDelete("CASCADE");
    t.string("name", 200).notNullable();
    t.integer("min_group_size").notNullable().defaultTo(5);
    t.string("status", 16).notNullable().defaultTo("open");
    t.timestamp("created_at").notNullable().defaultTo(knex.fn.now());
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ["assessments", "audit_log", "sessions", "memberships", "users", "system_administrators", "systems", "business_areas", "departments", "municipalities", "regions"]) {
    await knex.schema.dropTableIfExists(table);
  }
}
