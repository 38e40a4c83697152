import type { SeedNegotiation } from "../types";

export const negotiation: SeedNegotiation = {
  slug: "us-indonesia-tariffs-2025",
  title: "Indonesia–U.S. tariff agreement",
  status: "concluded",
  summary:
    "Indonesia was assigned a 32% reciprocal rate in April 2025; it was suspended within a day and later reissued for Aug. 1 in a July letter. After Trump and Prabowo spoke on July 15, the two sides settled on a 19% rate, which applied from Aug. 7.",
  parties: ["IDN", "USA"],
  rounds: [],
  milestones: [
    {
      key: "idn-m1",
      date: "2025-07-15",
      datePrecision: "day",
      kind: "agreement",
      title: "Trump and Prabowo settle on a 19% rate by phone",
      sources: [
        "https://rsis.edu.sg/rsis-publication/idss/ip25073-trump-prabowos-trade-deal-lingering-uncertainty-and-looming-risks",
        "https://static2-cdn.newser.com/story/371932/trump-says-he-has-a-trade-deal-with-indonesia.html",
      ],
    },
    {
      key: "idn-m2",
      date: "2025-08-07",
      datePrecision: "day",
      kind: "effective",
      title: "Agreed 19% rate on Indonesian goods enters into force",
      sources: ["https://particle.news/story/trump-sets-final-reciprocal-tariffs-of-up-to-41-percent-effective-august-7"],
    },
  ],
  tariffs: [
    {
      key: "idn-t1",
      imposer: "USA",
      target: "IDN",
      sector: "all",
      rate: 32,
      kind: "country-specific",
      status: "paused",
      stacking: "replaces",
      legalBasis: "IEEPA (Executive Order 14257, reciprocal tariffs)",
      announcedOn: "2025-04-02",
      effectiveFrom: "2025-04-09",
      effectiveTo: "2025-04-10",
      note: "Reissued for Aug. 1 in a July letter, then superseded by the agreement.",
      sources: [
        "https://rsis.edu.sg/rsis-publication/idss/ip25073-trump-prabowos-trade-deal-lingering-uncertainty-and-looming-risks",
        "https://static2-cdn.newser.com/story/371932/trump-says-he-has-a-trade-deal-with-indonesia.html",
      ],
    },
    {
      key: "idn-t2",
      imposer: "USA",
      target: "IDN",
      sector: "all",
      rate: 19,
      kind: "agreed",
      status: "in-effect",
      stacking: "all-in",
      legalBasis: "IEEPA (Executive Order 14257, reciprocal tariffs) (EO of 2025-07-31)",
      announcedOn: "2025-07-15",
      effectiveFrom: "2025-08-07",
      effectiveTo: null,
      note: null,
      sources: [
        "https://rsis.edu.sg/rsis-publication/idss/ip25073-trump-prabowos-trade-deal-lingering-uncertainty-and-looming-risks",
        "https://particle.news/story/trump-sets-final-reciprocal-tariffs-of-up-to-41-percent-effective-august-7",
      ],
    },
  ],
};
