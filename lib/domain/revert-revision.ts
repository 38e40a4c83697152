import { changeMetaSchema, type ChangeMeta } from "../validation/mutation";
import { assertCanWrite } from "./actor";
import type { DomainContext } from "./context";
import { invalid, notFound, parseInput } from "./errors";
import { updateMilestone } from "./update-milestone";
import { updateNegotiation } from "./update-negotiation";
import { updatePerson } from "./update-person";
import { updateRound } from "./update-round";
import { updateTariffMeasure } from "./update-tariff-measure";

/**
 * Puts a record back to the state a past revision left it in. The revert is itself a new revision;
 * nothing in the history is removed or rewritten.
 */
export async function revertToRevision(
  ctx: DomainContext,
  revisionId: string,
  input: ChangeMeta,
): Promise<{ id: string; version: number }> {
  assertCanWrite(ctx.actor);
  const meta = parseInput(changeMetaSchema, input);
  const revision = await ctx.db.revision.findUnique({ where: { id: revisionId } });
  if (!revision) throw notFound("That revision");
  const state = revision.after as Record<string, unknown> | null;
  if (!state || revision.action === "delete") throw invalid("revisionId", "This revision has no saved state to return to");
  const payload = { ...state, baseVersion: meta.baseVersion, reason: meta.reason } as never;
  switch (revision.entityType) {
    case "round":
      return updateRound(ctx, revision.entityId, payload, "revert");
    case "tariffMeasure":
      return updateTariffMeasure(ctx, revision.entityId, payload, "revert");
    case "milestone":
      return updateMilestone(ctx, revision.entityId, payload, "revert");
    case "negotiation":
      return updateNegotiation(ctx, revision.entityId, payload, "revert");
    case "person":
      return updatePerson(ctx, revision.entityId, payload, "revert");
    default:
      throw invalid("revisionId", `Reverting a ${revision.entityType} is not supported`);
  }
}
