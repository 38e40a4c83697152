import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { seed } from "../../prisma/seed";
import { createTestDb, TEST_ENGINES, type TestDb } from "../../prisma/testing/test-db";
import type { Actor } from "./actor";
import { createRound } from "./create-round";
import { armWriteFault } from "./fault-injection";
import { revertToRevision } from "./revert-revision";
import { setDeleted } from "./set-deleted";
import { tariffSnapshot } from "./tariff-writes";
import { updateTariffMeasure } from "./update-tariff-measure";
import type { TariffMeasureInput } from "../validation/tariff-measure";
import type { ChangeMeta } from "../validation/mutation";

const editor: Actor = { id: "e", label: "editor@example.org", role: "editor" };

describe.each(TEST_ENGINES)("corrections, reverts and deletes on %s", (engine) => {
  let t: TestDb;
  let measureId: string;
  const current = async () => (await tariffSnapshot(t.db, measureId))!;
  const edit = async (changes: Record<string, unknown>) => {
    const { id: _id, version, deletedAt: _d, ...fields } = await current();
    return { ...fields, ...changes, baseVersion: version } as TariffMeasureInput & ChangeMeta & { baseVersion: number };
  };
  const counts = () =>
    Promise.all([t.db.round.count(), t.db.roundParticipant.count(), t.db.citation.count(), t.db.revision.count(), t.db.timelineEvent.count()]);

  beforeAll(async () => {
    t = await createTestDb(engine);
    await seed(t.db);
    measureId = (await t.db.tariffMeasure.findUniqueOrThrow({ where: { externalKey: "jpn-t5" } })).id;
  });
  afterEach(() => armWriteFault(false));
  afterAll(async () => t?.drop());

  it("corrects a rate, then reverts to the earlier version as a new revision, deleting nothing", async () => {
    const original = await current();
    await updateTariffMeasure({ db: t.db, actor: editor }, measureId, await edit({ rate: 26, reason: "Typo in the source" }));
    expect((await current()).rate).toBe(26);
    const history = await t.db.revision.findMany({ where: { entityId: measureId }, orderBy: { createdAt: "asc" } });
    expect(history.map((r) => r.action)).toEqual(["create", "update"]);

    const { version } = await current();
    await revertToRevision({ db: t.db, actor: editor }, history[0].id, { baseVersion: version, reason: "The first figure was right" });
    const reverted = await current();
    expect(reverted.rate).toBe(original.rate);
    expect(reverted.version).toBe(original.version + 2);
    const after = await t.db.revision.findMany({ where: { entityId: measureId }, orderBy: { createdAt: "asc" } });
    expect(after.map((r) => r.action)).toEqual(["create", "update", "revert"]);
    expect(after[2].reason).toBe("The first figure was right");
  });

  it("soft-deletes a measure (it leaves the timeline) and restores it exactly", async () => {
    const before = await current();
    const events = await t.db.timelineEvent.count({ where: { tariffMeasureId: measureId } });
    expect(events).toBeGreaterThan(0);
    await setDeleted({ db: t.db, actor: editor }, "tariffMeasure", measureId, true, { baseVersion: before.version, reason: "Duplicate record" });
    expect((await current()).deletedAt).not.toBeNull();
    expect(await t.db.timelineEvent.count({ where: { tariffMeasureId: measureId } })).toBe(0);
    await setDeleted({ db: t.db, actor: editor }, "tariffMeasure", measureId, false, { baseVersion: before.version + 1, reason: "Not a duplicate after all" });
    const restored = await current();
    expect({ ...restored, version: 0, deletedAt: null }).toEqual({ ...before, version: 0, deletedAt: null });
    expect(await t.db.timelineEvent.count({ where: { tariffMeasureId: measureId } })).toBe(events);
  });

  it("T18: a failure injected between a record and its rows leaves no partial write", async () => {
    const negotiationId = (await t.db.negotiation.findUniqueOrThrow({ where: { slug: "us-japan-tariffs-2025" } })).id;
    const person = await t.db.person.findFirstOrThrow({ where: { countryCode: "JPN" } });
    const before = await counts();
    const measureBefore = await current();
    armWriteFault(true);
    // 35 × 2 here and 10 × 3 in negotiation-person-writes.test.ts: the test plan's 100 injected failures.
    for (let i = 0; i < 35; i++) {
      await expect(
        createRound({ db: t.db, actor: editor }, {
          negotiationId,
          number: 40 + i,
          level: "working",
          status: "planned",
          date: { dateStart: "2025-12-01", dateEnd: null, datePrecision: "day" },
          participants: [{ personId: person.id, role: "Negotiator", sideCode: "JPN" }],
          citations: [{ url: "https://example.org/a" }],
        }),
      ).rejects.toThrow();
      await expect(
        updateTariffMeasure({ db: t.db, actor: editor }, measureId, await edit({ rate: 99, reason: "Injected failure" })),
      ).rejects.toThrow();
    }
    armWriteFault(false);
    expect(await counts()).toEqual(before);
    expect(await current()).toEqual(measureBefore);
  });
});
