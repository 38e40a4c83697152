/**
 * Real databases for tests: a migrated SQLite file in a temporary folder, and, when
 * TEST_POSTGRES_URL is set, a fresh schema in that PostgreSQL database. Never a mock.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { openDatabase, type Db } from "../../lib/db/open";
import type { Engine } from "../../lib/db/url";
import { applyMigrations } from "../../scripts/db/apply-migrations";
import { MODELS_FILE } from "../../scripts/db/paths";
import { diffModels } from "../../scripts/db/schema-diff";

export interface TestDb {
  engine: Engine;
  url: string;
  /** PostgreSQL schema holding this database's tables. */
  schema?: string;
  db: Db;
  drop(): Promise<void>;
}

export const TEST_ENGINES: Engine[] = process.env.TEST_POSTGRES_URL ? ["sqlite", "postgres"] : ["sqlite"];

function uniqueName(): string {
  return `t_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}

interface Options {
  /** Build the tables straight from the models instead of replaying the migrations. */
  fromModelsOnly?: boolean;
}

async function createFromModels(url: string, engine: Engine, schema?: string): Promise<void> {
  const sql = await diffModels(engine, null, readFileSync(MODELS_FILE, "utf8"));
  if (engine === "sqlite") {
    const file = new Database(url.replace(/^file:/, ""));
    file.exec(sql);
    file.close();
    return;
  }
  const client = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URL });
  await client.connect();
  await client.query(`CREATE SCHEMA "${schema}"`);
  await client.query(`SET search_path TO "${schema}"`);
  await client.query(sql.replace(/^CREATE SCHEMA IF NOT EXISTS "public";$/m, ""));
  await client.end();
}

export async function createTestDb(engine: Engine, options: Options = {}): Promise<TestDb> {
  if (engine === "sqlite") {
    const dir = mkdtempSync(path.join(tmpdir(), "tracker-test-"));
    const url = `file:${path.join(dir, "test.db")}`;
    if (options.fromModelsOnly) await createFromModels(url, engine);
    else await applyMigrations(url);
    const db = await openDatabase(url);
    return {
      engine,
      url,
      db,
      drop: async () => {
        await db.$disconnect();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const base = process.env.TEST_POSTGRES_URL;
  if (!base) throw new Error("TEST_POSTGRES_URL is not set");
  const schema = uniqueName();
  const url = new URL(base);
  url.searchParams.set("schema", schema);
  if (options.fromModelsOnly) await createFromModels(url.toString(), engine, schema);
  else await applyMigrations(url.toString());
  const db = await openDatabase(url.toString());
  return {
    engine,
    schema,
    url: url.toString(),
    db,
    drop: async () => {
      await db.$disconnect();
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    },
  };
}
