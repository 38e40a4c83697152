import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor, signIn, testAuth } from "../../lib/auth/test-kit";
import { createTestDb, TEST_ENGINES, type TestDb } from "../../prisma/testing/test-db";
import { createUserAccount, parseCreateUserArgs, UsageError } from "./create-user-account";

describe("user:create arguments", () => {
  it("reads email, role and name, defaulting the name to the address's local part", () => {
    expect(parseCreateUserArgs(["--email", "ada@example.org", "--role", "admin"])).toEqual({ email: "ada@example.org", role: "admin", name: "ada" });
    expect(parseCreateUserArgs(["--email", "b@example.org", "--name", "Bea"])).toEqual({ email: "b@example.org", role: "viewer", name: "Bea" });
  });
  it.each([[[]], [["--role", "admin"]], [["--email", "a@b.org", "--role", "owner"]], [["--email", "a@b.org", "--password", "x"]]])(
    "refuses %j",
    (argv) => {
      expect(() => parseCreateUserArgs(argv)).toThrow(UsageError);
    },
  );
});

describe.each(TEST_ENGINES)("user:create on %s", (engine) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(engine);
  });
  afterAll(async () => t?.drop());

  it("creates an admin who can sign in and acts as admin", async () => {
    const auth = testAuth(t.db, engine);
    const created = await createUserAccount(auth, { email: "First.Admin@Example.org", role: "admin", name: "First", password: "a long admin passphrase" });
    expect(created.role).toBe("admin");
    const cookie = await signIn(auth, "first.admin@example.org", "a long admin passphrase");
    expect(await actorFor(auth, cookie)).toEqual({ id: created.id, label: "first.admin@example.org", role: "admin" });
  });

  it("refuses a weak password and an existing address", async () => {
    const auth = testAuth(t.db, engine);
    await expect(createUserAccount(auth, { email: "weak@example.org", role: "admin", name: "W", password: "password1234" })).rejects.toThrow(/too common/);
    await expect(createUserAccount(auth, { email: "first.admin@example.org", role: "viewer", name: "F", password: "another passphrase" })).rejects.toThrow(/exists/);
  });
});

describe("npm run user:create (the real command)", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "tracker-cli-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (args: string[], env: Record<string, string>, input?: string) =>
    spawnSync(process.execPath, ["--import", "tsx", "scripts/users/create-user.ts", ...args], {
      env: { ...process.env, DATABASE_URL: `file:${path.join(dir, "cli.db")}`, NODE_ENV: "development", ...env },
      input,
      encoding: "utf8",
    });

  it("migrates the database, takes the password from USER_PASSWORD or stdin, and stores the admin", () => {
    const first = run(["--email", "ops@example.org", "--role", "admin"], { USER_PASSWORD: "a long admin passphrase" });
    expect(first.stderr).not.toMatch(/error/i);
    expect(first.stdout).toContain("Created admin ops@example.org");
    const second = run(["--email", "ed@example.org", "--role", "editor"], {}, "an editor passphrase\n");
    expect(second.stdout).toContain("Created editor ed@example.org");
    const weak = run(["--email", "w@example.org"], { USER_PASSWORD: "short" });
    expect(weak.status).toBe(1);
    expect(weak.stderr).toContain("at least 12 characters");
    const db = new Database(path.join(dir, "cli.db"), { readonly: true });
    expect(db.prepare('SELECT email, role FROM "User" ORDER BY email').all()).toEqual([
      { email: "ed@example.org", role: "editor" },
      { email: "ops@example.org", role: "admin" },
    ]);
    db.close();
  });
});
