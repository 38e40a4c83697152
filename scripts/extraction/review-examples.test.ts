import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed } from "../../prisma/seed";
import { createTestDb, TEST_ENGINES, type TestDb } from "../../prisma/testing/test-db";
import { acceptExtractedFacts } from "../../lib/domain/accept-extracted-facts";
import type { Actor } from "../../lib/domain/actor";
import { listFacts } from "../../lib/review/facts";
import type { ReviewDecision } from "../../lib/review/review-input";
import { KYODO_FIXTURE, storeArticle } from "../../lib/review/testing/store-article";
import { examplesFromReviews } from "./review-examples";

const editor: Actor = { id: "u-editor", label: "editor@example.org", role: "editor" };

describe.each(TEST_ENGINES)("learning from editors' reviews on %s", (engine) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(engine);
    await seed(t.db);
  });
  afterAll(async () => t?.drop());

  it("turns each accept, edit and reject into a labelled example of the candidate it was about", async () => {
    expect((await examplesFromReviews(t.db)).decisions).toBe(0);
    const stored = await storeArticle(t.db, KYODO_FIXTURE);
    const facts = listFacts(stored.extraction);
    const tariffs = facts.filter((f) => f.type === "tariff");
    const participant = facts.find((f) => f.type === "participant")!;
    const decisions: ReviewDecision[] = facts.map((f) => {
      if (f === tariffs[0]) return { key: f.key, action: "edit", recordAs: "new", values: { ...f.values, rate: 99 } };
      if (f === participant || f === tariffs[1]) return { key: f.key, action: "accept", recordAs: "new" };
      return { key: f.key, action: "reject" };
    });
    await acceptExtractedFacts({ db: t.db, actor: editor }, stored.articleId, { extractionId: stored.extractionId, decisions });

    const { examples, decisions: counted, articles } = await examplesFromReviews(t.db);
    expect([counted, articles]).toEqual([facts.length, 1]);
    const total = Object.values(examples).reduce((n, list) => n + list.length, 0);
    expect(total).toBe(facts.length);
    expect(examples.participants.filter((e) => e.y === 1)).toHaveLength(1);
    // One tariff accepted as proposed; one corrected into another rate, which marks the proposal wrong.
    expect(examples.tariffs.map((e) => e.y).sort()).toEqual([...Array(tariffs.length - 1).fill(0), 1]);
    expect(examples.rounds.every((e) => e.y === 0)).toBe(true);
  });
});
