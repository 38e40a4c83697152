import { describe, expect, it } from "vitest";
import { extractCandidates } from "./extract";

/**
 * Who imposes on whom and who negotiates with whom comes from the text, not from an assumption
 * that Washington is always one side. Short articles written for each rule.
 */
const PUB = "2026-03-12T12:00:00+01:00";
// These test the rules' reading of sides, so they look at what the rules propose, before the scorer.
const run = (body: string) => extractCandidates({ text: `A headline for the test article goes here\n\n${body}`, publishedAt: PUB }).candidates;
const key = (t: { imposer: string; target: string; sector: string; rate: number }) => `${t.imposer}>${t.target} ${t.sector} ${t.rate}`;

describe("imposer and target without the United States", () => {
  it("reads a bloc's duties and the other side's answer", () => {
    const out = run(
      "The EU imposed duties of 30% on electric cars from China last year. Beijing retaliated with 20% tariffs on European pork. China's commerce ministry said the EU had acted unfairly.",
    );
    expect(out.tariffs.map(key).sort()).toEqual(["CHN>EUN agriculture 20", "EUN>CHN autos 30"]);
    expect(out.tariffs.find((t) => t.imposer === "CHN")?.kind).toBe("retaliatory");
    expect(out.tariffs.find((t) => t.imposer === "EUN")?.kind).toBe("sectoral");
  });

  it("takes the imposer from a ministry that warned it could act", () => {
    const out = run("Japan's finance ministry warned that it could impose 18% anti-dumping duties on Korean steel. Seoul said Tokyo's move was unjustified.");
    expect(out.tariffs.map(key)).toEqual(["JPN>KOR steel 18"]);
  });

  it("reads the market goods are sold into as the side charging duty", () => {
    const out = run("Indian clothing exports to the UK face duties of up to 12% today. Britain and India are still talking.");
    expect(out.tariffs.map(key)).toEqual(["GBR>IND textiles 12"]);
  });

  it("still answers the United States when it is the one hit back", () => {
    const out = run("Washington raised its tariff on Canadian goods to 35%. Canada hit back with 25% counter-tariffs on American steel.");
    expect(out.tariffs.map(key).sort()).toEqual(["CAN>USA steel 25", "USA>CAN all 35"]);
  });

  it("lets a person already placed act for their economy", () => {
    const out = run("Prime Minister Anika Sorensen of Denmark met Chinese officials on Monday. Sorensen announced a 15% levy on Chinese solar panels afterwards.");
    expect(out.tariffs[0]?.imposer).toBe("DNK");
  });
});

describe("rounds between the sides the text names", () => {
  it("takes the pair of a non-US negotiation from the text", () => {
    const out = run("Negotiators from Ottawa and Beijing held a second round of talks on Tuesday. The two sides will meet again in April.");
    expect(out.rounds.map((r) => `${r.parties.join("-")} ${r.number}`)).toEqual(["CAN-CHN 2"]);
  });

  it("keeps another pair's round apart in a story about one negotiation", () => {
    const out = run(
      "Japan and the United States held their fifth round of talks in Washington on Monday. Separately, South Korea and the United States will hold a third round of talks next week.",
    );
    expect(out.rounds.map((r) => `${r.parties.join("-")} ${r.number}`).sort()).toEqual(["JPN-USA 5", "KOR-USA 3"]);
  });

  it("refers 'the two sides' back to the pair just named", () => {
    const out = run("India and the European Union wrapped up talks in Brussels. The two sides said the 12th round would be held in New Delhi in May.");
    expect(out.rounds[0]?.parties).toEqual(["EUN", "IND"]);
  });
});

describe("participants on both sides of a non-US negotiation", () => {
  it("puts a minister paired with a counterpart on the other side", () => {
    const out = run("Trade Commissioner Lena Varga spoke with Commerce Minister Qian Wei by video call on Thursday about the EU's duties on Chinese cars.");
    expect(out.participants.map((p) => `${p.name}:${p.country}`).sort()).toEqual(["Lena Varga:EUN", "Qian Wei:CHN"]);
  });
});

describe("a third economy's tariffs", () => {
  it("reads the tariffs two other sides meet about as the third economy's", () => {
    const out = run(
      "Peruvian and Chilean trade ministers met in Lima to discuss U.S. tariffs. The talks came days before more U.S. tariffs take effect. Goods from Peru face around 15% tariffs at the border, and Chile worries it is next.",
    );
    expect(out.tariffs.map(key)).toEqual(["USA>PER all 15"]);
  });
});
