import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed } from "../../prisma/seed";
import { createTestDb, TEST_ENGINES, type TestDb } from "../../prisma/testing/test-db";
import { tariffLevelsQuerySchema } from "../validation/tariff-levels-query";
import { loadTariffLevels } from "./tariff-levels";

const query = (params: Record<string, string>) => tariffLevelsQuerySchema.parse({ from: "2025-01-01", to: "2025-12-31", ...params });

describe.each(TEST_ENGINES)("tariff levels from the database on %s", (engine) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(engine);
    await seed(t.db);
  });
  afterAll(async () => t?.drop());

  /** Database ids → seed keys, so the checks can name the reference records. */
  async function keysOf(ids: string[]): Promise<string[]> {
    const rows = await t.db.tariffMeasure.findMany({ where: { id: { in: ids } }, select: { id: true, externalKey: true } });
    return ids.map((id) => rows.find((r) => r.id === id)?.externalKey ?? id);
  }

  it("answers the example request: one series per target and sector, stepping as the reference says", async () => {
    const { series } = await loadTariffLevels(t.db, query({ imposer: "USA", target: "JPN,CHN", sector: "autos" }));
    expect(series.map((s) => [s.imposer, s.target, s.sector])).toEqual([
      ["USA", "JPN", "autos"],
      ["USA", "CHN", "autos"],
    ]);
    const japan = series[0].points.filter((p) => p.status === "in-effect" && !p.pending);
    expect(japan.map((p) => [p.date, p.rate])).toEqual([
      ["2025-01-01", 2.5],
      ["2025-04-03", 27.5],
      ["2025-09-16", 15],
    ]);
    expect(await keysOf(japan.map((p) => p.layers.at(-1)!.measureId))).toEqual(["jpn-t-mfn-autos", "jpn-t5", "jpn-t6"]);
  });

  it("defaults the imposer to the United States and reads the all-partners records for *", async () => {
    const { target, sector, from, to } = query({ target: "CHN,*", sector: "all,steel" });
    const { series } = await loadTariffLevels(t.db, { target, sector, from, to });
    expect(series.map((s) => `${s.imposer}:${s.target}:${s.sector}`)).toEqual(["USA:CHN:all", "USA:CHN:steel", "USA:*:all", "USA:*:steel"]);
    const china = series[0].points;
    expect(china.find((p) => p.date === "2025-04-10")?.rate).toBe(145);
    expect(china.find((p) => p.date === "2025-05-14")?.rate).toBe(30);
    expect(series[3].points.find((p) => p.date === "2025-06-04")?.rate).toBe(50);
  });

  it("leaves out deleted measures", async () => {
    const deal = await t.db.tariffMeasure.findUniqueOrThrow({ where: { externalKey: "jpn-t6" } });
    await t.db.tariffMeasure.update({ where: { id: deal.id }, data: { deletedAt: new Date() } });
    try {
      const { series } = await loadTariffLevels(t.db, query({ target: "JPN", sector: "autos" }));
      const last = series[0].points.at(-1)!;
      expect(last.rate).toBe(27.5);
      expect(series[0].points.flatMap((p) => p.layers.map((l) => l.measureId))).not.toContain(deal.id);
    } finally {
      await t.db.tariffMeasure.update({ where: { id: deal.id }, data: { deletedAt: null } });
    }
  });
});
