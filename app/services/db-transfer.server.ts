// Copies every table from one database to another (SQLite ⇄ PostgreSQL), directly or through
// an export file. Tables are discovered from the migrated schema, written parents first (by
// foreign keys), values converted where the two dialects store them differently, and
// PostgreSQL sequences moved past the copied ids.
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import crypto from "node:crypto";
import knex, { type Knex } from "knex";
import { knexConfig, parseDatabaseUrl } from "~/db/config";
import { migrateLatest } from "../../migrations/index";

export class TransferError extends Error {
  constructor(
    readonly code: "target_not_empty" | "source_behind" | "schema_mismatch" | "bad_file",
    readonly params: Record<string, string> = {},
  ) {
    super(`${code} ${JSON.stringify(params)}`);
  }
}

type Kind = "sqlite" | "postgres";
type Column = { name: string; type: string };
export type TableInfo = { name: string; columns: Column[]; key: string[]; parents: string[] };
// The survey count tables (migration 008) and answer sets (013) are kept by triggers on the
// target as the answers and responses are written there: copying them too would count every
// answer twice.
const SKIP = new Set(["knex_migrations", "knex_migrations_lock", "survey_answer_counts", "survey_response_counts", "survey_answer_sets"]);
const kindOf = (k: Knex): Kind => (String(k.client.config.client) === "pg" ? "postgres" : "sqlite");

export function connect(url: string): Knex {
  const target = parseDatabaseUrl(url);
  if (target.kind === "sqlite") fs.mkdirSync(path.dirname(path.resolve(target.filename)), { recursive: true });
  return knex(knexConfig(target));
}

async function rawRows<T>(k: Knex, sql: string, bindings: readonly unknown[] = []): Promise<T[]> {
  const result = await k.raw(sql, bindings as Knex.RawBinding[]);
  return (kindOf(k) === "postgres" ? result.rows : result) as T[];
}

/** Every table of the schema with its columns, key and the tables it references. */
export async function describeTables(k: Knex): Promise<TableInfo[]> {
  const tables: TableInfo[] = [];
  if (kindOf(k) === "sqlite") {
    const names = await rawRows<{ name: string }>(k, "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name");
    for (const { name } of names.filter((n) => !SKIP.has(n.name))) {
      const cols = await rawRows<{ name: string; type: string; pk: number }>(k, `PRAGMA table_info("${name}")`);
      const fks = await rawRows<{ table: string }>(k, `PRAGMA foreign_key_list("${name}")`);
      const key = cols.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
      tables.push({ name, columns: cols.map((c) => ({ name: c.name, type: c.type.toLowerCase() })), key, parents: [...new Set(fks.map((f) => f.table))] });
    }
  } else {
    const s = "current_schema()";
    const names = await rawRows<{ table_name: string }>(k, `select table_name from information_schema.tables where table_schema = ${s} and table_type = 'BASE TABLE' order by table_name`);
    const cols = await rawRows<{ table_name: string; column_name: string; data_type: string }>(k, `select table_name, column_name, data_type from information_schema.columns where table_schema = ${s} order by table_name, ordinal_position`);
    const keys = await rawRows<{ table_name: string; column_name: string }>(
      k,
      `select kcu.table_name, kcu.column_name from information_schema.table_constraints tc join information_schema.key_column_usage kcu on kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema where tc.constraint_type = 'PRIMARY KEY' and tc.table_schema = ${s} order by kcu.ordinal_position`,
    );
    const fks = await rawRows<{ child: string; parent: string }>(
      k,
      `select tc.table_name as child, ccu.table_name as parent from information_schema.table_constraints tc join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name and ccu.table_schema = tc.table_schema where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = ${s}`,
    );
    for (const { table_name: name } of names.filter((n) => !SKIP.has(n.table_name))) {
      tables.push({
        name,
        columns: cols.filter((c) => c.table_name === name).map((c) => ({ name: c.column_name, type: c.data_type.toLowerCase() })),
        key: keys.filter((c) => c.table_name === name).map((c) => c.column_name),
        parents: [...new Set(fks.filter((f) => f.child === name).map((f) => f.parent))],
      });
    }
  }
  return parentsFirst(tables);
}

/** Topological order: a table comes after every table it references (self-references aside). */
export function parentsFirst(tables: TableInfo[]): TableInfo[] {
  const done = new Set<string>();
  const out: TableInfo[] = [];
  let left = [...tables];
  while (left.length) {
    const ready = left.filter((t) => t.parents.every((p) => p === t.name || done.has(p) || !tables.some((x) => x.name === p)));
    const next = ready.length ? ready : [left[0]!]; // a cycle: go on in name order
    for (const t of next) {
      done.add(t.name);
      out.push(t);
    }
    left = left.filter((t) => !done.has(t.name));
  }
  return out;
}

const isTimestamp = (type: string) => type.startsWith("timestamp") || type === "datetime" || type === "date";
const isBoolean = (type: string) => type === "boolean";

/** A value as the target stores it. SQLite keeps CURRENT_TIMESTAMP as UTC text without a zone. */
function convert(value: unknown, targetType: string, target: Kind): unknown {
  if (value === null || value === undefined) return null;
  if (target === "postgres") {
    if (isBoolean(targetType)) return value === true || value === 1 || value === "1" || value === "true";
    if (isTimestamp(targetType)) {
      if (typeof value === "number") return new Date(value);
      if (typeof value === "string" && /^\d{4}-\d\d-\d\d \d\d:\d\d(:\d\d(\.\d+)?)?$/.test(value)) return `${value.replace(" ", "T")}Z`;
    }
    return value;
  }
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

/** Reads a table in key order, a page at a time, so a large table never sits in memory whole. */
async function* readTable(k: Knex, table: TableInfo, page = 1000): AsyncGenerator<Record<string, unknown>[]> {
  const order = table.key.length ? table.key : table.columns.map((c) => c.name);
  // Byte order for text on PostgreSQL too (as SQLite sorts), whatever the database's collation,
  // so that checksums of the same rows agree.
  const isText = (name: string) => /char|text/.test(table.columns.find((c) => c.name === name)?.type ?? "");
  const orderSql = order.map((c) => (kindOf(k) === "postgres" && isText(c) ? `"${c}" COLLATE "C"` : `"${c}"`)).join(", ");
  for (let offset = 0; ; offset += page) {
    const rows = (await k(table.name).select(table.columns.map((c) => c.name)).orderByRaw(orderSql).limit(page).offset(offset)) as Record<string, unknown>[];
    if (rows.length) yield rows;
    if (rows.length < page) return;
  }
}

type Writer = { write(table: string, rows: Record<string, unknown>[]): Promise<void>; tables: Map<string, TableInfo> };

/** Migrates the target, checks it matches the source's schema and holds no data yet. */
async function openTarget(target: Knex, sourceTables: Pick<TableInfo, "name" | "columns">[], sourceMigrations: string[]): Promise<Map<string, TableInfo>> {
  await migrateLatest(target);
  const applied = (await target("knex_migrations").select("name")).map((r: { name: string }) => r.name);
  const behind = applied.filter((m: string) => !sourceMigrations.includes(m));
  if (behind.length) throw new TransferError("source_behind", { migrations: behind.join(", ") });
  const tables = new Map((await describeTables(target)).map((t) => [t.name, t]));
  for (const s of sourceTables) {
    const t = tables.get(s.name);
    const missing = s.columns.filter((c) => !t?.columns.some((x) => x.name === c.name)).map((c) => `${s.name}.${c.name}`);
    if (missing.length) throw new TransferError("schema_mismatch", { columns: missing.join(", ") });
  }
  for (const name of ["users", "municipalities"]) {
    const row = await target(name).count({ n: "*" }).first();
    if (Number(row?.n ?? 0) > 0) throw new TransferError("target_not_empty", { table: name });
  }
  return tables;
}

function writerFor(trx: Knex.Transaction, tables: Map<string, TableInfo>, kind: Kind): Writer {
  return {
    tables,
    async write(name, rows) {
      const table = tables.get(name)!;
      const types = new Map(table.columns.map((c) => [c.name, c.type]));
      const converted = rows.map((r) => Object.fromEntries(Object.entries(r).map(([c, v]) => [c, convert(v, types.get(c) ?? "", kind)])));
      // SQLite allows 500 terms in the compound SELECT knex makes of a multi-row insert.
      const chunk = Math.max(1, Math.min(400, Math.floor(5000 / Math.max(1, table.columns.length))));
      for (let i = 0; i < converted.length; i += chunk) await trx(name).insert(converted.slice(i, i + chunk));
    },
  };
}

/** Moves every PostgreSQL serial sequence past the largest id copied. */
async function resetSequences(trx: Knex.Transaction) {
  const serials = await rawRows<{ table_name: string; column_name: string }>(
    trx,
    "select table_name, column_name from information_schema.columns where table_schema = current_schema() and column_default like 'nextval(%'",
  );
  for (const s of serials) {
    await trx.raw(`select setval(pg_get_serial_sequence(?, ?), coalesce((select max("${s.column_name}") from "${s.table_name}"), 0) + 1, false)`, [`"${s.table_name}"`, s.column_name]);
  }
}

async function intoTarget(targetUrl: string, source: { tables: Pick<TableInfo, "name" | "columns">[]; migrations: string[] }, fill: (w: Writer) => Promise<void>) {
  const target = connect(targetUrl);
  try {
    const tables = await openTarget(target, source.tables, source.migrations);
    const kind = kindOf(target);
    await target.transaction(async (trx) => {
      // Rows the migrations themselves made are replaced by the source's.
      for (const t of [...tables.values()].reverse()) await trx(t.name).delete();
      await fill(writerFor(trx, tables, kind));
      if (kind === "postgres") await resetSequences(trx);
    });
  } finally {
    await target.destroy();
  }
}

export type TransferSummary = { tables: Array<{ name: string; rows: number }> };
type Progress = (table: string, rows: number) => void;

const migrationsOf = async (k: Knex) => (await k("knex_migrations").orderBy("id").select("name")).map((r: { name: string }) => r.name);

/** Copies every table of `source` into the (fresh) database at `targetUrl`. */
export async function copyDatabase({ source, targetUrl, onProgress }: { source: Knex; targetUrl: string; onProgress?: Progress }): Promise<TransferSummary> {
  const tables = await describeTables(source);
  const summary: TransferSummary = { tables: [] };
  await intoTarget(targetUrl, { tables, migrations: await migrationsOf(source) }, async (w) => {
    for (const t of tables) {
      let count = 0;
      for await (const rows of readTable(source, t)) {
        await w.write(t.name, rows);
        count += rows.length;
        onProgress?.(t.name, count);
      }
      summary.tables.push({ name: t.name, rows: count });
    }
  });
  return summary;
}

const FORMAT = "vagval-export";

/** Writes every table to a file of JSON lines: a header, then per table its columns and rows. */
export async function exportDatabase({ source, out, onProgress }: { source: Knex; out: string; onProgress?: Progress }): Promise<TransferSummary> {
  const tables = await describeTables(source);
  const file = path.resolve(out);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const stream = fs.createWriteStream(file, { encoding: "utf8", mode: 0o600 });
  const write = (text: string) => new Promise<void>((resolve, reject) => stream.write(text, (e) => (e ? reject(e) : resolve())));
  const line = (v: unknown) => write(`${JSON.stringify(v)}\n`);
  const summary: TransferSummary = { tables: [] };
  await line({ format: FORMAT, version: 1, dialect: kindOf(source), migrations: await migrationsOf(source), exportedAt: new Date().toISOString() });
  for (const t of tables) {
    await line({ table: t.name, columns: t.columns });
    let count = 0;
    for await (const rows of readTable(source, t)) {
      const values = (r: Record<string, unknown>) => t.columns.map((c) => (r[c.name] instanceof Date ? (r[c.name] as Date).toISOString() : r[c.name]));
      await write(rows.map((r) => `${JSON.stringify({ r: values(r) })}\n`).join(""));
      count += rows.length;
      onProgress?.(t.name, count);
    }
    summary.tables.push({ name: t.name, rows: count });
  }
  await new Promise<void>((resolve, reject) => stream.end((e?: Error | null) => (e ? reject(e) : resolve())));
  return summary;
}

/** Reads an export file into the (fresh) database at `targetUrl`. */
export async function importDatabase({ file, targetUrl, onProgress }: { file: string; targetUrl: string; onProgress?: Progress }): Promise<TransferSummary> {
  const source = path.resolve(file);
  if (!fs.existsSync(source)) throw new TransferError("bad_file", { file: source });
  const lines = readline.createInterface({ input: fs.createReadStream(source, "utf8"), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  let header: { format?: string; migrations?: string[] } | undefined;
  try {
    header = first.done ? undefined : (JSON.parse(first.value) as typeof header);
  } catch {
    header = undefined;
  }
  if (header?.format !== FORMAT || !Array.isArray(header.migrations)) throw new TransferError("bad_file", { file: source });
  // Table headers are needed up front for the schema check: a first quick pass collects them.
  const described: Array<Pick<TableInfo, "name" | "columns">> = [];
  for await (const text of readline.createInterface({ input: fs.createReadStream(source, "utf8"), crlfDelay: Infinity })) {
    if (!text.startsWith('{"table":')) continue;
    const h = JSON.parse(text) as { table: string; columns: Column[] };
    described.push({ name: h.table, columns: h.columns });
  }
  const summary: TransferSummary = { tables: [] };
  await intoTarget(targetUrl, { tables: described, migrations: header.migrations }, async (w) => {
    let current: { name: string; columns: Column[]; rows: Record<string, unknown>[]; count: number } | undefined;
    const flush = async () => {
      if (!current?.rows.length) return;
      await w.write(current.name, current.rows);
      current.count += current.rows.length;
      current.rows = [];
      onProgress?.(current.name, current.count);
    };
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      const item = JSON.parse(next.value) as { table?: string; columns?: Column[]; r?: unknown[] };
      if (item.table) {
        await flush();
        if (current) summary.tables.push({ name: current.name, rows: current.count });
        current = { name: item.table, columns: item.columns ?? [], rows: [], count: 0 };
      } else if (item.r && current) {
        current.rows.push(Object.fromEntries(current.columns.map((c, i) => [c.name, item.r![i] ?? null])));
        if (current.rows.length >= 1000) await flush();
      }
    }
    await flush();
    if (current) summary.tables.push({ name: current.name, rows: current.count });
  });
  return summary;
}

/** Per table: the row count and a SHA-256 of its rows in key order, in a dialect-free form. */
export async function tableChecksums(k: Knex): Promise<Record<string, { rows: number; sha256: string }>> {
  const out: Record<string, { rows: number; sha256: string }> = {};
  for (const t of await describeTables(k)) {
    const hash = crypto.createHash("sha256");
    let rows = 0;
    for await (const page of readTable(k, t)) {
      for (const r of page) {
        const values = t.columns.map((c) => canonical(r[c.name], c.type));
        hash.update(`${JSON.stringify(values)}\n`);
        rows += 1;
      }
    }
    out[t.name] = { rows, sha256: hash.digest("hex") };
  }
  return out;
}

function canonical(value: unknown, type: string): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof Date) return value.getTime();
  if (isTimestamp(type) && typeof value === "string") return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(" ", "T")}Z`).getTime();
  if (isBoolean(type)) return Number(value);
  return value;
}
