import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresClient } from "../generated/postgres/client";
import { PrismaClient as SqliteClient } from "../generated/sqlite/client";
import { databaseUrl, engineOf, type Engine } from "./url";

/** Both generated clients come from the same models, so they share one API; SQLite's is the type. */
export type Db = SqliteClient;
export type { Prisma } from "../generated/sqlite/client";

// Waiting up to 10 s for a lock beats failing a user's save; see the SQLite notes in the guide.
const SQLITE_BUSY_TIMEOUT_MS = 10_000;

/** Opens a configured client for a URL; tests and scripts call this directly with their own URL. */
export async function openDatabase(url = databaseUrl()): Promise<Db> {
  const engine: Engine = engineOf(url);
  if (engine === "postgres") {
    const schema = new URL(url).searchParams.get("schema") ?? undefined;
    return new PostgresClient({ adapter: new PrismaPg({ connectionString: url }, { schema }) }) as unknown as Db;
  }
  const client = new SqliteClient({ adapter: new PrismaBetterSqlite3({ url, timeout: SQLITE_BUSY_TIMEOUT_MS }) });
  // WAL lets readers proceed during a write; FULL sync so a power cut never loses a committed edit.
  await client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await client.$executeRawUnsafe("PRAGMA synchronous = FULL");
  await client.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  return client;
}

export function engineOfDb(url = databaseUrl()): Engine {
  return engineOf(url);
}
