import { describe, expect, it } from "vitest";
import { fuzzyDateSchema, isoDateSchema } from "./common";
import { tariffMeasureInputSchema } from "./tariff-measure";

describe("calendar dates", () => {
  it.each(["2025-02-29", "2025-02-30", "2025-13-01", "2025-4-1", "20250401", ""])("rejects %s", (value) => {
    expect(isoDateSchema.safeParse(value).success).toBe(false);
  });
  it.each(["2024-02-29", "2025-12-31"])("accepts %s", (value) => {
    expect(isoDateSchema.parse(value)).toBe(value);
  });
  it("stores a single day as equal bounds and refuses an end before the start", () => {
    expect(fuzzyDateSchema.parse({ dateStart: "2025-06-02", dateEnd: null, datePrecision: "day" }).dateEnd).toBe("2025-06-02");
    expect(fuzzyDateSchema.safeParse({ dateStart: "2025-06-02", dateEnd: "2025-06-01", datePrecision: "interval" }).success).toBe(false);
    expect(fuzzyDateSchema.safeParse({ dateStart: "2025-06-02", dateEnd: null, datePrecision: "unknown" }).success).toBe(false);
  });
});

describe("tariff measures", () => {
  const base = {
    imposerCode: "USA",
    targetCode: "JPN",
    sector: "autos",
    rate: 25,
    kind: "sectoral",
    status: "in-effect",
    stacking: "replaces",
  };
  it("stores 'all trading partners' as no target", () => {
    expect(tariffMeasureInputSchema.parse({ ...base, targetCode: "*" }).targetCode).toBeNull();
  });
  it.each([
    ["rate", { rate: -1 }],
    ["rate", { rate: 1000.5 }],
    ["rate", { rate: Number.NaN }],
    ["rate", { rate: Number.POSITIVE_INFINITY }],
    ["rate", { rate: "25" }],
    ["sector", { sector: "cars" }],
    ["targetCode", { targetCode: "USA" }],
    ["effectiveTo", { effectiveFrom: "2025-04-03", effectiveTo: "2025-04-03" }],
  ])("rejects a bad %s", (field, overrides) => {
    const result = tariffMeasureInputSchema.safeParse({ ...base, ...overrides });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0].path.join(".")).toBe(field);
  });
});
