import type { Db, Prisma } from "../db/open";
import { formatFuzzyDate } from "../format/date";
import { nameKey } from "../format/name-key";
import { formatRate } from "../format/rate";
import type { ReviewFact } from "../review/facts";
import { numberingSource, type ArticleSource, type FactMatch, type MatchWorld, type RoundMatch } from "../review/match";
import type { RecordAs, WrittenFact } from "../review/review-input";
import type { Actor } from "./actor";
import { DomainError } from "./errors";
import { type CitationRow, Touches, touchOps } from "./review-touches";
import { createMilestoneOps, createPersonOps, createRoundOps, createTariffOps, type NewRound } from "./review-creates";

/**
 * Turns reviewed facts and their matches into one batch of writes. Order matters inside the batch:
 * people before the rounds that list them, new records before additions to existing ones.
 */
export interface PlanInput {
  article: { id: string; title: string | null };
  facts: ReviewFact[];
  accepted: Map<string, { recordAs: RecordAs; edited: boolean }>;
  matches: Record<string, FactMatch>;
  world: MatchWorld;
  source: ArticleSource;
}

export interface Plan {
  ops: Prisma.PrismaPromise<unknown>[];
  written: WrittenFact[];
}

type RoundTarget = { kind: "existing"; id: string; number: number | null } | { kind: "new"; round: NewRound };

const cite = (articleId: string, f: ReviewFact): CitationRow => ({
  articleId,
  quote: f.values.evidence.quote,
  startOffset: f.values.evidence.start,
  endOffset: f.values.evidence.end,
});

export async function planReview(db: Db, actor: Actor, p: PlanInput): Promise<Plan> {
  const errors: Record<string, string> = {};
  const touches = new Touches();
  const written: (WrittenFact & { touch?: string; subject?: string })[] = [];
  const people: Prisma.PrismaPromise<unknown>[] = [];
  const creates: Prisma.PrismaPromise<unknown>[] = [];
  const roundTargets = new Map<string, RoundTarget>();
  const newPeople = new Map<string, string>();
  const label = numberingSource(p.source);
  const reportedBy = `${label}${p.source.publishedDate ? ` (${p.source.publishedDate})` : ""}`;
  const reason = `From the review of “${p.article.title ?? "an article"}”, ${reportedBy}.`;
  const ctx = { db, actor, world: p.world, source: p.source, reason, errors };
  const accepted = p.facts.filter((f) => p.accepted.has(f.key));
  const touched = (entity: Parameters<Touches["get"]>[0], id: string) => `${entity}:${id}`;

  for (const f of accepted) {
    if (f.type !== "round") continue;
    const m = p.matches[f.key] as RoundMatch;
    const recordAs = p.accepted.get(f.key)!.recordAs;
    if (m.status === "unmatched") {
      errors[f.key] = m.summary;
    } else if (m.status === "existing" && recordAs === "match") {
      const t = touches.get("round", m.roundId);
      t.citations.push(cite(p.article.id, f));
      const stored = p.world.rounds.find((r) => r.id === m.roundId);
      if (m.addNumbering) {
        const where = p.article.title ? `In “${p.article.title}”` : "In an article";
        t.numberings.push({ ...m.addNumbering, note: `${where}${p.source.publishedDate ? ` of ${p.source.publishedDate}` : ""}` });
        t.reasons.push(`${label} numbers this round ${m.addNumbering.number}.`);
      }
      roundTargets.set(f.key, { kind: "existing", id: m.roundId, number: stored?.number ?? null });
      const what = m.addNumbering ? `numbering ${m.addNumbering.number} (${label}) and a source added` : "source added";
      written.push({ key: f.key, entityType: "round", id: m.roundId, change: "updated", description: `Round ${stored?.number ?? "(unnumbered)"}: ${what}`, touch: touched("round", m.roundId), subject: `Round ${stored?.number ?? "(unnumbered)"}` });
    } else {
      const round: NewRound = { key: f.key, fact: f.values, negotiationId: m.negotiationId, participants: [], citation: cite(p.article.id, f) };
      roundTargets.set(f.key, { kind: "new", round });
    }
  }

  for (const f of accepted) {
    if (f.type !== "participant") continue;
    const m = p.matches[f.key];
    if (m.type !== "participant") continue;
    const personKey = `${nameKey(f.values.name)}|${f.values.country}`;
    let personId = m.personId ?? newPeople.get(personKey) ?? null;
    let description: string;
    if (personId) {
      touches.get("person", personId).citations.push(cite(p.article.id, f));
      description = `${f.values.name} (${f.values.country}): source added`;
    } else {
      const created = await createPersonOps(ctx, f.key, f.values, cite(p.article.id, f));
      if (!created) continue;
      personId = created.id;
      newPeople.set(personKey, personId);
      people.push(...created.ops);
      description = `${f.values.name} (${f.values.country}): person created`;
    }
    const target = m.roundKey ? roundTargets.get(m.roundKey) : undefined;
    const participant = { personId, role: f.values.role || "Participant", sideCode: f.values.country, name: f.values.name };
    if (target?.kind === "existing" && !m.alreadyInRound) {
      touches.get("round", target.id).participants.push(participant);
      description += `; participant of round ${target.number ?? "(unnumbered)"}`;
    } else if (target?.kind === "new") {
      target.round.participants.push(participant);
      description += "; participant of the new round";
    }
    written.push({ key: f.key, entityType: "person", id: personId, change: m.personId ? "updated" : "created", description, touch: touched("person", personId), subject: `${f.values.name} (${f.values.country})` });
  }

  for (const target of roundTargets.values()) {
    if (target.kind !== "new") continue;
    const created = await createRoundOps(ctx, target.round);
    if (!created) continue;
    creates.push(...created.ops);
    written.push({ key: target.round.key, entityType: "round", id: created.id, change: "created", description: created.description });
  }

  for (const f of accepted) {
    if (f.type !== "tariff" && f.type !== "milestone") continue;
    const m = p.matches[f.key];
    const recordAs = p.accepted.get(f.key)!.recordAs;
    if (m.type === "tariff" && f.type === "tariff") {
      if (m.status !== "new" && recordAs === "match") {
        const t = touches.get("tariffMeasure", m.measureId);
        t.citations.push(cite(p.article.id, f));
        const alternate = m.status === "disagrees";
        if (alternate) t.reasons.push(`Alternate claim: ${label} gives ${formatRate(f.values.rate)}; the stored ${formatRate(m.storedRate)} is kept.`);
        const stored = p.world.tariffs.find((x) => x.id === m.measureId);
        const scope = stored ? ` (${stored.kind}, ${stored.sector === "all" ? "all goods" : stored.sector} from ${stored.targetCode ?? "all partners"})` : "";
        const description = alternate
          ? `Stored ${formatRate(m.storedRate)}${scope} kept; the article's ${formatRate(f.values.rate)} is cited as an alternate claim`
          : `${formatRate(f.values.rate)} measure${scope}: source added`;
        written.push({ key: f.key, entityType: "tariffMeasure", id: m.measureId, change: "updated", description, touch: touched("tariffMeasure", m.measureId), subject: `${formatRate(stored?.rate ?? f.values.rate)} measure${scope}` });
      } else {
        const alternateTo = m.status === "disagrees" ? m.storedRate : null;
        const created = await createTariffOps(ctx, f.key, f.values, m.negotiationId, alternateTo, cite(p.article.id, f));
        if (!created) continue;
        creates.push(...created.ops);
        written.push({ key: f.key, entityType: "tariffMeasure", id: created.id, change: "created", description: created.description });
      }
    } else if (m.type === "milestone" && f.type === "milestone") {
      if (m.milestoneId && recordAs === "match") {
        touches.get("milestone", m.milestoneId).citations.push(cite(p.article.id, f));
        const stored = p.world.milestones.find((x) => x.id === m.milestoneId);
        const what = stored ? `“${stored.title}” (${formatFuzzyDate(stored)})` : "Milestone";
        written.push({ key: f.key, entityType: "milestone", id: m.milestoneId, change: "updated", description: `${what}: source added`, touch: touched("milestone", m.milestoneId), subject: what });
      } else {
        const created = await createMilestoneOps(ctx, f.key, f.values, m.negotiationId, cite(p.article.id, f));
        if (!created) continue;
        creates.push(...created.ops);
        written.push({ key: f.key, entityType: "milestone", id: created.id, change: "created", description: created.description });
      }
    }
  }

  const entries = Object.entries(errors);
  if (entries.length) throw new DomainError("invalid", `${entries.length === 1 ? "A fact" : `${entries.length} facts`} cannot be accepted as they stand: ${entries[0][1]}`, errors);

  const additions: Prisma.PrismaPromise<unknown>[] = [];
  const unchanged = new Set<string>();
  for (const [key, t] of touches.map) {
    const ops = await touchOps(db, actor, t, p.world, reason);
    if (ops.length === 0) unchanged.add(key);
    additions.push(...ops);
  }
  return {
    ops: [...people, ...creates, ...additions],
    written: written.map(({ touch, subject, ...w }) =>
      touch && unchanged.has(touch) ? { ...w, description: `${subject}: already cited from this article, nothing new written` } : w,
    ),
  };
}
