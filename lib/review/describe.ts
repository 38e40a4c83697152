import { formatFuzzyDate } from "../format/date";
import { formatRate } from "../format/rate";
import {
  MILESTONE_KIND_LABELS,
  ROUND_LEVEL_LABELS,
  ROUND_STATUS_LABELS,
  SECTOR_LABELS,
  TARIFF_KIND_LABELS,
  TARIFF_STATUS_LABELS,
} from "../vocab/labels";
import type { ReviewFact } from "./facts";
import type { FactMatch, MatchWorld } from "./match";
import type { RecordAs } from "./review-input";
import { whenToFuzzyDate } from "./when";

/** Facts and what accepting them does, in words, for the review cards. Pure. */

export function describeFact(f: ReviewFact): string {
  const when = (w: string | null) => formatFuzzyDate(whenToFuzzyDate(w));
  switch (f.type) {
    case "round": {
      const v = f.values;
      const name = v.number !== null ? `Round ${v.number}` : "Unnumbered round";
      return [name, v.parties.join("–"), ROUND_STATUS_LABELS[v.status], ROUND_LEVEL_LABELS[v.level], when(v.when), v.location].filter(Boolean).join(" · ");
    }
    case "tariff": {
      const v = f.values;
      const sector = v.sector === "all" ? "all goods" : SECTOR_LABELS[v.sector].toLowerCase();
      const from = v.target === "*" ? "all partners" : v.target;
      return `${v.imposer} on ${sector} from ${from} · ${formatRate(v.rate)} · ${TARIFF_KIND_LABELS[v.kind]} · ${TARIFF_STATUS_LABELS[v.status]}`;
    }
    case "milestone":
      return `${MILESTONE_KIND_LABELS[f.values.kind]} · ${when(f.values.when)} · “${f.values.title}”`;
    case "participant":
      return [`${f.values.name} (${f.values.country})`, f.values.role].filter(Boolean).join(" · ");
  }
}

/**
 * Who a participant was linked to, so the editor can check the economy: an office from the shipped
 * directory of officials (with its reference page) or a person already in the tracker; for other
 * fact types, and unlinked people, null.
 */
export function describeLink(f: ReviewFact): { text: string; reference: string | null } | null {
  if (f.type !== "participant") return null;
  const link = f.values.linkedTo;
  if (!link) return { text: `Not linked to a known person: ${f.values.country} was read from the article's wording.`, reference: null };
  const where = link.source === "directory" ? "the directory of officials" : "the tracker's people";
  return { text: `Linked to ${link.office ? `${link.office} (${f.values.country})` : f.values.country} in ${where}.`, reference: link.reference };
}

/** A short word for the match, for the card's badge. */
export function matchWord(m: FactMatch): string {
  if (m.type === "participant") return m.status === "existing" ? "person on record" : "new person";
  if (m.type === "round") return { existing: "matches a round", new: "new round", unmatched: "no negotiation" }[m.status];
  if (m.type === "tariff") return { recorded: "already recorded", disagrees: "disagrees", new: "new measure" }[m.status];
  return m.status === "recorded" ? "already recorded" : "new milestone";
}

/** Whether the fact matched a stored record, so "record as new" is a real choice. */
export function hasStoredMatch(m: FactMatch): boolean {
  if (m.type === "round") return m.status === "existing";
  if (m.type === "tariff") return m.status !== "new";
  if (m.type === "milestone") return m.status === "recorded";
  return false;
}

/** The two meanings of "match" and "new" for this fact, as the card's choice labels. */
export function recordAsLabels(m: FactMatch): { match: string; new: string } {
  if (m.type === "tariff" && m.status === "disagrees") return { match: "Alternate claim on the stored measure", new: "Record as a new measure" };
  if (m.type === "round") return { match: "Same meeting as the stored round", new: "Record as a separate round" };
  return { match: "Cite on the stored record", new: "Record as a new one" };
}

/** What accepting the fact will write, given the editor's choice; participants need to know whether their round is accepted. */
export function describeEffect(f: ReviewFact, m: FactMatch, recordAs: RecordAs, world: MatchWorld, roundAccepted: boolean): string {
  const negotiation = (id: string | null) => world.negotiations.find((n) => n.id === id)?.title;
  if (m.type === "round") {
    if (m.status === "unmatched") return "Cannot be recorded until a negotiation between these parties exists.";
    if (m.status === "existing" && recordAs === "match") {
      return m.addNumbering
        ? `Adds the numbering ${m.addNumbering.number} (${m.addNumbering.source}) to the stored round and cites this sentence; nothing stored changes.`
        : "Cites this sentence on the stored round; nothing stored changes.";
    }
    return `Creates a new round in ${negotiation(m.negotiationId) ?? "the negotiation"}.`;
  }
  if (m.type === "tariff") {
    if (m.status === "disagrees" && recordAs === "match") {
      return `Keeps the stored ${formatRate(m.storedRate)} and cites this sentence on it as an alternate claim.`;
    }
    if (m.status === "recorded" && recordAs === "match") return "Cites this sentence on the stored measure.";
    const v = f.type === "tariff" ? f.values : null;
    const dated = v?.status === "in-effect" ? "in effect from the article's date" : "announced on the article's date";
    return `Records a new ${v ? formatRate(v.rate) : ""} measure, ${dated} (check its dates on the measure's page).`;
  }
  if (m.type === "milestone") {
    if (m.status === "recorded" && recordAs === "match") return "Cites this sentence on the stored milestone.";
    const where = negotiation(m.negotiationId);
    return `Creates a new milestone${where ? ` in ${where}` : ""}.`;
  }
  const who = m.status === "existing" ? "Cites this sentence on the person" : "Creates the person with this sentence as source";
  if (!m.roundKey) return `${who}.`;
  if (!roundAccepted) return `${who}; accept the round too to list them as a participant.`;
  return m.alreadyInRound ? `${who}; already listed in the round.` : `${who} and lists them as a participant of the round.`;
}
