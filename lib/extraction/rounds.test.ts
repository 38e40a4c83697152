import { describe, expect, it } from "vitest";
import { extract } from "./extract";

/**
 * Unnumbered rounds: meetings between two sides told in news language. Every article here is
 * invented for the rule it checks; the publication day is Thursday 16 July 2026.
 */
const PUB = "2026-07-16T10:00:00+00:00";
const run = (body: string) => extract({ text: `A headline for the test article goes here\n\n${body}`, publishedAt: PUB });
const brief = (out: ReturnType<typeof run>) => out.rounds.map((r) => `${r.parties.join("-")} ${r.level} ${r.status} ${r.when} ${r.location}`);

describe("meetings as rounds", () => {
  it("records a leaders' meeting told without a date as held on the story's day", () => {
    const out = run(
      "U.S. President Donald Trump said on Wednesday (July 15) he had agreed with Brazilian President Luiz Inacio Lula da Silva to lower duties on coffee.\n\n" +
        "Trump's talks with Lula in Brasilia, their first in a year, lasted two hours.",
    );
    expect(brief(out)).toEqual(["BRA-USA leaders held 2026-07-15 Brasilia"]);
  });

  it("takes the pair from the people who meet, not from the article's other economies", () => {
    const out = run(
      "Chile faces new Chinese duties on copper, Beijing said.\n\n" +
        "U.S. Trade Representative Jamieson Greer met Chilean Finance Minister Mario Marcel in Washington on Monday to discuss tariffs on copper.",
    );
    expect(brief(out)).toContain("CHL-USA ministerial held 2026-07-13 Washington");
  });

  it("tells one meeting in two sentences once, keeping the sharper date and the put-off status", () => {
    const out = run(
      "Trade talks between Peru and the United States planned for this week were put off, Lima's trade ministry said on Thursday.\n\n" +
        "The negotiations between Peruvian Trade Minister Ana Cecilia Gervasi and U.S. Commerce Secretary Howard Lutnick, slated for Friday in Washington, were postponed.",
    );
    expect(out.rounds).toHaveLength(1);
    expect(out.rounds[0].status).toBe("postponed");
    expect(out.rounds[0].when).toBe("2026-07-17");
  });

  it("reads a minister's trip to the other side's capital as a round with both sides", () => {
    const out = run("Kenyan Trade Minister Lee Kinyanjui flew to Washington on Tuesday for talks on the new duties.");
    expect(brief(out)).toEqual(["KEN-USA ministerial held 2026-07-14 Washington"]);
  });

  it("does not take a reaction, a denial, a duration or a hypothetical for a meeting", () => {
    for (const body of [
      "The tariff deal between Norway and the United States was met with relief on Monday.",
      "Oslo insisted on Monday that Norway and the United States were holding no tariff talks.",
      "The levy threw months of Norway-U.S. talks into disarray at the weekend.",
      "A March 3 start date leaves room for potential negotiations between Norway and the United States.",
    ]) {
      expect(run(body).rounds).toEqual([]);
    }
  });

  it("names three sides when three economies meet together", () => {
    const out = run("The trade ministers of Vietnam, Thailand and Malaysia met in Singapore on Sunday to discuss U.S. duties.");
    expect(out.rounds.map((r) => r.parties.join("-"))).toContain("MYS-THA-VNM");
  });

  it("reads a count of rounds held as the latest round, and 'another round' as the next one", () => {
    const out = run("Peru and the United States have completed four rounds of negotiations and plan to hold another round next week, an official said on Wednesday.");
    expect(out.rounds.map((r) => `${r.number} ${r.status} ${r.when}`).sort()).toEqual(["4 held null", "5 planned 2026-07-20/2026-07-26"]);
  });

  it("does not take a named gathering or a photo caption for a meeting of two sides", () => {
    const out = run(
      "Kenyan Trade Minister Lee Kinyanjui spoke on the second day of the Ministerial Council Meeting in Paris, France, July 15, 2026. - REUTERS/Anne Martin\n\n" +
        "Kinyanjui told reporters the annual Trade Forum Meeting in Paris, France, on Wednesday was useful for Kenya.",
    );
    expect(out.rounds).toEqual([]);
  });
});


describe("round labels", () => {
  it("takes the level from who leads the two sides when the round's sentence names nobody", () => {
    const out = run(
      "Peruvian Trade Minister Ana Cecilia Gervasi and U.S. Commerce Secretary Howard Lutnick lead the negotiations.\n\n" +
        "The meeting in Lima is the third round of talks between Peruvian and U.S. officials since April.",
    );
    const third = out.rounds.find((r) => r.number === 3);
    expect(third?.level).toBe("ministerial");
    expect(third?.when).toBeNull();
  });

  it("lets the round's own description ('technical talks') decide over the people named", () => {
    const out = run("Peruvian Trade Minister Ana Cecilia Gervasi will meet U.S. Commerce Secretary Howard Lutnick and hold the fourth round of bilateral technical talks next week.");
    expect(out.rounds.find((r) => r.number === 4)?.level).toBe("technical");
  });

  it("reads a minister on the way to talks, and a round 'likely to happen', as planned", () => {
    const trip = run("Peru's top trade negotiator is flying to Washington on Thursday for talks with his U.S. counterparts.");
    expect(trip.rounds.map((r) => r.status)).toEqual(["planned"]);
    const next = run("Peru and the United States met in Lima in May. A fifth round is likely to happen in the coming weeks, the ministry said.");
    expect(next.rounds.find((r) => r.number === 5)?.status).toBe("planned");
  });

  it("does not count rounds from a negotiation that stalled years ago", () => {
    expect(run("After eleven rounds of discussions, the Peru-U.S. talks stalled in 2016.").rounds).toEqual([]);
  });
});

describe("round locations", () => {
  it("places a round by 'the city of', 'the <demonym> capital', the Oval Office and a sentence-initial 'In'", () => {
    expect(run("U.S. President Donald Trump held talks with Japanese Prime Minister Sanae Takaichi in the western Japanese city of Osaka on Tuesday.").rounds[0]?.location).toBe("Osaka");
    expect(run("The meeting in the Malaysian capital on Monday was the sixth round between Malaysia and the United States.").rounds[0]?.location).toBe("Kuala Lumpur");
    expect(run("U.S. President Donald Trump met Peruvian President Jose Jeri in the Oval Office on Tuesday to discuss tariffs.").rounds[0]?.location).toBe("White House");
    expect(run("In Geneva on Monday, Peru's trade minister met U.S. counterparts for a fourth round of talks.").rounds[0]?.location).toBe("Geneva");
  });

  it("places a round held in the days before the story at the dateline city", () => {
    const out = run("Arequipa, July 15 (ANP) Peru and the United States on Wednesday concluded the third round of negotiations on a trade pact.");
    expect(out.rounds[0]?.location).toBe("Arequipa");
  });
});

describe("who meets", () => {
  it("refers 'the two presidents' back to the pair, not to the host country of the venue", () => {
    const out = run(
      "Brazilian President Luiz Inacio Lula da Silva said a deal with the United States was near.\n\n" +
        "The two presidents held talks in Hanoi, Vietnam's capital, on Monday.",
    );
    expect(out.rounds.map((r) => `${r.parties.join("-")} ${r.when} ${r.location}`)).toEqual(["BRA-USA 2026-07-13 Hanoi"]);
  });

  it("reads a 'so-called' format name as no phone call, and a denial of talks as no meeting", () => {
    const put = run("The so-called 2+2 trade negotiations between Peru and the United States slated for Friday in Washington were put off.");
    expect(put.rounds.map((r) => `${r.status} ${r.when}`)).toEqual(["postponed 2026-07-17"]);
    const denied = run("Lima's trade ministry denied on Monday that Peru and the United States were holding talks on tariffs.");
    expect(denied.rounds).toEqual([]);
  });
});

describe("several meetings in a story", () => {
  it("keeps an opening 'After meeting X' apart from the meeting of the main clause", () => {
    const out = run(
      "After meeting Chilean President Gabriel Boric, Peruvian President Jose Jeri will travel to Washington for a July 28 summit with U.S. President Donald Trump on tariffs.",
    );
    expect(out.rounds.map((r) => `${r.parties.join("-")} ${r.level} ${r.status} ${r.when}`)).toEqual(["PER-USA leaders planned 2026-07-28"]);
  });

  it("reads two dated meetings in one sentence as two rounds", () => {
    const out = run(
      "Peruvian Trade Minister Ana Cecilia Gervasi joined the president at the White House for a meeting with U.S. officials earlier this month, and returned to the American capital last week.",
    );
    expect(out.rounds.map((r) => `${r.when} ${r.location}`)).toEqual(["2026-07-01/2026-07-15 White House", "2026-07-06/2026-07-12 Washington"]);
  });

  it("lets an undated retelling ('Their first meeting…') join the dated visit before it", () => {
    const out = run(
      "Peruvian Trade Minister Ana Cecilia Gervasi visited Washington in early June to seek lower duties.\n\n" +
        "Their short initial session with Rubio, the U.S. Secretary of State, went nowhere.",
    );
    expect(out.rounds.map((r) => `${r.parties.join("-")} ${r.when}`)).toEqual(["PER-USA 2026-06-01/2026-06-10"]);
  });

  it("dates a meeting scheduled for 'the end of the month' by that window", () => {
    const out = run("Chinese negotiators are scheduled to hold talks with U.S. Treasury Secretary Scott Bessent in Stockholm over two days at the end of July, to discuss trade.");
    expect(out.rounds.map((r) => `${r.parties.join("-")} ${r.status} ${r.when} ${r.location}`)).toEqual(["CHN-USA planned 2026-07-21/2026-07-31 Stockholm"]);
  });

  it("reads 'talks with the US' as the story's two sides", () => {
    const out = run("Peru's economy faces a 25% U.S. tariff. Officials in Lima said negotiations with the US over duties opened on June 18.");
    expect(out.rounds.map((r) => `${r.parties.join("-")} ${r.when}`)).toEqual(["PER-USA 2026-06-18"]);
  });
});

describe("round level words", () => {
  it("reads unnamed ministers, official-level dialogue, a deputy prime minister and a leaders' meeting", () => {
    expect(run("The trade ministers of Chile, Peru and Colombia met in Lima on Sunday to discuss U.S. tariffs.").rounds[0]?.level).toBe("ministerial");
    expect(run("Last month's official-level dialogue between Peru and the United States in Lima set the stage.").rounds[0]?.level).toBe("working");
    const deputy = run("Raul Perez, Peru's Deputy Prime Minister, said the second round of talks with the United States ended on Monday.");
    expect(deputy.rounds.find((r) => r.number === 2)?.level).toBe("ministerial");
    const leaders = run(
      "Peruvian Trade Minister Ana Cecilia Gervasi and U.S. Commerce Secretary Howard Lutnick prepared a summit between the two leaders in Lima on Friday.",
    );
    expect(leaders.rounds[0]?.level).toBe("leaders");
  });
});

describe("round numbers", () => {
  it("does not read 'the first talks since the deal' as round one", () => {
    const out = run("Peruvian and U.S. ministers will gather for their first formal talks since the truce.");
    expect(out.rounds.filter((r) => r.number === 1)).toEqual([]);
  });
});

describe("government meetings only", () => {
  it("does not take a business delegation's meeting for a round", () => {
    const out = run("A delegation of Peruvian coffee exporters, meeting U.S. officials in Washington on Monday, asked for lower duties.");
    expect(out.rounds).toEqual([]);
  });
});

describe("more round places", () => {
  it("places a visit by its verb, and falls back to a country when no city is named", () => {
    expect(run("Peruvian Trade Minister Ana Cecilia Gervasi visited Washington in early June to seek lower duties.").rounds[0]?.location).toBe("Washington");
    const g7 = run("Peru's trade minister hopes to meet the U.S. trade envoy Greer on the sidelines of a forum in Chile later this week.");
    expect(g7.rounds[0]?.location).toBe("Chile");
  });

  it("reads a dateline after leading blanks", () => {
    const out = run(" Arequipa, July 15 (ANP) Peru and the United States on Wednesday concluded the third round of negotiations on a trade pact.");
    expect(out.rounds[0]?.location).toBe("Arequipa");
  });
});

describe("a numbered round dated by the trip that carries it", () => {
  it("dates the round by 'will travel to <country> from June 22 to 27 for a new round'", () => {
    const out = run(
      "Ana Cecilia Gervasi, Peru's lead trade negotiator, will fly to the United States from July 20 to 24 for a new round of discussions.\n\n" +
        "In Washington she will hold the third round of bilateral talks with her U.S. counterparts.",
    );
    expect(out.rounds.map((r) => `${r.number} ${r.status} ${r.when}`)).toEqual(["3 planned 2026-07-20/2026-07-24"]);
  });

  it("dates a numbered round by talks that 'have started' on the day of the story", () => {
    const out = run(
      "Peru's trade minister, Ana Cecilia Gervasi, and U.S. Commerce Secretary Howard Lutnick began a fresh round of trade talks in Lima.\n\n" +
        "The session is the fifth in-person round between the two since April.",
    );
    expect(out.rounds.map((r) => `${r.number} ${r.when} ${r.location}`)).toEqual(["5 2026-07-16 Lima"]);
  });
});

describe("a meeting dated by what it produced", () => {
  it("dates 'announced the deal on <day> at <place> after a long meeting' by that day", () => {
    const out = run(
      "U.S. President Donald Trump and Peruvian President Jose Jeri unveiled the accord on July 3 at a seaside resort near Paracas, Peru after a two-hour meeting.",
    );
    expect(out.rounds.map((r) => `${r.parties.join("-")} ${r.level} ${r.when}`)).toEqual(["PER-USA leaders 2026-07-03"]);
  });
});

describe("the subject's own trip", () => {
  it("gives a later trip in the sentence the level of its subject, not of the leaders met before", () => {
    const out = run(
      "Peruvian Trade Minister Ana Cecilia Gervasi was with Peruvian President Jose Jeri at the White House for a meeting with U.S. President Donald Trump earlier this month and returned to the American capital last week.",
    );
    expect(out.rounds.map((r) => `${r.level} ${r.location}`)).toEqual(["leaders White House", "ministerial Washington"]);
  });
});
