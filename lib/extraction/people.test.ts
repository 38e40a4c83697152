import { describe, expect, it } from "vitest";
import { extract } from "./extract";
import { OFFICIALS, directoryWith, lookupKey, officeOn } from "./officials";

const PUB = "2025-09-10T09:00:00+00:00";
const run = (body: string, knownPeople?: { name: string; aliases?: string[]; economy: string; office?: string }[]) =>
  extract({ text: `A headline for the test article goes here\n\n${body}`, publishedAt: PUB, knownPeople });
const who = (body: string, knownPeople?: Parameters<typeof run>[1]) =>
  run(body, knownPeople)
    .participants.map((p) => `${p.name}:${p.country}`)
    .sort();

describe("directory of officials", () => {
  it("gives every entry an economy code, a term and a source", () => {
    for (const o of OFFICIALS) {
      expect(o.economy).toMatch(/^[A-Z]{3}$/);
      expect(o.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(o.to === null || /^\d{4}-\d{2}-\d{2}$/.test(o.to)).toBe(true);
      expect(o.source).toMatch(/^https?:\/\//);
    }
  });

  it("picks the office a name held on the day", () => {
    const list = directoryWith(undefined).byName.get(lookupKey("Ryosei Akazawa"))!;
    expect(officeOn(list, "2025-05-01").office).toMatch(/Revitalization/);
    expect(officeOn(list, "2026-01-15").office).toMatch(/Economy, Trade and Industry/);
  });
});

describe("people linked by who they are", () => {
  it("keeps a head of government on their own side when the sentence names the other", () => {
    expect(who("Prime Minister Anthony Albanese arrived in Tokyo for talks with Japanese officials on beef quotas. Australia and Japan want a deal.")).toEqual([
      "Anthony Albanese:AUS",
    ]);
  });

  it("finds known negotiators named without a title, with a middle initial", () => {
    expect(who("Javier Milei and Donald J. Trump signed a framework on beef and steel in a ceremony at the White House with Argentina's delegation.")).toEqual([
      "Donald J. Trump:USA",
      "Javier Milei:ARG",
    ]);
  });

  it("does not link a son named after his father", () => {
    const out = run("Donald Trump Jr. spoke at a business forum in Seoul about Korean investment and tariffs.");
    expect(out.participants.some((p) => p.country === "USA" && p.name === "Donald Trump")).toBe(false);
  });

  it("links people the caller already knows", () => {
    const known = [{ name: "Ingrid Solvang", aliases: ["Ingrid M. Solvang"], economy: "NOR", office: "Trade Minister" }];
    expect(who("Ingrid M. Solvang met U.S. Trade Representative Jamieson Greer in Washington to discuss salmon duties on Norway.", known)).toEqual([
      "Ingrid M. Solvang:NOR",
      "Jamieson Greer:USA",
    ]);
  });

  it("adds the linked office to a written title that does not name it", () => {
    const out = run("Thailand and the United States held tariff talks on rice in Washington, where Ambassador Jamieson Greer met Thai negotiators.");
    const greer = out.participants.find((p) => p.name === "Jamieson Greer");
    expect(greer?.role).toMatch(/^Ambassador; .*Trade Representative/);
  });

  it("drops Malay styles of address from a name", () => {
    const out = who("Malaysia's trade minister, Datuk Seri Ahmad Rizal Hamid, said talks with the United States on palm oil would resume.");
    expect(out).toEqual(["Ahmad Rizal Hamid:MYS"]);
  });

  it("reads a long title before a three-word name", () => {
    expect(who("South Korean Deputy Trade Minister Park Min Jae met officials in Washington on chips.")).toEqual(["Park Min Jae:KOR"]);
  });
});

describe("who takes part", () => {
  it("leaves out spokespeople, former leaders and provincial premiers", () => {
    const out = who(
      "Canadian Prime Minister Mark Carney spoke with President Donald Trump about steel. Former President Barack Obama was not involved. " +
        "A government spokeswoman, Hanna Kowal, said the call went well. Ontario Premier Doug Ford urged a deal.",
    );
    expect(out).toEqual(["Donald Trump:USA", "Mark Carney:CAN"]);
  });

  it("leaves out analysts and economists quoted on the talks", () => {
    const out = who("India's Commerce Minister Piyush Goyal met U.S. Commerce Secretary Howard Lutnick. Priya Raman, chief economist at Lotus Bank, said a deal was near.");
    expect(out).toEqual(["Howard Lutnick:USA", "Piyush Goyal:IND"]);
  });

  it("leaves out ministers of a third country, but not counterparts received by a side", () => {
    const out = who(
      "India and New Zealand closed a round of trade talks in Auckland. Commerce Minister Piyush Goyal met his New Zealand counterpart Todd McClay. " +
        "India and New Zealand hope to conclude soon. Separately, German Finance Minister Lars Klingbeil warned about tariffs.",
    );
    expect(out).toEqual(["Piyush Goyal:IND", "Todd McClay:NZL"]);
  });
});

describe("titles and sides of people the directory does not know", () => {
  it("gives an economy named as someone's counterpart to the counterpart, not to the subject", () => {
    expect(who("Chile and Vietnam opened a new round in Santiago. Trade Minister Rosa Quintero met her Vietnamese counterpart Tran Van Hoa to review the chapters.")).toEqual([
      "Rosa Quintero:CHL",
      "Tran Van Hoa:VNM",
    ]);
  });

  it("reads the economy written right after a name", () => {
    const out = who("Japanese officials met Trade Minister Alan Brooks of Australia in Tokyo to discuss beef and autos tariffs.");
    expect(out).toEqual(["Alan Brooks:AUS"]);
  });

  it("reads hyphenated titles, a treasurer, and a title closed by a verb of saying", () => {
    expect(who("Chinese Vice-Premier Zhao Minghua met American officials on soybeans and chips tariffs in Geneva.")).toEqual(["Zhao Minghua:CHN"]);
    expect(who("Australian Treasurer Tom Whitfield spoke with U.S. officials about critical minerals and tariffs.")).toEqual(["Tom Whitfield:AUS"]);
    expect(who("Indonesia and the United States agreed a text on tariffs, Coordinating Minister for Economic Affairs, Dewi Hartono said.")).toEqual(["Dewi Hartono:IDN"]);
  });

  it("does not take a pair named in a title for the holder's side", () => {
    expect(who("Canada-U.S. Trade Minister Paul Girard said on Monday that Canada and the United States were close to a steel deal.")).toEqual(["Paul Girard:CAN"]);
  });
});

describe("who takes part, by the directory", () => {
  it("leaves out office-holders whose term had ended, unless written as then-holders", () => {
    const pub = "2025-09-10T09:00:00+00:00";
    const text = "A headline for the test article goes here\n\nThe EU and the U.S. met in Brussels. Gina Raimondo and Jamieson Greer were named in the report on EU steel tariffs.";
    expect(extract({ text, publishedAt: pub }).participants.map((p) => p.name)).toEqual(["Jamieson Greer"]);
  });

  it("leaves out a third-country leader who hosts talks between others", () => {
    const out = who(
      "U.S. Treasury Secretary Scott Bessent and Chinese Vice Premier He Lifeng held talks in Kuala Lumpur on tariffs. " +
        "Malaysian Prime Minister Anwar Ibrahim, who hosted the meeting, welcomed both delegations. The United States and China agreed to meet again.",
    );
    expect(out).toEqual(["He Lifeng:CHN", "Scott Bessent:USA"]);
  });
});

describe("bystanders the directory does not know", () => {
  it("leaves out ambassadors and provincial premiers", () => {
    const out = who(
      "Japan and the United States resumed tariff talks in Tokyo. Economy Minister Kenta Oshiro met U.S. Commerce Secretary Howard Lutnick. " +
        "Japan's ambassador Hiro Tanabe said a deal was close. The Manitoba provincial government, whose Premier Joan Avery opposes the quota, was not consulted.",
    );
    expect(out).toEqual(["Howard Lutnick:USA", "Kenta Oshiro:JPN"]);
  });
});

describe("economies named by their ministries", () => {
  it("reads a ministry acronym in a title as its economy", () => {
    expect(who("Canada and Japan discussed auto tariffs in Ottawa. METI chief Haruto Mori met Canada's trade minister, Leah Brandt, on Friday.")).toEqual([
      "Haruto Mori:JPN",
      "Leah Brandt:CAN",
    ]);
  });
});

