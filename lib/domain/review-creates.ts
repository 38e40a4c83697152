import type { Db, Prisma } from "../db/open";
import type { ExtractedMilestone, ExtractedParticipant, ExtractedRound, ExtractedTariff } from "../extraction/schema";
import { formatFuzzyDate } from "../format/date";
import { formatRate } from "../format/rate";
import { numberingSource, type ArticleSource, type MatchWorld } from "../review/match";
import { whenToFuzzyDate } from "../review/when";
import { milestoneInputSchema } from "../validation/milestone";
import { personInputSchema } from "../validation/person";
import { roundInputSchema } from "../validation/round";
import { tariffMeasureInputSchema } from "../validation/tariff-measure";
import type { TariffKind, TariffStacking } from "../vocab/vocab";
import type { Actor } from "./actor";
import { assertEconomiesExist } from "./assert-economies";
import { citationRows } from "./citations";
import { DomainError, parseInput } from "./errors";
import { newId } from "./ids";
import { checkMilestoneRefs, milestoneChildOps, milestoneColumns } from "./milestone-writes";
import { personColumns } from "./person-writes";
import { revisionData } from "./revisions";
import type { CitationRow } from "./review-touches";
import { roundChildOps, roundColumns, type RoundRefs } from "./round-writes";
import { checkTariffRefs, tariffChildOps, tariffColumns } from "./tariff-writes";

/**
 * New records from reviewed facts, validated by the same input schemas and reference checks as
 * the editor's forms; each returns its batch operations (record, children, revision). A failure is
 * filed under the fact's key so the review page shows it on the right card.
 */
export interface CreateContext {
  db: Db;
  actor: Actor;
  world: MatchWorld;
  source: ArticleSource;
  reason: string;
  errors: Record<string, string>;
}

export interface NewRound {
  key: string;
  fact: ExtractedRound;
  negotiationId: string;
  participants: { personId: string; role: string; sideCode: string; name: string }[];
  citation: CitationRow;
}

interface Created {
  id: string;
  ops: Prisma.PrismaPromise<unknown>[];
  description: string;
}

/** Record-schema fields as the fact's own fields, where the card shows them. */
const FACT_FIELD: Record<string, string> = {
  date: "when",
  imposerCode: "imposer",
  targetCode: "target",
  countryCode: "country",
  participants: "country",
  name: "name",
  title: "title",
  rate: "rate",
  location: "location",
  number: "number",
};

async function under<T>(ctx: CreateContext, key: string, build: () => Promise<T>): Promise<T | null> {
  try {
    return await build();
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== "invalid") throw error;
    const fields = Object.entries(error.fieldErrors);
    if (fields.length === 0) ctx.errors[key] ??= error.message;
    for (const [field, message] of fields) {
      const mapped = FACT_FIELD[field.split(".")[0]];
      ctx.errors[mapped ? `${key}.${mapped}` : key] ??= message;
    }
    return null;
  }
}

const reportedBy = (source: ArticleSource) => `${numberingSource(source)}${source.publishedDate ? ` (${source.publishedDate})` : ""}`;

export function createPersonOps(ctx: CreateContext, key: string, fact: ExtractedParticipant, citation: CitationRow) {
  return under(ctx, key, async (): Promise<Created> => {
    const data = parseInput(personInputSchema, { name: fact.name, countryCode: fact.country, title: fact.role || null, citations: [citation] });
    await assertEconomiesExist(ctx.db, "countryCode", [data.countryCode]);
    const id = newId();
    const ops = [
      ctx.db.person.create({
        data: { id, ...personColumns(data), citations: { create: citationRows(data.citations) } },
      }),
      ctx.db.revision.create({ data: revisionData(ctx.actor, "person", id, "create", { after: { id, ...data }, reason: ctx.reason }) }),
    ];
    return { id, ops, description: `${data.name} (${data.countryCode}) created` };
  });
}

export function createRoundOps(ctx: CreateContext, round: NewRound) {
  return under(ctx, round.key, async (): Promise<Created> => {
    const negotiation = ctx.world.negotiations.find((n) => n.id === round.negotiationId);
    if (!negotiation) throw new DomainError("invalid", "The negotiation of this round no longer exists");
    const participants = round.participants.filter((p, i, all) => all.findIndex((q) => q.personId === p.personId) === i);
    const f = round.fact;
    const data = parseInput(roundInputSchema, {
      negotiationId: negotiation.id,
      number: f.number,
      level: f.level,
      status: f.status,
      date: whenToFuzzyDate(f.when),
      location: f.location,
      outcome: null,
      note: `Recorded in the review of an article by ${reportedBy(ctx.source)}.`,
      participants: participants.map(({ name: _n, ...p }) => p),
      numberings: f.number !== null ? [{ number: f.number, source: numberingSource(ctx.source) }] : [],
      citations: [round.citation],
    });
    await assertEconomiesExist(ctx.db, "participants", data.participants.map((p) => p.sideCode));
    const refs: RoundRefs = {
      negotiation: { id: negotiation.id, title: negotiation.title, parties: negotiation.parties },
      names: new Map(participants.map((p) => [p.personId, p.name])),
    };
    const id = newId();
    const ops = [
      ctx.db.round.create({ data: { id, externalKey: null, ...roundColumns(data) } }),
      ...roundChildOps(ctx.db, id, data, refs),
      ctx.db.revision.create({ data: revisionData(ctx.actor, "round", id, "create", { after: { id, ...data }, reason: ctx.reason }) }),
    ];
    const name = f.number !== null ? `Round ${f.number}` : "Unnumbered round";
    return { id, ops, description: `${name} of ${negotiation.title} (${formatFuzzyDate(data.date)}) created` };
  });
}

/** How a layer of each kind usually combines with the others; the measure's page corrects it. */
const DEFAULT_STACKING: Record<TariffKind, TariffStacking> = {
  baseline: "adds",
  "country-specific": "adds",
  sectoral: "replaces",
  retaliatory: "adds",
  combined: "all-in",
  agreed: "all-in",
  mfn: "adds",
  other: "adds",
};

/**
 * The article says what applied on its day, not when it started: the publication day stands in
 * for the start (in effect) or the announcement (announced, threatened, agreed, paused), never
 * "since forever", which is what an in-effect measure without a start date means to the engine.
 */
function datesFromArticle(status: ExtractedTariff["status"], day: string | null) {
  if (status === "in-effect") return { announcedOn: null, effectiveFrom: day };
  if (status === "removed") return { announcedOn: null, effectiveFrom: null };
  return { announcedOn: day, effectiveFrom: null };
}

export function createTariffOps(
  ctx: CreateContext,
  key: string,
  fact: ExtractedTariff,
  negotiationId: string | null,
  alternateTo: number | null,
  citation: CitationRow,
) {
  return under(ctx, key, async (): Promise<Created> => {
    const alternate = alternateTo !== null ? ` A stored measure on the same goods gives ${formatRate(alternateTo)}.` : "";
    const data = parseInput(tariffMeasureInputSchema, {
      imposerCode: fact.imposer,
      targetCode: fact.target,
      sector: fact.sector,
      rate: fact.rate,
      kind: fact.kind,
      status: fact.status,
      stacking: DEFAULT_STACKING[fact.kind],
      ...datesFromArticle(fact.status, ctx.source.publishedDate),
      effectiveTo: null,
      note: `As reported by ${reportedBy(ctx.source)}; its dates are the article's, not the legal text's.${alternate}`,
      negotiationId,
      citations: [citation],
    });
    const names = await checkTariffRefs(ctx.db, data);
    const id = newId();
    const ops = [
      ctx.db.tariffMeasure.create({ data: { id, externalKey: null, ...tariffColumns(data) } }),
      ...tariffChildOps(ctx.db, id, data, names),
      ctx.db.revision.create({ data: revisionData(ctx.actor, "tariffMeasure", id, "create", { after: { id, ...data }, reason: ctx.reason }) }),
    ];
    return { id, ops, description: `${formatRate(data.rate)} ${data.kind} measure (${data.status}) created` };
  });
}

export function createMilestoneOps(ctx: CreateContext, key: string, fact: ExtractedMilestone, negotiationId: string | null, citation: CitationRow) {
  return under(ctx, key, async (): Promise<Created> => {
    const data = parseInput(milestoneInputSchema, {
      date: whenToFuzzyDate(fact.when),
      kind: fact.kind,
      title: fact.title,
      negotiationId,
      roundId: null,
      citations: [citation],
    });
    const negotiation = await checkMilestoneRefs(ctx.db, data);
    const id = newId();
    const ops = [
      ctx.db.milestone.create({ data: { id, externalKey: null, ...milestoneColumns(data) } }),
      ...milestoneChildOps(ctx.db, id, data, negotiation),
      ctx.db.revision.create({ data: revisionData(ctx.actor, "milestone", id, "create", { after: { id, ...data }, reason: ctx.reason }) }),
    ];
    return { id, ops, description: `“${data.title}” (${formatFuzzyDate(data.date)}) created` };
  });
}
