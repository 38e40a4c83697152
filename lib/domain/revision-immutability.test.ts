/**
 * T15 (last clause): revision rows cannot be updated or deleted through any path of the app.
 * The database refuses it (triggers from the revisions_append_only migration), and no code path
 * or API route of the app even tries.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, TEST_ENGINES, type TestDb } from "../../prisma/testing/test-db";
import { SYSTEM_ACTOR } from "./actor";
import { revisionData } from "./revisions";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !file.includes(`${path.sep}generated${path.sep}`));
}

/**
 * The database's refusal, as text. Prisma reports SQLite's RAISE(ABORT) as a foreign-key error
 * (P2003); the trigger's own message travels in meta.driverAdapterError.
 */
async function refusal(attempt: Promise<unknown>): Promise<string> {
  try {
    await attempt;
  } catch (error) {
    return `${(error as Error).message} ${JSON.stringify((error as { meta?: unknown }).meta ?? null)}`;
  }
  return "no error: the write went through";
}

describe.each(TEST_ENGINES)("revision rows are append-only on %s", (engine) => {
  let t: TestDb;
  let id: string;
  // Raw SQL on PostgreSQL does not go through the adapter's schema setting: name the test schema.
  let table = '"Revision"';

  beforeAll(async () => {
    t = await createTestDb(engine);
    const row = await t.db.revision.create({
      data: revisionData(SYSTEM_ACTOR, "round", "r1", "update", { before: { rate: 1 }, after: { rate: 2 }, reason: "Original reason" }),
    });
    id = row.id;
    if (t.schema) table = `"${t.schema}"."Revision"`;
  });
  afterAll(async () => t?.drop());

  it("still accepts new revisions", async () => {
    await t.db.revision.create({ data: revisionData(SYSTEM_ACTOR, "round", "r1", "update", { after: { rate: 3 }, reason: "Another" }) });
    expect(await t.db.revision.count()).toBe(2);
  });

  it.each([
    ["update", (d: TestDb) => d.db.revision.update({ where: { id }, data: { reason: "Rewritten" } })],
    ["updateMany", (d: TestDb) => d.db.revision.updateMany({ data: { actorLabel: "someone else" } })],
    ["upsert (update branch)", (d: TestDb) => d.db.revision.upsert({ where: { id }, create: { entityType: "x", entityId: "x", action: "x", actorLabel: "x" }, update: { reason: "x" } })],
    ["delete", (d: TestDb) => d.db.revision.delete({ where: { id } })],
    ["deleteMany", (d: TestDb) => d.db.revision.deleteMany({})],
    ["raw UPDATE", (d: TestDb) => d.db.$executeRawUnsafe(`UPDATE ${table} SET "reason" = 'x'`)],
    ["raw DELETE", (d: TestDb) => d.db.$executeRawUnsafe(`DELETE FROM ${table}`)],
    ["an UPDATE inside a batch transaction", (d: TestDb) => d.db.$transaction([d.db.round.count(), d.db.revision.updateMany({ data: { reason: "x" } })])],
  ])("refuses %s", async (_name, attempt) => {
    const before = await t.db.revision.findMany({ orderBy: { id: "asc" } });
    expect(await refusal(attempt(t))).toMatch(/append-only/);
    expect(await t.db.revision.findMany({ orderBy: { id: "asc" } })).toEqual(before);
    expect(before.find((r) => r.id === id)?.reason).toBe("Original reason");
  });

  it.runIf(engine === "postgres")("refuses TRUNCATE", async () => {
    expect(await refusal(t.db.$executeRawUnsafe(`TRUNCATE ${table}`))).toMatch(/append-only/);
    expect(await t.db.revision.count()).toBe(2);
  });
});

describe("no path of the app changes or removes revisions", () => {
  const files = ["app", "lib", "components", "scripts", "prisma"].flatMap(sourceFiles);

  it("no module calls update/upsert/delete on revisions or writes UPDATE/DELETE SQL for them", () => {
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.filter((file) => {
      const text = readFileSync(file, "utf8");
      return (
        /\brevision\s*\.\s*(update|updateMany|updateManyAndReturn|upsert|delete|deleteMany)\s*\(/i.test(text) ||
        /\b(UPDATE|DELETE\s+FROM|TRUNCATE)\s+(TABLE\s+)?"?Revision"?\b/.test(text)
      );
    });
    expect(offenders.map((f) => path.relative(ROOT, f))).toEqual([]);
  });

  it("the only API route under /api/v1/revisions is POST …/revert, and the history routes only read", () => {
    const routes = sourceFiles("app/api/v1").filter((f) => f.endsWith(`${path.sep}route.ts`));
    const methods = (file: string) =>
      [...readFileSync(file, "utf8").matchAll(/export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]);
    const revisionRoutes = routes.filter((f) => f.includes(`${path.sep}revisions${path.sep}`));
    expect(revisionRoutes.map((f) => [path.relative(ROOT, f), methods(f)])).toEqual([
      [path.join("app", "api", "v1", "revisions", "[id]", "revert", "route.ts"), ["POST"]],
    ]);
    const historyRoutes = routes.filter((f) => f.includes(`${path.sep}history`));
    expect(historyRoutes.length).toBeGreaterThan(0);
    for (const file of historyRoutes) expect(methods(file)).toEqual(["GET"]);
  });
});
