/**
 * The server the browser tests run against: the production build (in .next-e2e) on a fresh
 * SQLite database loaded with the demo data, so every run starts from the same state.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { ACCOUNTS } from "../../e2e/fixtures/accounts";
import { createAuth } from "../../lib/auth/create-auth";
import { resolveAuthSecret } from "../../lib/auth/secret";
import { authSettingsFromEnv } from "../../lib/auth/settings";
import { openDatabase } from "../../lib/db/open";
import { seed } from "../../prisma/seed";
import { applyMigrations } from "../db/apply-migrations";
import { createUserAccount } from "../users/create-user-account";

// Separate build folders and ports let several checkouts or engineers run browser tests at once.
const distDir = process.env.E2E_DIST_DIR ?? ".next-e2e";
if (!existsSync(path.join(distDir, "BUILD_ID"))) {
  console.error(`No production build in ${distDir}; run: NEXT_DIST_DIR=${distDir} npx next build`);
  process.exit(1);
}

const port = process.env.E2E_PORT ?? "3100";
const dir = path.resolve(`.e2e-db-${port}`);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const url = `file:${path.join(dir, "tracker.db")}`;
await applyMigrations(url);
const db = await openDatabase(url);
await seed(db);
// One account per role (e2e/fixtures/accounts.ts), made the way `npm run user:create` makes them.
const auth = createAuth(db, { ...authSettingsFromEnv(), secret: resolveAuthSecret({ ...process.env, DATABASE_URL: url }) }, {
  engine: "sqlite",
  logLevel: "off",
});
for (const account of Object.values(ACCOUNTS)) await createUserAccount(auth, account);
await db.$disconnect();

const server = spawn("npx", ["next", "start", "-p", port, "-H", "127.0.0.1"], {
  stdio: "inherit",
  // Better Auth checks a sign-in's Origin against its base URL, which it cannot infer reliably here.
  env: { ...process.env, DATABASE_URL: url, NEXT_DIST_DIR: distDir, BETTER_AUTH_URL: process.env.BETTER_AUTH_URL ?? `http://127.0.0.1:${port}` },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
