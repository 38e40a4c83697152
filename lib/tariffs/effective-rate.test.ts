import { describe, expect, it } from "vitest";
import { stackLayers, type PlacedLayer } from "./effective-rate";
import { inEffectOn, pendingOn } from "./timing";
import type { TariffLayerInput } from "./types";

// Synthetic layers on one imposer; each test names only what matters to the rule it pins.
function layer(id: string, over: Partial<TariffLayerInput>): TariffLayerInput {
  return {
    id,
    imposerCode: "AAA",
    targetCode: "BBB",
    sector: "all",
    rate: 10,
    kind: "country-specific",
    status: "in-effect",
    stacking: "adds",
    announcedOn: null,
    effectiveFrom: "2025-01-01",
    effectiveTo: null,
    ...over,
  };
}
const placed = (l: TariffLayerInput): PlacedLayer => ({ layer: l, start: l.effectiveFrom ?? "", status: "in-effect" });
const stack = (...layers: TariffLayerInput[]) => stackLayers(layers.map(placed));
const ids = (result: ReturnType<typeof stack>) => result.layers.map((l) => l.measureId).sort();

const mfn = layer("mfn", { sector: "autos", kind: "mfn", rate: 2.5, effectiveFrom: null });
const baseline = layer("baseline", { targetCode: null, kind: "baseline" });

describe("stackLayers", () => {
  it("sums layers that add", () => {
    const r = stack(baseline, layer("surcharge", { rate: 20 }));
    expect(r.rate).toBe(30);
    expect(ids(r)).toEqual(["baseline", "surcharge"]);
  });

  it("lets a sector duty that replaces displace the all-goods layers but keep the MFN duty", () => {
    const sector232 = layer("s232", { targetCode: null, sector: "autos", kind: "sectoral", rate: 25, stacking: "replaces" });
    const r = stack(baseline, layer("country", { rate: 24, stacking: "replaces" }), sector232, mfn);
    expect(r.rate).toBe(27.5);
    expect(ids(r)).toEqual(["mfn", "s232"]);
  });

  it("lets a partner rate that replaces displace the all-partners baseline but keep its own scope's added layers", () => {
    const fentanyl = layer("fentanyl", { rate: 20, effectiveFrom: "2025-03-04" });
    const reciprocal = layer("reciprocal", { rate: 84, stacking: "replaces", effectiveFrom: "2025-04-09" });
    expect(stack(baseline, fentanyl, reciprocal).rate).toBe(104);
  });

  it("lets a later layer that replaces displace an earlier replacing or all-in layer of its scope", () => {
    const first = layer("first", { rate: 34, stacking: "replaces", effectiveFrom: "2025-04-05" });
    const total = layer("total", { rate: 54, stacking: "all-in", effectiveFrom: "2025-04-05" });
    const second = layer("second", { rate: 84, stacking: "replaces", effectiveFrom: "2025-04-09" });
    expect(ids(stack(first, total, second))).toEqual(["second"]);
  });

  it("makes an all-in rate the whole duty: MFN and earlier layers go, later added layers stack on top", () => {
    const deal = layer("deal", { rate: 15, stacking: "all-in", effectiveFrom: "2025-08-07" });
    const earlier = layer("earlier", { rate: 25, effectiveFrom: "2025-04-05" });
    const later = layer("later", { rate: 5, effectiveFrom: "2025-10-01" });
    const dealOnAutos = stack(baseline, earlier, layer("deal-autos", { sector: "autos", rate: 15, stacking: "all-in" }), mfn);
    expect(dealOnAutos.rate).toBe(15);
    expect(stack(deal, earlier, later).rate).toBe(20);
  });

  it("puts a same-day total after the parts it sums", () => {
    const part = layer("part", { rate: 84, stacking: "replaces", effectiveFrom: "2025-04-09" });
    const total = layer("total", { rate: 104, stacking: "all-in", effectiveFrom: "2025-04-09" });
    expect(stack(total, part).rate).toBe(104);
    expect(stack(part, total).rate).toBe(104);
  });

  it("shields a more specific layer from a broader all-in rate, and a displaced layer displaces nothing", () => {
    const deal = layer("deal", { rate: 15, stacking: "all-in", effectiveFrom: "2025-08-07" });
    const sectorDuty = layer("sector", { sector: "autos", rate: 25, stacking: "replaces" });
    expect(ids(stack(deal, sectorDuty))).toEqual(["sector"]);
    // The all-in deal is displaced by the sector duty, so it cannot take the MFN duty with it.
    const global232 = layer("g232", { targetCode: null, sector: "autos", rate: 25, stacking: "replaces" });
    expect(stack(deal, global232, mfn).rate).toBe(27.5);
  });
});

describe("timing", () => {
  it("treats an in-effect layer with no start date as in force since before the record", () => {
    expect(inEffectOn(mfn, "1999-01-01")).toBe(true);
    expect(inEffectOn(layer("never", { status: "threatened", effectiveFrom: null }), "2025-06-01")).toBe(false);
  });

  it("ends a layer on its exclusive end date", () => {
    const paused = layer("paused", { effectiveFrom: "2025-04-09", effectiveTo: "2025-04-10" });
    expect(inEffectOn(paused, "2025-04-09")).toBe(true);
    expect(inEffectOn(paused, "2025-04-10")).toBe(false);
  });

  it("keeps a threat pending until a later announcement on its scope, a scheduled measure until its date", () => {
    const threat = layer("threat", { status: "threatened", announcedOn: "2025-07-07", effectiveFrom: null });
    const deal = layer("deal", { kind: "agreed", announcedOn: "2025-07-22", effectiveFrom: "2025-08-07" });
    const otherSector = layer("other", { sector: "autos", announcedOn: "2025-07-10", effectiveFrom: null });
    const all = [threat, deal, otherSector];
    expect(pendingOn(threat, "2025-07-06", all)).toBe(false);
    expect(pendingOn(threat, "2025-07-21", all)).toBe(true);
    expect(pendingOn(threat, "2025-07-22", all)).toBe(false);
    expect(pendingOn(deal, "2025-08-06", all)).toBe(true);
    expect(pendingOn(deal, "2025-08-07", all)).toBe(false);
  });
});
