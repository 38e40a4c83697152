import { describe, expect, it } from "vitest";
import { extract } from "./extract";

/**
 * Status and kind of a rate from the words around it. Each case is a short article written for
 * the rule it checks; the publication date is fixed so that "from Aug. 1" lies ahead.
 */
const PUB = "2026-07-15T10:00:00+00:00";
const run = (body: string) => extract({ text: `A headline for the test article goes here\n\n${body}`, publishedAt: PUB });
const label = (out: ReturnType<typeof run>, rate: number) => {
  const t = out.tariffs.find((x) => x.rate === rate);
  return t ? `${t.kind}/${t.status}` : "none";
};

describe("tariff status", () => {
  it("tells a threat, a proposal and a conditional apart from a rate in force", () => {
    const out = run("Peru currently pays a 10% tariff. Washington warned it could impose 40% on Peruvian copper unless talks succeed.");
    expect(out.tariffs.find((t) => t.rate === 10)?.status).toBe("in-effect");
    expect(out.tariffs.find((t) => t.rate === 40)?.status).toBe("threatened");
    const proposal = run("Chile's government proposed raising its duty on Chinese steel to 33%.");
    expect(proposal.tariffs.find((t) => t.rate === 33)?.status).toBe("threatened");
  });

  it("does not read a deal into 'if no deal is reached' or talks on a deal that stalled", () => {
    const cond = run("The U.S. will raise tariffs on Peruvian goods to 36% if no deal is reached by Aug. 1.");
    expect(label(cond, 36)).toBe("country-specific/threatened");
    const stalled = run("Washington slapped a 25% tariff on Peruvian goods last week after talks on a trade deal stalled.");
    expect(label(stalled, 25)).toBe("country-specific/in-effect");
  });

  it("takes no market move for a rate", () => {
    expect(run("Bank deposits rose 5% in June, while tariffs weighed on exporters.").tariffs).toEqual([]);
  });

  it("reads a start date after publication as announced, one before it as in effect", () => {
    const out = run("A 20% tariff on Colombian goods takes effect on Aug. 1. A 15% levy on Colombian coffee took effect in May.");
    expect(out.tariffs.find((t) => t.rate === 20)?.status).toBe("announced");
    expect(out.tariffs.find((t) => t.rate === 15)?.status).toBe("in-effect");
  });

  it("lets what happened to a rate afterwards decide: suspended, put on hold", () => {
    const out = run("The 32% rate the administration set for Peru in April was suspended a week later. Peru now pays the 10% baseline.");
    expect(label(out, 32)).toBe("country-specific/paused");
    expect(label(out, 10)).toBe("baseline/in-effect");
  });

  it("reads a past cut as in effect and a promised cut under a deal as agreed", () => {
    const past = run("Last month Washington lowered its tariff on Peruvian goods to 18%.");
    expect(past.tariffs.find((t) => t.rate === 18)?.status).toBe("in-effect");
    const deal = run("Under the pact, Peru will cut its 30% duty on American pork to 5%, and to zero by 2030.");
    expect(deal.tariffs.find((t) => t.rate === 5)?.status).toBe("agreed");
    expect(deal.tariffs.find((t) => t.rate === 30)?.status).toBe("in-effect");
  });

  it("carries the verb of a figure to the next one in 'and to N%'", () => {
    const out = run("Under the agreement, Chile will lower its tariff on British whisky to 20% next year, and to 10% in 2029.");
    expect(out.tariffs.filter((t) => t.rate === 20 || t.rate === 10).map((t) => t.status)).toEqual(["agreed", "agreed"]);
  });

  it("updates the measures just told when the next sentence says they will be lifted", () => {
    const out = run("Norway answered in March with 25% counter-tariffs on American salmon feed. Those countermeasures will be lifted next month, officials said.");
    const counter = out.tariffs.find((t) => t.imposer === "NOR");
    expect(counter?.kind).toBe("retaliatory");
    expect(counter?.status).toBe("removed");
  });

  it("keeps a rate that stays in place apart from the measures lifted beside it", () => {
    const out = run("Canada's counter-tariffs on American beef will be lifted, but Canada's 25% levies on American steel will stay in place.");
    expect(out.tariffs.find((t) => t.rate === 25 && t.sector === "steel")?.status).toBe("in-effect");
  });
});

describe("tariff kind and layering", () => {
  it("reads baseline, reciprocal, additional and the total of the layers", () => {
    const out = run("Peruvian goods face a 10% baseline tariff. Peru was also hit with an additional 15% duty, on top of a 20% reciprocal tariff, for a total of 45%.");
    expect(label(out, 10)).toBe("baseline/in-effect");
    expect(out.tariffs.find((t) => t.rate === 15)?.kind).toBe("other");
    expect(label(out, 20)).toBe("country-specific/in-effect");
    expect(out.tariffs.find((t) => t.rate === 45)?.kind).toBe("combined");
  });

  it("makes a total no more settled than its least settled layer", () => {
    const out = run("Peru pays a 10% baseline now, and Washington has threatened 25% on top of it from Aug. 1, for a total of 35%.");
    expect(out.tariffs.find((t) => t.rate === 35)?.status).toBe("threatened");
  });

  it("knows the standard duty and a sector's own tariff", () => {
    const out = run("Cars from Peru pay the standard 2.5% duty plus a 25% national-security tariff on autos.");
    expect(out.tariffs.find((t) => t.rate === 2.5)?.kind).toBe("mfn");
    expect(out.tariffs.find((t) => t.rate === 25)?.kind).toBe("sectoral");
  });

  it("keeps a baseline a baseline in a sentence about one sector", () => {
    const out = run("Peruvian copper will pay 25% from Aug. 1, on top of the 10% baseline.");
    expect(out.tariffs.find((t) => t.rate === 10)?.kind).toBe("baseline");
  });
});
