/**
 * A production server of its own for the security tests: a fresh seeded SQLite database in a
 * temporary folder, one signed-in account per role, marker strings planted in data that only admins
 * (accounts) or, with --require-login, only signed-in users (a record) may read, and `next start`
 * on a free port.
 * No other test writes to it, so a checksum of the database file tells whether a request changed it.
 *
 *   tsx scripts/security/isolated-server.ts --dist .next-e2e-sec [--require-login] [--subjects 16]
 *
 * Prints one line `READY <json>` (see IsolatedServerInfo) when the server answers, then runs until
 * SIGTERM/SIGINT, which stops the server and deletes the folder.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createAuth } from "../../lib/auth/create-auth";
import { SYSTEM_ACTOR } from "../../lib/domain/actor";
import { createMilestone } from "../../lib/domain/create-milestone";
import { openDatabase } from "../../lib/db/open";
import type { IsolatedServerInfo } from "../../lib/security/isolated-server-info";
import { seed } from "../../prisma/seed";
import { applyMigrations } from "../db/apply-migrations";

const { values } = parseArgs({
  options: { dist: { type: "string" }, "require-login": { type: "boolean" }, subjects: { type: "string" } },
});
const distDir = values.dist ?? process.env.E2E_DIST_DIR ?? ".next-e2e";
if (!existsSync(path.join(distDir, "BUILD_ID"))) {
  console.error(`No production build in ${distDir}; run: NEXT_DIST_DIR=${distDir} npx next build`);
  process.exit(1);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

const dir = mkdtempSync(path.join(tmpdir(), "tracker-security-"));
// A failure before the server is up leaves nothing behind.
process.on("uncaughtException", (error) => {
  console.error(error);
  rmSync(dir, { recursive: true, force: true });
  process.exit(1);
});
const dbFile = path.join(dir, "tracker.db");
const url = `file:${dbFile}`;
const secret = randomBytes(32).toString("base64url");
// Two markers: one in account names (admin-only data), one in a record (readers' data, protected
// only with REQUIRE_LOGIN=true), so that a public record never looks like an account leak.
const marker = `SECMARKER${randomBytes(6).toString("hex")}`;
const recordMarker = `SECRECORD${randomBytes(6).toString("hex")}`;
const password = `Sec-${randomBytes(9).toString("base64url")}-phrase`;

await applyMigrations(url);
const db = await openDatabase(url);
await seed(db);
// A record only signed-in readers may see when REQUIRE_LOGIN=true.
await createMilestone(
  { db, actor: SYSTEM_ACTOR },
  {
    externalKey: `security-${recordMarker}`,
    date: { dateStart: "2025-06-02", dateEnd: null, datePrecision: "day" },
    kind: "announcement",
    title: `Security marker ${recordMarker}`,
    citations: [{ url: "https://example.org/security-marker" }],
  },
);

// Same settings as the production server (next start sets NODE_ENV=production): __Secure- cookies.
const auth = createAuth(db, { secret, secureCookies: true, clientIp: {} }, { engine: "sqlite", logLevel: "off" });
async function signIn(email: string): Promise<string> {
  const { headers } = await auth.api.signInEmail({ body: { email, password }, returnHeaders: true });
  return headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
}
const roles = ["viewer", "editor", "admin"] as const;
const users: IsolatedServerInfo["users"] = {};
const cookies: IsolatedServerInfo["cookies"] = {};
const spareCookies: IsolatedServerInfo["spareCookies"] = { viewer: [], editor: [], admin: [] };
for (const role of roles) {
  const email = `${role}@security.test`;
  const { user } = await auth.api.createUser({ body: { email, name: `Security ${role}`, password, role } });
  users[role] = { id: user.id, email };
  cookies[role] = await signIn(email);
  // Further sessions of the same account, for tests that end a session (sign-out).
  for (let i = 0; i < 3; i++) spareCookies[role].push(await signIn(email));
}
// Viewer accounts with a session each, for admin calls that ban, delete or sign out an account.
const subjects: IsolatedServerInfo["subjects"] = [];
for (let i = 0; i < Number(values.subjects ?? 16); i++) {
  const email = `subject-${i}-${marker.toLowerCase()}@security.test`;
  const { user } = await auth.api.createUser({ body: { email, name: `Subject ${i} ${marker}`, password, role: "viewer" } });
  const cookie = await signIn(email);
  const token = decodeURIComponent(cookie.split("=")[1]).split(".")[0];
  subjects.push({ id: user.id, email, cookie, sessionToken: token });
}
// Accounts the admin calls act on; the marker in their names is admin-only data.
for (const name of ["target", "victim"] as const) {
  const email = `${name}-${marker.toLowerCase()}@security.test`;
  const { user } = await auth.api.createUser({ body: { email, name: `${name} ${marker}`, password, role: "viewer" } });
  users[name] = { id: user.id, email };
}
const authEndpoints = Object.values(auth.api as Record<string, { path?: string; options?: { method?: string | string[] } }>)
  .filter((endpoint) => endpoint.path)
  .map((endpoint) => ({
    path: endpoint.path!,
    methods: [endpoint.options?.method ?? "GET"].flat().map((m) => m.toUpperCase()),
  }));
await db.$disconnect();

const port = await freePort();
const requireLogin = values["require-login"] ? "true" : "false";
const server = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
  stdio: ["ignore", "inherit", "inherit"],
  env: {
    ...process.env,
    DATABASE_URL: url,
    NEXT_DIST_DIR: distDir,
    BETTER_AUTH_SECRET: secret,
    REQUIRE_LOGIN: requireLogin,
    // As a deployment sets it. Without it Better Auth trusts only the origin of the request URL
    // Next.js hands it, which names localhost whatever the Host header says.
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    BETTER_AUTH_URL: "",
  },
  detached: true,
});

let stopping = false;
function stop(code = 0): void {
  if (stopping) return;
  stopping = true;
  // The server runs in its own process group (npx → next): end the whole group, then clean up.
  try {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  } catch {
    // already gone
  }
  setTimeout(() => {
    rmSync(dir, { recursive: true, force: true });
    process.exit(code);
  }, 500);
}
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => stop());
server.on("exit", () => stop(stopping ? 0 : 1));

const baseURL = `http://127.0.0.1:${port}`;
const deadline = Date.now() + 60_000;
for (;;) {
  try {
    await fetch(`${baseURL}/api/auth/ok`);
    break;
  } catch {
    if (Date.now() > deadline) {
      console.error("The isolated server did not start within 60 s");
      stop(1);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
const info: IsolatedServerInfo = { baseURL, dbFile, distDir, marker, recordMarker, password, requireLogin: requireLogin === "true", users, cookies, spareCookies, subjects, authEndpoints };
console.log(`READY ${JSON.stringify(info)}`);
