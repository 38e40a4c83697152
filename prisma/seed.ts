/**
 * Loads the demo records (the 2025 tariff negotiations) through the same use cases as an editor's
 * form. Safe to run again: records already present (by slug or external key) are left as they are.
 */
import { SYSTEM_ACTOR } from "../lib/domain/actor";
import type { DomainContext } from "../lib/domain/context";
import { createMilestone } from "../lib/domain/create-milestone";
import { createNegotiation } from "../lib/domain/create-negotiation";
import { createRound } from "../lib/domain/create-round";
import { createTariffMeasure } from "../lib/domain/create-tariff-measure";
import { ensurePerson } from "../lib/domain/ensure-person";
import { upsertEconomy } from "../lib/domain/upsert-economy";
import type { Db } from "../lib/db/open";
import { economies, negotiations, standalone } from "./seed-data";
import type { SeedMilestone, SeedTariff } from "./seed-data/types";

export interface SeedCounts {
  economies: number;
  negotiations: number;
  rounds: number;
  people: number;
  tariffs: number;
  milestones: number;
}

const urlCitations = (sources: string[]) => sources.map((url) => ({ url }));

async function seedTariff(ctx: DomainContext, t: SeedTariff, negotiationId: string | null): Promise<number> {
  if (await ctx.db.tariffMeasure.findUnique({ where: { externalKey: t.key }, select: { id: true } })) return 0;
  await createTariffMeasure(ctx, {
    externalKey: t.key,
    imposerCode: t.imposer,
    targetCode: t.target,
    sector: t.sector,
    rate: t.rate,
    kind: t.kind,
    status: t.status,
    stacking: t.stacking,
    legalBasis: t.legalBasis,
    announcedOn: t.announcedOn,
    effectiveFrom: t.effectiveFrom,
    effectiveTo: t.effectiveTo,
    note: t.note,
    negotiationId,
    citations: urlCitations(t.sources),
  });
  return 1;
}

async function seedMilestone(
  ctx: DomainContext,
  m: SeedMilestone,
  negotiationId: string | null,
  roundIds: Map<string, string>,
): Promise<number> {
  if (await ctx.db.milestone.findUnique({ where: { externalKey: m.key }, select: { id: true } })) return 0;
  await createMilestone(ctx, {
    externalKey: m.key,
    date: { dateStart: m.date, dateEnd: m.dateEnd ?? null, datePrecision: m.datePrecision },
    kind: m.kind,
    title: m.title,
    negotiationId,
    roundId: m.roundKey ? roundIds.get(m.roundKey) : null,
    citations: urlCitations(m.sources),
  });
  return 1;
}

export async function seed(db: Db): Promise<SeedCounts> {
  const ctx: DomainContext = { db, actor: SYSTEM_ACTOR };
  const counts: SeedCounts = { economies: 0, negotiations: 0, rounds: 0, people: 0, tariffs: 0, milestones: 0 };

  for (const economy of economies) {
    if (await upsertEconomy(ctx, economy)) counts.economies++;
  }

  for (const n of negotiations) {
    let negotiationId = (await db.negotiation.findUnique({ where: { slug: n.slug }, select: { id: true } }))?.id;
    if (!negotiationId) {
      negotiationId = (await createNegotiation(ctx, n)).id;
      counts.negotiations++;
    }
    const roundIds = new Map<string, string>();
    for (const r of n.rounds) {
      const existing = await db.round.findUnique({ where: { externalKey: r.key }, select: { id: true } });
      if (existing) {
        roundIds.set(r.key, existing.id);
        continue;
      }
      const participants = [];
      for (const p of r.participants) {
        const person = await ensurePerson(ctx, { name: p.name, countryCode: p.country, title: p.role });
        if (person.created) counts.people++;
        participants.push({ personId: person.id, role: p.role, sideCode: p.country });
      }
      const { id } = await createRound(ctx, {
        negotiationId,
        externalKey: r.key,
        number: r.number,
        level: r.level,
        status: r.status,
        date: { dateStart: r.dateStart, dateEnd: r.dateEnd, datePrecision: r.datePrecision },
        location: r.location,
        outcome: r.outcome,
        note: r.note ?? null,
        participants,
        numberings: r.numberings,
        citations: urlCitations(r.sources),
      });
      roundIds.set(r.key, id);
      counts.rounds++;
    }
    for (const m of n.milestones) counts.milestones += await seedMilestone(ctx, m, negotiationId, roundIds);
    for (const t of n.tariffs) counts.tariffs += await seedTariff(ctx, t, negotiationId);
  }

  for (const m of standalone.milestones) counts.milestones += await seedMilestone(ctx, m, null, new Map());
  for (const t of standalone.tariffs) counts.tariffs += await seedTariff(ctx, t, null);
  return counts;
}
