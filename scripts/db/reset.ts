/**
 * `npm run db:reset`: deletes the database named by DATABASE_URL, migrates a fresh one and loads
 * the demo data. Stop the app first; it holds the SQLite file open.
 */
import { rmSync } from "node:fs";
import pg from "pg";
import { openDatabase } from "../../lib/db/open";
import { databaseUrl, engineOf, sqliteFilePath } from "../../lib/db/url";
import { seed } from "../../prisma/seed";
import { applyMigrations } from "./apply-migrations";

const url = databaseUrl();
if (engineOf(url) === "sqlite") {
  const file = sqliteFilePath(url);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
} else {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get("schema") ?? "public";
  parsed.searchParams.delete("schema");
  const client = new pg.Client({ connectionString: parsed.toString() });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS "${schema.replaceAll('"', '""')}" CASCADE`);
  await client.end();
}
await applyMigrations(url);
const db = await openDatabase(url);
const counts = await seed(db);
await db.$disconnect();
console.log(`Reset ${engineOf(url)} database and seeded:`, counts);
