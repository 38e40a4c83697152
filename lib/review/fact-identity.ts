import { nameKey } from "../format/name-key";
import type { FactType, FactValues, ReviewFact } from "./facts";

/**
 * A fact's identity: the key fields its type is matched on when extractions are scored (a round's
 * parties and number or date, a person's name and economy, a tariff's pair, sector and rate, a
 * milestone's kind and date). Two extractions of one article give the same identity to the same
 * claim even when its confidence, wording or position in the list changed.
 */
export function factIdentity<T extends FactType>(type: T, values: FactValues[T]): string {
  const v = values as FactValues[FactType];
  switch (type) {
    case "round": {
      const r = v as FactValues["round"];
      return `round|${[...r.parties].sort().join("+")}|${r.number ?? `@${r.when ?? ""}`}`;
    }
    case "participant": {
      const p = v as FactValues["participant"];
      return `participant|${nameKey(p.name)}|${p.country}`;
    }
    case "tariff": {
      const t = v as FactValues["tariff"];
      return `tariff|${t.imposer}>${t.target}|${t.sector}|${t.rate}`;
    }
    default: {
      const m = v as FactValues["milestone"];
      return `milestone|${m.kind}|${m.when ?? ""}`;
    }
  }
}

export const identityOf = (fact: ReviewFact) => factIdentity(fact.type, fact.values);
