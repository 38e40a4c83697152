import { describe, expect, it } from "vitest";
import { listFacts, type ReviewFact } from "@/lib/review/facts";
import { readDraft, toDraft } from "./drafts";

const evidence = { start: 0, end: 5, quote: "Hello" };
const [round, tariff] = listFacts({
  rounds: [{ parties: ["JPN", "USA"], number: 6, level: "unknown", status: "planned", when: "2025-06-03/2025-06-08", location: null, evidence, confidence: 0.8 }],
  participants: [],
  tariffs: [{ imposer: "USA", target: "*", sector: "steel", rate: 50, kind: "sectoral", status: "in-effect", evidence, confidence: 0.7 }],
  milestones: [],
}) as ReviewFact[];

describe("review card drafts", () => {
  it("round-trips a fact through the card's inputs unchanged", () => {
    expect(readDraft(round, toDraft(round))).toEqual({ values: round.values, errors: null });
    expect(readDraft(tariff, toDraft(tariff))).toEqual({ values: tariff.values, errors: null });
  });

  it("reads what an editor types the way the format spells it, keeping the evidence", () => {
    const edited = readDraft(round, { ...toDraft(round), parties: "jpn; usa", number: "", when: " ", location: "Washington" });
    expect(edited.values).toMatchObject({ parties: ["JPN", "USA"], number: null, when: null, location: "Washington", evidence });
    expect(readDraft(tariff, { ...toDraft(tariff), rate: "27.5%" }).values).toMatchObject({ rate: 27.5 });
  });

  it("names the field that is wrong, in words an editor can act on", () => {
    expect(readDraft(tariff, { ...toDraft(tariff), rate: "abc", imposer: "U" }).errors).toEqual({
      rate: "Enter the rate in percent, e.g. 25",
      imposer: "Use a three-letter code, e.g. USA",
    });
    expect(readDraft(round, { ...toDraft(round), parties: "JPN", when: "June" }).errors).toMatchObject({
      parties: "Give at least two economy codes, e.g. JPN, USA",
      when: "Use YYYY-MM-DD, YYYY-MM, YYYY or an interval A/B",
    });
  });
});
