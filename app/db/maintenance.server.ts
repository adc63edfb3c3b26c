import fs from "node:fs";
import path from "node:path";
import { db, dialect } from "./client.server";
import { parseDatabaseUrl } from "./config";
import { migrateLatest } from "../../migrations/index";

export const migrate = () => migrateLatest(db());

/** A consistent copy of a live SQLite database (VACUUM INTO runs in one read transaction). */
export async function backupSqlite(out: string) {
  const target = path.resolve(out);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  if (fs.existsSync(target)) fs.rmSync(target);
  await db().raw("VACUUM INTO ?", [target]);
  return target;
}

export async function integrityCheck(): Promise<string> {
  if (dialect() !== "sqlite") return "ok";
  const rows = (await db().raw("PRAGMA integrity_check")) as Array<{ integrity_check: string }>;
  return rows.map((r) => r.integrity_check).join("; ");
}

export function sqliteFilename(): string | undefined {
  const target = parseDatabaseUrl(process.env.DATABASE_URL);
  return target.kind === "sqlite" ? path.resolve(target.filename) : undefined;
}

export async function isEmpty(): Promise<boolean> {
  const row = await db()("municipalities").count<{ n: number | string }[]>({ n: "*" }).first();
  return Number(row?.n ?? 0) === 0;
}
