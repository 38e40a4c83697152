import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { seed } from "../../prisma/seed";
import { createTestDb, TEST_ENGINES, type TestDb } from "../../prisma/testing/test-db";
import { listFacts } from "../review/facts";
import type { ReviewDecision } from "../review/review-input";
import { KYODO_FIXTURE, storeArticle } from "../review/testing/store-article";
import { factIdentity, identityOf } from "../review/fact-identity";
import { acceptExtractedFacts } from "./accept-extracted-facts";
import { reextractArticle } from "./reextract-article";
import type { Actor } from "./actor";
import { DomainError } from "./errors";
import { armWriteFault } from "./fault-injection";

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

type Stored = Awaited<ReturnType<typeof storeArticle>>;
type Choice = ReviewDecision extends infer D ? (D extends unknown ? Omit<D, "key"> : never) : never;

/** A decision for every fact: the listed ones as given, the rest rejected. */
function decide(stored: Stored, chosen: Record<string, Choice>): ReviewDecision[] {
  return listFacts(stored.extraction).map((f) => ({ key: f.key, ...(chosen[f.key] ?? { action: "reject" }) }) as ReviewDecision);
}

const keyOf = (stored: Stored, type: string, predicate: (values: Record<string, unknown>) => boolean) => {
  const fact = listFacts(stored.extraction).find((f) => f.type === type && predicate(f.values as unknown as Record<string, unknown>));
  if (!fact) throw new Error(`no ${type} fact matched`);
  return fact.key;
};

describe.each(TEST_ENGINES)("accepting an article's extracted facts on %s", (engine) => {
  let t: TestDb;
  // Each test stores its own copy of the article (a different trailing line keeps content hashes unique).
  let copies = 0;
  const store = () => storeArticle(t.db, KYODO_FIXTURE, (text) => `${text}\n\nComments (${++copies})`);
  const counts = async () =>
    Promise.all([
      t.db.round.count(),
      t.db.roundNumbering.count(),
      t.db.roundParticipant.count(),
      t.db.tariffMeasure.count(),
      t.db.milestone.count(),
      t.db.person.count(),
      t.db.citation.count(),
      t.db.revision.count(),
      t.db.timelineEvent.count(),
    ]);
  const jpnRound = (key: string) =>
    t.db.round.findUniqueOrThrow({ where: { externalKey: key }, include: { numberings: true, citations: true, participants: true } });
  const measure = (key: string) => t.db.tariffMeasure.findUniqueOrThrow({ where: { externalKey: key }, include: { citations: true } });

  beforeAll(async () => {
    t = await createTestDb(engine);
    await seed(t.db);
  });
  afterAll(async () => t?.drop());
  afterEach(() => armWriteFault(false));

  it("the real extractor finds the sixth round, the tariff layers, the summit, and nothing from the teaser", async () => {
    const { extraction } = await store();
    expect(extraction.rounds[0]).toMatchObject({ parties: ["JPN", "USA"], number: 6, status: "planned", location: "Washington" });
    // Besides it, only the leaders' meeting the article hopes for at the G7 summit.
    expect(extraction.rounds.slice(1)).toEqual([expect.objectContaining({ level: "leaders", status: "planned", when: "2025-06-15" })]);
    expect(extraction.tariffs.map((x) => [x.sector, x.rate]).sort()).toEqual([["all", 10], ["all", 14], ["all", 24], ["autos", 25]]);
    expect(extraction.milestones.some((m) => m.kind === "summit" && m.when === "2025-06-15")).toBe(true);
    const quotes = [...extraction.rounds, ...extraction.participants, ...extraction.tariffs, ...extraction.milestones].map((f) => f.evidence.quote);
    expect(quotes.some((q) => /Korea|chip/i.test(q))).toBe(false);
  });

  it("adds the outlet's numbering and a quoted citation to the matched round, cites stored tariffs and keeps their rates", async () => {
    const stored = await store();
    const r5Before = await jpnRound("jpn-r5");
    const t2Before = await measure("jpn-t2");
    const t5Before = await measure("jpn-t5");
    const round = keyOf(stored, "round", () => true);
    const tariffs = listFacts(stored.extraction).filter((f) => f.type === "tariff").map((f) => f.key);
    const summit = keyOf(stored, "milestone", (v) => v.kind === "summit");
    const akazawa = keyOf(stored, "participant", (v) => v.name === "Ryosei Akazawa");
    const chosen: Record<string, Choice> = { [round]: { action: "accept" }, [summit]: { action: "accept" }, [akazawa]: { action: "accept" } };
    for (const key of tariffs) chosen[key] = { action: "accept" };

    const result = await acceptExtractedFacts({ db: t.db, actor: editor }, stored.articleId, {
      extractionId: stored.extractionId,
      decisions: decide(stored, chosen),
    });

    const r5 = await jpnRound("jpn-r5");
    expect(r5.id).toBe(r5Before.id);
    expect(r5.number).toBe(5);
    expect(r5.status).toBe("held");
    expect(r5.version).toBe(r5Before.version + 1);
    expect(r5.numberings).toContainEqual(expect.objectContaining({ number: 6, source: "Kyodo News" }));
    expect(r5.numberings).toHaveLength(r5Before.numberings.length + 1);
    const roundFact = stored.extraction.rounds[0];
    const citation = r5.citations.find((c) => c.articleId === stored.articleId);
    expect(citation).toMatchObject({ quote: roundFact.evidence.quote, startOffset: roundFact.evidence.start, endOffset: roundFact.evidence.end });
    expect(stored.text.slice(citation!.startOffset!, citation!.endOffset!)).toBe(citation!.quote);
    expect(citation!.quote).toContain("sixth round");

    const t1 = await measure("jpn-t1");
    expect(t1.citations.some((c) => c.articleId === stored.articleId && c.quote?.includes("10 percent baseline"))).toBe(true);
    const t2 = await measure("jpn-t2");
    expect(t2.rate).toBe(24);
    // The 24% total and the 14% layer come from one sentence: cited once.
    expect(t2.citations.filter((c) => c.articleId === stored.articleId)).toHaveLength(1);
    expect(t2.version).toBe(t2Before.version + 1);
    const t5 = await measure("jpn-t5");
    expect(t5.rate).toBe(27.5);
    expect(t5.citations.filter((c) => c.articleId === stored.articleId)).toHaveLength(1);
    expect(t5.citations.length).toBe(t5Before.citations.length + 1);
    const alternate = await t.db.revision.findFirst({ where: { entityType: "tariffMeasure", entityId: t5.id, action: "update" } });
    expect(alternate?.reason).toMatch(/Alternate claim: Kyodo News gives 25%; the stored 27.5% is kept/);

    const milestone = await t.db.milestone.findFirstOrThrow({ where: { citations: { some: { articleId: stored.articleId } }, kind: "summit" } });
    expect(milestone).toMatchObject({ dateStart: "2025-06-15", datePrecision: "day", negotiationId: r5.negotiationId });
    expect(await t.db.timelineEvent.count({ where: { milestoneId: milestone.id } })).toBe(1);

    const extraction = await t.db.articleExtraction.findUniqueOrThrow({ where: { id: stored.extractionId } });
    expect(extraction).toMatchObject({ reviewStatus: "reviewed", reviewedById: "u-editor" });
    expect(extraction.reviewedAt).toBeInstanceOf(Date);
    const roundRevision = await t.db.revision.findFirstOrThrow({ where: { entityType: "round", entityId: r5.id, action: "update" } });
    expect(roundRevision).toMatchObject({ actorId: "u-editor" });
    expect(roundRevision.reason).toMatch(/Kyodo News numbers this round 6/);
    expect(await t.db.revision.count({ where: { entityType: "article", entityId: stored.articleId } })).toBe(1);

    expect(result.written.find((w) => w.key === round)).toMatchObject({ entityType: "round", id: r5.id, change: "updated" });
    expect(result.written.find((w) => w.key === summit)).toMatchObject({ entityType: "milestone", change: "created" });
    expect(result.rejected.length).toBe(listFacts(stored.extraction).length - result.written.length);
  });

  it("records an edited tariff as a new measure when the editor chooses so, with the article's values", async () => {
    const stored = await store();
    const cars = keyOf(stored, "tariff", (v) => v.sector === "autos");
    const fact = stored.extraction.tariffs.find((x) => x.sector === "autos")!;
    const before = await t.db.tariffMeasure.count();
    const result = await acceptExtractedFacts({ db: t.db, actor: editor }, stored.articleId, {
      extractionId: stored.extractionId,
      decisions: decide(stored, { [cars]: { action: "edit", recordAs: "new", values: { ...fact, status: "in-effect", kind: "sectoral" } } }),
    });
    expect(await t.db.tariffMeasure.count()).toBe(before + 1);
    const created = await t.db.tariffMeasure.findUniqueOrThrow({ where: { id: result.written[0].id }, include: { citations: true } });
    expect(created).toMatchObject({ rate: 25, sector: "autos", kind: "sectoral", status: "in-effect", imposerCode: "USA", targetCode: "JPN", effectiveFrom: "2025-06-02" });
    expect(created.note).toMatch(/27\.5%/);
    expect(created.citations[0]).toMatchObject({ articleId: stored.articleId, quote: fact.evidence.quote });
    expect((await measure("jpn-t5")).rate).toBe(27.5);
  });

  it("refuses a quote that is not the article's text at its offsets, and writes nothing", async () => {
    const stored = await store();
    const round = keyOf(stored, "round", () => true);
    const fact = stored.extraction.rounds[0];
    const shifted = { ...fact, evidence: { start: fact.evidence.start + 1, end: fact.evidence.end + 1, quote: fact.evidence.quote } };
    const before = await counts();
    const error = await rejection(
      acceptExtractedFacts({ db: t.db, actor: editor }, stored.articleId, {
        extractionId: stored.extractionId,
        decisions: decide(stored, { [round]: { action: "edit", values: shifted } }),
      }),
    );
    expect(error.code).toBe("invalid");
    expect(error.fieldErrors[`${round}.evidence`]).toMatch(/not the article's text/);
    expect(await counts()).toEqual(before);
    expect((await t.db.articleExtraction.findUniqueOrThrow({ where: { id: stored.extractionId } })).reviewStatus).toBe("pending");
  });

  it("files invalid edits and undecided facts under their fact keys", async () => {
    const stored = await store();
    const [first, ...rest] = decide(stored, {});
    const missing = await rejection(acceptExtractedFacts({ db: t.db, actor: editor }, stored.articleId, { extractionId: stored.extractionId, decisions: rest }));
    expect(Object.keys(missing.fieldErrors)).toEqual([first.key]);
    const tariff = keyOf(stored, "tariff", (v) => v.rate === 10);
    const bad = { ...stored.extraction.tariffs[0], rate: -3 };
    const invalid = await rejection(
      acceptExtractedFacts({ db: t.db, actor: editor }, stored.articleId, {
        extractionId: stored.extractionId,
        decisions: decide(stored, { [tariff]: { action: "edit", values: bad } }),
      }),
    );
    expect(Object.keys(invalid.fieldErrors)).toEqual([`${tariff}.rate`]);
    const round = keyOf(stored, "round", () => true);
    const unmatched = await rejection(
      acceptExtractedFacts({ db: t.db, actor: editor }, stored.articleId, {
        extractionId: stored.extractionId,
        decisions: decide(stored, { [round]: { action: "edit", values: { ...stored.extraction.rounds[0], parties: ["BRA", "JPN"] } } }),
      }),
    );
    expect(unmatched.fieldErrors[round]).toMatch(/No negotiation between BRA and JPN/);
  });

  it("records a round as a separate one when the editor says it is another meeting, with its participants", async () => {
    const stored = await store();
    const round = keyOf(stored, "round", () => true);
    const akazawa = keyOf(stored, "participant", (v) => v.name === "Ryosei Akazawa");
    const r5 = await jpnRound("jpn-r5");
    const result = await acceptExtractedFacts({ db: t.db, actor: editor }, stored.articleId, {
      extractionId: stored.extractionId,
      decisions: decide(stored, { [round]: { action: "accept", recordAs: "new" }, [akazawa]: { action: "accept" } }),
    });
    const id = result.written.find((w) => w.key === round)!.id;
    const created = await t.db.round.findUniqueOrThrow({ where: { id }, include: { numberings: true, participants: true, citations: true } });
    expect(created).toMatchObject({ negotiationId: r5.negotiationId, number: 6, status: "planned", dateStart: "2025-06-03", dateEnd: "2025-06-08", datePrecision: "interval" });
    expect(created.numberings).toEqual([expect.objectContaining({ number: 6, source: "Kyodo News" })]);
    expect(created.participants).toEqual([expect.objectContaining({ sideCode: "JPN" })]);
    expect(created.citations[0]).toMatchObject({ articleId: stored.articleId });
    expect(await t.db.timelineEvent.count({ where: { roundId: id, kind: "round" } })).toBe(1);
    expect(await t.db.revision.count({ where: { entityType: "round", entityId: id, action: "create" } })).toBe(1);
    expect((await jpnRound("jpn-r5")).version).toBe(r5.version);
  });

  it("writes nothing at all when the transaction fails part-way", async () => {
    const stored = await store();
    const round = keyOf(stored, "round", () => true);
    const summit = keyOf(stored, "milestone", (v) => v.kind === "summit");
    const before = await counts();
    armWriteFault(true);
    await expect(
      acceptExtractedFacts({ db: t.db, actor: editor }, stored.articleId, {
        extractionId: stored.extractionId,
        decisions: decide(stored, { [round]: { action: "accept" }, [summit]: { action: "accept" } }),
      }),
    ).rejects.toThrow();
    armWriteFault(false);
    expect(await counts()).toEqual(before);
    expect((await t.db.articleExtraction.findUniqueOrThrow({ where: { id: stored.extractionId } })).reviewStatus).toBe("pending");
  });

  it("is for editors only, and a second review of the same facts is a conflict", async () => {
    const stored = await store();
    const input = { extractionId: stored.extractionId, decisions: decide(stored, {}) };
    expect((await rejection(acceptExtractedFacts({ db: t.db, actor: null }, stored.articleId, input))).code).toBe("unauthenticated");
    expect((await rejection(acceptExtractedFacts({ db: t.db, actor: viewer }, stored.articleId, input))).code).toBe("forbidden");
    const result = await acceptExtractedFacts({ db: t.db, actor: editor }, stored.articleId, input);
    expect(result.written).toEqual([]);
    expect((await rejection(acceptExtractedFacts({ db: t.db, actor: editor }, stored.articleId, input))).code).toBe("conflict");
  });

  it("a re-extraction of an article already reviewed adds nothing twice", async () => {
    const stored = await store();
    const round = keyOf(stored, "round", () => true);
    const input = (extractionId: string) => ({ extractionId, decisions: decide(stored, { [round]: { action: "accept" } }) });
    const first = await acceptExtractedFacts({ db: t.db, actor: editor }, stored.articleId, input(stored.extractionId));
    const roundId = first.written[0].id;
    const revisions = await t.db.revision.count({ where: { entityType: "round", entityId: roundId } });
    const again = await t.db.articleExtraction.create({ data: { articleId: stored.articleId, result: stored.extraction as never, factCount: 1 } });
    const second = await acceptExtractedFacts({ db: t.db, actor: editor }, stored.articleId, input(again.id));
    expect(second.written[0].description).toMatch(/already cited from this article, nothing new written$/);
    expect(await t.db.revision.count({ where: { entityType: "round", entityId: roundId } })).toBe(revisions);
    expect(await t.db.citation.count({ where: { roundId, articleId: stored.articleId } })).toBe(1);
  });

  it("keeps every decision as feedback, and extracting again never proposes a rejected or corrected-away fact", async () => {
    const stored = await store();
    const facts = listFacts(stored.extraction);
    const tariff = keyOf(stored, "tariff", (v) => v.rate === 25);
    const edited = facts.find((f) => f.type === "tariff" && f.key !== tariff)!;
    const rejected = facts.filter((f) => f.key !== tariff && f.key !== edited.key);
    const decisions = decide(stored, {
      [tariff]: { action: "accept" },
      [edited.key]: { action: "edit", recordAs: "new", values: { ...edited.values, rate: 31 } },
    });
    await acceptExtractedFacts({ db: t.db, actor: editor }, stored.articleId, { extractionId: stored.extractionId, decisions });

    const feedback = await t.db.extractionFeedback.findMany({ where: { articleId: stored.articleId } });
    expect(feedback).toHaveLength(facts.length);
    expect(feedback.filter((f) => f.action === "reject").map((f) => f.identity).sort()).toEqual(rejected.map(identityOf).sort());
    const edit = feedback.find((f) => f.action === "edit")!;
    expect(edit).toMatchObject({ factType: "tariff", identity: identityOf(edited), reviewerId: editor.id, recorded: expect.objectContaining({ rate: 31 }) });

    const again = await reextractArticle({ db: t.db, actor: editor }, stored.articleId);
    const fresh = await t.db.articleExtraction.findUniqueOrThrow({ where: { id: again.extractionId } });
    const proposed = listFacts(fresh.result as never).map(identityOf);
    expect(proposed).toEqual([factIdentity("tariff", facts.find((f) => f.key === tariff)!.values as never)]);
    expect(again).toMatchObject({ factCount: 1, withheld: facts.length - 1 });
    expect((await rejection(reextractArticle({ db: t.db, actor: viewer }, stored.articleId))).code).toBe("forbidden");
  });

  it("adds a person to the matched round when the article names a new participant in the round's sentence", async () => {
    const stored = await store();
    const round = keyOf(stored, "round", () => true);
    const akazawa = stored.extraction.participants.find((p) => p.name === "Ryosei Akazawa")!;
    const key = keyOf(stored, "participant", (v) => v.name === "Ryosei Akazawa");
    const renamed = { ...akazawa, name: "Kazuo Testperson", role: "Deputy negotiator" };
    const result = await acceptExtractedFacts({ db: t.db, actor: editor }, stored.articleId, {
      extractionId: stored.extractionId,
      decisions: decide(stored, { [round]: { action: "accept" }, [key]: { action: "edit", values: renamed } }),
    });
    const person = await t.db.person.findFirstOrThrow({ where: { nameKey: "kazuo testperson", countryCode: "JPN" }, include: { citations: true } });
    expect(person.citations[0]?.articleId).toBe(stored.articleId);
    // The matched round: jpn-r5, or a round 6 an earlier test recorded on overlapping dates.
    const matched = await t.db.round.findUniqueOrThrow({ where: { id: result.written.find((w) => w.key === round)!.id }, include: { participants: true } });
    expect(matched.participants).toContainEqual(expect.objectContaining({ personId: person.id, role: "Deputy negotiator", sideCode: "JPN" }));
    const event = await t.db.timelineEvent.findFirstOrThrow({ where: { roundId: matched.id, kind: "round" } });
    expect(event.searchText).toContain("kazuo testperson");
  });
});
