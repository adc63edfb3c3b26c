import type { Knex } from "knex";

// Pre-counted survey results for the dashboard and the results page. Never edit once landed:
// add a new migration instead.
//
// `survey_answer_counts` holds, per survey, question and value, how many submitted answer rows
// gave the value (`n`) and how many of those were the first item of their answer (`firsts`;
// their sum over a question is how many answered it) — exactly what a GROUP BY over
// `survey_answers` returns, but a few hundred rows instead of a million. Triggers keep it
// current on every write to `survey_answers`, whoever writes (an import, a submission, a
// deletion by retention or a cascade), so it cannot drift from the answers.
// `survey_response_counts` is the same for the number of submitted responses per survey.
const COUNT_SQLITE = [
  `create trigger survey_answer_counts_insert after insert on survey_answers
   when new.submitted and new.value <> 'null'
   begin
     insert into survey_answer_counts (survey_id, question_code, value, n, firsts)
     values (new.survey_id, new.question_code, new.value, 1, case when new.position = 0 then 1 else 0 end)
     on conflict (survey_id, question_code, value) do update set n = n + 1, firsts = firsts + excluded.firsts;
   end`,
  `create trigger survey_answer_counts_submit after update of submitted on survey_answers
   when new.submitted and not old.submitted and new.value <> 'null'
   begin
     insert into survey_answer_counts (survey_id, question_code, value, n, firsts)
     values (new.survey_id, new.question_code, new.value, 1, case when new.position = 0 then 1 else 0 end)
     on conflict (survey_id, question_code, value) do update set n = n + 1, firsts = firsts + excluded.firsts;
   end`,
  `create trigger survey_answer_counts_unsubmit after update of submitted on survey_answers
   when old.submitted and not new.submitted and old.value <> 'null'
   begin
     update survey_answer_counts set n = n - 1, firsts = firsts - (case when old.position = 0 then 1 else 0 end)
     where survey_id = old.survey_id and question_code = old.question_code and value = old.value;
     delete from survey_answer_counts where survey_id = old.survey_id and question_code = old.question_code and value = old.value and n <= 0;
   end`,
  `create trigger survey_answer_counts_delete after delete on survey_answers
   when old.submitted and old.value <> 'null'
   begin
     update survey_answer_counts set n = n - 1, firsts = firsts - (case when old.position = 0 then 1 else 0 end)
     where survey_id = old.survey_id and question_code = old.question_code and value = old.value;
     delete from survey_answer_counts where survey_id = old.survey_id and question_code = old.question_code and value = old.value and n <= 0;
   end`,
];

const RESPONSES_SQLITE = [
  `create trigger survey_response_counts_insert after insert on survey_responses
   when new.status = 'submitted'
   begin
     insert into survey_response_counts (survey_id, submitted) values (new.survey_id, 1)
     on conflict (survey_id) do update set submitted = submitted + 1;
   end`,
  `create trigger survey_response_counts_submit after update of status on survey_responses
   when new.status = 'submitted' and old.status <> 'submitted'
   begin
     insert into survey_response_counts (survey_id, submitted) values (new.survey_id, 1)
     on conflict (survey_id) do update set submitted = submitted + 1;
   end`,
  `create trigger survey_response_counts_unsubmit after update of status on survey_responses
   when old.status = 'submitted' and new.status <> 'submitted'
   begin
     update survey_response_counts set submitted = submitted - 1 where survey_id = old.survey_id;
   end`,
  `create trigger survey_response_counts_delete after delete on survey_responses
   when old.status = 'submitted'
   begin
     update survey_response_counts set submitted = submitted - 1 where survey_id = old.survey_id;
   end`,
];

const RESPONSES_PG = [
  `create function survey_response_counts_apply() returns trigger language plpgsql as $$
   begin
     if tg_op in ('INSERT', 'UPDATE') and new.status = 'submitted' and (tg_op = 'INSERT' or old.status <> 'submitted') then
       insert into survey_response_counts (survey_id, submitted) values (new.survey_id, 1)
       on conflict (survey_id) do update set submitted = survey_response_counts.submitted + 1;
     end if;
     if tg_op in ('DELETE', 'UPDATE') and old.status = 'submitted' and (tg_op = 'DELETE' or new.status <> 'submitted') then
       update survey_response_counts set submitted = submitted - 1 where survey_id = old.survey_id;
     end if;
     return null;
   end $$`,
  `create trigger survey_response_counts_apply after insert or delete or update of status on survey_responses
   for each row execute function survey_response_counts_apply()`,
];

const COUNT_PG = [
  `create function survey_answer_counts_apply() returns trigger language plpgsql as $$
   begin
     if tg_op in ('INSERT', 'UPDATE') and new.submitted and new.value <> 'null' and (tg_op = 'INSERT' or not old.submitted) then
       insert into survey_answer_counts (survey_id, question_code, value, n, firsts)
       values (new.survey_id, new.question_code, new.value, 1, case when new.position = 0 then 1 else 0 end)
       on conflict (survey_id, question_code, value) do update
         set n = survey_answer_counts.n + 1, firsts = survey_answer_counts.firsts + excluded.firsts;
     end if;
     if tg_op in ('DELETE', 'UPDATE') and old.submitted and old.value <> 'null' and (tg_op = 'DELETE' or not new.submitted) then
       update survey_answer_counts set n = n - 1, firsts = firsts - (case when old.position = 0 then 1 else 0 end)
       where survey_id = old.survey_id and question_code = old.question_code and value = old.value;
       delete from survey_answer_counts where survey_id = old.survey_id and question_code = old.question_code and value = old.value and n <= 0;
     end if;
     return null;
   end $$`,
  `create trigger survey_answer_counts_apply after insert or delete or update of submitted on survey_answers
   for each row execute function survey_answer_counts_apply()`,
];

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("survey_answer_counts", (t) => {
    t.integer("survey_id").unsigned().notNullable().references("surveys.id").onDelete("CASCADE");
    t.string("question_code", 80).notNullable();
    t.text("value").notNullable();
    t.integer("n").notNullable();
    t.integer("firsts").notNullable();
    t.primary(["survey_id", "question_code", "value"]);
  });
  // Answers submitted before this migration.
  await knex.raw(
    "insert into survey_answer_counts (survey_id, question_code, value, n, firsts) " +
      "select survey_id, question_code, value, count(*), sum(case when position = 0 then 1 else 0 end) " +
      "from survey_answers where submitted = ? and value <> 'null' group by survey_id, question_code, value",
    [true],
  );
  await knex.schema.createTable("survey_response_counts", (t) => {
    t.integer("survey_id").unsigned().primary().references("surveys.id").onDelete("CASCADE");
    t.integer("submitted").notNullable();
  });
  await knex.raw(
    "insert into survey_response_counts (survey_id, submitted) select survey_id, count(*) from survey_responses where status = 'submitted' group by survey_id",
  );
  const sqlite = knex.client.config.client === "better-sqlite3";
  for (const sql of sqlite ? [...COUNT_SQLITE, ...RESPONSES_SQLITE] : [...COUNT_PG, ...RESPONSES_PG]) await knex.raw(sql);

  // Filtered results (the dashboard's survey filters): the respondents who gave a value are
  // read from the first index, including their response id, and each one's answers from the
  // second, both without touching the table. The first replaces 002's index on the same
  // leading columns, which the unfiltered counts no longer need.
  await knex.schema.alterTable("survey_answers", (t) => {
    t.dropIndex(["survey_id", "submitted", "question_code", "value", "position"]);
    t.index(["survey_id", "submitted", "question_code", "value", "response_id"], "survey_answers_value_idx");
    t.index(["survey_id", "submitted", "response_id", "question_code", "value", "position"], "survey_answers_response_idx");
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable("survey_answers", (t) => {
    t.dropIndex([], "survey_answers_response_idx");
    t.dropIndex([], "survey_answers_value_idx");
    t.index(["survey_id", "submitted", "question_code", "value", "position"]);
  });
  for (const [table, counts] of [["survey_answers", "survey_answer_counts"], ["survey_responses", "survey_response_counts"]] as const) {
    if (knex.client.config.client === "better-sqlite3") {
      for (const name of ["insert", "submit", "unsubmit", "delete"]) await knex.raw(`drop trigger if exists ${counts}_${name}`);
    } else {
      await knex.raw(`drop trigger if exists ${counts}_apply on ${table}`);
      await knex.raw(`drop function if exists ${counts}_apply()`);
    }
    await knex.schema.dropTableIfExists(counts);
  }
}
