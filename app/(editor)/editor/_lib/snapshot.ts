import "server-only";
import type { Db } from "@/lib/db/client";
import { milestoneSnapshot } from "@/lib/domain/milestone-writes";
import { negotiationSnapshot } from "@/lib/domain/negotiation-writes";
import { personSnapshot } from "@/lib/domain/person-writes";
import { roundSnapshot } from "@/lib/domain/round-writes";
import { tariffSnapshot } from "@/lib/domain/tariff-writes";
import type { RecordType } from "@/components/forms/records";
import type { Snapshot } from "@/components/forms/use-record-form";

const SNAPSHOTS = {
  round: roundSnapshot,
  tariffMeasure: tariffSnapshot,
  milestone: milestoneSnapshot,
  negotiation: negotiationSnapshot,
  person: personSnapshot,
} satisfies Record<
  RecordType,
  (db: Db, id: string) => Promise<{ deletedAt: Date | null } | null>
>;

/** The record as the form edits it: the same shape GET /api/v1/<collection>/<id> answers with. */
export async function loadSnapshot(db: Db, type: RecordType, id: string): Promise<Snapshot | null> {
  const snapshot = await SNAPSHOTS[type](db, id);
  if (!snapshot) return null;
  return { ...snapshot, deletedAt: snapshot.deletedAt ? snapshot.deletedAt.toISOString() : null } as unknown as Snapshot;
}
