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
