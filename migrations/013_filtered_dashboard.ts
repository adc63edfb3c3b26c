import type { Knex } from "knex";

// The dashboard's filtered views (docs/decisions/060-filtered-dashboard.md). Never edit once
// landed: add a new migration instead.
//
// `survey_answer_sets` holds, per submitted response, its counted answer rows (submitted, not
// JSON null) as one text: one line per row, `question_code TAB first TAB value` (first = 1 for
// position 0), lines joined by LF. JSON values hold no raw TAB or LF, so the lines split back
// exactly. A filtered count then reads one row per matching response instead of eleven, and
// responses that gave the same answers are grouped by the database before they are split.
// Triggers keep it equal to the answers, whoever writes them, like the count tables of
// migration 008; the order of lines is not significant (a set built by one import statement
// and one rebuilt after an update may list the same rows in another order). No foreign keys:
// the triggers rebuild a response's set while a cascade is deleting its survey.
//
// Two ticket indexes serve the business-area filter, read without touching the table:
// (area, day, channel, type, line) groups channel per day and type × line per day in index
// order, and (area, resolution time) counts each resolution bucket as one range.

const LINE_SQLITE = (r: "new" | "old" | "a") => `${r}.question_code || char(9) || (${r}.position = 0) || char(9) || ${r}.value`;

// Lines in the order of (question, position), without ORDER BY inside group_concat: a schema
// holding that (SQLite 3.44) could not be read by older sqlite3 tools.
const ORDERED_LINES_SQLITE = (where: string) =>
  `select a.survey_id, a.response_id, ${LINE_SQLITE("a")} as line from survey_answers a where a.submitted = 1 and a.value <> 'null' and ${where} order by a.survey_id, a.response_id, a.question_code, a.position`;

/** Rebuilds one response's set (or removes it when none of its answers count). */
const rebuildSqlite = (r: "new" | "old") => `
     delete from survey_answer_sets where survey_id = ${r}.survey_id and response_id = ${r}.response_id;
     insert into survey_answer_sets (survey_id, response_id, answers)
     select survey_id, response_id, group_concat(line, char(10))
     from (${ORDERED_LINES_SQLITE(`a.survey_id = ${r}.survey_id and a.response_id = ${r}.response_id`)})
     group by survey_id, response_id;`;

const SETS_SQLITE = [
  // Imports insert submitted rows: each adds its line (the common path, kept cheap).
  `create trigger survey_answer_sets_insert after insert on survey_answers
   when new.submitted and new.value <> 'null'
   begin
     insert into survey_answer_sets (survey_id, response_id, answers) values (new.survey_id, new.response_id, ${LINE_SQLITE("new")})
     on conflict (survey_id, response_id) do update set answers = answers || char(10) || excluded.answers;
   end`,
  `create trigger survey_answer_sets_update after update on survey_answers
   when (old.submitted and old.value <> 'null') or (new.submitted and new.value <> 'null')
   begin ${rebuildSqlite("old")} ${rebuildSqlite("new")}
   end`,
  `create trigger survey_answer_sets_delete after delete on survey_answers
   when old.submitted and old.value <> 'null'
   begin ${rebuildSqlite("old")}
   end`,
];

// PostgreSQL: statement-level triggers (as migration 010): an inserting statement appends its
// rows grouped per response; an update or delete rebuilds the responses it touched.
const LINE_PG = (r: string) => `${r}.question_code || E'\\t' || (case when ${r}.position = 0 then '1' else '0' end) || E'\\t' || ${r}.value`;
const COUNTED = (r: string) => `${r}.submitted and ${r}.value <> 'null'`;
const rebuildPg = (touched: string) => `
    insert into survey_answer_sets (survey_id, response_id, answers)
    select a.survey_id, a.response_id, string_agg(${LINE_PG("a")}, E'\\n' order by a.question_code, a.position)
    from survey_answers a where ${COUNTED("a")} and (a.survey_id, a.response_id) in (${touched})
    group by a.survey_id, a.response_id
    on conflict (survey_id, response_id) do update set answers = excluded.answers;
    delete from survey_answer_sets s where (s.survey_id, s.response_id) in (${touched})
      and not exists (select 1 from survey_answers a where a.survey_id = s.survey_id and a.response_id = s.response_id and ${COUNTED("a")});`;
const OLD = `select o.survey_id, o.response_id from old_rows o where ${COUNTED("o")}`;
const NEW = `select n.survey_id, n.response_id from new_rows n where ${COUNTED("n")}`;
const SETS_PG = `create function survey_answer_sets_statement() returns trigger language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    insert into survey_answer_sets (survey_id, response_id, answers)
    select n.survey_id, n.response_id, string_agg(${LINE_PG("n")}, E'\\n' order by n.question_code, n.position)
    from new_rows n where ${COUNTED("n")} group by n.survey_id, n.response_id
    on conflict (survey_id, response_id) do update set answers = survey_answer_sets.answers || E'\\n' || excluded.answers;
  elsif tg_op = 'UPDATE' then ${rebuildPg(`${OLD} union ${NEW}`)}
  else ${rebuildPg(OLD)}
  end if;
  return null;
end $$`;

const TRIGGERS_PG = [
  "create trigger survey_answer_sets_insert after insert on survey_answers referencing new table as new_rows for each statement execute function survey_answer_sets_statement()",
  "create trigger survey_answer_sets_update after update on survey_answers referencing old table as old_rows new table as new_rows for each statement execute function survey_answer_sets_statement()",
  "create trigger survey_answer_sets_delete after delete on survey_answers referencing old table as old_rows for each statement execute function survey_answer_sets_statement()",
];

export async function up(knex: Knex): Promise<void> {
  const sqlite = knex.client.config.client === "better-sqlite3";
  if (sqlite) {
    await knex.raw("create table survey_answer_sets (survey_id integer not null, response_id varchar(32) not null, answers text not null, primary key (survey_id, response_id)) without rowid");
  } else {
    await knex.schema.createTable("survey_answer_sets", (t) => {
      t.integer("survey_id").notNullable();
      t.string("response_id", 32).notNullable();
      t.text("answers").notNullable();
      t.primary(["survey_id", "response_id"]);
    });
  }
  // Answers submitted before this migration.
  await knex.raw(
    sqlite
      ? `insert into survey_answer_sets (survey_id, response_id, answers)
         select survey_id, response_id, group_concat(line, char(10)) from (${ORDERED_LINES_SQLITE("true")}) group by survey_id, response_id`
      : `insert into survey_answer_sets (survey_id, response_id, answers)
         select a.survey_id, a.response_id, string_agg(${LINE_PG("a")}, E'\\n' order by a.question_code, a.position)
         from survey_answers a where ${COUNTED("a")} group by a.survey_id, a.response_id`,
  );
  for (const sql of sqlite ? SETS_SQLITE : [SETS_PG, ...TRIGGERS_PG]) await knex.raw(sql);

  await knex.schema.alterTable("tickets", (t) => {
    t.index(["municipality_id", "area", "day", "channel", "classified_type", "classified_line"], "tickets_area_day_idx");
    t.index(["municipality_id", "area", "resolution_hours", "day"], "tickets_area_resolution_idx", { predicate: knex.whereNotNull("resolution_hours") });
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable("tickets", (t) => {
    t.dropIndex([], "tickets_area_resolution_idx");
    t.dropIndex([], "tickets_area_day_idx");
  });
  if (knex.client.config.client === "better-sqlite3") {
    for (const name of ["insert", "update", "delete"]) await knex.raw(`drop trigger if exists survey_answer_sets_${name}`);
  } else {
    for (const name of ["insert", "update", "delete"]) await knex.raw(`drop trigger if exists survey_answer_sets_${name} on survey_answers`);
    await knex.raw("drop function if exists survey_answer_sets_statement()");
  }
  await knex.schema.dropTableIfExists("survey_answer_sets");
}
