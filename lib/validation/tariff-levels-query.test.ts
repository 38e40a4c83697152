import { describe, expect, it } from "vitest";
import { DomainError, parseInput } from "../domain/errors";
import { tariffLevelsQuerySchema } from "./tariff-levels-query";

const parse = (params: Record<string, string>) => parseInput(tariffLevelsQuerySchema, params);

/** The parameter a rejection is reported under. */
function rejectedParam(params: Record<string, string>): string {
  try {
    parse(params);
  } catch (error) {
    if (error instanceof DomainError) {
      const [field] = Object.keys(error.fieldErrors);
      expect(error.message.startsWith(`${field}:`)).toBe(true);
      return field;
    }
    throw error;
  }
  throw new Error(`accepted ${JSON.stringify(params)}`);
}

describe("tariff-levels query", () => {
  it("reads comma lists and fills the defaults", () => {
    const q = parse({ target: "jpn, CHN,JPN", sector: "autos,steel", to: "2025-12-31" });
    expect(q).toEqual({ imposer: "USA", target: ["JPN", "CHN"], sector: ["autos", "steel"], from: "2025-01-01", to: "2025-12-31" });
    expect(parse({ target: "*", from: "2025-01-01" })).toMatchObject({ target: ["*"], sector: ["all"] });
    expect(parse({ target: "USA", imposer: "chn", sector: "" })).toMatchObject({ imposer: "CHN", sector: ["all"] });
    expect(parse({ target: "JPN" }).to).toBe(new Date().toISOString().slice(0, 10));
  });

  it.each([
    ["target", {}],
    ["target", { target: " , " }],
    ["target", { target: "JPN,JP" }],
    ["target", { target: "Japan" }],
    ["imposer", { target: "JPN", imposer: "*" }],
    ["sector", { target: "JPN", sector: "autos,cars" }],
    ["from", { target: "JPN", from: "2025-02-30" }],
    ["from", { target: "JPN", from: "01/01/2025" }],
    ["to", { target: "JPN", to: "2025-1-1" }],
    ["to", { target: "JPN", from: "2025-06-01", to: "2025-05-31" }],
    ["target", { target: "JPN,CHN,KOR,EUN,GBR,IND,CAN", sector: "autos,steel,all" }],
  ])("rejects a bad %s, naming it", (param, params) => {
    expect(rejectedParam(params)).toBe(param);
  });

  it("accepts exactly 20 target × sector combinations", () => {
    expect(parse({ target: "JPN,CHN,KOR,EUN,GBR", sector: "autos,steel,all,lumber" }).target).toHaveLength(5);
  });
});
