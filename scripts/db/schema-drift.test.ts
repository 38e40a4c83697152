import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { createTestDb, TEST_ENGINES, type TestDb } from "../../prisma/testing/test-db";
import { listMigrations } from "./migration-files";
import { ENGINES, MODELS_FILE } from "./paths";
import { diffModels } from "./schema-diff";
import { describeSchema } from "./describe-schema";

const models = readFileSync(MODELS_FILE, "utf8");

describe("the models and the committed migrations agree", () => {
  it.each(ENGINES)("the %s migrations were generated from the current models", async (engine) => {
    const migrations = listMigrations(engine);
    expect(migrations.length).toBeGreaterThan(0);
    const latest = migrations.at(-1)!;
    expect(latest.snapshot, `${latest.name} has no models snapshot`).not.toBeNull();
    const pending = await diffModels(engine, latest.snapshot, models);
    expect(pending, "models changed without a migration: run npm run db:migration:create -- <name>").toBe("");
  });

  it("both engines' histories end at the same models", () => {
    const [sqlite, postgres] = ENGINES.map((engine) => listMigrations(engine).at(-1)?.snapshot);
    expect(sqlite).toBe(postgres);
  });

  it("a diff notices a model change (so the checks above can fail)", async () => {
    const changed = models.replace("model Revision {", "model Revision {\n  probe String?");
    expect(await diffModels("sqlite", models, changed)).toMatch(/ALTER TABLE "Revision" ADD COLUMN "probe"/);
  });
});

describe.each(TEST_ENGINES)("the migrated %s database matches the models", (engine) => {
  const dbs: TestDb[] = [];
  afterAll(async () => Promise.all(dbs.map((d) => d.drop())));

  it("has the same tables, columns, indexes and keys as a database built straight from the models", async () => {
    const migrated = await createTestDb(engine);
    dbs.push(migrated);
    const direct = await createTestDb(engine, { fromModelsOnly: true });
    dbs.push(direct);
    const a = await describeSchema(migrated.db, engine, migrated.schema);
    const b = await describeSchema(direct.db, engine, direct.schema);
    expect(a.length).toBeGreaterThan(50);
    expect(a).toEqual(b);
  });
});
