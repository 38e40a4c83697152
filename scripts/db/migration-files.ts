import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Engine } from "../../lib/db/url";
import { migrationsDir, SNAPSHOT_FILE } from "./paths";

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
  snapshot: string | null;
}

/** The committed migrations of one engine, oldest first (folder names start with a timestamp). */
export function listMigrations(engine: Engine): MigrationFile[] {
  const dir = migrationsDir(engine);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      const snapshotPath = path.join(dir, name, SNAPSHOT_FILE);
      return {
        name,
        sql,
        checksum: createHash("sha256").update(sql).digest("hex"),
        snapshot: existsSync(snapshotPath) ? readFileSync(snapshotPath, "utf8") : null,
      };
    });
}
