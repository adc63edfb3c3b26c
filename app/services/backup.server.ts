import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { closeDatabase, dialect } from "~/db/client.server";
import { backupSqlite, sqliteFilename } from "~/db/maintenance.server";

export class BackupError extends Error {
  constructor(
    readonly code: "postgres_use_pg_dump" | "backup_not_found" | "backup_corrupt",
    readonly params: Record<string, string> = {},
  ) {
    super(code);
  }
}

export async function backup(out: string): Promise<string> {
  if (dialect() === "postgres") throw new BackupError("postgres_use_pg_dump");
  return backupSqlite(out);
}

/** Replaces the SQLite database with a backup after checking the backup is whole. */
export async function restore(from: string): Promise<string> {
  if (dialect() === "postgres") throw new BackupError("postgres_use_pg_dump");
  const source = path.resolve(from);
  if (!fs.existsSync(source)) throw new BackupError("backup_not_found", { file: source });
  const check = new Database(source, { readonly: true, fileMustExist: true });
  try {
    const result = check.pragma("integrity_check", { simple: true });
    if (result !== "ok") throw new BackupError("backup_corrupt", { file: source });
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError("backup_corrupt", { file: source });
  } finally {
    check.close();
  }
  const target = sqliteFilename()!;
  await closeDatabase();
  for (const suffix of ["-wal", "-shm"]) fs.rmSync(target + suffix, { force: true });
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(source, target);
  return target;
}
