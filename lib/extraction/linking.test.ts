import { describe, expect, it } from "vitest";
import { extract } from "./extract";
import { describeLink } from "../review/describe";

const text = [
  "Harbour nations resume tariff talks",
  "",
  "Freedonia's trade envoy Amara Okonkwo met U.S. Trade Representative Jamieson Greer in Geneva on Tuesday for a second round of tariff talks.",
  "Okonkwo said both sides wanted a deal before the summer.",
].join("\n");

describe("linking people before guessing from the sentence", () => {
  it("links a person the tracker already knows to their recorded economy and office", () => {
    const out = extract({ text, publishedAt: "2025-06-05", knownPeople: [{ name: "Amara Okonkwo", economy: "NGA", office: "Minister of Trade" }] });
    const amara = out.participants.find((p) => p.name === "Amara Okonkwo");
    expect(amara).toMatchObject({ country: "NGA", linkedTo: { office: "Minister of Trade", source: "records", reference: null } });
    const greer = out.participants.find((p) => p.name === "Jamieson Greer");
    expect(greer?.country).toBe("USA");
    expect(greer?.linkedTo).toMatchObject({ source: "directory", reference: expect.stringMatching(/^https:\/\//) });
  });

  it("says on the review card whom a participant was linked to, or that the economy came from the wording", () => {
    const out = extract({ text, publishedAt: "2025-06-05", knownPeople: [{ name: "Amara Okonkwo", economy: "NGA", office: "Minister of Trade" }] });
    const card = (name: string) => {
      const values = out.participants.find((p) => p.name === name)!;
      return describeLink({ key: "participant:0", type: "participant", values });
    };
    expect(card("Amara Okonkwo")?.text).toBe("Linked to Minister of Trade (NGA) in the tracker's people.");
    expect(card("Jamieson Greer")?.text).toMatch(/^Linked to .*Trade Representative.* \(USA\) in the directory of officials\.$/);
    const unlinked = describeLink({ key: "participant:0", type: "participant", values: { ...out.participants[0], linkedTo: null } });
    expect(unlinked?.text).toMatch(/^Not linked to a known person: .* was read from the article's wording\.$/);
  });
});
