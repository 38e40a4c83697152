import { describe, expect, it } from "vitest";
import { extract } from "./extract";

// 2025-06-04 is a Wednesday.
const PUB = "2025-06-04";
const run = (body: string, pub = PUB) =>
  extract({ text: `A headline for the test article goes here\n\n${body}`, publishedAt: pub }).milestones.map((m) => `${m.when} ${m.kind}`);

describe("deals struck", () => {
  it("dates a deal told in the passive or with its own date", () => {
    expect(run("Officials said the pact was sealed on Monday after a night of haggling.")).toContain("2025-06-02 agreement");
    expect(run("Farm quotas fall under our accord of March 12, the minister said.")).toContain("2025-03-12 agreement");
    expect(run("The two cabinets clinched a fisheries deal in April.")).toContain("2025-04 agreement");
    expect(run("Oslo and Seoul finalised talks on a free trade pact Tuesday.")).toContain("2025-06-03 agreement");
  });

  it("gives a reporting date to the deal the sentence reports", () => {
    expect(run("Norway has reached a deal with Chile to cut duties on salmon and copper over five years, the trade minister said Monday.")).toContain("2025-06-02 agreement");
    expect(run("The premier said on Tuesday he had agreed with his Peruvian counterpart to scrap the quota.")).toContain("2025-06-03 agreement");
  });

  it("reads a joint statement that announces as a deal", () => {
    expect(run("A joint statement released on May 20 announced lower duties on fruit.")).toContain("2025-05-20 agreement");
    expect(run("The chancellor announced in May that both capitals had now agreed on a common text.")).toContain("2025-05 agreement");
  });
});

describe("start dates and deadlines", () => {
  it("takes a start date after 'starting on' or 'beginning on' as effective", () => {
    expect(run("Wine shipments will face a 12% surcharge beginning on Friday.")).toContain("2025-06-06 effective");
    expect(run("The ministry said it was imposing levies of up to 40 per cent starting on June 20.")).toContain("2025-06-20 effective");
    expect(run("The surcharges, set to take effect on June 20, were unveiled in the capital.")).toContain("2025-06-20 effective");
  });

  it("keeps a start that hangs on failed talks a deadline", () => {
    expect(run("The surcharge is set to take effect on June 20 unless a deal is reached.")).toContain("2025-06-20 deadline");
  });

  it("reads the end of a period, a floor date and an old date given up as deadlines", () => {
    expect(run("A 60-day window is set to end on Friday.")).toContain("2025-06-06 deadline");
    expect(run("Dairy will stay at 8% until at least September 3.")).toContain("2025-09-03 deadline");
    expect(run("The surcharge was pushed back from July 1 until August 15 after the talks.")).toEqual(expect.arrayContaining(["2025-07-01 deadline", "2025-08-15 deadline"]));
  });

  it("does not read 'by' before what had already happened as a deadline", () => {
    expect(run("By March 4, the council had lifted half the quotas.")).not.toContain("2025-03-04 deadline");
  });
});

describe("announcements, calls and summits", () => {
  it("dates orders, decisions and posts", () => {
    expect(run("Late on Monday, the president signed a new proclamation lifting the wool levy.")).toContain("2025-06-02 announcement");
    expect(run("The ministry issued today its final decision on the cheese probe.")).toContain("2025-06-04 announcement");
    expect(run("In a post on Truth Social on Monday, the president said rates on Ruritania would rise.")).toContain("2025-06-02 announcement");
    expect(run("On April 14, the cabinet granted a 60-day reprieve to small exporters.")).toContain("2025-04-14 announcement");
    expect(run("Negotiations on the accord were formally launched on February 11, 2025, in Wellington, officials recalled.")).toContain("2025-02-11 announcement");
  });

  it("finds a second call and a call to come", () => {
    expect(run("The ministers held a second call on 2 June to settle the quota.")).toContain("2025-06-02 call");
    expect(run("Officials said the two presidents would speak Friday to settle the remaining points.")).toContain("2025-06-06 call");
  });

  it("knows the leaders' gatherings by name", () => {
    expect(run("The pledge was repeated at the G20 last month.")).toContain("2025-05 summit");
  });

  it("does not let a leaders' gathering's start date become a deadline", () => {
    expect(run("Both hope to settle matters at a G7 summit due to begin Monday in Italy.")).not.toContain("2025-06-09 deadline");
  });
});

describe("precision", () => {
  it("ignores a page stamp", () => {
    expect(run("date 2025-06-04 The announcement of a cheese pact was welcomed by farmers.")).toEqual([]);
  });

  it("does not date a later meeting with a past rate change", () => {
    expect(run("Since Lisbon raised its duty to 30%, envoys will meet this weekend in Bern.")).not.toContain("2025-06-07/2025-06-08 effective");
  });

  it("drops a month when a day of the same event is given", () => {
    const out = run("The deal struck in May covers cars. The terms had been unveiled on May 8, officials said.");
    expect(out).toContain("2025-05-08 agreement");
    expect(out).not.toContain("2025-05 agreement");
  });
});

describe("more precision", () => {
  it("does not take a rate 'previously announced' as announced that day", () => {
    expect(run("No accord came before Friday last week, though a cut below the 30 percent rate previously announced last week helped.", "2025-06-11")).not.toContain("2025-06-02/2025-06-08 announcement");
  });

  it("does not read a round's opening day as a start date", () => {
    expect(run("The envoy spoke ahead of the ninth round of talks in Oslo from July 14.")).toEqual([]);
  });

  it("reads a hope as no deadline", () => {
    expect(run("Diplomats remain hopeful they can settle the matter by the end of the month.")).toEqual([]);
  });

  it("does not date a known deadline with the week of the talks", () => {
    expect(run("Talks go on this week, so we can still hit the deadline.")).toEqual([]);
  });

  it("keeps a past rate change effective when what follows is conditional", () => {
    expect(run("An aide said the extra duty the council had imposed in March would also be scrapped.")).toContain("2025-03 effective");
  });

  it("does not carry a past rate change across a dash into a future clause", () => {
    expect(run("The minister said the pledge — meant to get duties lowered — will come out later this week.")).toEqual([]);
  });
});

describe("media and pauses", () => {
  it("does not take an interview's publication as a trade event", () => {
    expect(run("In an interview recorded on May 12 with a weekly magazine and published May 15, the premier gave no date.")).toEqual([]);
  });

  it("does not date a suspension with the talks that preceded it", () => {
    expect(run("The levy was suspended for 60 days following early talks in late April.")).toEqual([]);
  });
});

describe("kin of the deal and call phrasings", () => {
  it("reads 'sealed the agreement' and 'spoke on the phone'", () => {
    expect(run("The two premiers sealed the agreement on Sunday in a lakeside villa.")).toContain("2025-06-01 agreement");
    expect(run("The two presidents spoke on the phone on Monday about fruit quotas.")).toContain("2025-06-02 call");
  });

  it("dates a start told as the first of next month", () => {
    expect(run("The lower duty applies to cheese entering from the first of next month.")).toContain("2025-07-01 effective");
  });
});

describe("rounds, spans and reported decisions", () => {
  it("leaves the date of talks told in a relative clause to the rounds", () => {
    expect(run("Both could prolong the truce during talks in Oslo, which began on May 28.")).toEqual([]);
  });

  it("dates a deal reached over several days of talks on their last day", () => {
    expect(run("Talks ran from May 12 to 15, and all chapters have been agreed, the minister said.")).toContain("2025-05-15 agreement");
  });

  it("reads a reported decision's start date as effective, a threatened one as a deadline", () => {
    expect(run("The premier announced Friday that a 60 percent duty would be levied on all steel imports starting July 1.")).toContain("2025-07-01 effective");
    expect(run("The premier threatened to levy a 60 percent duty on all steel imports starting July 1.")).toContain("2025-07-01 deadline");
  });
});

describe("agreeing to a step", () => {
  it("reads 'agreed last week to extend the pause' as a deal", () => {
    expect(run("The two cabinets agreed last week to extend the pause by another 60 days.")).toContain("2025-05-26/2025-06-01 agreement");
  });
});

describe("what 'by' and 'the announcement' do not date", () => {
  it("does not date a market move 'after the announcement'", () => {
    expect(run("Shares of the brewer fell 3% on Tuesday after the announcement.")).toEqual([]);
  });

  it("reads an expectation as no deadline, but an expected cut by a date as a start", () => {
    expect(run("The council expects the charter to be signed by the end of the year.")).toEqual([]);
    expect(run("Lima expects Quito to cut its banana duty to 5 per cent by July 1.")).toContain("2025-07-01 effective");
  });

  it("does not read what had happened by a date as a deadline", () => {
    expect(run("The wool quota was exhausted by mid-May, forcing mills to pay the full rate.")).toEqual([]);
  });
});

describe("vaguely placed summits", () => {
  it("keeps a summit placed by part of a year, but no other kind", () => {
    expect(run("The accord is to be endorsed at the next Nordic summit in Reykjavik in early 2026.")).toContain("2026-01-01/2026-04-30 summit");
    expect(run("The duty will be reviewed in early 2026.")).toEqual([]);
  });
});

describe("sequence words", () => {
  it("does not date an event that comes after the dated one", () => {
    expect(run("The premier will see his Danish counterpart in Oslo next week and then go on to Ottawa for a summit with the prime minister.")).not.toContain("2025-06-09/2025-06-15 summit");
  });
});

describe("more verbs of the trade calendar", () => {
  it("reads hitting back, a signed proclamation, a lapsing truce and a signed memorandum", () => {
    expect(run("Hanoi hit back on Friday with 12% duties on imported almonds.")).toContain("2025-05-30 announcement");
    expect(run("The proclamation, signed on Monday, lifts the duty on copper wire to 40%.")).toContain("2025-06-02 announcement");
    expect(run("Envoys must finish before the truce lapses on Aug. 12, diplomats said.")).toContain("2025-08-12 deadline");
    expect(run("The two ministries signed a memorandum of understanding on Friday in Quito.")).toContain("2025-05-30 agreement");
  });

  it("reads a scheduled rise to a rate on a date as its start, but not a scheduled trip", () => {
    expect(run("Duties on walnuts are scheduled to rise to 45% on July 1, the ministry said.")).toContain("2025-07-01 effective");
    expect(run("The minister is scheduled to return to Lima on Sunday.")).toEqual([]);
  });

  it("keeps a suspension 'until early August' ahead", () => {
    expect(run("The council suspended its countermeasures until early August, officials said.")).toContain("2025-08-01/2025-08-10 deadline");
  });
});

describe("steps reported on the day and unknown dates", () => {
  it("gives the reporting date to a step told in the perfect", () => {
    expect(run("Peru and Chile have decided to restart work on a fisheries accord, the Peruvian trade minister said on Monday.")).toContain("2025-06-02 announcement");
  });

  it("does not date an event whose date the speaker withheld", () => {
    expect(run("In remarks published May 15, the premier would not say when the phone call with Lima happened.")).not.toContain("2025-05-15 call");
  });
});

describe("posts and cut-offs", () => {
  it("reads a leader's post as an announcement and a cut-off as a deadline", () => {
    expect(run("The president wrote on Truth Social on Saturday that duties on Ruritanian cheese would double.")).toContain("2025-05-31 announcement");
    expect(run("Exporters rushed shipments ahead of the July 1 cutoff for the lower rate.")).toContain("2025-07-01 deadline");
  });
});

describe("calls told with a verb", () => {
  it("reads 'telephoned' as a call", () => {
    expect(run("The chancellor telephoned the Peruvian president on Tuesday to discuss the copper quota.")).toContain("2025-06-03 call");
  });
});
