import type { Knex } from "knex";

// The dashboard's system and department filters read as the business area's do
// (docs/decisions/060-filtered-dashboard.md). Never edit once landed: add a new migration instead.
//
// For each of the two columns, the pair of ticket indexes migration 013 made for the area:
// (column, day, channel, type, line, area) groups channel per day and type × line × area per
// day in index order without touching the table (the area last, so the filter's tickets are
// counted per area too), and (column, resolution time, day, area) counts each resolution
// bucket as one range. Partial: only tickets that name a system (a department) can match the
// filter, and many exports name none.
const COLUMNS = ["system", "department"] as const;

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable("tickets", (t) => {
    for (const c of COLUMNS) {
      t.index(["municipality_id", c, "day", "channel", "classified_type", "classified_line", "area"], `tickets_${c}_day_idx`, { predicate: knex.whereNotNull(c) });
      t.index(["municipality_id", c, "resolution_hours", "day", "area"], `tickets_${c}_resolution_idx`, { predicate: knex.whereNotNull(c).whereNotNull("resolution_hours") });
    }
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable("tickets", (t) => {
    for (const c of COLUMNS) {
      t.dropIndex([], `tickets_${c}_resolution_idx`);
      t.dropIndex([], `tickets_${c}_day_idx`);
    }
  });
}
