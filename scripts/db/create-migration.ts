/**
 * `npm run db:migration:create -- <name>`: writes a new migration for both engines from the change
 * between the models of the last migration and prisma/models.prisma. Nothing is written when the
 * models are unchanged.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { listMigrations } from "./migration-files";
import { ENGINES, migrationsDir, MODELS_FILE, SNAPSHOT_FILE } from "./paths";
import { diffModels } from "./schema-diff";

const name = (process.argv[2] ?? "").toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
if (!name) {
  console.error("Usage: npm run db:migration:create -- <name>   (e.g. add_round_venue)");
  process.exit(2);
}

const models = readFileSync(MODELS_FILE, "utf8");
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
let written = 0;
for (const engine of ENGINES) {
  const previous = listMigrations(engine).at(-1)?.snapshot ?? null;
  const sql = await diffModels(engine, previous, models);
  if (!sql.trim()) {
    console.log(`${engine}: models unchanged, no migration written`);
    continue;
  }
  const dir = path.join(migrationsDir(engine), `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), sql);
  writeFileSync(path.join(dir, SNAPSHOT_FILE), models);
  writeFileSync(path.join(migrationsDir(engine), "migration_lock.toml"), `provider = "${engine === "sqlite" ? "sqlite" : "postgresql"}"\n`);
  console.log(`${engine}: wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
  written++;
}
if (written > 0) console.log("Review the SQL, then run: npm run db:migrate");
