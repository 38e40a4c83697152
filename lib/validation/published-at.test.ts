import { describe, expect, it } from "vitest";
import { isoInZone, isTimeZone, parsePublishedAt } from "./published-at";

describe("publication times", () => {
  it("keeps a written offset as the publisher's wall clock", () => {
    expect(parsePublishedAt("2025-06-02T13:30:00+09:00")).toEqual({
      iso: "2025-06-02T13:30:00+09:00",
      instant: new Date("2025-06-02T04:30:00Z"),
      timeZone: "+09:00",
    });
    expect(parsePublishedAt("2025-06-02T13:30+0900")?.iso).toBe("2025-06-02T13:30:00+09:00");
    expect(parsePublishedAt("2025-06-02T04:30:00.123Z")?.iso).toBe("2025-06-02T04:30:00+00:00");
  });

  it("reads a local time in an IANA zone, daylight saving time included", () => {
    expect(parsePublishedAt("2025-07-23T07:30", "America/New_York")).toMatchObject({
      iso: "2025-07-23T07:30:00-04:00",
      timeZone: "America/New_York",
    });
    expect(parsePublishedAt("2025-01-23 07:30", "America/New_York")?.iso).toBe("2025-01-23T07:30:00-05:00");
  });

  it("shows a UTC feed time in the publisher's zone when one is given", () => {
    // Sunday night in Washington is Monday morning in Tokyo: the zone decides the local day.
    expect(parsePublishedAt("2025-06-01T23:30:00Z", "Asia/Tokyo")?.iso).toBe("2025-06-02T08:30:00+09:00");
  });

  it("takes a bare day as noon, so the calendar day survives", () => {
    expect(parsePublishedAt("2025-06-02")?.iso).toBe("2025-06-02T12:00:00+00:00");
    expect(parsePublishedAt("2025-06-02", "Asia/Tokyo")?.iso).toBe("2025-06-02T12:00:00+09:00");
  });

  it.each(["2025-02-30", "2025-13-01T10:00Z", "2025-06-02T24:00Z", "June 2, 2025", "2025-06-02T10:00", "0000-01-01", "2025-06-02T10:00+15:00", ""])(
    "refuses %j (no zone for a local time, impossible dates)",
    (value) => expect(parsePublishedAt(value)).toBeNull(),
  );

  it("refuses an unknown zone", () => {
    expect(parsePublishedAt("2025-06-02T10:00", "Mars/Olympus")).toBeNull();
    expect(isTimeZone("Asia/Tokyo")).toBe(true);
    expect(isTimeZone("-03:30")).toBe(true);
    expect(isTimeZone("../../etc")).toBe(false);
  });

  it("writes an instant back in its zone", () => {
    const instant = new Date("2025-06-02T04:30:00Z");
    expect(isoInZone(instant, "Asia/Tokyo")).toBe("2025-06-02T13:30:00+09:00");
    expect(isoInZone(instant, "-05:00")).toBe("2025-06-01T23:30:00-05:00");
    expect(isoInZone(instant, "Asia/Kolkata")).toBe("2025-06-02T10:00:00+05:30");
    expect(isoInZone(instant, null)).toBe("2025-06-02T04:30:00+00:00");
  });
});
