import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, TEST_ENGINES, type TestDb } from "../../prisma/testing/test-db";
import type { Actor } from "./actor";
import { SYSTEM_ACTOR } from "./actor";
import { createNegotiation } from "./create-negotiation";
import { createRound } from "./create-round";
import { ensurePerson } from "./ensure-person";
import { DomainError } from "./errors";
import { upsertEconomy } from "./upsert-economy";
import type { RoundInput } from "../validation/round";

const editor: Actor = { id: "u-editor", label: "editor@example.org", role: "editor" };
const viewer: Actor = { id: "u-viewer", label: "viewer@example.org", role: "viewer" };

async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe.each(TEST_ENGINES)("creating a round on %s", (engine) => {
  let t: TestDb;
  let negotiationId: string;
  let personId: string;
  const tableCounts = async () =>
    Promise.all([t.db.round.count(), t.db.roundParticipant.count(), t.db.citation.count(), t.db.revision.count()]);

  const validRound = (overrides: Partial<RoundInput> = {}): RoundInput => ({
    negotiationId,
    number: 3,
    level: "ministerial",
    status: "held",
    date: { dateStart: "2025-05-23", dateEnd: null, datePrecision: "day" },
    location: "Washington",
    outcome: "No agreement; talks to continue.",
    participants: [{ personId, role: "Chief negotiator", sideCode: "JPN" }],
    numberings: [{ number: 3, source: "Outlet A" }, { number: 4, source: "Outlet B" }],
    citations: [{ url: "https://example.org/report" }],
    ...overrides,
  });

  beforeAll(async () => {
    t = await createTestDb(engine);
    const ctx = { db: t.db, actor: SYSTEM_ACTOR };
    await upsertEconomy(ctx, { code: "JPN", name: "Japan", kind: "country", aliases: [{ alias: "Tokyo", kind: "capital" }] });
    await upsertEconomy(ctx, { code: "USA", name: "United States", kind: "country", aliases: [] });
    negotiationId = (
      await createNegotiation(ctx, { slug: "jp-us", title: "Japan–US talks", status: "active", parties: ["JPN", "USA"] })
    ).id;
    personId = (await ensurePerson(ctx, { name: "Ryōsei Akazawa", countryCode: "JPN" })).id;
  });
  afterAll(async () => t?.drop());

  it("writes the round, its participants, numberings, citations and one revision together", async () => {
    const { id } = await createRound({ db: t.db, actor: editor }, validRound());
    const round = await t.db.round.findUniqueOrThrow({
      where: { id },
      include: { participants: true, numberings: true, citations: true },
    });
    expect(round).toMatchObject({ number: 3, dateStart: "2025-05-23", dateEnd: "2025-05-23", datePrecision: "day", version: 1 });
    expect(round.participants).toHaveLength(1);
    expect(round.numberings.map((n) => n.number).sort()).toEqual([3, 4]);
    expect(round.citations[0].url).toBe("https://example.org/report");
    const revisions = await t.db.revision.findMany({ where: { entityType: "round", entityId: id } });
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ action: "create", actorId: "u-editor", actorLabel: "editor@example.org" });
  });

  it("refuses anonymous callers and viewers, and writes nothing", async () => {
    const before = await tableCounts();
    expect((await rejection(createRound({ db: t.db, actor: null }, validRound()))).code).toBe("unauthenticated");
    expect((await rejection(createRound({ db: t.db, actor: viewer }, validRound()))).code).toBe("forbidden");
    expect(await tableCounts()).toEqual(before);
  });

  it.each([
    ["date.dateStart", { date: { dateStart: "2025-02-30", dateEnd: null, datePrecision: "day" as const } }],
    ["date.dateEnd", { date: { dateStart: "2025-06-06", dateEnd: "2025-06-05", datePrecision: "day" as const } }],
    ["number", { number: 2.5 }],
    ["level", { level: "summit" as never }],
    ["participants", { participants: [{ personId: "nobody", role: "Minister", sideCode: "JPN" }] }],
    ["participants", { participants: [{ personId: "x", role: "Minister", sideCode: "XYZ" }] }],
    ["numberings", { numberings: [{ number: 3, source: "Same" }, { number: 4, source: "same" }] }],
    ["negotiationId", { negotiationId: "missing" }],
    ["citations.0.url", { citations: [{ url: "javascript:alert(1)" }] }],
  ])("rejects a bad %s with a message naming the field, and writes nothing", async (field, overrides) => {
    const before = await tableCounts();
    const error = await rejection(createRound({ db: t.db, actor: editor }, validRound(overrides)));
    expect(error.code).toBe("invalid");
    expect(Object.keys(error.fieldErrors)).toContain(field);
    expect(await tableCounts()).toEqual(before);
  });

  it("finds a person again by a name written without accents", async () => {
    const again = await ensurePerson({ db: t.db, actor: editor }, { name: "Ryosei AKAZAWA", countryCode: "JPN" });
    expect(again).toEqual({ id: personId, created: false });
  });
});
