import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, TEST_ENGINES, type TestDb } from "./testing/test-db";
import { seed } from "./seed";

describe.each(TEST_ENGINES)("demo seed on %s", (engine) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(engine);
  });
  afterAll(async () => t?.drop());

  it("loads the 2025 negotiations with at least the promised volume of records", async () => {
    const counts = await seed(t.db);
    expect(counts.negotiations).toBeGreaterThanOrEqual(10);
    expect(counts.rounds).toBeGreaterThanOrEqual(45);
    expect(counts.tariffs).toBeGreaterThanOrEqual(80);
    expect(counts.milestones).toBeGreaterThanOrEqual(80);
    expect(counts.people).toBeGreaterThan(10);
    expect(await t.db.round.count()).toBe(counts.rounds);
  });

  it("is idempotent: a second run adds nothing and writes no revision", async () => {
    const before = await t.db.revision.count();
    const counts = await seed(t.db);
    expect(counts).toEqual({ economies: 0, negotiations: 0, rounds: 0, people: 0, tariffs: 0, milestones: 0 });
    expect(await t.db.revision.count()).toBe(before);
  });

  it("records a revision for every seeded record, attributed to the system actor", async () => {
    const [rounds, tariffs, milestones] = await Promise.all([
      t.db.round.count(),
      t.db.tariffMeasure.count(),
      t.db.milestone.count(),
    ]);
    const byType = await t.db.revision.groupBy({ by: ["entityType"], _count: { _all: true } });
    const count = (type: string) => byType.find((r) => r.entityType === type)?._count._all ?? 0;
    expect(count("round")).toBe(rounds);
    expect(count("tariffMeasure")).toBe(tariffs);
    expect(count("milestone")).toBe(milestones);
    expect(await t.db.revision.count({ where: { actorLabel: { not: "system" } } })).toBe(0);
  });

  it("keeps the conflicting round counts of different outlets, each with its source", async () => {
    const round = await t.db.round.findUnique({
      where: { externalKey: "jpn-r4" },
      include: { numberings: true },
    });
    expect(round?.dateStart).toBe("2025-05-30");
    const counts = round!.numberings.map((n) => n.number).sort();
    expect(counts).toEqual([4, 5]);
    expect(round!.numberings.every((n) => n.source.length > 0)).toBe(true);
  });

  it("cites a source URL for every round, tariff measure and milestone", async () => {
    const uncited = await Promise.all([
      t.db.round.count({ where: { citations: { none: {} } } }),
      t.db.tariffMeasure.count({ where: { citations: { none: {} } } }),
      t.db.milestone.count({ where: { citations: { none: {} } } }),
    ]);
    expect(uncited).toEqual([0, 0, 0]);
  });
});
