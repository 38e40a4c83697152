import { describe, expect, it } from "vitest";
import { extract } from "./extract";

/**
 * Patterns of tariff reporting met in wire copy, each checked with sentences written for the test.
 * The publication date is fixed so that "from Aug. 1" lies ahead.
 */
const PUB = "2026-07-15T10:00:00+00:00";
const run = (body: string) => extract({ text: `A headline for the test article goes here\n\n${body}`, publishedAt: PUB });
const label = (out: ReturnType<typeof run>, rate: number) => {
  const t = out.tariffs.find((x) => x.rate === rate);
  return t ? `${t.kind}/${t.status}` : "none";
};
const facts = (out: ReturnType<typeof run>) => out.tariffs.map((t) => `${t.imposer}>${t.target} ${t.sector} ${t.rate} ${t.kind}/${t.status}`).sort();

describe("trade-remedy duties", () => {
  it("reads both ends of a range on the goods named after the top end", () => {
    const out = run("Mexico will levy temporary anti-dumping deposits ranging from 12.5% to 48.1% on frozen Brazilian beef starting Aug. 20.");
    expect(facts(out)).toEqual(["MEX>BRA agriculture 12.5 other/announced", "MEX>BRA agriculture 48.1 other/announced"]);
  });

  it("gives a sectorless duty in a trade-remedy story the product of the case", () => {
    const out = run(
      "Turkey opened an anti-dumping case on Korean tyres and steel pipes last year, then added a probe on Korean steel. Ankara announced on Monday that it will impose duties of up to 27.4% from Aug. 3.",
    );
    expect(out.tariffs.map((t) => `${t.sector} ${t.rate} ${t.kind}`)).toEqual(["steel 27.4 other"]);
  });
});

describe("changes and ranges", () => {
  it("reads 'from X to Y' after a change verb as an old figure and a new one", () => {
    const out = run("A joint statement released last month set out a reduction of the duty on Peruvian goods from 28 percent to 16 percent.");
    expect(facts(out)).toEqual(["USA>PER all 16 agreed/agreed", "USA>PER all 28 country-specific/removed"]);
  });
});

describe("penalties for what a country buys", () => {
  it("does not take the goods or the seller named in the reason as the tariff's goods or target", () => {
    const out = run("Washington imposed an additional 20% tariff on Turkey over its purchases of Iranian oil.");
    expect(facts(out)).toEqual(["USA>TUR all 20 other/in-effect"]);
    const linked = run("The extra 20 per cent duty linked to Iranian oil purchases will be dropped, U.S. officials told Turkish negotiators.");
    expect(out.tariffs.length + linked.tariffs.filter((t) => t.target === "IRN" || t.sector === "energy").length).toBe(1);
  });
});

describe("who pays", () => {
  it("reads a duty on imported goods with no origin as one on all partners", () => {
    const out = run("Ottawa said a 30% tariff on imported buses and heavy trucks from every supplier was being studied. Separately, a 15% levy on truck imports into Mexico starts on Aug. 5.");
    expect(out.tariffs.find((t) => t.rate === 15)).toMatchObject({ imposer: "MEX", target: "*", sector: "trucks" });
  });

  it("keeps imported goods worldwide when the old figure follows ('to 40% from the 20% rate')", () => {
    const out = run("Peru and the U.S. talked. The White House doubled the levy on imported copper to 40% from the 20% rate set in March.");
    expect(out.tariffs.map((t) => `${t.imposer}>${t.target} ${t.sector} ${t.rate}`).sort()).toEqual(["USA>* copper 20", "USA>* copper 40"]);
  });

  it("gives a rate on the main imposer's own goods to the other side, even after a rate of its own", () => {
    const out = run("Washington and Beijing held talks. The standoff pushed duties as high as 120% on Chinese goods and 110% on American goods.");
    expect(facts(out).map((x) => x.split(" ").slice(0, 3).join(" "))).toEqual(["CHN>USA all 110", "USA>CHN all 120"]);
  });

  it("does not mirror a rate because both sides agreed on something else", () => {
    const out = run("Peru and the US have met three times, and both sides agreed talks were moving, though the 24% rate on Peruvian goods still applies.");
    expect(out.tariffs.map((t) => `${t.imposer}>${t.target}`)).toEqual(["USA>PER"]);
  });

  it("reads the market goods enter as the imposer", () => {
    const out = run("Officials in Washington say American farm goods face an average duty of 41% when entering Chile.");
    expect(out.tariffs.map((t) => `${t.imposer}>${t.target} ${t.sector}`)).toEqual(["CHL>USA agriculture"]);
  });

  it("lists the whole and each named sector for 'on most imports, including …'", () => {
    const out = run("The framework sets a 12% U.S. tariff on most Chilean imports, including copper, lumber and pharmaceuticals.");
    expect(out.tariffs.map((t) => t.sector).sort()).toEqual(["all", "copper", "lumber", "pharmaceuticals"]);
  });

  it("keeps 'on most other goods' economy-wide after a sectoral rate", () => {
    const out = run("Norwegian exporters pay U.S. duties of 40% on aluminium, 20% on cars and parts, then 10% on most remaining goods.");
    expect(out.tariffs.find((t) => t.rate === 10)?.sector).toBe("all");
  });
});

describe("status from the rate's own adjective", () => {
  it("reads current, planned and proposed rates", () => {
    const out = run(
      "Officials fear the current 18% levy on Kenyan tea could climb to 30% next month. Trump cut his planned 40% tariff on Kenyan goods. Lawmakers debated the proposed 22% duty on Kenyan flowers.",
    );
    expect(out.tariffs.find((t) => t.rate === 18)?.status).toBe("in-effect");
    expect(out.tariffs.find((t) => t.rate === 30)?.status).toBe("threatened");
    expect(out.tariffs.find((t) => t.rate === 40)?.status).toBe("announced");
    expect(out.tariffs.find((t) => t.rate === 22)?.status).toBe("threatened");
  });

  it("reads a rate told as the main imposer's answer as retaliatory", () => {
    const out = run("Washington responded with a threat to raise tariffs on Chilean goods by an extra 60 per cent from Nov. 3.");
    expect(out.tariffs[0]?.kind).toBe("retaliatory");
  });
});

describe("goals, statistics and comparisons", () => {
  it("takes no goal for a rate", () => {
    expect(run("Lima is seeking to secure a tariff rate under the 15 per cent level in talks with Washington.").tariffs).toEqual([]);
    expect(run("“Bringing dairy duties down to 5% is the aim,” the Chilean minister said of the U.S. talks.").tariffs).toEqual([]);
  });

  it("reads an average tariff as a statistic over all partners", () => {
    const out = run("Officials noted that Norway's average applied tariff stands at 3.1 per cent.");
    expect(facts(out)).toEqual(["NOR>* all 3.1 mfn/in-effect"]);
  });

  it("reads a possessive before 'rate' as the economy that pays it", () => {
    const out = run("Peru fears losing ground as Washington charges Peruvian goods 18%, against Chile's 12% rate.");
    expect(out.tariffs.find((t) => t.rate === 12)).toMatchObject({ imposer: "USA", target: "CHL" });
  });

  it("takes the goods from the head of the sentence when the rate's clause names none", () => {
    const out = run("The rate for copper imports from Peru - which ships little of the metal to the U.S. - will stay at 15% until at least Sept. 30.");
    expect(out.tariffs.map((t) => `${t.imposer}>${t.target} ${t.sector} ${t.rate}`)).toEqual(["USA>PER copper 15"]);
  });

  it("knows who declared or decided a tariff", () => {
    const out = run("Chile's finance ministry declared a 12% tariff on U.S. wine, days after Washington's move to levy a 20% tariff on Chilean goods.");
    expect(out.tariffs.map((t) => `${t.imposer}>${t.target} ${t.rate}`).sort()).toEqual(["CHL>USA 12", "USA>CHL 20"]);
  });
});

describe("layers known from the schedule", () => {
  it("reads a plain 10% U.S. layer as the baseline and 27.5% on cars as a stack", () => {
    const out = run("Washington stacked a 30% levy on Peruvian goods on top of an earlier 10% rate. Peruvian cars still pay 27.5% at the U.S. border.");
    expect(out.tariffs.find((t) => t.rate === 10)?.kind).toBe("baseline");
    expect(out.tariffs.find((t) => t.rate === 27.5)?.kind).toBe("combined");
  });
});

describe("life-cycle cues", () => {
  it("reads 'replaces a 10% levy' as removed and a figure kept by a deal as in effect", () => {
    const out = run("The new 31% rate on Peruvian goods replaces a 12% levy set in the spring.");
    expect(out.tariffs.find((t) => t.rate === 12)?.status).toBe("removed");
    const kept = run("Chile's modest pact with Washington maintains the 12% rate on Chilean exports, officials said.");
    expect(kept.tariffs[0]?.status).toBe("in-effect");
  });

  it("does not read a hoped-for deal as settling a rate in force", () => {
    const out = run("The Peruvian minister is optimistic that Lima might yet reach a deal, despite the 30% tariff weighing on its exports.");
    expect(out.tariffs[0]?.status).toBe("in-effect");
  });

  it("reads the terms of a deal clinched for goods to face a rate as agreed", () => {
    const out = run("Lima and Washington struck a deal in May for most Peruvian exports to face a 12% U.S. tariff.");
    expect(label(out, 12)).toBe("agreed/agreed");
  });

  it("reads a delayed start as a threat kept alive, and the new figure of a change by its change verb", () => {
    const out = run("A 45% tariff on Chilean goods has been postponed from Aug. 3 until Sept. 14, the White House said.");
    expect(out.tariffs[0]?.status).toBe("threatened");
    const cut = run("A joint statement issued in May announced a reduction in the tariffs imposed on Peru from 30 percent to 14 percent.");
    expect(label(cut, 14)).toBe("agreed/agreed");
  });

  it("reads 'will remain at 25%' as in effect", () => {
    const out = run("The duty on Peruvian copper is to remain at 25% through Sept. 30, officials said.");
    expect(out.tariffs[0]?.status).toBe("in-effect");
  });

  it("lets a rate's own noun phrase name its layer next to a baseline", () => {
    const out = run("Peru faces two U.S. layers: a 10% blanket duty and a 22% country-specific tariff.");
    expect(label(out, 22)).toBe("country-specific/in-effect");
  });
});

describe("layers and goods", () => {
  it("keeps a penalty layer beside a rate of the same figure", () => {
    const out = run(
      "Washington had imposed 20 per cent reciprocal tariffs on Turkish goods, along with an additional 20 per cent linked to Turkey's purchases of Iranian oil.",
    );
    expect(out.tariffs.map((t) => `${t.imposer}>${t.target} ${t.rate} ${t.kind}`).sort()).toEqual(["USA>TUR 20 country-specific", "USA>TUR 20 other"]);
  });

  it("does not read the drugs a tariff is about as pharmaceuticals", () => {
    const out = run("The U.S. will halve the tariff linked to illicit fentanyl drugs on Mexican goods to 12% from 24%.");
    expect(out.tariffs.map((t) => t.sector)).toEqual(["all", "all"]);
  });

  it("reads 'cars and parts' as autos and auto parts", () => {
    const out = run("U.S. tariffs on Swedish exports include 22% on cars and parts.");
    expect(out.tariffs.map((t) => t.sector).sort()).toEqual(["auto-parts", "autos"]);
  });

  it("gives a blanket duty to every partner as well as the one named", () => {
    const out = run("Peru faces a 10% blanket duty imposed by the United States.");
    expect(out.tariffs.map((t) => t.target).sort()).toEqual(["*", "PER"]);
  });

  it("reads a ministry 'of Finance' that declared a tariff as its economy", () => {
    const out = run("On Friday Chile's Ministry of Economy declared a 9% tariff on U.S. wine and pork.");
    expect(out.tariffs.map((t) => `${t.imposer}>${t.target}`)).toEqual(["CHL>USA"]);
  });
});

describe("more trade-remedy and listing patterns", () => {
  it("reads member-state firms' rates in an EU trade-remedy story as the bloc's", () => {
    const out = run(
      "Beijing set anti-dumping deposits reaching 38% on EU cheese from Sept. 2.\n\nSeveral Dutch producers must pay 22.4%, and firms from Spain and Italy were levied at 19.8%, the ministry said.",
    );
    expect(out.tariffs.map((t) => `${t.imposer}>${t.target} ${t.sector} ${t.rate} ${t.kind}`).sort()).toEqual(["CHN>EUN agriculture 19.8 other", "CHN>EUN agriculture 22.4 other", "CHN>EUN agriculture 38 other"]);
  });

  it("keeps a hyphenated goods word in a list after a comma", () => {
    const out = run("Peru said it will apply a 12% tariff on U.S. coal, farm machinery, large-engine vehicles and pickup trucks.");
    expect(out.tariffs.map((t) => t.sector).sort()).toEqual(["autos", "energy", "machinery", "trucks"]);
  });

  it("reads a levy on trans-shipped goods as its own kind, and drops a zero floor of a range", () => {
    const out = run("Under the pact, tariffs on Thai goods will be set at 0%-18%, with a 40% charge on transshipments routed via Thailand.");
    expect(out.tariffs.map((t) => `${t.imposer}>${t.target} ${t.sector} ${t.rate} ${t.kind}`)).toEqual(["USA>THA all 18 agreed", "USA>THA other 40 other"]);
  });

  it("reads a total cut by halving a layer as combined", () => {
    const out = run("Officials said duties on Peruvian imports would fall to 33% from 43% by halving the penalty layer to 10% from 20%.");
    expect(out.tariffs.find((t) => t.rate === 33)?.kind).toBe("combined");
  });

  it("goes on reading a rate a change verb sets in the next sentence", () => {
    const out = run("In March, Washington announced a 24% tariff on Peruvian goods. It later reduced that to 10% for talks.");
    expect(out.tariffs.map((t) => t.rate).sort()).toEqual([10, 24]);
  });
});

describe("secondary tariffs and general goods", () => {
  it("reads 'on countries that buy … from X' as all partners, not X", () => {
    const out = run("Washington has threatened secondary tariffs reaching 80 percent on nations that import crude from Iran.");
    expect(out.tariffs.map((t) => `${t.target} ${t.sector}`)).toEqual(["* all"]);
  });

  it("does not borrow goods from the clause before when the rate names general goods", () => {
    const out = run("Chile announced counter-tariffs of 15% on copper wire (cable), after Washington chose to levy a 12% tariff on Chilean goods.");
    expect(out.tariffs.find((t) => t.rate === 12)?.sector).toBe("all");
  });
});

describe("the spring 2025 suspension and shared verbs", () => {
  const at = (pub: string, body: string) => extract({ text: `A headline for the test article goes here\n\n${body}`, publishedAt: pub });
  it("reads an April reciprocal rate told during the suspension as paused, and not after it", () => {
    const body = "Peru's trade minister met U.S. officials in Washington. The 24% reciprocal tariff Washington announced for Peru in April weighs on exporters.";
    expect(at("2025-06-10T10:00:00+00:00", body).tariffs[0]?.status).toBe("paused");
    expect(at("2025-09-10T10:00:00+00:00", body).tariffs[0]?.status).not.toBe("paused");
  });

  it("reads 'from the 25% rate' as the old figure", () => {
    const out = run("The White House ordered a rise in the duty on Peruvian copper to 45% from the 25% rate set in March.");
    expect(out.tariffs.find((t) => t.rate === 25)?.status).toBe("removed");
  });

  it("lets a rate with no verb of its own share the one before", () => {
    const out = run("Trump said the U.S. would place a 25% tariff on Peruvian goods next month, as well as a 45% levy on goods routed through Peru.");
    expect(out.tariffs.find((t) => t.rate === 45)?.status).toBe(out.tariffs.find((t) => t.rate === 25)?.status);
  });
});

describe("two sides' changes and third economies' rates in one sentence", () => {
  it("gives each side its own change", () => {
    const out = run("Ottawa and Washington agreed a truce. Washington will lower the levy to 18% from 54%, while Ottawa cuts its duty to 4% from 30%.");
    expect(out.tariffs.map((t) => `${t.imposer}>${t.target} ${t.rate}`).sort()).toEqual(["CAN>USA 30", "CAN>USA 4", "USA>CAN 18", "USA>CAN 54"]);
  });

  it("reads 'X's rate was cut to N%' as the rate X pays", () => {
    const out = run("Peru and the U.S. met on Monday. Norway faces 31% while Sweden's rate was cut to 17%.");
    expect(out.tariffs.map((t) => `${t.imposer}>${t.target} ${t.rate}`).sort()).toEqual(["USA>NOR 31", "USA>SWE 17"]);
  });
});

describe("keeping, other subjects and new rates in the suspension window", () => {
  const at = (pub: string, body: string) => extract({ text: `A headline for the test article goes here\n\n${body}`, publishedAt: pub });
  it("reads rates a side kept while dropping others as in effect", () => {
    const out = run("Mexico and the US held talks. Mexico dropped most of its counter-tariffs on US goods, but kept 20% levies on steel and pork.");
    expect(out.tariffs.map((t) => t.status)).toEqual(["in-effect", "in-effect"]);
  });

  it("does not give one subject's deal to the rate of another", () => {
    const out = run("Peru and the U.S. held talks. Peruvian cars face 25% duties, while Chilean cars pay 12% under its deal.");
    expect(out.tariffs.find((t) => t.rate === 25)?.kind).toBe("sectoral");
  });

  it("does not pause a new rate because the other side speaks of reciprocal measures", () => {
    const out = at("2025-07-15T10:00:00+00:00", "Peru said it would answer with reciprocal measures the 45% tariff Washington announced on Peruvian goods.");
    expect(out.tariffs.find((t) => t.rate === 45)?.status).not.toBe("paused");
  });
});

describe("a definite rate told before", () => {
  it("reads 'the 45% tariff' with no goods of its own as the one of that figure already told", () => {
    const out = run(
      "Relief for the copper industry is not settled, and the present 20% tariff could climb to 45% after Sept. 1.\n\nAsked whether Peruvian mines would be spared the 45% tariff, a spokesman said talks go on.",
    );
    expect(out.tariffs.map((t) => `${t.target} ${t.sector} ${t.rate}`).sort()).toEqual(["PER copper 20", "PER copper 45"]);
  });
});

describe("counter-measures of the side that sets most tariffs", () => {
  it("reads a rate named as a counter-measure as retaliatory and prepared ones as threatened", () => {
    const out = run("Mexico and the U.S. met again. Mexico readied countermeasures worth $20 billion, including 30% duties on U.S. pork. Mexico has kept its 15% counter-tariffs on U.S. steel.");
    expect(label(out, 30)).toBe("retaliatory/threatened");
    expect(label(out, 15)).toBe("retaliatory/in-effect");
  });
});

describe("rumoured and denied figures", () => {
  it("keeps the old figure of a rumoured cut and drops the new one and a denied one", () => {
    const out = run(
      "Chile and the U.S. held talks. The minister dismissed rumours online that Washington would lower the duty on Chilean goods from 32% to 14%. He said no final rate of 14% had been settled.",
    );
    expect(out.tariffs.map((t) => t.rate)).toEqual([32]);
  });
});

describe("deal terms told in passing", () => {
  it("reads 'In return, … at a N% tariff' as a deal's rate", () => {
    const out = run("Chile and Peru settled their dispute. In return, up to 20,000 Peruvian trucks a year will enter Chile at a 4.5 per cent duty instead of the current 35 per cent levy.");
    expect(label(out, 4.5)).toBe("agreed/agreed");
    expect(out.tariffs.find((t) => t.rate === 35)?.status).toBe("in-effect");
  });

  it("reads a paragraph praising the deal as telling its terms", () => {
    const out = run("Peru's leader told reporters the deal would help both economies. The U.S. tariff on Peruvian copper would be reduced to 11%, he added.");
    expect(label(out, 11)).toBe("agreed/agreed");
  });
});

describe("issuers after the duty and coordinated cuts", () => {
  it("reads 'duties from X' as duties X imposes", () => {
    const out = run("Chile and Peru held talks. Peruvian barley faced 44.2% anti-dumping duties from Chile until they were scrapped in 2024.");
    expect(out.tariffs.map((t) => `${t.imposer}>${t.target} ${t.sector}`)).toEqual(["CHL>PER agriculture"]);
  });

  it("reads a coordinated cut under a signed deal as agreed", () => {
    const out = run("Peru and Norway signed a trade pact. Peru will cut its 60% tariff on Norwegian salmon to 30%, and lower it to 10% over eight years.");
    expect(label(out, 30)).toBe("agreed/agreed");
    expect(label(out, 10)).toBe("agreed/agreed");
  });
});

describe("lists before the rate and broken deals", () => {
  it("reads goods listed before a long 'from X to Y' change, with 'all other' as the whole", () => {
    const out = run(
      'Peru and the U.S. met. Trump wrote, "Since Lima has not kept to our pact, I am lifting tariffs on Peru on copper, timber, medicines and all other reciprocal duties (country-specific duties) from 12% to 30%."',
    );
    expect(out.tariffs.filter((t) => t.rate === 30).map((t) => t.sector).sort()).toEqual(["all", "copper", "lumber", "pharmaceuticals"]);
    expect(out.tariffs.find((t) => t.rate === 30)?.status).not.toBe("agreed");
    expect(out.tariffs.find((t) => t.rate === 12)?.status).toBe("in-effect");
  });
});
