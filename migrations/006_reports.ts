import type { Knex } from "knex";

// Reports: regional coordinators, and report jobs (a PDF generated in the background whose
// progress a status page shows). Never edit once landed: add a new migration instead.
export async function up(knex: Knex): Promise<void> {
  // A coordinator reads the regional comparison of every municipality in the region,
  // without being a member of each municipality.
  await knex.schema.createTable("region_memberships", (t) => {
    t.increments("id");
    t.integer("user_id").unsigned().notNullable().references("users.id").onDelete("CASCADE");
    t.integer("region_id").unsigned().notNullable().references("regions.id").onDelete("CASCADE");
    t.string("role", 16).notNullable().defaultTo("coordinator");
    t.unique(["user_id", "region_id"]);
    t.index(["region_id"]);
  });
  await knex.schema.createTable("report_jobs", (t) => {
    t.string("id", 36).primary();
    t.integer("municipality_id").unsigned().notNullable().references("municipalities.id").onDelete("CASCADE");
    t.integer("user_id").unsigned().references("users.id").onDelete("SET NULL");
    t.string("format", 8).notNullable(); // pdf
    t.string("locale", 5).notNullable();
    t.string("status", 16).notNullable(); // queued | running | done | failed
    t.integer("progress").notNullable().defaultTo(0); // 0..100
    t.string("step", 32); // the section being drawn, for the status page
    t.string("file", 500); // where the finished file is stored
    t.text("error");
    t.string("created_at", 24).notNullable();
    t.string("finished_at", 24);
    t.index(["municipality_id", "created_at"]);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists("report_jobs");
  await knex.schema.dropTableIfExists("region_memberships");
}
