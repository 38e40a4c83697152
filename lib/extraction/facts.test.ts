import { describe, expect, it } from "vitest";
import { extract } from "./extract";
import { findRates } from "./rates";

const PUB = "2025-06-04T12:00:00+09:00";
const run = (body: string) => extract({ text: `A headline for the test article goes here\n\n${body}`, publishedAt: PUB });
const key = (t: { imposer: string; target: string; sector: string; rate: number }) => `${t.imposer}>${t.target} ${t.sector} ${t.rate}`;

describe("rates", () => {
  it("reads %, percent, per cent and words, and skips points and shares", () => {
    const f = "A tariff of 25% on cars, 10 percent on parts, 35 per cent on steel and fifteen percent on the rest, cut by 5 percentage points, on 80% of exports.";
    expect(findRates(f, 0).map((r) => r.rate)).toEqual([25, 10, 35, 15]);
    expect(findRates("a levy of one hundred and forty-five percent", 0)[0].rate).toBe(145);
  });
});

describe("tariffs", () => {
  it("splits a list of sectors and carries the target through the sentence", () => {
    const out = run("Korean exporters currently pay a 10% baseline tariff, plus 25% on cars and 50% on steel and aluminum.");
    expect(out.tariffs.map(key).sort()).toEqual(["USA>KOR all 10", "USA>KOR aluminum 50", "USA>KOR autos 25", "USA>KOR steel 50"]);
  });

  it("reads layering: on top of, for a total of", () => {
    const out = run("India faces an additional 25 per cent duty on top of a 25 per cent reciprocal tariff, for a total of 50 per cent.");
    const total = out.tariffs.find((t) => t.rate === 50);
    expect(total?.kind).toBe("combined");
  });

  it("knows a counter-tariff's imposer and status words", () => {
    const out = run("Canada imposed 25 per cent counter-tariffs on American steel in March. Washington has threatened a 35% tariff on Canadian goods from Aug. 1.");
    const counter = out.tariffs.find((t) => t.imposer === "CAN");
    expect(counter && key(counter)).toBe("CAN>USA steel 25");
    expect(counter?.kind).toBe("retaliatory");
    expect(out.tariffs.find((t) => t.rate === 35)?.status).toBe("threatened");
  });

  it("maps goods words to sectors through the lexicon", () => {
    const out = run("Japanese chips face a 25 percent levy and softwood lumber from Japan pays 10 percent.");
    expect(out.tariffs.map((t) => t.sector).sort()).toEqual(["lumber", "semiconductors"]);
  });
});

describe("people", () => {
  it("reads titles before and after names and places each person", () => {
    const out = run("Finance Minister Koo Yun-cheol met Scott Bessent, the U.S. Treasury secretary, on Monday. Koo said Seoul was ready.");
    expect(out.participants.map((p) => `${p.name}:${p.country}`).sort()).toEqual(["Koo Yun-cheol:KOR", "Scott Bessent:USA"]);
  });
});

describe("rounds", () => {
  it("reads ordinals in words and digits", () => {
    const out = run("Mexico and the United States held a 3rd round of talks in Washington last week. The fourth session is planned for next week in Mexico City.");
    expect(out.rounds.map((r) => `${r.number}:${r.status}`).sort()).toEqual(["3:held", "4:planned"]);
    expect(out.rounds.find((r) => r.number === 3)?.location).toBe("Washington");
  });

  it("does not take a count of trips in a period for a round number", () => {
    const out = run("The fourth trip in as many weeks by Japan's chief negotiator will come before the summit.");
    expect(out.rounds).toEqual([]);
  });
});

describe("evidence", () => {
  it("quotes the sentence each fact came from, at its offsets", () => {
    const text = "A headline for the test article goes here\n\nTOKYO — Japanese cars pay a 25% tariff. Officials said talks would continue.";
    const out = extract({ text, publishedAt: PUB });
    const t = out.tariffs[0];
    expect(t.evidence.quote).toBe("Japanese cars pay a 25% tariff.");
    expect(text.slice(t.evidence.start, t.evidence.end)).toBe(t.evidence.quote);
  });
});
