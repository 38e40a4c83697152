import { describe, expect, it } from "vitest";
import { formatPublished } from "./published";

describe("publication times for display", () => {
  it("shows the publisher's clock with the zone's name, else the offset", () => {
    expect(formatPublished("2025-06-02T13:30:00+09:00", "Asia/Tokyo")).toBe("2 Jun 2025, 13:30 (Asia/Tokyo)");
    expect(formatPublished("2025-06-02T13:30:00+09:00", null)).toBe("2 Jun 2025, 13:30 (UTC+09:00)");
    expect(formatPublished("2025-06-01T23:30:00-04:00", null)).toBe("1 Jun 2025, 23:30 (UTC-04:00)");
    expect(formatPublished("2025-06-02T12:00:00+00:00", null)).toBe("2 Jun 2025, 12:00 (UTC)");
  });

  it("says so when the time is unknown", () => {
    expect(formatPublished(null, "Asia/Tokyo")).toBe("Publication time unknown");
  });
});
