import { describe, expect, it } from "vitest";
import { negotiationInputSchema } from "../validation/negotiation";
import { slugify } from "./slug";

describe("slugify", () => {
  it("turns a title into a slug the negotiation schema accepts", () => {
    for (const title of ["Japan–US tariff talks (2025)", "  Ça va: EU / Brasil  ", "Korea's 2+2 trade consultations", "x".repeat(200)]) {
      const slug = slugify(title);
      expect(negotiationInputSchema.shape.slug.safeParse(slug).success, `${title} → ${slug}`).toBe(true);
    }
    expect(slugify("Japan–US tariff talks (2025)")).toBe("japan-us-tariff-talks-2025");
    expect(slugify("Ça va: EU / Brasil")).toBe("ca-va-eu-brasil");
  });
});
