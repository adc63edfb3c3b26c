import type { Knex } from "knex";

// Tables for tickets. Never edit once landed: add a new migration instead.
//
// Timestamps are naive wall-clock ISO strings (`YYYY-MM-DDTHH:mm:ssZ`, see domain/tickets/types)
// in string columns, so both databases sort and group them alike and pg never shifts them.
// `ticket_daily` is a roll-up kept current by the import and by re-classification: one row per
// (day, dimension, key), e.g. (2024-03-04, "channel", "phone") → count. Keying by dimension
// instead of by the full (channel × area × type × line) product keeps it at tens of rows a day
// however many tickets there are, which is what makes `tickets stats` fast over a million rows.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("ticket_imports", (t) => {
    t.increments("id");
    t.integer("municipality_id").unsigned().notNullable().references("municipalities.id").onDelete("CASCADE");
    t.integer("user_id").unsigned().references("users.id").onDelete("SET NULL");
    t.string("file_name", 255).notNullable();
    t.string("preset", 32);
    t.string("mode", 16).notNullable();
    // queued | running | done | rolled_back (rows rejected in all-or-nothing) | failed (whole file)
    t.string("status", 16).notNullable();
    t.integer("rows_read").notNullable().defaultTo(0);
    t.integer("imported").notNullable().defaultTo(0);
    t.integer("created").notNullable().defaultTo(0);
    t.integer("skipped").notNullable().defaultTo(0);
    t.integer("rejected_count").notNullable().defaultTo(0);
    // [{ line, code, params }] capped; translated when shown.
    t.text("rejected");
    t.string("error_code", 64);
    t.text("error_params");
    t.string("started_at", 24).notNullable();
    t.string("finished_at", 24);
    t.index(["municipality_id", "id"]);
  });

  await knex.schema.createTable("tickets", (t) => {
    t.increments("id");
    t.integer("municipality_id").unsigned().notNullable().references("municipalities.id").onDelete("CASCADE");
    t.integer("import_id").unsigned().references("ticket_imports.id").onDelete("SET NULL");
    t.string("external_id", 200).notNullable();
    t.string("opened_at", 20).notNullable();
    t.string("closed_at", 20);
    t.string("first_response_at", 20);
    t.string("day", 10).notNullable();
    t.string("channel", 16).notNullable();
    t.string("category", 200);
    t.string("subcategory", 200);
    t.string("system", 200);
    t.string("area", 200);
    t.string("department", 200);
    t.string("assignee", 200);
    t.integer("line"); // as the export states it
    t.string("type", 16); // as the export states it
    t.string("classified_type", 16).notNullable();
    t.integer("classified_line").notNullable();
    t.string("type_rule_id", 64);
    t.string("line_rule_id", 64);
    t.double("minutes");
    t.double("resolution_hours"); // closed_at − opened_at, kept so percentiles need no date maths
    t.double("first_response_hours");
    t.integer("reassignment_count");
    t.integer("reopen_count");
    t.text("text");
    t.unique(["municipality_id", "external_id"]);
    t.index(["municipality_id", "day"]);
    // Partial (only tickets that have the time): the percentile lookups range-scan these.
    t.index(["municipality_id", "resolution_hours", "day"], "tickets_resolution_idx", { predicate: knex.whereNotNull("resolution_hours") });
    t.index(["municipality_id", "first_response_hours", "day"], "tickets_first_response_idx", { predicate: knex.whereNotNull("first_response_hours") });
  });

  // Clustered by (municipality, dim, key, day): summing a dimension over a period reads one
  // contiguous range in key order, so GROUP BY needs no sorting. On SQLite that takes a
  // WITHOUT ROWID table, which the schema builder cannot declare.
  if (knex.client.config.client === "better-sqlite3") {
    await knex.raw(
      "create table ticket_daily (municipality_id integer not null references municipalities(id) on delete cascade, " +
        "day varchar(10) not null, dim varchar(16) not null, key varchar(200) not null, count integer not null, " +
        "minutes_count integer not null default 0, minutes_sum double precision not null default 0, " +
        "primary key (municipality_id, dim, key, day)) without rowid",
    );
  } else {
    await knex.schema.createTable("ticket_daily", (t) => {
      t.integer("municipality_id").unsigned().notNullable().references("municipalities.id").onDelete("CASCADE");
      t.string("day", 10).notNullable();
      t.string("dim", 16).notNullable();
      t.string("key", 200).notNullable();
      t.integer("count").notNullable();
      t.integer("minutes_count").notNullable().defaultTo(0);
      t.double("minutes_sum").notNullable().defaultTo(0);
      t.primary(["municipality_id", "dim", "key", "day"]);
    });
  }

  await knex.schema.createTable("classification_rules", (t) => {
    t.increments("id");
    t.integer("municipality_id").unsigned().notNullable().references("municipalities.id").onDelete("CASCADE");
    t.string("rule_key", 64).notNullable();
    t.integer("sort_order").notNullable();
    t.string("field", 16).notNullable();
    t.text("keywords").notNullable(); // JSON array of strings
    t.string("set_type", 16);
    t.integer("set_line");
    t.text("label"); // JSON LocalizedText for seeded rules
    t.unique(["municipality_id", "rule_key"]);
  });

  await knex.schema.createTable("ticket_settings", (t) => {
    t.integer("municipality_id").unsigned().primary().references("municipalities.id").onDelete("CASCADE");
    t.boolean("rules_seeded").notNullable().defaultTo(false);
    t.text("default_minutes"); // JSON Partial<Record<TicketType, number>>
  });

  await knex.schema.createTable("ticket_cluster_proposals", (t) => {
    t.increments("id");
    t.integer("municipality_id").unsigned().notNullable().references("municipalities.id").onDelete("CASCADE");
    t.string("name", 200).notNullable();
    t.text("clusters").notNullable(); // JSON { clusterName: areaCode[] }
    t.string("updated_at", 24).notNullable();
    t.unique(["municipality_id", "name"]);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ["ticket_cluster_proposals", "ticket_settings", "classification_rules", "ticket_daily", "tickets", "ticket_imports"]) {
    await knex.schema.dropTableIfExists(table);
  }
}
