import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed } from "../../prisma/seed";
import { createTestDb, TEST_ENGINES, type TestDb } from "../../prisma/testing/test-db";
import { timelinePageQuerySchema } from "../validation/timeline-query";
import { listTimelinePage, weeklyDensity } from "./timeline";

const query = (params: Record<string, string>) => timelinePageQuerySchema.parse(params);

describe.each(TEST_ENGINES)("the timeline on %s", (engine) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(engine);
    await seed(t.db);
  });
  afterAll(async () => t?.drop());

  it("pages through every event by keyset cursor, newest first, without gaps or repeats", async () => {
    const total = await t.db.timelineEvent.count();
    const seen: string[] = [];
    let cursor: string | undefined;
    let previous = "9999-12-31";
    do {
      const page = await listTimelinePage(t.db, query({ limit: "40", ...(cursor ? { cursor } : {}) }));
      for (const item of page.items) {
        expect(item.dateStart <= previous).toBe(true);
        previous = item.dateStart;
        seen.push(item.id);
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(total).toBeGreaterThan(300);
  });

  it("orders oldest first on request", async () => {
    const page = await listTimelinePage(t.db, query({ order: "asc", limit: "5" }));
    const dates = page.items.map((i) => i.dateStart);
    expect(dates).toEqual([...dates].sort());
  });

  it("filters by economy on either side, kind, sector, date range and text", async () => {
    const japan = await listTimelinePage(t.db, query({ economy: "JPN", limit: "200" }));
    expect(japan.items.length).toBeGreaterThan(10);
    expect(japan.items.every((i) => i.parties.includes("JPN"))).toBe(true);

    const autos = await listTimelinePage(t.db, query({ sector: "autos", kind: "tariff", limit: "200" }));
    expect(autos.items.length).toBeGreaterThan(0);
    expect(autos.items.every((i) => i.kind === "tariff" && i.sector === "autos")).toBe(true);

    const april = await listTimelinePage(t.db, query({ from: "2025-04-01", to: "2025-04-30", limit: "200" }));
    expect(april.items.every((i) => i.dateStart >= "2025-04-01" && i.dateStart <= "2025-04-30")).toBe(true);

    const geneva = await listTimelinePage(t.db, query({ q: "GENEVA", kind: "round" }));
    expect(geneva.items.map((i) => i.title)).toEqual(expect.arrayContaining([expect.stringMatching(/China/)]));
  });

  it("links each round event to the round's canonical page", async () => {
    const rounds = await listTimelinePage(t.db, query({ negotiation: "us-japan-tariffs-2025", kind: "round", order: "asc" }));
    expect(rounds.items[0].href).toBe("/negotiations/us-japan-tariffs-2025/rounds/1");
  });

  it("returns nothing for an unknown negotiation rather than everything", async () => {
    expect((await listTimelinePage(t.db, query({ negotiation: "no-such-talks" }))).items).toEqual([]);
  });

  it("counts events per week for the density strip, ignoring the date range", async () => {
    const weeks = await weeklyDensity(t.db, query({ from: "2025-06-01", to: "2025-06-30" }));
    const total = weeks.reduce((sum, w) => sum + w.count, 0);
    expect(total).toBe(await t.db.timelineEvent.count());
    expect(weeks.every((w) => new Date(`${w.week}T00:00:00Z`).getUTCDay() === 1)).toBe(true);
  });
});

describe("timeline query parameters", () => {
  it.each([
    ["limit", { limit: "0" }],
    ["limit", { limit: "abc" }],
    ["cursor", { cursor: "not-a-cursor" }],
    ["from", { from: "2025-02-30" }],
    ["to", { from: "2025-05-01", to: "2025-04-01" }],
    ["order", { order: "sideways" }],
  ])("rejects a bad %s, naming it", (field, params) => {
    const result = timelinePageQuerySchema.safeParse(params);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0].path[0]).toBe(field);
  });
});
