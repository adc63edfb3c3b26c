import type { Knex } from "knex";

// Tables for interviews. Filled in by that area; never edit once landed.
export async function up(_knex: Knex): Promise<void> {}

export async function down(_knex: Knex): Promise<void> {}
