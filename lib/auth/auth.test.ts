/**
 * Better Auth as configured for the app, against a real database on each engine: session cookies
 * (T08), server-side session ends (T09), the sign-in rate limit (T10), password storage (T11),
 * no account enumeration (T12) and admin-only endpoints (T04). Requests go through the same handler
 * the app mounts at /api/auth, or through auth.api as server code calls it.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, TEST_ENGINES, type TestDb } from "../../prisma/testing/test-db";
import { errorResponse } from "../api/handler";
import { SYSTEM_ACTOR } from "../domain/actor";
import { upsertEconomy } from "../domain/upsert-economy";
import type { Auth } from "./create-auth";
import { authRequestHandler } from "./handler";
import { actorFor, addUser, authRequest, cookieHeader, PROD_ORIGIN, signIn, testAuth } from "./test-kit";

const PASSWORD = "correct horse battery";

describe.each(TEST_ENGINES)("accounts on %s", (engine) => {
  let t: TestDb;
  let auth: Auth;
  let handle: (request: Request) => Promise<Response>;
  let adminCookie: string;

  beforeAll(async () => {
    t = await createTestDb(engine);
    auth = testAuth(t.db, engine);
    handle = authRequestHandler(auth);
    await addUser(auth, "admin@example.org", "admin");
    adminCookie = await signIn(auth, "admin@example.org");
  });
  afterAll(async () => t?.drop());
  beforeEach(async () => {
    await t.db.rateLimit.deleteMany();
  });

  /** What a mutation replayed with this cookie answers: the domain's check, mapped as the API maps it. */
  async function mutationStatus(cookie: string): Promise<number> {
    const actor = await actorFor(auth, cookie);
    const code = Array.from({ length: 3 }, () => String.fromCharCode(65 + Math.floor(Math.random() * 26))).join("");
    try {
      await upsertEconomy({ db: t.db, actor }, { code, name: `Test ${code}`, kind: "country", aliases: [{ alias: `alias ${Math.random()}`, kind: "name" }] });
      return 200;
    } catch (error) {
      return errorResponse(error).status;
    }
  }

  describe("T08 session cookie", () => {
    it("is HttpOnly, Secure, SameSite=Lax, Path=/ with the __Secure- prefix in production, and fresh on login", async () => {
      const prod = testAuth(t.db, engine, { baseURL: PROD_ORIGIN, secureCookies: true });
      await addUser(prod, "cookie@example.org", "viewer");
      const preLogin = "__Secure-tracker.session_token=attacker-chosen-value";
      const response = await authRequestHandler(prod)(
        authRequest("/sign-in/email", { origin: PROD_ORIGIN, body: { email: "cookie@example.org", password: PASSWORD } }),
      );
      expect(response.status).toBe(200);
      const line = response.headers.getSetCookie().find((c) => c.startsWith("__Secure-tracker.session_token="));
      expect(line).toBeDefined();
      const attributes = line!.split(";").map((part) => part.trim().toLowerCase());
      expect(attributes).toEqual(expect.arrayContaining(["httponly", "secure", "samesite=lax", "path=/"]));
      const value = decodeURIComponent(line!.split(";")[0].split("=").slice(1).join("="));
      const token = value.split(".")[0];
      // 32 characters of [A-Za-z0-9]: about 190 bits, above the 128 the plan asks for.
      expect(token).toMatch(/^[A-Za-z0-9]{32,}$/);
      expect(line!.split(";")[0]).not.toBe(preLogin);
      expect(response.headers.getSetCookie().join("; ").length).toBeLessThan(4096);
    });

    it("has no Secure flag or prefix in development, so http://localhost works", async () => {
      await addUser(auth, "dev-cookie@example.org", "viewer");
      const { headers } = await auth.api.signInEmail({ body: { email: "dev-cookie@example.org", password: PASSWORD }, returnHeaders: true });
      const line = headers.getSetCookie().find((c) => c.startsWith("tracker.session_token="));
      expect(line?.toLowerCase()).not.toContain("secure");
      expect(line?.toLowerCase()).toContain("httponly");
    });
  });

  describe("T10 sign-in rate limit", () => {
    const attempt = (h: typeof handle, headers: Record<string, string> = {}) =>
      h(authRequest("/sign-in/email", { body: { email: "admin@example.org", password: "wrong password 123" }, headers }));

    async function tenAttempts(h: typeof handle, headersFor: (i: number) => Record<string, string>) {
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let i = 0; i < 10; i++) {
        const response = await attempt(h, headersFor(i));
        statuses.push(response.status);
        if (response.status === 429) retryAfter ??= response.headers.get("retry-after");
      }
      return { statuses, retryAfter };
    }

    it("(a) lets 3 attempts through in 10 s, then answers 429 with Retry-After", async () => {
      const { statuses, retryAfter } = await tenAttempts(handle, () => ({}));
      expect(statuses).toEqual([401, 401, 401, 429, 429, 429, 429, 429, 429, 429]);
      expect(Number(retryAfter)).toBeGreaterThan(0);
      expect(Number(retryAfter)).toBeLessThanOrEqual(10);
      const rows = await t.db.rateLimit.findMany();
      expect(rows.some((row) => row.key.endsWith("|/sign-in/email"))).toBe(true);
    });

    it("(b) is not reset by a different X-Forwarded-For on each attempt", async () => {
      const { statuses } = await tenAttempts(handle, (i) => ({ "x-forwarded-for": `198.51.100.${i + 1}` }));
      expect(statuses.filter((s) => s !== 429)).toHaveLength(3);
    });

    it("(b) behind a trusted proxy, reads the address the proxy appended, not the client's claim", async () => {
      const proxied = authRequestHandler(testAuth(t.db, engine, { clientIp: { trustedProxies: ["10.0.0.2"] } }));
      const { statuses } = await tenAttempts(proxied, (i) => ({ "x-forwarded-for": `198.51.100.${i + 1}, 203.0.113.9` }));
      expect(statuses.filter((s) => s !== 429)).toHaveLength(3);
      const keys = (await t.db.rateLimit.findMany()).map((row) => row.key);
      expect(keys).toContain("203.0.113.9|/sign-in/email");
    });

    it("keys clients apart by the header a proxy sets, when one is configured", async () => {
      const proxied = authRequestHandler(testAuth(t.db, engine, { clientIp: { header: "x-real-ip" } }));
      const { statuses } = await tenAttempts(proxied, (i) => ({ "x-real-ip": `203.0.113.${i + 1}` }));
      expect(statuses.every((s) => s === 401)).toBe(true);
    });

    it("holds across two app instances sharing the database", async () => {
      const other = authRequestHandler(testAuth(t.db, engine));
      const statuses = [];
      for (const h of [handle, other, handle, other]) statuses.push((await attempt(h)).status);
      expect(statuses).toEqual([401, 401, 401, 429]);
    });
  });

  describe("T11 password storage", () => {
    it("refuses passwords against the policy on every path that sets one", async () => {
      await expect(addUser(auth, "short@example.org", "viewer", "tr4de!x")).rejects.toMatchObject({ body: { code: "PASSWORD_POLICY" } });
      await expect(addUser(auth, "common@example.org", "viewer", "Password1234")).rejects.toMatchObject({ body: { code: "PASSWORD_POLICY" } });
      expect(await t.db.user.count({ where: { email: { in: ["short@example.org", "common@example.org"] } } })).toBe(0);

      await addUser(auth, "changer@example.org", "editor");
      const cookie = await signIn(auth, "changer@example.org");
      const change = await handle(
        authRequest("/change-password", { cookie, body: { currentPassword: PASSWORD, newPassword: "qwertyuiop123" } }),
      );
      expect(change.status).toBe(400);
      expect(await change.json()).toMatchObject({ code: "PASSWORD_POLICY" });
    });

    it("stores only scrypt hashes and verifies passwords exactly (no trimming, no case folding)", async () => {
      const passwords = ["gloriousmoth", "plum orbit canal ".repeat(4).slice(0, 64), "plum orbit canal ".repeat(8).slice(0, 128)];
      for (const [i, password] of passwords.entries()) await addUser(auth, `exact${i}@example.org`, "viewer", password);
      const accounts = await t.db.account.findMany({ where: { user: { email: { startsWith: "exact" } } } });
      expect(accounts).toHaveLength(3);
      for (const account of accounts) {
        expect(account.password).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/); // salt:scrypt key
        for (const password of passwords) expect(account.password).not.toContain(password);
      }
      await expect(signIn(auth, "exact0@example.org", "gloriousmoth")).resolves.toContain("tracker.session_token=");
      for (const variant of ["gloriousmoth ", " gloriousmoth", "GloriousMoth", "GLORIOUSMOTH"]) {
        await expect(signIn(auth, "exact0@example.org", variant)).rejects.toMatchObject({ statusCode: 401 });
      }
    });
  });

  it("T12 answers a wrong password and an unknown email alike", async () => {
    const outcome = async (email: string) => {
      const error = await auth.api.signInEmail({ body: { email, password: "not the password" } }).catch((e: unknown) => e);
      const e = error as { statusCode: number; body: unknown };
      return { status: e.statusCode, body: e.body };
    };
    expect(await outcome("admin@example.org")).toEqual(await outcome("nobody@example.org"));
    const signUp = await handle(authRequest("/sign-up/email", { body: { email: "new@example.org", password: "a fine passphrase", name: "N" } }));
    expect(signUp.status).toBe(400); // no public sign-up, whatever the address
    expect(await t.db.user.count({ where: { email: "new@example.org" } })).toBe(0);
  });

  describe("T04 admin-only operations", () => {
    let victimId: string;
    beforeAll(async () => {
      victimId = await addUser(auth, "victim@example.org", "viewer");
      await addUser(auth, "t04-viewer@example.org", "viewer");
      await addUser(auth, "t04-editor@example.org", "editor");
    });

    const snapshot = async () => ({
      users: await t.db.user.findMany({ orderBy: { id: "asc" } }),
      sessions: await t.db.session.findMany({ orderBy: { id: "asc" } }),
    });
    const adminCalls = (userId: string) =>
      [
        ["/admin/set-role", { userId, role: "admin" }],
        ["/admin/ban-user", { userId, banReason: "x" }],
        ["/admin/unban-user", { userId }],
        ["/admin/impersonate-user", { userId }],
        ["/admin/create-user", { email: "sneaky@example.org", password: "a fine passphrase", name: "S", role: "admin" }],
        ["/admin/remove-user", { userId }],
        ["/admin/set-user-password", { userId, newPassword: "a fine passphrase" }],
        ["/admin/revoke-user-sessions", { userId }],
        ["/admin/update-user", { userId, data: { role: "admin" } }],
        ["/admin/list-users", undefined],
        ["/admin/list-user-sessions", { userId }],
      ] as const;

    it.each(["t04-viewer@example.org", "t04-editor@example.org"])("refuses every admin endpoint to %s (403, no row changes)", async (email) => {
      const cookie = await signIn(auth, email);
      const before = await snapshot();
      for (const [path, body] of adminCalls(victimId)) {
        const response = await handle(authRequest(path, { cookie, body }));
        expect({ path, status: response.status }).toEqual({ path, status: 403 });
      }
      expect(await snapshot()).toEqual(before);
    });

    it("refuses them to anonymous callers (401)", async () => {
      for (const [path, body] of adminCalls(victimId)) {
        const response = await handle(authRequest(path, { body }));
        expect({ path, status: response.status }).toEqual({ path, status: 401 });
      }
    });

    it("refuses impersonation even to admins, and lets admins list users", async () => {
      const impersonate = await handle(authRequest("/admin/impersonate-user", { cookie: adminCookie, body: { userId: victimId } }));
      expect(impersonate.status).toBe(403);
      const list = await handle(authRequest("/admin/list-users", { cookie: adminCookie }));
      expect(list.status).toBe(200);
      expect(((await list.json()) as { users: { email: string }[] }).users.map((u) => u.email)).toContain("victim@example.org");
    });

    it("refuses an admin request from another origin", async () => {
      const response = await handle(authRequest("/admin/set-role", { cookie: adminCookie, origin: "https://evil.example", body: { userId: victimId, role: "admin" } }));
      expect(response.status).toBe(403);
      expect((await t.db.user.findUniqueOrThrow({ where: { id: victimId } })).role).toBe("viewer");
    });
  });

  describe("T09 sessions end on the server", () => {
    it("(a) sign-out: the captured cookie is dead on the next request", async () => {
      await addUser(auth, "t09a@example.org", "editor");
      const cookie = await signIn(auth, "t09a@example.org");
      expect(await mutationStatus(cookie)).toBe(200);
      const out = await handle(authRequest("/sign-out", { cookie, body: {} }));
      expect(out.status).toBe(200);
      expect(cookieHeader(out)).toContain("tracker.session_token=");
      expect(await mutationStatus(cookie)).toBe(401);
    });

    it("(b) ban: every session of the user is deleted and the cookie is dead", async () => {
      const id = await addUser(auth, "t09b@example.org", "editor");
      const cookie = await signIn(auth, "t09b@example.org");
      await signIn(auth, "t09b@example.org"); // a second device
      expect(await t.db.session.count({ where: { userId: id } })).toBe(2);
      const ban = await handle(authRequest("/admin/ban-user", { cookie: adminCookie, body: { userId: id, banReason: "test" } }));
      expect(ban.status).toBe(200);
      expect(await t.db.session.count({ where: { userId: id } })).toBe(0);
      expect(await mutationStatus(cookie)).toBe(401);
      await expect(signIn(auth, "t09b@example.org")).rejects.toMatchObject({ statusCode: 403, body: { code: "BANNED_USER" } });
    });

    it("(c) demotion: the editor's next mutation is refused (403)", async () => {
      const id = await addUser(auth, "t09c@example.org", "editor");
      const cookie = await signIn(auth, "t09c@example.org");
      expect(await mutationStatus(cookie)).toBe(200);
      const demote = await handle(authRequest("/admin/set-role", { cookie: adminCookie, body: { userId: id, role: "viewer" } }));
      expect(demote.status).toBe(200);
      expect(await mutationStatus(cookie)).toBe(403);
    });

    it("(d) password change with revokeOtherSessions ends the other sessions", async () => {
      await addUser(auth, "t09d@example.org", "editor");
      const other = await signIn(auth, "t09d@example.org");
      const current = await signIn(auth, "t09d@example.org");
      const change = await handle(
        authRequest("/change-password", {
          cookie: current,
          body: { currentPassword: PASSWORD, newPassword: "another fine passphrase", revokeOtherSessions: true },
        }),
      );
      expect(change.status).toBe(200);
      expect(await mutationStatus(other)).toBe(401);
      expect(await mutationStatus(cookieHeader(change))).toBe(200);
    });
  });

  it("the system actor still writes without a session (seed, imports)", async () => {
    await expect(upsertEconomy({ db: t.db, actor: SYSTEM_ACTOR }, { code: "SYS", name: "System test", kind: "country", aliases: [] })).resolves.toBe(true);
  });
});
