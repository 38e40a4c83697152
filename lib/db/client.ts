import "server-only";
import { openDatabase, type Db } from "./open";

/**
 * The app's one Prisma client, kept on globalThis so hot reloads and route bundles share it: the
 * SQLite adapter holds a single connection, and two clients on one file can deadlock each other.
 */
const globalForDb = globalThis as unknown as { trackerDb?: Promise<Db> };

export function getDb(): Promise<Db> {
  globalForDb.trackerDb ??= openDatabase().catch((error: unknown) => {
    globalForDb.trackerDb = undefined;
    throw error;
  });
  return globalForDb.trackerDb;
}

export type { Db } from "./open";
