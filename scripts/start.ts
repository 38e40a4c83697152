/**
 * `npm start`: prepares the database (migrations, then the demo data if it is missing), builds the
 * app when there is no build or the sources are newer than it, and serves it.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { openDatabase } from "../lib/db/open";
import { databaseUrl, engineOf } from "../lib/db/url";
import { seed } from "../prisma/seed";
import { applyMigrations } from "./db/apply-migrations";

const SOURCE_DIRS = ["app", "components", "lib", "public"];
const distDir = process.env.NEXT_DIST_DIR || ".next";

function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "generated") continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function needsBuild(): boolean {
  const buildId = path.join(distDir, "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return SOURCE_DIRS.some((dir) => newestMtime(dir) > built);
}

const url = databaseUrl();
const migrated = await applyMigrations(url);
console.log(`Database (${engineOf(url)}): ${migrated.applied.length} migration(s) applied`);
const db = await openDatabase(url);
if ((await db.negotiation.count()) === 0) {
  console.log("Loading the demo data…", await seed(db));
}
await db.$disconnect();

if (needsBuild()) {
  console.log("Building the app (first start or changed sources)…");
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.PORT ?? "3000";
const server = spawn("npx", ["next", "start", "-p", port], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
