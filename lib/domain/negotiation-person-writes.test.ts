import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { seed } from "../../prisma/seed";
import { createTestDb, TEST_ENGINES, type TestDb } from "../../prisma/testing/test-db";
import type { Actor } from "./actor";
import { createNegotiation } from "./create-negotiation";
import { createPerson } from "./ensure-person";
import { armWriteFault } from "./fault-injection";
import { negotiationSnapshot } from "./negotiation-writes";
import { personSnapshot } from "./person-writes";
import { revertToRevision } from "./revert-revision";
import { setDeleted } from "./set-deleted";
import { updateNegotiation } from "./update-negotiation";
import { updatePerson } from "./update-person";

const editor: Actor = { id: "e", label: "editor@example.org", role: "editor" };
const viewer: Actor = { id: "v", label: "viewer@example.org", role: "viewer" };
const source = [{ url: "https://example.org/source" }];

describe.each(TEST_ENGINES)("negotiation and person writes on %s", (engine) => {
  let t: TestDb;
  let negotiationId: string;
  const ctx = () => ({ db: t.db, actor: editor });
  const editOf = async (snapshot: { id: string; version: number; deletedAt: unknown } & Record<string, unknown>, changes: Record<string, unknown>) => {
    const { id: _id, version, deletedAt: _d, ...fields } = snapshot;
    return { ...fields, ...changes, baseVersion: version } as never;
  };

  beforeAll(async () => {
    t = await createTestDb(engine);
    await seed(t.db);
    negotiationId = (await t.db.negotiation.findUniqueOrThrow({ where: { slug: "us-japan-tariffs-2025" } })).id;
  });
  afterEach(() => armWriteFault(false));
  afterAll(async () => t?.drop());

  it("renaming a negotiation renames its rounds and milestones on the timeline in the same write", async () => {
    const before = (await negotiationSnapshot(t.db, negotiationId))!;
    const rounds = await t.db.timelineEvent.count({ where: { negotiationId, kind: "round" } });
    expect(rounds).toBeGreaterThan(0);
    await updateNegotiation(ctx(), negotiationId, await editOf(before, { title: "Japan and US tariff talks", reason: "Shorter title" }));
    const events = await t.db.timelineEvent.findMany({ where: { negotiationId, kind: { in: ["round", "milestone"] } } });
    expect(events.filter((e) => e.kind === "round")).toHaveLength(rounds);
    expect(events.filter((e) => e.kind === "round").every((e) => e.title.endsWith("· Japan and US tariff talks"))).toBe(true);
    expect(events.filter((e) => e.kind === "milestone").every((e) => e.summary === "Japan and US tariff talks")).toBe(true);
    const after = (await negotiationSnapshot(t.db, negotiationId))!;
    expect(after.version).toBe(before.version + 1);
    expect(after.parties).toEqual(before.parties);
  });

  it("refuses a slug used by another negotiation and a stale version, changing nothing", async () => {
    const other = await t.db.negotiation.findFirstOrThrow({ where: { id: { not: negotiationId } } });
    const before = (await negotiationSnapshot(t.db, negotiationId))!;
    await expect(updateNegotiation(ctx(), negotiationId, await editOf(before, { slug: other.slug, reason: "Clash" }))).rejects.toMatchObject({
      code: "invalid",
      fieldErrors: { slug: expect.stringContaining(other.slug) },
    });
    const stale = { ...(await editOf(before, { title: "Stale", reason: "Old tab" }) as object), baseVersion: before.version - 1 } as never;
    await expect(updateNegotiation(ctx(), negotiationId, stale)).rejects.toMatchObject({ code: "conflict", current: { version: before.version } });
    await expect(updateNegotiation({ db: t.db, actor: viewer }, negotiationId, await editOf(before, { title: "Viewer", reason: "Nope" }))).rejects.toMatchObject({
      code: "forbidden",
    });
    expect(await negotiationSnapshot(t.db, negotiationId)).toEqual(before);
  });

  it("deletes only a negotiation nothing points at, restores it, and reverts an edit", async () => {
    const used = (await negotiationSnapshot(t.db, negotiationId))!;
    await expect(setDeleted(ctx(), "negotiation", negotiationId, true, { baseVersion: used.version, reason: "Try" })).rejects.toMatchObject({
      fieldErrors: { negotiation: expect.stringMatching(/still has \d+ rounds/) },
    });
    const { id } = await createNegotiation(ctx(), { slug: "eu-india-fta", title: "EU–India FTA", status: "active", parties: ["EUN", "IND"], citations: source });
    const created = (await negotiationSnapshot(t.db, id))!;
    await updateNegotiation(ctx(), id, await editOf(created, { status: "concluded", reason: "Deal signed" }));
    await setDeleted(ctx(), "negotiation", id, true, { baseVersion: 2, reason: "Entered twice" });
    expect((await negotiationSnapshot(t.db, id))!.deletedAt).not.toBeNull();
    await setDeleted(ctx(), "negotiation", id, false, { baseVersion: 3, reason: "Not a duplicate" });
    const history = await t.db.revision.findMany({ where: { entityId: id }, orderBy: { createdAt: "asc" } });
    expect(history.map((r) => r.action)).toEqual(["create", "update", "delete", "restore"]);
    await revertToRevision(ctx(), history[0].id, { baseVersion: 4, reason: "Not concluded yet" });
    expect(await negotiationSnapshot(t.db, id)).toMatchObject({ status: "active", version: 5, deletedAt: null, parties: ["EUN", "IND"] });
  });

  it("renaming a person updates the timeline search of their rounds; duplicates and in-use deletes are refused", async () => {
    const participant = await t.db.roundParticipant.findFirstOrThrow({ where: { round: { negotiationId } }, include: { person: true } });
    const person = (await personSnapshot(t.db, participant.personId))!;
    await updatePerson(ctx(), person.id, await editOf(person, { name: "Ryosei Akazawa-Test", reason: "Spelling" }));
    const events = await t.db.timelineEvent.findMany({ where: { kind: "round", roundId: participant.roundId } });
    expect(events[0].searchText).toContain("ryosei akazawa-test");

    const twin = await createPerson(ctx(), { name: "Jamieson Greer", countryCode: "USA", citations: source }).catch((e: unknown) => e);
    expect(twin).toMatchObject({ code: "invalid", fieldErrors: { name: expect.stringContaining("already recorded") } });
    const renamed = (await personSnapshot(t.db, person.id))!;
    await expect(setDeleted(ctx(), "person", person.id, true, { baseVersion: renamed.version, reason: "Gone" })).rejects.toMatchObject({
      fieldErrors: { person: expect.stringContaining("takes part in") },
    });
  });

  it("T18: an injected failure leaves no partial negotiation or person", async () => {
    const counts = () => Promise.all([t.db.negotiation.count(), t.db.person.count(), t.db.citation.count(), t.db.revision.count(), t.db.negotiationParty.count()]);
    const before = await counts();
    const snapshot = (await negotiationSnapshot(t.db, negotiationId))!;
    armWriteFault(true);
    for (let i = 0; i < 10; i++) {
      await expect(createNegotiation(ctx(), { slug: `fault-${i}`, title: "Fault", status: "active", parties: ["USA", "GBR"], citations: source })).rejects.toThrow();
      await expect(createPerson(ctx(), { name: `Fault Person ${i}`, countryCode: "GBR", citations: source })).rejects.toThrow();
      await expect(updateNegotiation(ctx(), negotiationId, await editOf(snapshot, { title: `Fault ${i}`, parties: ["USA", "JPN"], reason: "Fault" }))).rejects.toThrow();
    }
    armWriteFault(false);
    expect(await counts()).toEqual(before);
    expect(await negotiationSnapshot(t.db, negotiationId)).toEqual(snapshot);
  });
});
