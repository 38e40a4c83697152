import { describe, expect, it } from "vitest";
import { formatFuzzyDate } from "./date";

describe("dates shown with the precision they are known to", () => {
  it.each([
    [{ dateStart: "2025-04-16", dateEnd: "2025-04-16", datePrecision: "day" }, "16 Apr 2025"],
    [{ dateStart: "2025-06-05", dateEnd: "2025-06-06", datePrecision: "day" }, "5–6 Jun 2025"],
    [{ dateStart: "2025-07-30", dateEnd: "2025-08-01", datePrecision: "day" }, "30 Jul – 1 Aug 2025"],
    [{ dateStart: "2025-06-02", dateEnd: "2025-06-08", datePrecision: "week" }, "week of 2 Jun 2025"],
    [{ dateStart: "2025-07-01", dateEnd: "2025-07-31", datePrecision: "month" }, "July 2025"],
    [{ dateStart: "2025-04-11", dateEnd: "2025-04-20", datePrecision: "interval" }, "mid-April 2025"],
    [{ dateStart: "2025-04-01", dateEnd: "2025-04-10", datePrecision: "interval" }, "early April 2025"],
    [{ dateStart: "2025-04-21", dateEnd: "2025-04-30", datePrecision: "interval" }, "late April 2025"],
    [{ dateStart: "2025-08-06", dateEnd: "2025-08-07", datePrecision: "interval" }, "between 6 Aug 2025 and 7 Aug 2025"],
    [{ dateStart: null, dateEnd: null, datePrecision: "unknown" }, "Date unknown"],
  ])("%j → %s", (value, expected) => {
    expect(formatFuzzyDate(value)).toBe(expected);
  });
});
