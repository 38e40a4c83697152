import "server-only";
import type { Db } from "../db/open";
import { roundPaths } from "../queries/round-paths";
import type { WrittenFact } from "./review-input";

/**
 * Where readers see what a review wrote: a round's canonical page, a tariff measure's page, a
 * milestone's negotiation (or round) page. People have no page of their own.
 */
export async function withLinks(db: Db, written: WrittenFact[]): Promise<WrittenFact[]> {
  const ids = (type: WrittenFact["entityType"]) => written.filter((w) => w.entityType === type).map((w) => w.id);
  const [rounds, milestones] = await Promise.all([
    roundPaths(db, ids("round")),
    db.milestone.findMany({
      where: { id: { in: ids("milestone") } },
      select: { id: true, roundId: true, negotiation: { select: { slug: true } } },
    }),
  ]);
  const milestoneRounds = await roundPaths(db, milestones.flatMap((m) => (m.roundId ? [m.roundId] : [])));
  const milestoneHref = new Map(
    milestones.map((m) => [m.id, (m.roundId && milestoneRounds.get(m.roundId)) || (m.negotiation ? `/negotiations/${m.negotiation.slug}` : null)]),
  );
  return written.map((w) => {
    if (w.entityType === "round") return { ...w, href: rounds.get(w.id) ?? null };
    if (w.entityType === "tariffMeasure") return { ...w, href: `/tariffs/measures/${encodeURIComponent(w.id)}` };
    if (w.entityType === "milestone") return { ...w, href: milestoneHref.get(w.id) ?? null };
    return { ...w, href: null };
  });
}
