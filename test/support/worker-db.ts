// Each test file gets its own database, made from the migrated base.
import fs from "node:fs";
import { afterAll, beforeAll, inject } from "vitest";
import { closeDatabase, useDatabase } from "~/db/client.server";
import { sqlitePath, urlForDatabase, withAdmin } from "./databases";

let cleanup: (() => Promise<void>) | undefined;

beforeAll(async () => {
  const base = inject("baseDatabase");
  const id = `${base.name}_f${process.pid}_${Math.floor(Math.random() * 1e9)}`;
  if (base.kind === "postgres") {
    await withAdmin((k) => k.raw(`CREATE DATABASE "${id}" TEMPLATE "${base.name}"`));
    await useDatabase(urlForDatabase(id));
    cleanup = async () => {
      await closeDatabase();
      await withAdmin((k) => k.raw(`DROP DATABASE IF EXISTS "${id}" WITH (FORCE)`));
    };
  } else {
    const file = sqlitePath(id);
    fs.copyFileSync(base.file!, file);
    await useDatabase(`file:${file}`);
    cleanup = async () => {
      await closeDatabase();
      for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
    };
  }
});

afterAll(async () => {
  await cleanup?.();
});
