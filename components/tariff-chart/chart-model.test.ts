import { describe, expect, it } from "vitest";
import type { ChartMilestone } from "@/lib/queries/chart-milestones";
import type { TariffCoverage } from "@/lib/queries/rate-matrix";
import type { StepLayer, TariffLevelPoint } from "@/lib/tariffs/types";
import { buildChartRows, changeKey, lineKey, pendingKey, rateTicks } from "./chart-rows";
import { stepsCsv } from "./export-files";
import { pickMilestones } from "./milestone-list";
import { resolveView, type TariffUrlState } from "./resolve-view";
import { clipPoints, stepCause, type ChartSeries } from "./series-model";

const layer = (measureId: string, rate: number, status: StepLayer["status"] = "in-effect"): StepLayer => ({
  measureId,
  kind: "country-specific",
  rate,
  status,
});

const series = (points: TariffLevelPoint[], from = "2025-01-01", to = "2025-12-31"): ChartSeries => ({
  key: "JPN",
  label: "Japan",
  colorIndex: 0,
  target: "JPN",
  targetName: "Japan",
  sector: "all",
  points: clipPoints(points, from, to),
  allPoints: points,
});

const threatened: TariffLevelPoint = { date: "2025-03-01", rate: 25, status: "announced", layers: [layer("m2", 25, "threatened")] };
const enacted: TariffLevelPoint = { date: "2025-04-05", rate: 10, status: "in-effect", layers: [layer("m1", 10)] };
const raised: TariffLevelPoint = {
  date: "2025-08-07",
  rate: 15,
  status: "in-effect",
  layers: [layer("m3", 15)],
  pending: { rate: 30, layers: [layer("m4", 30, "threatened")] },
};

describe("buildChartRows", () => {
  const rows = buildChartRows([series([threatened, enacted, raised])], "2025-01-01", "2025-12-31");

  it("draws announced steps on the dashed line and in-effect ones on the solid line", () => {
    const start = rows.find((r) => r.day === "2025-03-01" && r[changeKey(0)]);
    expect(start?.[lineKey(0, "announced")]).toBe(25);
    expect(start?.[lineKey(0, "in-effect")]).toBeUndefined();
  });

  it("closes the old level and starts the new status line at it where the status changes", () => {
    const [end, start] = rows.filter((r) => r.day === "2025-04-05");
    expect(end[lineKey(0, "announced")]).toBe(25);
    expect(end[lineKey(0, "in-effect")]).toBe(25);
    expect(start[lineKey(0, "in-effect")]).toBe(10);
    expect(start[lineKey(0, "announced")]).toBeUndefined();
  });

  it("draws a pending level only while something is pending, and carries levels to the last day", () => {
    const last = rows.at(-1)!;
    expect(last.day).toBe("2025-12-31");
    expect(last[lineKey(0, "in-effect")]).toBe(15);
    expect(last[pendingKey(0)]).toBe(30);
    expect(rows.find((r) => r.day === "2025-04-05" && r[changeKey(0)])?.[pendingKey(0)]).toBeUndefined();
  });

  it("leaves no row before the first recorded step", () => {
    expect(rows[0]).toEqual({ time: Date.parse("2025-01-01T00:00:00Z"), day: "2025-01-01" });
  });

  it("picks round y ticks above the highest level, pending included", () => {
    expect(rateTicks([series([threatened, enacted, raised])])).toEqual([0, 10, 20, 30]);
  });
});

describe("clipPoints and stepCause", () => {
  it("moves the step in force on the first day to that day", () => {
    expect(clipPoints([threatened, enacted], "2025-04-01", "2025-12-31").map((p) => [p.date, p.rate])).toEqual([
      ["2025-04-01", 25],
      ["2025-04-05", 10],
    ]);
  });

  it("names the new layer, a threatened one behind the level in force included", () => {
    const points = [enacted, raised];
    expect(stepCause(points, 1)?.measureId).toBe("m4");
    expect(stepCause(points, 0)?.measureId).toBe("m1");
  });

  it("names the layer that left when a step only removes one", () => {
    const ended: TariffLevelPoint = { date: "2025-06-01", rate: 0, status: "in-effect", layers: [] };
    expect(stepCause([enacted, ended], 1)?.measureId).toBe("m1");
  });
});

describe("pickMilestones", () => {
  const milestone = (id: string, dateStart: string, parties: string[]): ChartMilestone => ({
    id,
    dateStart,
    dateEnd: null,
    datePrecision: "day",
    kind: "meeting",
    title: id,
    parties,
    negotiationTitle: null,
    href: "/",
  });
  const all = [milestone("jp", "2025-04-16", ["JPN", "USA"]), milestone("world", "2025-04-02", []), milestone("cn", "2025-05-12", ["CHN", "USA"])];
  const base = { imposer: "USA", economies: ["JPN"], from: "2025-01-01", to: "2025-12-31" };

  it("keeps the talks of the charted parties, and worldwide ones only when asked", () => {
    expect(pickMilestones(all, { ...base, mode: "talks" }).map((m) => m.id)).toEqual(["jp"]);
    expect(pickMilestones(all, { ...base, mode: "all" }).map((m) => [m.id, m.number])).toEqual([["world", 1], ["jp", 2]]);
    expect(pickMilestones(all, { ...base, mode: "none" })).toEqual([]);
  });
});

describe("resolveView", () => {
  const coverage: TariffCoverage = {
    names: { USA: "United States", JPN: "Japan", CHN: "China" },
    imposers: [
      {
        code: "USA",
        name: "United States",
        sectors: ["all", "autos", "steel"],
        targets: [
          { code: "CHN", name: "China", measures: 9, sectors: ["all"] },
          { code: "*", name: "All partners", measures: 5, sectors: ["all", "steel"] },
          { code: "JPN", name: "Japan", measures: 4, sectors: ["all", "autos"] },
        ],
      },
    ],
  };
  const state: TariffUrlState = {
    view: "country", imposer: "USA", target: null, sector: null, from: "2025-01-01", to: null, hide: null, marks: "talks", at: null,
  };

  it("fills defaults from the recorded measures and today", () => {
    const view = resolveView(state, coverage, "2025-11-01");
    expect(view.params).toEqual({ imposer: "USA", targets: ["CHN", "JPN"], sectors: ["all"], from: "2025-01-01", to: "2025-11-01" });
    expect(view.at).toBe("2025-11-01");
  });

  it("charts an economy's own and worldwide sectors in the sector view, and swaps reversed dates", () => {
    const view = resolveView({ ...state, view: "sector", target: ["JPN"], from: "2025-12-01", to: "2025-02-01" }, coverage, "2025-11-01");
    expect(view.params.sectors).toEqual(["all", "autos", "steel"]);
    expect([view.params.from, view.params.to, view.swapped]).toEqual(["2025-02-01", "2025-12-01", true]);
  });
});

describe("stepsCsv", () => {
  it("writes one quoted-when-needed row per step", () => {
    const csv = stepsCsv([{ ...series([enacted, raised]), label: 'Japan, "mainland"' }], "USA");
    const lines = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('"Japan, ""mainland""",USA,JPN,all,2025-08-07,,15,in effect,Country-specific 15%,30,threatened,Country-specific 30% (threatened),m4');
  });
});
