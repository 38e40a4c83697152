import { describe, expect, it } from "vitest";
import { dayOf } from "./calendar";
import { findDates, whenOf } from "./dates";

/** Resolves every date in one sentence published on `pub` (YYYY-MM-DD) and returns `when` strings. */
function whens(sentence: string, pub: string): string[] {
  const [y, m, d] = pub.split("-").map(Number);
  return findDates(sentence, 0, { pub: dayOf(y, m, d), anchor: null }).map(whenOf);
}

describe("relative dates resolve in the publisher's calendar", () => {
  // 2025-06-04 is a Wednesday.
  it.each([
    ["Officials said on Monday the offer stood.", "2025-06-02"],
    ["The ministers will meet again on Friday.", "2025-06-06"],
    ["Talks are scheduled for Monday.", "2025-06-09"],
    ["The duty took effect on Wednesday.", "2025-06-04"],
    ["They spoke by phone last Wednesday.", "2025-05-28"],
    ["A delegation arrives later this week.", "2025-06-05/2025-06-08"],
    ["The envoy visited last week.", "2025-05-26/2025-06-01"],
    ["A decision is expected in mid-July.", "2025-07-11/2025-07-20"],
    ["The pause ends in early August.", "2025-08-01/2025-08-10"],
    ["Leaders meet next month.", "2025-07"],
    ["Exports fell in March.", "2025-03"],
    ["Both sides must agree by the Aug. 1 deadline.", "2025-08-01"],
    ["The levy starts on 9 July.", "2025-07-09"],
    ["The round ran from May 19 to 22.", "2025-05-19/2025-05-22"],
    ["An election is due this summer.", "2025-06-01/2025-08-31"],
  ])("%s", (sentence, expected) => {
    expect(whens(sentence, "2025-06-04")).toContain(expected);
  });

  it("counts 'a day later' from the sentence's own date", () => {
    expect(whens("He met the secretary on Monday before seeing the president a day later.", "2025-07-23")).toEqual(["2025-07-21", "2025-07-22"]);
  });

  it("reads 'last week' on a Sunday as the week just ending", () => {
    expect(whens("Talks took place in Washington last week.", "2025-06-15")).toEqual(["2025-06-09/2025-06-15"]);
  });

  it("does not read the verb 'may' as the month", () => {
    expect(whens("The talks may resume soon.", "2025-06-04")).toEqual([]);
  });

  it("puts a bare month or day in the nearest year, and forward after 'by' or 'before'", () => {
    expect(whens("Quotas reset before Dec. 31.", "2025-06-30")).toEqual(["2025-12-31"]);
    expect(whens("The rate was set in November.", "2026-01-15")).toEqual(["2025-11"]);
  });
});

describe("tense picks the year and the week", () => {
  it("reads a past clause's month as the one just gone, even after 'starting'", () => {
    expect(whens("Ottawa imposed a 17% levy on Ruritanian cheese starting March 3.", "2025-04-20")).toEqual(["2025-03-03"]);
    expect(whens("The levy the council imposed starting March 3 still stands.", "2025-11-02")).toEqual(["2025-03-03"]);
    expect(whens("The spat began when Lisbon escalated its duties in May.", "2025-10-28")).toEqual(["2025-05"]);
    expect(whens("By March 4, the council had lifted half the quotas.", "2025-09-30")).toEqual(["2025-03-04"]);
  });

  it("keeps a future clause's month ahead", () => {
    expect(whens("The quota will be reviewed in February.", "2025-09-30")).toEqual(["2026-02"]);
  });

  it("reads an opening weekday by the verb that follows it", () => {
    // 2025-06-04 is a Wednesday.
    expect(whens("On Friday, the new duties are set to apply.", "2025-06-04")).toEqual(["2025-06-06"]);
    expect(whens("On Friday, the minister said the offer stood.", "2025-06-04")).toEqual(["2025-05-30"]);
  });

  it("puts a passed weekday deadline behind", () => {
    // 2025-06-06 is a Friday.
    expect(whens("Had the Monday deadline passed without a deal, rates would have doubled.", "2025-06-06")).toEqual(["2025-06-02"]);
    expect(whens("That Monday deadline was never extended, aides said.", "2025-06-06")).toEqual(["2025-06-02"]);
    expect(whens("Both sides are racing to meet the Monday deadline.", "2025-06-06")).toEqual(["2025-06-09"]);
  });
});

describe("more news date shapes", () => {
  it("splits a postponement into the old date and the new one", () => {
    expect(whens("The surcharge was pushed back from March 3 until April 14.", "2025-02-20")).toEqual(["2025-03-03", "2025-04-14"]);
    expect(whens("The fair runs from March 3 until April 14.", "2025-02-20")).toEqual(["2025-03-03/2025-04-14"]);
  });

  it("reads times of the day of writing", () => {
    expect(whens("The premier signed the accord this morning.", "2025-06-04")).toEqual(["2025-06-04"]);
    expect(whens("The envoy landed last night.", "2025-06-04")).toEqual(["2025-06-03"]);
  });

  it("bounds 'within N days' and 'within the next N hours' from the day of writing", () => {
    expect(whens("The duties will apply within 14 days.", "2025-06-04")).toEqual(["2025-06-05/2025-06-18"]);
    expect(whens("A call is expected within the next 24 hours.", "2025-06-04")).toEqual(["2025-06-04/2025-06-05"]);
  });

  it("reads a bare day of the month in wire copy", () => {
    expect(whens("The ministry said on the 3rd (local time) that it would respond.", "2025-06-04")).toEqual(["2025-06-03"]);
    expect(whens("Officials met on the 28th, the ministry said.", "2025-06-04")).toEqual(["2025-05-28"]);
    expect(whens("He attended the 28th round of talks.", "2025-06-04")).toEqual([]);
  });

  it("reads the end of a year as its December", () => {
    expect(whens("Both sides aim to finish by the end of the year.", "2025-06-04")).toEqual(["2025-12"]);
    expect(whens("They set a target of the end of 2026.", "2025-06-04")).toEqual(["2026-12"]);
    expect(whens("A summit is pencilled in for early 2026.", "2025-06-04")).toEqual(["2026-01-01/2026-04-30"]);
  });
});

describe("spans written day first", () => {
  it("reads a span across months and years", () => {
    expect(whens("Goods shipped from 3 November 2024 to 9 May 2025 are exempt.", "2025-06-04")).toEqual(["2024-11-03/2025-05-09"]);
    expect(whens("The fair runs 30 May to 2 June.", "2025-05-20")).toEqual(["2025-05-30/2025-06-02"]);
  });

  it("lets the marker nearest the date give the tense", () => {
    expect(whens("Duties could climb after a pause announced in March.", "2025-06-04")).toEqual(["2025-03"]);
  });
});

describe("days of a month named by their place", () => {
  it("reads the first of next month and the last day of this month", () => {
    expect(whens("The new rate covers goods entering from the first of next month.", "2025-06-04")).toEqual(["2025-07-01"]);
    expect(whens("Quotas lapse on the last day of the month.", "2025-06-04")).toEqual(["2025-06-30"]);
    expect(whens("Payments are due on the 15th of next month.", "2025-12-04")).toEqual(["2026-01-15"]);
  });
});

describe("scheduled events told in the present", () => {
  it("reads 'opens on Sunday' and 'takes effect Friday' as ahead", () => {
    // 2025-06-04 is a Wednesday.
    expect(whens("The regional summit opens on Sunday in Manila.", "2025-06-04")).toEqual(["2025-06-08"]);
    expect(whens("The higher duty takes effect Friday.", "2025-06-04")).toEqual(["2025-06-06"]);
    expect(whens("The higher duty took effect Friday.", "2025-06-04")).toEqual(["2025-05-30"]);
  });
});

describe("plural and progressive schedules", () => {
  it("reads 'talks resume Monday' and 'is flying on Sunday' as ahead", () => {
    // 2025-06-04 is a Wednesday.
    expect(whens("The fisheries talks resume Monday in Reykjavik.", "2025-06-04")).toEqual(["2025-06-09"]);
    expect(whens("The fisheries talks resumed Monday in Reykjavik.", "2025-06-04")).toEqual(["2025-06-02"]);
    expect(whens("The envoy is flying to Lima on Sunday for talks.", "2025-06-04")).toEqual(["2025-06-08"]);
    expect(whens("The new surcharges kick in on Saturday.", "2025-06-04")).toEqual(["2025-06-07"]);
  });
});

describe("a month's lead-in at the start of a sentence", () => {
  it("reads 'Since April,' as the April gone", () => {
    expect(whens("Since April, cheese exporters have paid 10%.", "2025-11-20")).toEqual(["2025-04"]);
  });
});
