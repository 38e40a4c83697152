import { describe, expect, it } from "vitest";
import { extract } from "./extract";

/**
 * Patterns of tariff reporting met in wire copy, each checked with sentences written for the test.
 * The publication date is fixed so that "from Aug. 1" lies ahead.
 */
const PUB = "2026-07-15T10:00:00+00:00";
const run = (body: string) => extract({ text: `A headline for the test article goes here\n\n${body}`, publishedAt: PUB });
const facts = (out: ReturnType<typeof run>) => out.tariffs.map((t) => `${t.imposer}>${t.target} ${t.sector} ${t.rate} ${t.kind}/${t.status}`).sort();

describe("trade-remedy duties", () => {
  it("reads both ends of a range on the goods named after the top end", () => {
    const out = run("Mexico will apply provisional anti-dumping duties ranging from 12.5% to 48.1% on frozen beef imports from Brazil starting Aug. 20.");
    expect(facts(out)).toEqual(["MEX>BRA agriculture 12.5 other/announced", "MEX>BRA agriculture 48.1 other/announced"]);
  });

  it("gives a sectorless duty in a trade-remedy story the product of the case", () => {
    const out = run(
      "Turkey opened an anti-dumping case on Korean tyres and steel pipes last year, then added a probe on Korean steel. Ankara announced on Monday that it will impose duties of up to 27.4% from Aug. 3.",
    );
    expect(out.tariffs.map((t) => `${t.sector} ${t.rate} ${t.kind}`)).toEqual(["steel 27.4 other"]);
  });
});

describe("changes and ranges", () => {
  it("reads 'from X to Y' after a change verb as an old figure and a new one", () => {
    const out = run("A joint statement released last month set out a reduction of the duty on Peruvian goods from 28 percent to 16 percent.");
    expect(facts(out)).toEqual(["USA>PER all 16 agreed/agreed", "USA>PER all 28 country-specific/removed"]);
  });
});

describe("penalties for what a country buys", () => {
  it("does not take the goods or the seller named in the reason as the tariff's goods or target", () => {
    const out = run("Washington imposed an additional 20% tariff on Turkey over its purchases of Iranian oil.");
    expect(facts(out)).toEqual(["USA>TUR all 20 other/in-effect"]);
    const linked = run("The extra 20 per cent duty linked to Iranian oil purchases will be dropped, U.S. officials told Turkish negotiators.");
    expect(out.tariffs.length + linked.tariffs.filter((t) => t.target === "IRN" || t.sector === "energy").length).toBe(1);
  });
});
