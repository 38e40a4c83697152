/** `npm run db:migrate`: brings the database named by DATABASE_URL up to the latest migration. */
import { databaseUrl, engineOf } from "../../lib/db/url";
import { applyMigrations } from "./apply-migrations";

const url = databaseUrl();
try {
  const result = await applyMigrations(url);
  const names = result.applied.length ? result.applied.join(", ") : "none pending";
  console.log(`${engineOf(url)}: ${result.alreadyApplied} migration(s) already applied; applied now: ${names}`);
} catch (error) {
  console.error(`Migration failed: ${(error as Error).message}`);
  process.exit(1);
}
