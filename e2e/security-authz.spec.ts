/**
 * T02–T05 on a production build: every state-changing endpoint and Server Action, read from the
 * build's manifests (and Better Auth's endpoint table), called as anonymous, viewer, editor and
 * admin; from foreign origins; and through the requests that have bypassed Next.js proxies before.
 * Every denied call must leave the database byte-for-byte as it was (lib/security/db-checksum.ts).
 * The server is this file's own (scripts/security/isolated-server.ts), so no other test writes to it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { ACTION_ROLES, CALLERS, MUTATING_METHODS, actionKey, apiWriteRoles, authEndpointAccess, type Caller } from "@/lib/security/access-policy";
import { changedTables, dbChecksum, type DbChecksum } from "@/lib/security/db-checksum";
import { startIsolatedServer, type IsolatedServer } from "@/lib/security/isolated-server";
import type { IsolatedServerInfo } from "@/lib/security/isolated-server-info";
import { BYPASS_VARIANTS, actionResult, formData, notARefusal, send, type Call, type OriginMode, type Sent } from "@/lib/security/matrix-kit";
import { readAppRoutes, readSampleIds, readServerActions, samplePath, type ServerAction } from "@/lib/security/route-inventory";

test.describe.configure({ mode: "serial" });

/** One state-changing thing a caller can ask for, with the roles documented to be allowed. */
interface Target {
  label: string;
  kind: "api" | "auth" | "action";
  allowed: readonly Caller[];
  /** A request that would succeed for an allowed caller, built against the current state. */
  build(): Promise<Call>;
  /** Whether access-policy.ts documents who may call it. */
  known: boolean;
  /** Whether `build` makes a request that succeeds; else (a placeholder body) success means "got past the role check". */
  validBody: boolean;
  /** The route also answers GET (a read), as its Allow header says. */
  hasRead?: boolean;
  /** Self-service auth endpoints: only anonymous and cross-site calls are checked. */
  selfService?: boolean;
  /** The session to use for a caller (e.g. a spare one for sign-out), if not the role's main cookie. */
  cookieFor?(caller: Caller): string | undefined;
  /** Called after an allowed call succeeded, so that the next build uses fresh state. */
  consumed?(caller: Caller): void;
}

let server: IsolatedServer;
let info: IsolatedServerInfo;
let base: string;
let buildId: string;
const targets: Target[] = [];
const counts = { calls: 0, denied: 0, allowed: 0, checksums: 0 };

function db() {
  return new Database(info.dbFile, { readonly: true, fileMustExist: true });
}
function row<T>(sql: string, ...params: unknown[]): T | undefined {
  const handle = db();
  try {
    return handle.prepare(sql).get(...params) as T | undefined;
  } finally {
    handle.close();
  }
}
function checksum(): DbChecksum {
  counts.checksums += 1;
  return dbChecksum(info.dbFile);
}
/** The state after the last call; dropped when a preparation step writes. */
let lastState: DbChecksum | undefined;

const COLLECTIONS: Record<string, { table: string; change: (snapshot: Record<string, unknown>, n: number) => Record<string, unknown> }> = {
  rounds: { table: "Round", change: (s, n) => ({ ...s, note: `Security matrix edit ${n}` }) },
  "tariff-measures": { table: "TariffMeasure", change: (s, n) => ({ ...s, note: `Security matrix edit ${n}` }) },
  milestones: { table: "Milestone", change: (s, n) => ({ ...s, title: `Security matrix edit ${n}` }) },
  negotiations: { table: "Negotiation", change: (s, n) => ({ ...s, summary: `Security matrix edit ${n}` }) },
  people: { table: "Person", change: (s, n) => ({ ...s, title: `Security matrix edit ${n}` }) },
};
let counter = 0;
const reason = "Security matrix check";

async function adminSend(call: Call): Promise<Sent> {
  lastState = undefined;
  const result = await send(base, call, { cookie: info.cookies.admin });
  expect(result.status, `preparation ${call.method} ${call.path}: ${result.text.slice(0, 200)}`).toBeLessThan(300);
  return result;
}

async function snapshot(collection: string, id: string): Promise<Record<string, unknown>> {
  const response = await send(base, { method: "GET", path: `/api/v1/${collection}/${id}` });
  expect(response.status).toBe(200);
  return JSON.parse(response.text) as Record<string, unknown>;
}

function liveId(table: string): string {
  return row<{ id: string }>(`SELECT id FROM "${table}" WHERE deletedAt IS NULL ORDER BY createdAt DESC, id LIMIT 1`)!.id;
}

/** A live record a delete may take: negotiations and people still in use refuse it, so those are made fresh. */
async function deletableId(collection: string, table: string): Promise<string> {
  const create = collection === "negotiations" || collection === "people" ? apiBuilder("POST", `/api/v1/${collection}`) : null;
  if (!create) return liveId(table);
  return (JSON.parse((await adminSend(await create())).text) as { id: string }).id;
}

/** A valid request for an API write, or null for a route this file does not know yet. */
function apiBuilder(method: string, pattern: string): (() => Promise<Call>) | null {
  const url = `https://example.org/security-matrix`;
  const date = { dateStart: "2025-07-01", dateEnd: null, datePrecision: "day" };
  const [, , , collection, param, action] = pattern.split("/");
  if (method === "POST" && pattern === "/api/v1/rounds") {
    return async () => ({
      method,
      path: pattern,
      json: {
        negotiationId: row<{ id: string }>(`SELECT id FROM "Negotiation" WHERE deletedAt IS NULL ORDER BY id LIMIT 1`)!.id,
        number: null,
        level: "working",
        status: "planned",
        date,
        citations: [{ url }],
      },
    });
  }
  if (method === "POST" && pattern === "/api/v1/tariff-measures") {
    return async () => ({
      method,
      path: pattern,
      json: { imposerCode: "USA", targetCode: "JPN", sector: "steel", rate: 12.5, kind: "sectoral", status: "threatened", stacking: "adds", citations: [{ url }] },
    });
  }
  if (method === "POST" && pattern === "/api/v1/articles") {
    return async () => ({
      method,
      path: pattern,
      json: { text: `Security matrix article ${++counter}: negotiators met in Washington on 2 June 2025.`, publisher: "Matrix", publishedAt: "2025-06-03T10:00:00Z", timeZone: "UTC" },
    });
  }
  if (method === "POST" && pattern === "/api/v1/negotiations") {
    return async () => {
      const n = ++counter;
      return { method, path: pattern, json: { slug: `security-matrix-${n}`, title: `Security matrix ${n}`, status: "active", parties: ["USA", "GBR"], citations: [{ url }] } };
    };
  }
  if (method === "POST" && pattern === "/api/v1/people") {
    return async () => ({ method, path: pattern, json: { name: `Matrix Person ${++counter}`, countryCode: "GBR", citations: [{ url }] } });
  }
  if (method === "POST" && pattern === "/api/v1/milestones") {
    return async () => ({ method, path: pattern, json: { date, kind: "announcement", title: "Security matrix milestone", citations: [{ url }] } });
  }
  const kind = COLLECTIONS[collection];
  if (kind && param === "[id]" && !action && method === "PUT") {
    return async () => {
      const id = liveId(kind.table);
      const { id: _id, version, deletedAt: _deleted, ...rest } = await snapshot(collection, id);
      return { method, path: `/api/v1/${collection}/${id}`, json: { ...kind.change(rest, ++counter), baseVersion: version, reason } };
    };
  }
  if (kind && param === "[id]" && !action && method === "DELETE") {
    return async () => {
      const id = await deletableId(collection, kind.table);
      const { version } = await snapshot(collection, id);
      return { method, path: `/api/v1/${collection}/${id}`, json: { baseVersion: version, reason } };
    };
  }
  if (kind && param === "[id]" && action === "restore" && method === "POST") {
    return async () => {
      let deleted = row<{ id: string }>(`SELECT id FROM "${kind.table}" WHERE deletedAt IS NOT NULL ORDER BY id LIMIT 1`)?.id;
      if (!deleted) {
        deleted = await deletableId(collection, kind.table);
        const { version } = await snapshot(collection, deleted);
        await adminSend({ method: "DELETE", path: `/api/v1/${collection}/${deleted}`, json: { baseVersion: version, reason } });
      }
      const { version } = await snapshot(collection, deleted);
      return { method, path: `/api/v1/${collection}/${deleted}/restore`, json: { baseVersion: version, reason } };
    };
  }
  if (pattern === "/api/v1/revisions/[id]/revert" && method === "POST") {
    return async () => {
      const revision = row<{ id: string; entityId: string }>(
        `SELECT v.id, v.entityId FROM "Revision" v JOIN "Round" r ON r.id = v.entityId
         WHERE v.entityType = 'round' AND v.action IN ('create', 'update') AND r.deletedAt IS NULL ORDER BY v.id LIMIT 1`,
      )!;
      const { version } = await snapshot("rounds", revision.entityId);
      return { method, path: `/api/v1/revisions/${revision.id}/revert`, json: { baseVersion: version, reason } };
    };
  }
  return null;
}

/** Subjects (viewer accounts with a session) handed out one at a time to calls that use one up. */
class SubjectPool {
  private next = 0;
  current() {
    const subject = info.subjects[this.next];
    if (!subject) throw new Error("The isolated server ran out of subject accounts; raise --subjects");
    return subject;
  }
  consume() {
    this.next += 1;
  }
}
const pool = new SubjectPool();
const strongPassword = () => `Matrix-${Date.now().toString(36)}-${(++counter).toString(36)}-phrase`;
let roleToggle = 0;
const nextRole = () => (++roleToggle % 2 ? "editor" : "viewer");

/** A valid request for a Better Auth admin endpoint, consuming a subject where the call uses one up. */
function authAdminBuilder(path: string, method: string): { build: () => Promise<Call>; usesSubject: boolean } | null {
  const at = `/api/auth${path}`;
  const post = (json: unknown): Call => ({ method: "POST", path: at, json });
  const target = () => info.users.target!.id;
  switch (path) {
    case "/admin/set-role":
      return { build: async () => post({ userId: target(), role: nextRole() }), usesSubject: false };
    case "/admin/get-user":
      return { build: async () => ({ method: "GET", path: `${at}?id=${target()}` }), usesSubject: false };
    case "/admin/list-users":
      return { build: async () => ({ method: "GET", path: at }), usesSubject: false };
    case "/admin/create-user":
      return {
        build: async () => post({ email: `created-${++counter}-${Date.now()}@security.test`, password: strongPassword(), name: "Created", role: "viewer" }),
        usesSubject: false,
      };
    case "/admin/update-user":
      return { build: async () => post({ userId: target(), data: { name: `target ${info.marker} ${++counter}` } }), usesSubject: false };
    case "/admin/list-user-sessions":
      return { build: async () => post({ userId: target() }), usesSubject: false };
    case "/admin/unban-user":
      return { build: async () => post({ userId: target() }), usesSubject: false };
    case "/admin/ban-user":
      return { build: async () => post({ userId: pool.current().id, banReason: "security matrix" }), usesSubject: true };
    case "/admin/revoke-user-session":
      return { build: async () => post({ sessionToken: pool.current().sessionToken }), usesSubject: true };
    case "/admin/revoke-user-sessions":
      return { build: async () => post({ userId: pool.current().id }), usesSubject: true };
    case "/admin/remove-user":
      return { build: async () => post({ userId: pool.current().id }), usesSubject: true };
    case "/admin/set-user-password":
      return { build: async () => post({ userId: target(), newPassword: strongPassword() }), usesSubject: false };
    case "/admin/impersonate-user":
      return { build: async () => post({ userId: target() }), usesSubject: false };
    case "/admin/stop-impersonating":
      return { build: async () => post({}), usesSubject: false };
    case "/admin/has-permission":
      return { build: async () => post({ permissions: { user: ["list"] } }), usesSubject: false };
    default:
      return method === "GET" ? null : null;
  }
}

const IDLE = { status: "idle", message: "" };

function actionBuilder(action: ServerAction, pagePath: string): { build: () => Promise<Call>; usesSubject: boolean } | null {
  const call = (args: unknown[]): Call => ({ method: "POST", path: pagePath, action: { id: action.id, args } });
  switch (actionKey(action)) {
    case "app/(auth)/actions.ts#signOutAction":
      return { build: async () => call([]), usesSubject: false };
    case "app/(editor)/admin/users/actions.ts#setRoleAction":
      return { build: async () => call([IDLE, formData({ userId: info.users.target!.id, role: nextRole() })]), usesSubject: false };
    case "app/(editor)/admin/users/actions.ts#banUserAction":
      return { build: async () => call([IDLE, formData({ userId: pool.current().id, reason: "security matrix" })]), usesSubject: true };
    case "app/(editor)/admin/users/actions.ts#unbanUserAction":
      return { build: async () => call([IDLE, formData({ userId: info.users.target!.id })]), usesSubject: false };
    case "app/(editor)/admin/users/actions.ts#createAccountAction":
      return {
        build: async () =>
          call([IDLE, formData({ email: `action-${++counter}-${Date.now()}@security.test`, name: "Created by action", role: "viewer", password: strongPassword() })]),
        usesSubject: false,
      };
    default:
      return null;
  }
}

const spareUsed: Record<string, number> = { viewer: 0, editor: 0, admin: 0 };

test.beforeAll(async () => {
  test.setTimeout(180_000);
  server = await startIsolatedServer();
  info = server.info;
  base = info.baseURL;
  buildId = readFileSync(path.join(info.distDir, "BUILD_ID"), "utf8").trim();
  const ids = readSampleIds(info.dbFile);

  // Route handlers: the methods each one implements, as Next.js itself reports them (OPTIONS → Allow).
  for (const route of readAppRoutes(info.distDir).filter((r) => r.kind === "route")) {
    if (route.pattern === "/api/auth/[...all]") continue;
    const sample = samplePath(route.pattern, ids);
    const allow = (await send(base, { method: "OPTIONS", path: sample })).headers.get("allow") ?? "";
    const methods = allow.split(",").map((m) => m.trim().toUpperCase());
    for (const method of methods) {
      if (!(MUTATING_METHODS as readonly string[]).includes(method)) continue;
      const builder = apiBuilder(method, route.pattern);
      targets.push({
        label: `${method} ${route.pattern}`,
        kind: "api",
        allowed: apiWriteRoles(route.pattern) ?? [],
        known: apiWriteRoles(route.pattern) !== null,
        validBody: Boolean(builder),
        hasRead: methods.includes("GET"),
        build: builder ?? (async () => ({ method, path: sample, json: {} })),
      });
    }
  }
  // Better Auth: its endpoint table (the catch-all route serves all of them).
  for (const endpoint of info.authEndpoints) {
    const access = authEndpointAccess(endpoint.path);
    if (access.kind === "public" || endpoint.path.includes(":")) continue;
    for (const method of endpoint.methods) {
      const admin = access.kind === "roles";
      // Admin reads are protected data too; self-service reads change nothing.
      if (method === "GET" && !admin) continue;
      const builder = admin ? authAdminBuilder(endpoint.path, method) : null;
      const selfPath = `/api/auth${endpoint.path}`;
      targets.push({
        label: `${method} /api/auth${endpoint.path}`,
        kind: "auth",
        allowed: access.kind === "roles" ? access.roles : access.kind === "self" ? ["viewer", "editor", "admin"] : [],
        known: true,
        validBody: Boolean(builder),
        selfService: access.kind !== "roles",
        build: builder?.build ?? (async () => ({ method, path: selfPath, json: method === "GET" ? undefined : {} })),
        // Self-service calls may end or change the session they use: never the main ones.
        // (the last spare session; sign-out uses the first ones).
        cookieFor: access.kind === "roles" ? undefined : (caller) => (caller === "anonymous" ? undefined : info.spareCookies[caller as "viewer"].at(-1)),
        consumed: builder?.usesSubject ? () => pool.consume() : undefined,
      });
    }
  }
  // Server Actions: every id in the build's server-reference manifest.
  for (const action of readServerActions(info.distDir)) {
    const pagePath = samplePath(action.pages.find((p) => !p.includes("[")) ?? action.pages[0], ids);
    const builder = actionBuilder(action, pagePath);
    const roles = ACTION_ROLES[actionKey(action)];
    const signOut = actionKey(action).endsWith("#signOutAction");
    targets.push({
      label: `action ${actionKey(action)} (${action.id.slice(0, 8)}… via ${pagePath})`,
      kind: "action",
      allowed: roles ?? [],
      known: Boolean(roles),
      validBody: Boolean(builder),
      build: builder?.build ?? (async () => ({ method: "POST", path: pagePath, action: { id: action.id, args: [] } })),
      // Sign-out ends the session it is called with: each successful call gets a spare one.
      cookieFor: signOut ? (caller) => (caller === "anonymous" ? undefined : info.spareCookies[caller as "viewer"][spareUsed[caller]]) : undefined,
      consumed: signOut ? (caller) => (spareUsed[caller] += 1) : builder?.usesSubject ? () => pool.consume() : undefined,
    });
  }
});

test.afterAll(async () => {
  await server?.stop();
});

const cookieOf = (target: Target, caller: Caller) =>
  target.cookieFor ? target.cookieFor(caller) : caller === "anonymous" ? undefined : info.cookies[caller];

/** Whether a response means the call went through (or, without a valid body, got past the role check). */
function succeeded(target: Target, response: Sent, changed: boolean): boolean {
  if (!target.validBody) return ![401, 403].includes(response.status) && response.status < 500 && actionResult(response.text)?.status !== "error";
  if (target.kind === "action") {
    const result = actionResult(response.text);
    return result?.status === "ok" || (result === null && changed && response.status < 400);
  }
  return response.status >= 200 && response.status < 300;
}

interface Outcome {
  response: Sent;
  changed: string[];
}

/**
 * Better Auth's rate limit (database storage, some paths 3 per 10 s) would answer 429 before the
 * origin or role check runs; the limit has its own test (T10), so the matrix starts each auth call
 * with fresh counters. RateLimit is not part of the checksum (see db-checksum.ts).
 */
function resetRateLimits(): void {
  const handle = new Database(info.dbFile, { fileMustExist: true, timeout: 10_000 });
  try {
    handle.prepare(`DELETE FROM "RateLimit"`).run();
  } finally {
    handle.close();
  }
}

async function attempt(target: Target, caller: Caller, call: Call, origin: OriginMode = "same"): Promise<Outcome> {
  if (call.path.startsWith("/api/auth") || target.kind === "auth") resetRateLimits();
  const before = lastState ?? checksum();
  const response = await send(base, call, { cookie: cookieOf(target, caller), origin });
  counts.calls += 1;
  const after = checksum();
  lastState = after;
  return { response, changed: changedTables(before, after) };
}

/**
 * What a refusal may answer. Ours: 401 anonymous, 403 signed in. Better Auth validates a
 * self-service body before it looks for a session (400), signs out "nobody" with a 200 (there is
 * nothing to end), and refuses to stop an impersonation that is not happening with a 400. What
 * matters there is that nothing changed, which expectDenied checks for every call.
 */
function deniedStatuses(target: Target, caller: Caller): number[] {
  if (target.selfService) return target.label.endsWith("/sign-out") ? [200, 401] : [400, 401, 403, 404];
  if (target.label.endsWith("/admin/stop-impersonating") && caller !== "anonymous") return [400, 403];
  return caller === "anonymous" ? [401] : [403];
}

const failures: string[] = [];
const describe = (o: Outcome) => `${o.response.status} ${o.response.text.slice(0, 160).replace(/\s+/g, " ")}${o.changed.length ? ` [changed: ${o.changed.join(", ")}]` : ""}`;

function expectDenied(label: string, target: Target, outcome: Outcome, statuses: number[]): void {
  counts.denied += 1;
  const result = target.kind === "action" ? actionResult(outcome.response.text) : null;
  const statusOk = target.kind === "action" ? result?.status !== "ok" && outcome.response.status !== 500 : statuses.includes(outcome.response.status);
  if (outcome.changed.length || !statusOk) failures.push(`${label}: expected denial (${statuses.join("/")}), got ${describe(outcome)}`);
  if (outcome.response.text.includes(info.marker)) failures.push(`${label}: response leaks the protected marker`);
}

test("inventory: every state-changing endpoint and Server Action is documented in lib/security/access-policy.ts", () => {
  const lines = targets.map(
    (t) => `${t.kind.padEnd(6)} ${t.label}  → ${t.allowed.length ? t.allowed.join(", ") : "nobody"}${t.known ? "" : "  (UNDOCUMENTED)"}${t.validBody || t.selfService ? "" : "  (no sample body: role gate only)"}`,
  );
  console.log(`Mutating targets (${targets.length}):\n${lines.join("\n")}`);
  expect(targets.filter((t) => t.kind === "api").length).toBeGreaterThanOrEqual(13);
  expect(targets.filter((t) => t.kind === "action").length).toBeGreaterThanOrEqual(5);
  expect(targets.filter((t) => !t.known).map((t) => t.label)).toEqual([]);
});

test("T03/T04: each role gets exactly its documented access; denied calls change nothing", async () => {
  test.setTimeout(300_000);
  const before = failures.length;
  const table: string[] = [];
  for (const target of targets) {
    const cells: string[] = [];
    const callers = target.selfService ? (["anonymous"] as Caller[]) : CALLERS;
    for (const caller of callers) {
      const outcome = await attempt(target, caller, await target.build());
      const label = `${target.label} as ${caller}`;
      if (target.allowed.includes(caller)) {
        counts.allowed += 1;
        if (!succeeded(target, outcome.response, outcome.changed.length > 0)) failures.push(`${label}: expected success, got ${describe(outcome)}`);
        else target.consumed?.(caller);
      } else {
        expectDenied(label, target, outcome, deniedStatuses(target, caller));
      }
      cells.push(`${caller}=${outcome.response.status}${target.kind === "action" ? `/${actionResult(outcome.response.text)?.status ?? "-"}` : ""}${outcome.changed.length ? "*" : ""}`);
    }
    table.push(`${target.label}: ${cells.join(" ")}`);
  }
  console.log(`Role matrix (* = database changed):\n${table.join("\n")}`);
  expect(failures.slice(before)).toEqual([]);
});

test("T05: foreign, missing and null origins and GET-for-POST are refused; same-origin controls succeed", async () => {
  test.setTimeout(300_000);
  const before = failures.length;
  const modes: OriginMode[] = ["evil-origin", "no-origin-cross-site", "no-origin-no-fetch-metadata", "null-origin", "other-port"];
  let refused = 0;
  for (const target of targets) {
    // The most privileged caller allowed: only the origin check stands between it and success.
    const caller = (["admin", "editor", "viewer"] as const).find((c) => target.allowed.includes(c));
    // Cross-site reads are the browser's same-origin policy's business (no CORS headers here).
    if (!caller || target.label.startsWith("GET ")) continue;
    for (const mode of modes) {
      const outcome = await attempt(target, caller, await target.build(), mode);
      expectDenied(`${target.label} as ${caller}, ${mode}`, target, outcome, [403]);
      refused += 1;
    }
    const call = await target.build();
    if (call.method !== "GET") {
      const asGet = await attempt(target, caller, { ...call, method: "GET", json: undefined });
      // A route with its own GET (a read) answers it as a read: still nothing may change.
      const hasRead = Boolean(target.hasRead);
      const statuses = hasRead ? [200, 404] : target.kind === "auth" ? [404, 405] : [405];
      if (target.kind === "action") {
        if (asGet.changed.length || actionResult(asGet.response.text)?.status === "ok") failures.push(`${target.label} via GET ran: ${describe(asGet)}`);
      } else expectDenied(`${target.label} as ${caller}, GET instead of ${call.method}`, target, asGet, statuses);
      refused += 1;
    }
    if (target.selfService) continue;
    const control = await attempt(target, caller, await target.build(), "same");
    if (!succeeded(target, control.response, control.changed.length > 0)) failures.push(`${target.label} as ${caller}, same-origin control: ${describe(control)}`);
    else target.consumed?.(caller);
  }
  // Better Auth's own sign-in from a foreign page (T05's last line).
  const signIn: Call = { method: "POST", path: "/api/auth/sign-in/email", json: { email: info.users.viewer!.email, password: info.password } };
  for (const mode of ["evil-origin", "no-origin-cross-site", "null-origin"] as const) {
    resetRateLimits();
    const response = await send(base, signIn, { origin: mode });
    if (response.status !== 403 || response.headers.getSetCookie().some((c) => c.includes("session_token=") && !c.includes("session_token=;"))) {
      failures.push(`sign-in with ${mode}: ${response.status} ${response.text.slice(0, 120)}`);
    }
    refused += 1;
  }
  console.log(`T05: ${refused} cross-site or wrong-method calls refused`);
  expect(failures.slice(before)).toEqual([]);
});

test("T02: proxy-bypass requests never let anonymous or viewer callers write", async () => {
  test.setTimeout(600_000);
  const before = failures.length;
  let sent = 0;
  let skipped = 0;
  for (const target of targets) {
    const callers = (["anonymous", "viewer"] as const).filter((c) => !target.allowed.includes(c));
    for (const caller of callers) {
      for (const variant of BYPASS_VARIANTS) {
        const outcome = await attempt(target, caller, variant.apply(await target.build(), buildId));
        sent += 1;
        const label = `${target.label} as ${caller} with ${variant.name}`;
        // Next.js answers a request marked x-middleware-prefetch with "{}" and x-middleware-skip,
        // without running the route: nothing was executed.
        if (outcome.response.headers.get("x-middleware-skip") === "1" && outcome.response.text === "{}" && !outcome.changed.length) {
          skipped += 1;
          continue;
        }
        // Path variants may not reach the route at all (404/405/308): a refusal too.
        const statuses = [...deniedStatuses(target, caller), 400, 403, 404, 405, 307, 308];
        expectDenied(label, target, outcome, statuses);
        if (outcome.response.status >= 200 && outcome.response.status < 300 && target.kind !== "action" && !statuses.includes(outcome.response.status)) {
          failures.push(`${label}: answered ${outcome.response.status}`);
        }
      }
    }
  }
  console.log(`T02 writes: ${sent} requests (${BYPASS_VARIANTS.length} variants) refused with the database unchanged (${skipped} of them skipped by Next.js as prefetches)`);
  expect(failures.slice(before)).toEqual([]);
});

test("T02: admin and editor pages and admin data never reach callers without the role", async () => {
  test.setTimeout(300_000);
  const adminReads: Call[] = [
    { method: "GET", path: "/admin/users" },
    { method: "GET", path: "/api/auth/admin/list-users" },
    { method: "GET", path: `/api/auth/admin/get-user?id=${info.users.target!.id}` },
    { method: "POST", path: "/api/auth/admin/list-user-sessions", json: { userId: info.users.target!.id } },
  ];
  // Control: an admin does see the marker (account names), so its absence below means something.
  for (const call of adminReads.slice(0, 2)) {
    const response = await send(base, call, { cookie: info.cookies.admin });
    expect(response.text, `${call.path} as admin`).toContain(info.marker);
  }
  // Every page of the editor area, from the build: editors only (admin pages: admins only).
  const ids = readSampleIds(info.dbFile);
  const editorPages = readAppRoutes(info.distDir)
    .filter((route) => route.entry.startsWith("/(editor)/") && route.kind === "page" && route.pattern !== "/admin/users")
    .map((route): Call => ({ method: "GET", path: samplePath(route.pattern, ids) }));
  const reads: { call: Call; callers: readonly Caller[] }[] = [
    ...adminReads.map((call) => ({ call, callers: ["anonymous", "viewer", "editor"] as const })),
    ...editorPages.map((call) => ({ call, callers: ["anonymous", "viewer"] as const })),
  ];
  const problems: string[] = [];
  const statuses = new Map<string, number>();
  let sent = 0;
  for (const { call, callers } of reads) {
    for (const caller of callers) {
      for (const variant of BYPASS_VARIANTS) {
        const request = variant.apply(call, buildId);
        if (request.path.startsWith("/api/auth")) resetRateLimits();
        const response = await send(base, request, { cookie: caller === "anonymous" ? undefined : info.cookies[caller] });
        sent += 1;
        statuses.set(`${response.status}`, (statuses.get(`${response.status}`) ?? 0) + 1);
        const label = `${call.method} ${request.path} as ${caller} with ${variant.name}`;
        if (response.text.includes(info.marker)) problems.push(`${label}: marker leaked (${response.status})`);
        const why = notARefusal(request.path, response, buildId);
        if (why) problems.push(`${label}: ${why}`);
      }
    }
  }
  console.log(
    `T02 reads: ${sent} requests over ${adminReads.length} admin reads and ${editorPages.length} editor pages, statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
  );
  expect(problems).toEqual([]);
});

test("no privilege escalation through self-service profile updates", async () => {
  const viewer = info.users.viewer!;
  const before = checksum();
  const response = await send(base, { method: "POST", path: "/api/auth/update-user", json: { role: "admin", banned: false } }, { cookie: info.cookies.viewer });
  const role = row<{ role: string }>(`SELECT role FROM "User" WHERE id = ?`, viewer.id)?.role;
  expect(role, `update-user answered ${response.status} ${response.text.slice(0, 120)}`).toBe("viewer");
  expect(changedTables(before, checksum())).toEqual([]);
});

test.afterAll(() => {
  console.log(`Security matrix: ${counts.calls} calls (${counts.denied} expected denials, ${counts.allowed} allowed), ${counts.checksums} database checksums`);
});
