import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed } from "../../prisma/seed";
import { createTestDb, TEST_ENGINES, type TestDb } from "../../prisma/testing/test-db";
import type { Actor } from "./actor";
import { DomainError } from "./errors";
import { roundSnapshot } from "./round-writes";
import { updateRound } from "./update-round";
import type { ChangeMeta } from "../validation/mutation";
import type { RoundInput } from "../validation/round";

const editorA: Actor = { id: "a", label: "a@example.org", role: "editor" };
const editorB: Actor = { id: "b", label: "b@example.org", role: "editor" };

describe.each(TEST_ENGINES)("editing a round on %s", (engine) => {
  let t: TestDb;
  let roundId: string;
  const snapshot = async () => (await roundSnapshot(t.db, roundId))!;
  const edit = async (changes: Record<string, unknown>) => {
    const { id: _id, version, deletedAt: _d, ...current } = await snapshot();
    // Stored values are plain strings; the use case re-validates them like any client input.
    return { ...current, ...changes, baseVersion: version } as RoundInput & ChangeMeta & { baseVersion: number };
  };

  beforeAll(async () => {
    t = await createTestDb(engine);
    await seed(t.db);
    roundId = (await t.db.round.findUniqueOrThrow({ where: { externalKey: "jpn-r6" } })).id;
  });
  afterAll(async () => t?.drop());

  it("saves a change, bumps the version, records before/after with the reason, and moves the timeline", async () => {
    const input = await edit({ location: "Washington, D.C.", reason: "Outlet gives the full place name" });
    const result = await updateRound({ db: t.db, actor: editorA }, roundId, input);
    expect(result.version).toBe(input.baseVersion + 1);
    const after = await snapshot();
    expect(after.location).toBe("Washington, D.C.");
    expect(after.participants).toHaveLength(3);
    const revision = await t.db.revision.findFirstOrThrow({ where: { entityId: roundId, action: "update" } });
    expect(revision).toMatchObject({ actorId: "a", reason: "Outlet gives the full place name" });
    expect((revision.before as { location: string }).location).toBe("Washington");
    const event = await t.db.timelineEvent.findFirstOrThrow({ where: { roundId, kind: "round" } });
    expect(event.summary).toContain("Washington, D.C.");
  });

  it("T13: a save based on a stale version gets a conflict with the current state, and changes nothing", async () => {
    const stale = await edit({ outcome: "B's outcome", reason: "B corrects" });
    await updateRound({ db: t.db, actor: editorA }, roundId, { ...stale, outcome: "A's outcome", reason: "A corrects" });
    const revisionsBefore = await t.db.revision.count({ where: { entityId: roundId } });
    const error = await updateRound({ db: t.db, actor: editorB }, roundId, stale).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe("conflict");
    expect((error as DomainError).current).toMatchObject({ outcome: "A's outcome", version: stale.baseVersion + 1 });
    expect((await snapshot()).outcome).toBe("A's outcome");
    expect(await t.db.revision.count({ where: { entityId: roundId } })).toBe(revisionsBefore);
  });

  it("T14: 50 concurrent saves from one base version, 20 times over: each time exactly 1 succeeds, 49 conflict, one new revision", async () => {
    const tally = { ok: 0, conflicts: 0, other: 0 };
    for (let repeat = 0; repeat < 20; repeat++) {
      const base = await edit({ reason: `concurrent edit ${repeat}` });
      const revisionsBefore = await t.db.revision.count({ where: { entityId: roundId } });
      const results = await Promise.allSettled(
        Array.from({ length: 50 }, (_, i) =>
          updateRound({ db: t.db, actor: i % 2 ? editorA : editorB }, roundId, { ...base, outcome: `writer ${repeat}.${i}` }),
        ),
      );
      const ok = results.filter((r) => r.status === "fulfilled");
      const conflicts = results.filter((r) => r.status === "rejected" && (r.reason as DomainError).code === "conflict");
      tally.ok += ok.length;
      tally.conflicts += conflicts.length;
      tally.other += results.length - ok.length - conflicts.length;
      expect(ok, `repeat ${repeat}`).toHaveLength(1);
      expect(conflicts, `repeat ${repeat}`).toHaveLength(49);
      const after = await snapshot();
      expect(after.version).toBe(base.baseVersion + 1);
      expect(await t.db.revision.count({ where: { entityId: roundId } })).toBe(revisionsBefore + 1);
      expect(after.participants).toHaveLength(3);
    }
    console.log(`T14 on ${engine}: 20 × 50 concurrent saves →`, tally);
  });

  it("requires a reason and a base version, naming the field", async () => {
    const { reason: _r, ...noReason } = await edit({ reason: "x" });
    const error = (await updateRound({ db: t.db, actor: editorA }, roundId, noReason as never).catch((e: unknown) => e)) as DomainError;
    expect(error.code).toBe("invalid");
    expect(Object.keys(error.fieldErrors)).toEqual(["reason"]);
  });
});
