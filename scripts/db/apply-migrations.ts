/**
 * Applies committed migrations to a database, recording them in Prisma's `_prisma_migrations` table
 * (same columns as Prisma Migrate, so the history stays readable by Prisma's tools). Each migration
 * runs in its own transaction; a failure leaves the database at the previous migration.
 */
import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { engineOf, sqliteFilePath } from "../../lib/db/url";
import { listMigrations, type MigrationFile } from "./migration-files";

export interface ApplyResult {
  applied: string[];
  alreadyApplied: number;
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
}

function checkHistory(files: MigrationFile[], rows: AppliedRow[]): Set<string> {
  const done = new Set<string>();
  for (const row of rows) {
    const file = files.find((f) => f.name === row.migration_name);
    if (!row.finished_at) {
      throw new Error(`Migration ${row.migration_name} started but never finished; fix the database by hand.`);
    }
    if (file && file.checksum !== row.checksum) {
      throw new Error(`Migration ${row.migration_name} was edited after it was applied; add a new migration instead.`);
    }
    done.add(row.migration_name);
  }
  return done;
}

function applySqlite(url: string, files: MigrationFile[]): ApplyResult {
  const file = sqliteFilePath(url);
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file, { timeout: 10_000 });
  try {
    db.pragma("journal_mode = WAL");
    db.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME,
      "migration_name" TEXT NOT NULL, "logs" TEXT, "rolled_back_at" DATETIME,
      "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
      "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`);
    const applied: string[] = [];
    // BEGIN IMMEDIATE takes the write lock first, so two starting processes cannot both migrate.
    const run = db.transaction((migration: MigrationFile) => {
      const done = db.prepare(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = ?`).get(migration.name);
      if (done) return;
      db.exec(migration.sql);
      db.prepare(
        `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count)
         VALUES (?, ?, current_timestamp, ?, 1)`,
      ).run(randomUUID(), migration.checksum, migration.name);
      applied.push(migration.name);
    });
    const rows = db.prepare(`SELECT migration_name, checksum, finished_at FROM "_prisma_migrations"`).all() as AppliedRow[];
    const done = checkHistory(files, rows);
    for (const migration of files) if (!done.has(migration.name)) run.immediate(migration);
    return { applied, alreadyApplied: done.size };
  } finally {
    db.close();
  }
}

async function applyPostgres(url: string, files: MigrationFile[]): Promise<ApplyResult> {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get("schema") ?? "public";
  parsed.searchParams.delete("schema");
  const client = new pg.Client({ connectionString: parsed.toString() });
  await client.connect();
  try {
    // An advisory lock serializes concurrent starts of several app instances.
    await client.query("SELECT pg_advisory_lock(72810645)");
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema.replaceAll('"', '""')}"`);
    await client.query(`SET search_path TO "${schema.replaceAll('"', '""')}"`);
    await client.query(`CREATE TABLE IF NOT EXISTS _prisma_migrations (
      id VARCHAR(36) PRIMARY KEY NOT NULL, checksum VARCHAR(64) NOT NULL, finished_at TIMESTAMPTZ,
      migration_name VARCHAR(255) NOT NULL, logs TEXT, rolled_back_at TIMESTAMPTZ,
      started_at TIMESTAMPTZ NOT NULL DEFAULT now(), applied_steps_count INTEGER NOT NULL DEFAULT 0)`);
    const { rows } = await client.query<AppliedRow>("SELECT migration_name, checksum, finished_at FROM _prisma_migrations");
    const done = checkHistory(files, rows);
    const applied: string[] = [];
    for (const migration of files) {
      if (done.has(migration.name)) continue;
      await client.query("BEGIN");
      try {
        // Generated SQL starts with CREATE SCHEMA "public"; the search path decides where tables go.
        await client.query(migration.sql.replace(/^CREATE SCHEMA IF NOT EXISTS "public";$/m, ""));
        await client.query(
          `INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, applied_steps_count)
           VALUES ($1, $2, now(), $3, 1)`,
          [randomUUID(), migration.checksum, migration.name],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`Migration ${migration.name} failed: ${(error as Error).message}`);
      }
      applied.push(migration.name);
    }
    return { applied, alreadyApplied: done.size };
  } finally {
    await client.query("SELECT pg_advisory_unlock(72810645)").catch(() => undefined);
    await client.end();
  }
}

export async function applyMigrations(url: string): Promise<ApplyResult> {
  const engine = engineOf(url);
  const files = listMigrations(engine);
  if (files.length === 0) throw new Error(`No migrations found for ${engine}.`);
  return engine === "sqlite" ? applySqlite(url, files) : applyPostgres(url, files);
}
