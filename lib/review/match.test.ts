import { describe, expect, it } from "vitest";
import type { ExtractedMilestone, ExtractedParticipant, ExtractedRound, ExtractedTariff } from "../extraction/schema";
import { listFacts } from "./facts";
import { matchFacts, matchMilestone, matchRound, matchTariff, type MatchWorld, type WorldRound, type WorldTariff } from "./match";
import { whenInterval, whenToFuzzyDate } from "./when";

const evidence = (start: number, end: number) => ({ start, end, quote: "x".repeat(end - start) });
const source = { publisher: "Harbour Wire", title: "Envoy heads west", publishedDate: "2025-06-02" };

const round = (r: Partial<WorldRound> & { id: string }): WorldRound => ({
  negotiationId: "n-jp",
  number: null,
  level: "ministerial",
  status: "held",
  dateStart: null,
  dateEnd: null,
  datePrecision: "day",
  location: "Washington",
  numberings: [],
  participantIds: [],
  ...r,
});
const tariff = (m: Partial<WorldTariff> & { id: string; rate: number }): WorldTariff => ({
  imposerCode: "USA",
  targetCode: "JPN",
  sector: "all",
  kind: "country-specific",
  status: "in-effect",
  announcedOn: "2025-04-02",
  effectiveFrom: "2025-04-09",
  effectiveTo: null,
  ...m,
});

const world: MatchWorld = {
  negotiations: [
    { id: "n-jp", slug: "us-japan", title: "U.S.–Japan talks", parties: ["JPN", "USA"] },
    { id: "n-uk", slug: "us-uk", title: "U.S.–UK talks", parties: ["GBR", "USA"] },
  ],
  rounds: [
    round({ id: "r4", number: 4, dateStart: "2025-05-30", dateEnd: "2025-05-30", numberings: [{ number: 5, source: "Other Outlet" }] }),
    round({ id: "r5", number: 5, dateStart: "2025-06-05", dateEnd: "2025-06-06", participantIds: ["p-akazawa"] }),
    round({ id: "r6", number: 6, dateStart: "2025-06-13", dateEnd: "2025-06-14" }),
    round({ id: "r9", number: 9, dateStart: null, dateEnd: null, datePrecision: "unknown" }),
  ],
  tariffs: [
    tariff({ id: "base", rate: 10, kind: "baseline", effectiveFrom: "2025-04-05" }),
    tariff({ id: "recip", rate: 24, status: "paused", effectiveTo: "2025-04-10" }),
    tariff({ id: "letter", rate: 25, status: "threatened", announcedOn: "2025-07-07", effectiveFrom: null }),
    tariff({ id: "cars", rate: 27.5, sector: "autos", kind: "combined" }),
    tariff({ id: "mfn", rate: 2.5, sector: "autos", kind: "mfn", announcedOn: null, effectiveFrom: null }),
  ],
  milestones: [
    { id: "g-deadline", kind: "deadline", title: "Pause ends", dateStart: "2025-07-09", dateEnd: "2025-07-09", datePrecision: "day", negotiationId: null },
    { id: "uk-deadline", kind: "deadline", title: "UK steel date", dateStart: "2025-07-09", dateEnd: "2025-07-09", datePrecision: "day", negotiationId: "n-uk" },
  ],
  people: [{ id: "p-akazawa", name: "Ryosei Akazawa", nameKey: "ryosei akazawa", countryCode: "JPN" }],
};

const r = (f: Partial<ExtractedRound>): ExtractedRound => ({
  parties: ["JPN", "USA"],
  number: 6,
  level: "unknown",
  status: "planned",
  when: "2025-06-03/2025-06-08",
  location: "Washington",
  evidence: evidence(0, 50),
  confidence: 0.8,
  ...f,
});
const t = (f: Partial<ExtractedTariff>): ExtractedTariff => ({
  imposer: "USA",
  target: "JPN",
  sector: "all",
  rate: 10,
  kind: "baseline",
  status: "in-effect",
  evidence: evidence(60, 90),
  confidence: 0.8,
  ...f,
});

describe("matching a round", () => {
  it("finds the meeting by its dates even when the outlet numbers it differently, and offers the numbering", () => {
    const m = matchRound(r({}), world, source);
    expect(m).toMatchObject({ status: "existing", roundId: "r5", addNumbering: { number: 6, source: "Harbour Wire" } });
    expect(m.summary).toBe("Matches round 5 of U.S.–Japan talks (5–6 Jun 2025); this source calls it 6th: add the numbering?");
    expect(m.notes).toContain("Stored as held; the article says planned. The stored status is kept.");
  });

  it("does not offer a numbering the outlet already has on record, nor one when the numbers agree", () => {
    const known = { ...world, rounds: world.rounds.map((x) => (x.id === "r5" ? { ...x, numberings: [{ number: 6, source: "harbour wire" }] } : x)) };
    expect(matchRound(r({}), known, source)).toMatchObject({ status: "existing", roundId: "r5", addNumbering: null });
    expect(matchRound(r({ number: 5 }), world, source)).toMatchObject({ status: "existing", roundId: "r5", addNumbering: null });
  });

  it("falls back on the number only where a date is missing, counting alternate numberings", () => {
    expect(matchRound(r({ when: null, number: 5 }), world, source)).toMatchObject({ roundId: "r5" });
    expect(matchRound(r({ when: null, number: 9 }), world, source)).toMatchObject({ roundId: "r9" });
    expect(matchRound(r({ when: "2025-05", number: 9 }), world, source)).toMatchObject({ roundId: "r4" });
  });

  it("calls a round on other dates new, and says where its number is already used", () => {
    const m = matchRound(r({ when: "2025-06-20/2025-06-22" }), world, source);
    expect(m).toMatchObject({ status: "new", negotiationId: "n-jp" });
    expect(m.notes[0]).toMatch(/Round 6 of this negotiation is on record for 13–14 Jun 2025/);
  });

  it("needs a negotiation whose parties include the round's", () => {
    expect(matchRound(r({ parties: ["KOR", "USA"] }), world, source)).toMatchObject({ status: "unmatched" });
  });
});

describe("matching a tariff", () => {
  it("an equal rate on the same imposer, target and sector is already recorded", () => {
    expect(matchTariff(t({}), world, source)).toMatchObject({ status: "recorded", measureId: "base", negotiationId: "n-jp" });
    const combined = matchTariff(t({ rate: 24, kind: "combined" }), world, source);
    expect(combined).toMatchObject({ status: "recorded", measureId: "recip" });
    expect(combined.notes[0]).toMatch(/calls it combined/);
  });

  it("a different rate disagrees with the stored one, never with a measure announced after the article or an MFN duty", () => {
    const m = matchTariff(t({ rate: 14, kind: "country-specific", status: "announced" }), world, source);
    expect(m).toMatchObject({ status: "disagrees", measureId: "recip", storedRate: 24 });
    expect(m.summary).toMatch(/^Disagrees with the stored 24% country-specific \(paused\): keep as an alternate claim/);
    expect(matchTariff(t({ sector: "autos", rate: 25, kind: "sectoral" }), world, source)).toMatchObject({ status: "disagrees", measureId: "cars", storedRate: 27.5 });
  });

  it("is new where nothing is stored for that imposer, target and sector", () => {
    expect(matchTariff(t({ sector: "steel", rate: 50 }), world, source)).toMatchObject({ status: "new", negotiationId: "n-jp" });
    expect(matchTariff(t({ target: "*", rate: 10 }), world, source)).toMatchObject({ status: "new", negotiationId: null });
  });
});

describe("matching a milestone and a participant", () => {
  const milestone = (f: Partial<ExtractedMilestone>): ExtractedMilestone => ({
    when: "2025-07-01/2025-07-10",
    kind: "deadline",
    title: "early July",
    evidence: evidence(60, 90),
    confidence: 0.8,
    ...f,
  });

  it("matches the same kind within the interval, standalone or of this negotiation only", () => {
    expect(matchMilestone(milestone({}), world, "n-jp")).toMatchObject({ status: "recorded", milestoneId: "g-deadline" });
    expect(matchMilestone(milestone({ kind: "summit" }), world, "n-jp")).toMatchObject({ status: "new", negotiationId: "n-jp" });
    expect(matchMilestone(milestone({ when: "2025-08" }), world, "n-jp")).toMatchObject({ status: "new" });
  });

  it("finds people by folded name and country and links them to the round told in the same sentence", () => {
    const p = (f: Partial<ExtractedParticipant>): ExtractedParticipant => ({
      name: "Ryōsei Akazawa",
      country: "JPN",
      role: "negotiator",
      evidence: evidence(0, 50),
      confidence: 0.9,
      ...f,
    });
    const facts = listFacts({
      rounds: [r({})],
      participants: [p({}), p({ name: "Hiro Newname" }), p({ name: "Akazawa", country: "USA", evidence: evidence(60, 90) })],
      tariffs: [t({})],
      milestones: [],
    });
    const m = matchFacts(facts, world, source);
    expect(m["participant:0"]).toMatchObject({ status: "existing", personId: "p-akazawa", roundKey: "round:0", alreadyInRound: true });
    expect(m["participant:1"]).toMatchObject({ status: "new", personId: null, roundKey: "round:0", alreadyInRound: false });
    expect(m["participant:1"].summary).toMatch(/add as a participant of round 5\?$/);
    // Named in the tariff's sentence, not the round's: not linked.
    expect(m["participant:2"]).toMatchObject({ status: "new", roundKey: null });
  });
});

describe("dates of the extraction format", () => {
  it("turns days, months, years and intervals into day intervals and dated values with their precision", () => {
    expect(whenInterval("2025-02")).toEqual({ start: "2025-02-01", end: "2025-02-28" });
    expect(whenInterval("2025")).toEqual({ start: "2025-01-01", end: "2025-12-31" });
    expect(whenInterval("2025-06-03/2025-07")).toEqual({ start: "2025-06-03", end: "2025-07-31" });
    expect(whenInterval(null)).toBeNull();
    expect(whenToFuzzyDate("2025-06-15")).toEqual({ dateStart: "2025-06-15", dateEnd: "2025-06-15", datePrecision: "day" });
    expect(whenToFuzzyDate("2025-06")).toEqual({ dateStart: "2025-06-01", dateEnd: "2025-06-30", datePrecision: "month" });
    expect(whenToFuzzyDate("2025-06-03/2025-06-08")).toEqual({ dateStart: "2025-06-03", dateEnd: "2025-06-08", datePrecision: "interval" });
    expect(whenToFuzzyDate(null)).toEqual({ dateStart: null, dateEnd: null, datePrecision: "unknown" });
  });
});
