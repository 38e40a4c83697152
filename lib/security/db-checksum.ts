/**
 * A checksum of everything an app request could change in a SQLite database, read through a
 * read-only connection (WAL mode lets it read while the server writes).
 */
import { createHash } from "node:crypto";
import Database from "better-sqlite3";

/**
 * Better Auth counts every /api/auth request in `RateLimit` (database storage), denied or not: a
 * counter of attempts, not data the request was allowed to change, so it is left out.
 */
export const CHECKSUM_EXCLUDED_TABLES = new Set(["RateLimit"]);

export interface DbChecksum {
  sha256: string;
  tables: Record<string, { rows: number; sha256: string }>;
}

function stable(value: unknown): unknown {
  if (Buffer.isBuffer(value)) return `hex:${value.toString("hex")}`;
  if (typeof value === "bigint") return `bigint:${value}`;
  return value;
}

export function dbChecksum(file: string): DbChecksum {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.defaultSafeIntegers(true);
    const names = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all() as { name: string }[];
    const whole = createHash("sha256");
    const tables: DbChecksum["tables"] = {};
    for (const { name } of names) {
      if (CHECKSUM_EXCLUDED_TABLES.has(name)) continue;
      const hash = createHash("sha256");
      let rows = 0;
      for (const row of db.prepare(`SELECT * FROM "${name.replaceAll('"', '""')}" ORDER BY rowid`).iterate()) {
        hash.update(JSON.stringify(Object.values(row as Record<string, unknown>).map(stable)));
        hash.update("\n");
        rows += 1;
      }
      tables[name] = { rows, sha256: hash.digest("hex") };
      whole.update(`${name}:${tables[name].sha256}\n`);
    }
    return { sha256: whole.digest("hex"), tables };
  } finally {
    db.close();
  }
}

/** The tables whose contents differ between two checksums, for a readable failure. */
export function changedTables(before: DbChecksum, after: DbChecksum): string[] {
  const names = new Set([...Object.keys(before.tables), ...Object.keys(after.tables)]);
  return [...names].filter((name) => before.tables[name]?.sha256 !== after.tables[name]?.sha256).sort();
}
