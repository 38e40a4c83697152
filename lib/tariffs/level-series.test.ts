import { describe, expect, it } from "vitest";
import { negotiations, standalone } from "../../prisma/seed-data";
import type { SeedTariff } from "../../prisma/seed-data/types";
import type { Sector } from "../vocab/vocab";
import { computeLevelSeries, computeLevelSeriesMany } from "./level-series";
import type { TariffLayerInput, TariffLevelPoint } from "./types";

// The engine runs on the real seed records, so these checks verify the data and the rule together.
const toLayer = (t: SeedTariff): TariffLayerInput => ({
  id: t.key,
  imposerCode: t.imposer,
  targetCode: t.target === "*" ? null : t.target,
  sector: t.sector,
  rate: t.rate,
  kind: t.kind,
  status: t.status,
  stacking: t.stacking,
  announcedOn: t.announcedOn,
  effectiveFrom: t.effectiveFrom,
  effectiveTo: t.effectiveTo,
});
const measures = [...standalone.tariffs, ...negotiations.flatMap((n) => n.tariffs)].map(toLayer);

const seriesOf = (imposer: string, target: string, sector: Sector, from = "2025-01-01", to = "2025-12-31") =>
  computeLevelSeries(measures, { imposer, target, sector, from, to });

const stepAt = (points: TariffLevelPoint[], day: string) => points.filter((p) => p.date <= day).at(-1);

/** The in-effect line with repeated rates folded: [date, rate] wherever the duty in force changes. */
const inEffectChanges = (points: TariffLevelPoint[]) =>
  points
    .filter((p) => p.status === "in-effect")
    .filter((p, i, all) => i === 0 || p.rate !== all[i - 1].rate)
    .map((p) => [p.date, p.rate]);

// [imposer, target, sector, day, rate in effect, reference record it comes from]
// References are to the sourced 2025 reference records behind the seed: negotiation slug, then the measure.
const REFERENCE_CHECKS: [string, string, Sector, string, number, string][] = [
  ["USA", "JPN", "autos", "2025-01-01", 2.5, "us-global-tariffs: autos 25% 'added to the 2.5% MFN duty on cars'"],
  ["USA", "JPN", "autos", "2025-04-03", 27.5, "us-japan-tariffs-2025: autos 27.5 combined from 2025-04-03"],
  ["USA", "JPN", "autos", "2025-09-15", 27.5, "us-japan-tariffs-2025: autos 27.5 combined, effectiveTo 2025-09-16"],
  ["USA", "JPN", "autos", "2025-09-16", 15, "us-japan-tariffs-2025: autos 15 agreed all-inclusive from 2025-09-16"],
  ["USA", "JPN", "auto-parts", "2025-05-03", 25, "us-japan-tariffs-2025: auto-parts 25 sectoral from 2025-05-03"],
  ["USA", "JPN", "auto-parts", "2025-09-16", 15, "us-japan-tariffs-2025: auto-parts 15 agreed from 2025-09-16"],
  ["USA", "JPN", "all", "2025-04-05", 10, "us-japan-tariffs-2025: all 10 baseline from 2025-04-05"],
  ["USA", "JPN", "all", "2025-04-09", 24, "us-japan-tariffs-2025: all 24 country-specific, 'the 10% baseline plus 14 points'"],
  ["USA", "JPN", "all", "2025-04-10", 10, "us-japan-tariffs-2025: 24 paused 2025-04-10, baseline runs to 2025-08-07"],
  ["USA", "JPN", "all", "2025-08-07", 15, "us-japan-tariffs-2025: all 15 agreed from 2025-08-07 (inclusive of MFN)"],
  ["USA", "CHN", "all", "2025-02-04", 10, "us-china-trade-2025: 10 fentanyl from 2025-02-04"],
  ["USA", "CHN", "all", "2025-03-04", 20, "us-china-trade-2025: 20 fentanyl from 2025-03-04"],
  ["USA", "CHN", "all", "2025-04-09", 104, "us-china-trade-2025: 104 combined '84% reciprocal + 20% fentanyl'"],
  ["USA", "CHN", "all", "2025-04-10", 145, "us-china-trade-2025: 145 combined '125% reciprocal + 20% fentanyl'"],
  ["USA", "CHN", "all", "2025-05-14", 30, "us-china-trade-2025: 30 combined '10% reciprocal + 20% fentanyl'"],
  ["USA", "CHN", "all", "2025-11-10", 20, "us-china-trade-2025: 20 combined '10% reciprocal + 10% fentanyl'"],
  ["USA", "EUN", "all", "2025-04-09", 20, "us-eu-tariffs-2025: all 20 country-specific, paused 2025-04-10"],
  ["USA", "EUN", "all", "2025-08-07", 15, "us-eu-tariffs-2025: all 15 agreed 'All-inclusive: MFN + reciprocal = 15%'"],
  ["USA", "EUN", "autos", "2025-04-03", 27.5, "us-eu-tariffs-2025: autos 27.5 combined from 2025-04-03"],
  ["USA", "EUN", "autos", "2025-08-01", 15, "us-eu-tariffs-2025: autos 15 agreed, retroactive to 2025-08-01"],
  ["USA", "GBR", "all", "2025-07-01", 10, "us-uk-economic-prosperity-deal: all 10 baseline 'kept under the deal'"],
  ["USA", "GBR", "autos", "2025-06-30", 10, "us-uk-economic-prosperity-deal: autos 10 agreed '7.5% + 2.5% MFN'"],
  ["USA", "GBR", "steel", "2025-06-04", 25, "us-uk-economic-prosperity-deal: steel 25 'carved out of the June 4 increase'"],
  ["USA", "*", "steel", "2025-03-12", 25, "us-global-tariffs: steel 25 sectoral from 2025-03-12"],
  ["USA", "*", "steel", "2025-06-04", 50, "us-global-tariffs: steel 50 sectoral from 2025-06-04"],
  ["USA", "*", "copper", "2025-08-01", 50, "us-global-tariffs: copper 50 sectoral from 2025-08-01"],
  ["USA", "*", "trucks", "2025-11-01", 25, "us-global-tariffs: trucks 25 sectoral from 2025-11-01"],
  ["USA", "KOR", "all", "2025-04-09", 25, "us-korea-tariffs-2025: all 25 country-specific, paused 2025-04-10"],
  ["USA", "KOR", "all", "2025-08-07", 15, "us-korea-tariffs-2025: all 15 agreed from 2025-08-07"],
  ["USA", "KOR", "autos", "2025-08-07", 25, "us-korea-tariffs-2025: autos 25 sectoral until 2025-11-01"],
  ["USA", "KOR", "autos", "2025-11-01", 15, "us-korea-tariffs-2025: autos 15 agreed, retroactive from 2025-11-01"],
  ["USA", "IND", "all", "2025-04-09", 26, "us-india-bta-2025: all 26 country-specific, paused 2025-04-10"],
  ["USA", "IND", "all", "2025-08-07", 25, "us-india-bta-2025: all 25 country-specific from 2025-08-07"],
  ["USA", "IND", "all", "2025-08-27", 50, "us-india-bta-2025: 50 combined '25% reciprocal + 25% Russian-oil penalty'"],
  ["USA", "CHE", "all", "2025-04-09", 31, "us-switzerland-tariffs-2025: all 31 country-specific, paused 2025-04-10"],
  ["USA", "CHE", "all", "2025-08-07", 39, "us-switzerland-tariffs-2025: all 39 country-specific from 2025-08-07"],
  ["USA", "VNM", "all", "2025-04-09", 46, "us-vietnam-reciprocal-trade-2025: all 46, paused 2025-04-10"],
  ["USA", "VNM", "all", "2025-08-07", 20, "us-vietnam-reciprocal-trade-2025: all 20 agreed from 2025-08-07"],
  ["USA", "IDN", "all", "2025-04-09", 32, "us-indonesia-tariffs-2025: all 32 country-specific, paused 2025-04-10"],
  ["USA", "IDN", "all", "2025-08-07", 19, "us-indonesia-tariffs-2025: all 19 agreed from 2025-08-07"],
  ["USA", "CAN", "all", "2025-04-05", 25, "us-canada-tariffs-2025: all 25 from 2025-03-04; us-global: Canada 'left under separate IEEPA orders'"],
  ["USA", "CAN", "all", "2025-08-01", 35, "us-canada-tariffs-2025: all 35 from 2025-08-01"],
  ["USA", "CAN", "energy", "2025-03-04", 10, "us-canada-tariffs-2025: energy 10 from 2025-03-04"],
  ["USA", "MEX", "all", "2025-04-05", 25, "us-mexico-tariffs-2025: all 25 from 2025-03-04; us-global: Mexico outside the baseline"],
  ["USA", "BRA", "all", "2025-04-05", 10, "us-brazil-tariffs-2025: all 10 baseline from 2025-04-05"],
  ["USA", "BRA", "all", "2025-08-06", 50, "us-brazil-tariffs-2025: 50 combined '10% baseline + 40%'"],
  ["CHN", "USA", "all", "2025-04-10", 84, "us-china-trade-2025: China on USA all 84 retaliatory from 2025-04-10"],
  ["CHN", "USA", "all", "2025-04-12", 125, "us-china-trade-2025: China on USA all 125 retaliatory from 2025-04-12"],
  ["CHN", "USA", "all", "2025-05-14", 10, "us-china-trade-2025: China on USA all 10 retaliatory from 2025-05-14"],
  ["CAN", "USA", "steel", "2025-03-13", 25, "us-canada-tariffs-2025: Canada on USA steel 25 retaliatory from 2025-03-13"],
];

describe("effective levels on the seed data match the reference", () => {
  it.each(REFERENCE_CHECKS)("%s on %s, %s, %s: %s percent (%s)", (imposer, target, sector, day, rate) => {
    const step = stepAt(seriesOf(imposer, target, sector).points, day);
    expect(step?.status).toBe("in-effect");
    expect(step?.rate).toBe(rate);
  });

  it("USA on Japanese autos: 2.5% MFN, 27.5% from 2025-04-03, 15% all-in from 2025-09-16", () => {
    const { points } = seriesOf("USA", "JPN", "autos");
    expect(inEffectChanges(points)).toEqual([
      ["2025-01-01", 2.5],
      ["2025-04-03", 27.5],
      ["2025-09-16", 15],
    ]);
    expect(stepAt(points, "2025-01-01")?.layers).toEqual([{ measureId: "jpn-t-mfn-autos", kind: "mfn", rate: 2.5, status: "in-effect" }]);
    expect(stepAt(points, "2025-09-16")?.layers.map((l) => l.measureId)).toEqual(["jpn-t6"]);
  });

  it("USA on Chinese goods: 20% from 2025-03-04, 145% from 2025-04-10, 30% from 2025-05-14", () => {
    expect(inEffectChanges(seriesOf("USA", "CHN", "all").points)).toEqual([
      ["2025-02-04", 10],
      ["2025-03-04", 20],
      ["2025-04-05", 30], // the 10% worldwide baseline on top of the fentanyl duty
      ["2025-04-09", 104],
      ["2025-04-10", 145],
      ["2025-05-14", 30],
      ["2025-11-10", 20],
    ]);
  });
});

describe("announced and threatened levels", () => {
  it("shows the announced level while nothing is in force, then pending levels behind the duty in force", () => {
    const summary = seriesOf("USA", "JPN", "all").points.map((p) => [p.date, p.status, p.rate, p.pending?.rate ?? null]);
    expect(summary).toEqual([
      ["2025-04-02", "announced", 24, null], // Liberation Day rate announced, nothing in force yet
      ["2025-04-05", "in-effect", 10, 24],
      ["2025-04-09", "in-effect", 24, null],
      ["2025-04-10", "in-effect", 10, null],
      ["2025-07-07", "in-effect", 10, 25], // the July 7 letter rate (threatened)
      ["2025-07-22", "in-effect", 10, 15], // the deal overtakes the letter rate
      ["2025-08-07", "in-effect", 15, null],
    ]);
    expect(stepAt(seriesOf("USA", "JPN", "all").points, "2025-07-07")?.pending?.layers).toEqual([
      { measureId: "jpn-t3", kind: "country-specific", rate: 25, status: "threatened" },
    ]);
  });

  it("keeps the duty in force on the line while an agreed cut waits (Japanese autos from 2025-07-22)", () => {
    const step = stepAt(seriesOf("USA", "JPN", "autos").points, "2025-08-01");
    expect(step).toMatchObject({ date: "2025-07-22", status: "in-effect", rate: 27.5, pending: { rate: 15 } });
    expect(step?.pending?.layers.map((l) => [l.measureId, l.status])).toEqual([["jpn-t6", "announced"]]);
  });

  it("stacks a threat on top of the layers in force and drops it when a later announcement overtakes it", () => {
    const { points } = seriesOf("USA", "CHN", "all");
    // us-china-trade-2025: 100% threatened from Nov. 1 'on top of existing duties', set aside at Busan.
    const threat = stepAt(points, "2025-10-10");
    expect(threat).toMatchObject({ rate: 30, pending: { rate: 130 } });
    expect(threat?.pending?.layers.map((l) => [l.measureId, l.status])).toEqual([
      ["chn-t10", "in-effect"],
      ["chn-t12", "threatened"],
    ]);
    expect(stepAt(points, "2025-10-30")).toMatchObject({ rate: 30, pending: { rate: 20 } });
    // us-china-trade-2025: 34% announced 2025-04-02, 'would have meant 54% including the fentanyl levy'.
    expect(stepAt(points, "2025-04-02")).toMatchObject({ rate: 20, pending: { rate: 54 } });
  });

  it("lets a threatened rate replace the duty it would supersede (Mexico's 30% letter rate)", () => {
    expect(stepAt(seriesOf("USA", "MEX", "all").points, "2025-07-12")).toMatchObject({ rate: 25, pending: { rate: 30 } });
  });
});

describe("step series shape", () => {
  const allScopes = [...new Set(measures.map((m) => `${m.imposerCode}|${m.targetCode ?? "*"}|${m.sector}`))].map(
    (key) => key.split("|") as [string, string, Sector],
  );

  it("emits a point only where something changes, in date order, with each layer counted once", () => {
    for (const [imposer, target, sector] of allScopes) {
      const { points } = seriesOf(imposer, target, sector);
      points.forEach((p, i) => {
        const ids = p.layers.map((l) => l.measureId);
        expect(new Set(ids).size).toBe(ids.length);
        if (i === 0) return;
        expect(p.date > points[i - 1].date).toBe(true);
        expect({ ...p, date: "" }).not.toEqual({ ...points[i - 1], date: "" });
      });
    }
  });

  it("starts at `from` with the step then in force and stops at `to`", () => {
    const { points } = seriesOf("USA", "JPN", "autos", "2025-06-01", "2025-09-01");
    expect(points.map((p) => [p.date, p.rate, p.pending?.rate ?? null])).toEqual([
      ["2025-06-01", 27.5, null],
      ["2025-07-22", 27.5, 15],
    ]);
  });

  it("marks the end of the last layer with a 0% step that has no layers", () => {
    const only: TariffLayerInput = { ...measures.find((m) => m.id === "chn-t1")!, announcedOn: null };
    const { points } = computeLevelSeries([only], { imposer: "USA", target: "CHN", sector: "all", from: "2025-01-01", to: "2025-12-31" });
    expect(points).toEqual([
      { date: "2025-02-04", rate: 10, status: "in-effect", layers: [{ measureId: "chn-t1", kind: "country-specific", rate: 10, status: "in-effect" }] },
      { date: "2025-03-04", rate: 0, status: "in-effect", layers: [] },
    ]);
  });

  it("builds one series per target × sector, targets outer, with * meaning the all-partners records", () => {
    const many = computeLevelSeriesMany(measures, { imposer: "USA", targets: ["JPN", "*"], sectors: ["autos", "steel"], from: "2025-01-01", to: "2025-12-31" });
    expect(many.map((s) => [s.imposer, s.target, s.sector])).toEqual([
      ["USA", "JPN", "autos"],
      ["USA", "JPN", "steel"],
      ["USA", "*", "autos"],
      ["USA", "*", "steel"],
    ]);
    // The all-partners autos line carries no Japanese record.
    expect(many[2].points.flatMap((p) => p.layers.map((l) => l.measureId))).not.toContain("jpn-t5");
    expect(stepAt(many[2].points, "2025-04-03")?.rate).toBe(25);
  });
});
