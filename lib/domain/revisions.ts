import type { Prisma } from "../db/open";
import type { Actor } from "./actor";

export type EntityType =
  | "economy"
  | "negotiation"
  | "round"
  | "person"
  | "tariffMeasure"
  | "milestone"
  | "article";

export type RevisionAction = "create" | "update" | "delete" | "restore" | "revert";

/** The revision row written in the same transaction as the change it records. */
export function revisionData(
  actor: Actor,
  entityType: EntityType,
  entityId: string,
  action: RevisionAction,
  change: { before?: unknown; after?: unknown; reason?: string | null },
): Prisma.RevisionCreateInput {
  return {
    entityType,
    entityId,
    action,
    actorId: actor.id,
    actorLabel: actor.label,
    before: toJson(change.before),
    after: toJson(change.after),
    reason: change.reason ?? null,
  };
}

function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);
}
