import "server-only";
import { getDb } from "../db/client";
import { databaseUrl, engineOf } from "../db/url";
import { createAuth, type Auth } from "./create-auth";
import { resolveAuthSecret } from "./secret";
import { authSettingsFromEnv } from "./settings";

/**
 * The app's one Better Auth instance. It is built over the app's one Prisma client (the SQLite
 * adapter holds a single connection), which opens asynchronously, hence a promise; kept on
 * globalThis like the client so route bundles and hot reloads share it.
 */
const globalForAuth = globalThis as unknown as { trackerAuth?: Promise<Auth> };

export function getAuth(): Promise<Auth> {
  globalForAuth.trackerAuth ??= getDb()
    .then((db) =>
      createAuth(db, { ...authSettingsFromEnv(), secret: resolveAuthSecret() }, { engine: engineOf(databaseUrl()) }),
    )
    .catch((error: unknown) => {
      globalForAuth.trackerAuth = undefined;
      throw error;
    });
  return globalForAuth.trackerAuth;
}
