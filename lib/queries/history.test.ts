import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed } from "../../prisma/seed";
import { createTestDb, TEST_ENGINES, type TestDb } from "../../prisma/testing/test-db";
import type { Actor } from "../domain/actor";
import { DomainError } from "../domain/errors";
import { revertToRevision } from "../domain/revert-revision";
import { roundSnapshot } from "../domain/round-writes";
import { setDeleted } from "../domain/set-deleted";
import { tariffSnapshot } from "../domain/tariff-writes";
import { updateRound } from "../domain/update-round";
import { updateTariffMeasure } from "../domain/update-tariff-measure";
import { getRecordHistory, listCorrections } from "./history";
import { diffStates, normalizedState } from "./history-diff";
import { historyPageQuerySchema, historyTargetSchema } from "./history-query";

describe("field-level diff", () => {
  it("flattens to dotted paths and reports added, removed and changed values", () => {
    const before = {
      id: "x",
      version: 3,
      externalKey: "k",
      rate: 25,
      note: "old note",
      date: { dateStart: "2025-04-01", dateEnd: "2025-04-01", datePrecision: "day" },
      participants: [
        { personId: "p1", role: "Minister", sideCode: "JPN" },
        { personId: "p2", role: "Deputy", sideCode: "USA" },
      ],
    };
    const after = {
      id: "x",
      rate: 26,
      legalBasis: "IEEPA",
      date: { dateStart: "2025-04-02", dateEnd: "2025-04-01", datePrecision: "day" },
      participants: [
        { personId: "p1", role: "Minister", sideCode: "JPN" },
        { personId: "p2", role: "Chief negotiator", sideCode: "USA" },
      ],
    };
    expect(diffStates(before, after)).toEqual([
      { path: "date.dateStart", kind: "changed", old: "2025-04-01", new: "2025-04-02" },
      { path: "legalBasis", kind: "added", new: "IEEPA" },
      { path: "note", kind: "removed", old: "old note" },
      { path: "participants.1.role", kind: "changed", old: "Deputy", new: "Chief negotiator" },
      { path: "rate", kind: "changed", old: 25, new: 26 },
    ]);
  });

  it("ignores bookkeeping, treats null like absent, and does not report a reordered list", () => {
    const a = { id: "1", version: 1, deletedAt: null, quote: null, citations: [{ url: "u", quote: null }], participants: [{ personId: "b" }, { personId: "a" }] };
    const b = { id: "2", version: 9, deletedAt: "2025-01-01T00:00:00.000Z", citations: [{ url: "u" }], participants: [{ personId: "a" }, { personId: "b" }] };
    expect(diffStates(a, b)).toEqual([]);
    expect(normalizedState(a)).toEqual(normalizedState(b));
  });

  it("lists a creation as added fields and orders array indices numerically", () => {
    const list = Array.from({ length: 11 }, (_, i) => ({ url: `https://example.org/${String(i).padStart(2, "0")}` }));
    const paths = diffStates(null, { citations: list }).map((c) => c.path);
    expect(paths.at(-1)).toBe("citations.10.url");
    expect(paths[2]).toBe("citations.2.url");
  });

  it("validates the record type and the cursor", () => {
    expect(historyTargetSchema.safeParse({ entityType: "tariffMeasure", id: "abc" }).success).toBe(true);
    expect(historyTargetSchema.safeParse({ entityType: "user", id: "abc" }).success).toBe(false);
    expect(historyPageQuerySchema.safeParse({ cursor: "not-a-cursor" }).success).toBe(false);
    expect(historyPageQuerySchema.parse({}).limit).toBe(50);
  });
});

const editor: Actor = { id: "ed-1", label: "editor@example.test", role: "editor" };
const admin: Actor = { id: "ad-1", label: "admin@example.test", role: "admin" };

describe.each(TEST_ENGINES)("history read model on %s", (engine) => {
  let t: TestDb;
  let measureId: string;
  let roundId: string;

  beforeAll(async () => {
    t = await createTestDb(engine);
    await seed(t.db);
    // The editor's account exists; the admin's was removed since (its revisions stay).
    await t.db.user.create({ data: { id: "ed-1", name: "Eddie Editor", email: "editor@example.test", role: "editor" } });
    measureId = (await t.db.tariffMeasure.findUniqueOrThrow({ where: { externalKey: "jpn-t5" } })).id;
    roundId = (await t.db.round.findUniqueOrThrow({ where: { externalKey: "jpn-r6" } })).id;
  });
  afterAll(async () => t?.drop());

  const editMeasure = async (actor: Actor, changes: Record<string, unknown>) => {
    const { id: _id, version, deletedAt: _d, ...fields } = (await tariffSnapshot(t.db, measureId))!;
    return updateTariffMeasure({ db: t.db, actor }, measureId, { ...fields, ...changes, baseVersion: version } as never);
  };

  it("shows a record's revisions newest first, with actor, UTC time, reason and the field diff", async () => {
    const original = (await tariffSnapshot(t.db, measureId))!;
    await editMeasure(editor, { rate: original.rate + 1, reason: "Typo in the source" });
    const history = await getRecordHistory(t.db, { entityType: "tariffMeasure", id: measureId }, { limit: 50 });
    expect(history.record).toMatchObject({ entityType: "tariffMeasure", id: measureId, version: original.version + 1, deleted: false });
    expect(history.record.title).toMatch(/tariff: United States on Japan/);
    expect(history.revisions.map((r) => r.action)).toEqual(["update", "create"]);
    const [update, create] = history.revisions;
    expect(update).toMatchObject({ actor: { id: "ed-1", label: "Eddie Editor (editor)" }, reason: "Typo in the source", latest: true, revertible: false });
    expect(update.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(update.changes).toEqual([{ path: "rate", kind: "changed", old: original.rate, new: original.rate + 1 }]);
    expect(create).toMatchObject({ actor: { id: null, label: "System (demo data or import)" }, reason: null, latest: false, revertible: true });
    expect(create.changes.find((c) => c.path === "rate")).toEqual({ path: "rate", kind: "added", new: original.rate });
  });

  it("names the people a round's participant change refers to", async () => {
    const { id: _id, version, deletedAt: _d, ...fields } = (await roundSnapshot(t.db, roundId))!;
    const participants = fields.participants.map((p, i) => (i === 1 ? { ...p, role: "Lead negotiator" } : p));
    await updateRound({ db: t.db, actor: admin }, roundId, { ...fields, participants, baseVersion: version, reason: "Title at the time" } as never);
    const history = await getRecordHistory(t.db, { entityType: "round", id: roundId }, { limit: 10 });
    const [change] = history.revisions[0].changes;
    expect(change).toMatchObject({ kind: "changed", new: "Lead negotiator" });
    expect(change.path).toMatch(/^participants\.\d+\.role$/);
    const person = await t.db.person.findUniqueOrThrow({ where: { id: participants[1].personId } });
    expect(change.context).toBe(person.name);
    const create = history.revisions.at(-1)!;
    const personRef = create.changes.find((c) => c.path.endsWith(".personId"))!;
    expect(personRef.newLabel).toBeTruthy();
    expect(history.record.href).toMatch(/^\/negotiations\/us-japan-tariffs-2025\/rounds\//);
  });

  it("answers not_found for an unknown record, and keeps the history of a deleted one", async () => {
    await expect(getRecordHistory(t.db, { entityType: "round", id: "nope" }, { limit: 10 })).rejects.toMatchObject({ code: "not_found" });
    await expect(getRecordHistory(t.db, { entityType: "round", id: "nope" }, { limit: 10 })).rejects.toBeInstanceOf(DomainError);
    const { version } = (await tariffSnapshot(t.db, measureId))!;
    await setDeleted({ db: t.db, actor: editor }, "tariffMeasure", measureId, true, { baseVersion: version, reason: "Duplicate entry" });
    const deleted = await getRecordHistory(t.db, { entityType: "tariffMeasure", id: measureId }, { limit: 10 });
    expect(deleted.record).toMatchObject({ deleted: true, href: null });
    expect(deleted.revisions[0]).toMatchObject({ action: "delete", changes: [] });
    expect(deleted.revisions.every((r) => !r.revertible)).toBe(true);
    await setDeleted({ db: t.db, actor: editor }, "tariffMeasure", measureId, false, { baseVersion: version + 1, reason: "Not a duplicate" });
  });

  it("a revert shows as a new revision whose diff undoes the correction", async () => {
    const before = await getRecordHistory(t.db, { entityType: "tariffMeasure", id: measureId }, { limit: 50 });
    const create = before.revisions.at(-1)!;
    await revertToRevision({ db: t.db, actor: editor }, create.id, { baseVersion: before.record.version!, reason: "The first figure was right" });
    const after = await getRecordHistory(t.db, { entityType: "tariffMeasure", id: measureId }, { limit: 50 });
    expect(after.revisions).toHaveLength(before.revisions.length + 1);
    expect(after.revisions.slice(1).map((r) => r.id)).toEqual(before.revisions.map((r) => r.id));
    expect(after.revisions[0]).toMatchObject({ action: "revert", reason: "The first figure was right", latest: true });
    expect(after.revisions[0].changes.map((c) => c.path)).toEqual(["rate"]);
  });

  it("pages by keyset: every revision exactly once, stable while new ones arrive", async () => {
    const all = await getRecordHistory(t.db, { entityType: "tariffMeasure", id: measureId }, { limit: 200 });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await getRecordHistory(t.db, { entityType: "tariffMeasure", id: measureId }, historyPageQuerySchema.parse({ limit: "2", cursor }));
      seen.push(...page.revisions.map((r) => r.id));
      cursor = page.nextCursor ?? undefined;
      if (seen.length === 2) await editMeasure(admin, { note: "Inserted while paging", reason: "Arrives mid-way" });
    } while (cursor);
    expect(seen).toEqual(all.revisions.map((r) => r.id));
  });

  it("the corrections log leaves out seed creations and lists every correction newest first with a title and summary", async () => {
    const total = await t.db.revision.count();
    const systemCreates = await t.db.revision.count({ where: { action: "create", actorId: null } });
    const items = [];
    let cursor: string | undefined;
    do {
      const page = await listCorrections(t.db, historyPageQuerySchema.parse({ limit: "3", cursor }));
      items.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(items).toHaveLength(total - systemCreates);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    expect(items.every((i) => !(i.action === "create" && i.actor.id === null))).toBe(true);
    // Readers see who changed what by name and role, never by e-mail address.
    expect(items.filter((i) => i.actor.label.includes("@"))).toEqual([]);
    expect(new Set(items.map((i) => i.actor.label))).toEqual(new Set(["Eddie Editor (editor)", "A former editor"]));
    const times = items.map((i) => i.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(items[0]).toMatchObject({ action: "update", reason: "Arrives mid-way", changeCount: 1 });
    expect(items[0].changes[0]).toMatchObject({ path: "note", new: "Inserted while paging" });
    expect(items[0].record).toMatchObject({ entityType: "tariffMeasure", href: `/tariffs/measures/${measureId}`, historyHref: `/history/tariffMeasure/${measureId}` });
    expect(items.map((i) => i.action)).toEqual(expect.arrayContaining(["update", "delete", "restore", "revert"]));
  });
});
