import type { Knex } from "knex";

// PostgreSQL only: the survey count tables of migration 008 kept by statement-level triggers
// instead of row-level ones. A row trigger updates the same few count rows once per answer, and
// within one import transaction PostgreSQL keeps every version of those rows: 10,000 responses
// took minutes. A statement trigger adds each statement's rows up with one GROUP BY (transition
// tables). SQLite keeps its row triggers, which cost little there. Never edit once landed.
const ANSWERS = `create function survey_answer_counts_statement() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    update survey_answer_counts c set n = c.n - g.n, firsts = c.firsts - g.firsts
    from (select survey_id, question_code, value, count(*) as n, sum(case when position = 0 then 1 else 0 end) as firsts
          from old_rows where submitted and value <> 'null' group by survey_id, question_code, value) g
    where c.survey_id = g.survey_id and c.question_code = g.question_code and c.value = g.value;
    delete from survey_answer_counts c where c.n <= 0 and c.survey_id in (select distinct survey_id from old_rows);
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    insert into survey_answer_counts (survey_id, question_code, value, n, firsts)
    select survey_id, question_code, value, count(*), sum(case when position = 0 then 1 else 0 end)
    from new_rows where submitted and value <> 'null' group by survey_id, question_code, value
    on conflict (survey_id, question_code, value) do update
      set n = survey_answer_counts.n + excluded.n, firsts = survey_answer_counts.firsts + excluded.firsts;
  end if;
  return null;
end $$`;

const RESPONSES = `create function survey_response_counts_statement() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    update survey_response_counts c set submitted = c.submitted - g.n
    from (select survey_id, count(*) as n from old_rows where status = 'submitted' group by survey_id) g
    where c.survey_id = g.survey_id;
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    insert into survey_response_counts (survey_id, submitted)
    select survey_id, count(*) from new_rows where status = 'submitted' group by survey_id
    on conflict (survey_id) do update set submitted = survey_response_counts.submitted + excluded.submitted;
  end if;
  return null;
end $$`;

const triggers = (table: string, fn: string) => [
  `create trigger ${fn}_insert after insert on ${table} referencing new table as new_rows for each statement execute function ${fn}()`,
  `create trigger ${fn}_update after update on ${table} referencing old table as old_rows new table as new_rows for each statement execute function ${fn}()`,
  `create trigger ${fn}_delete after delete on ${table} referencing old table as old_rows for each statement execute function ${fn}()`,
];

export async function up(knex: Knex): Promise<void> {
  if (knex.client.config.client === "better-sqlite3") return;
  await knex.raw("drop trigger if exists survey_answer_counts_apply on survey_answers");
  await knex.raw("drop trigger if exists survey_response_counts_apply on survey_responses");
  await knex.raw(ANSWERS);
  await knex.raw(RESPONSES);
  for (const sql of [...triggers("survey_answers", "survey_answer_counts_statement"), ...triggers("survey_responses", "survey_response_counts_statement")]) await knex.raw(sql);
}

export async function down(knex: Knex): Promise<void> {
  if (knex.client.config.client === "better-sqlite3") return;
  for (const [table, fn] of [["survey_answers", "survey_answer_counts_statement"], ["survey_responses", "survey_response_counts_statement"]] as const) {
    for (const op of ["insert", "update", "delete"]) await knex.raw(`drop trigger if exists ${fn}_${op} on ${table}`);
    await knex.raw(`drop function if exists ${fn}()`);
  }
  await knex.raw("create trigger survey_answer_counts_apply after insert or delete or update of submitted on survey_answers for each row execute function survey_answer_counts_apply()");
  await knex.raw("create trigger survey_response_counts_apply after insert or delete or update of status on survey_responses for each row execute function survey_response_counts_apply()");
}
