import "server-only";
import type { Db, Prisma } from "../db/open";
import { notFound } from "../domain/errors";
import type { RevisionAction } from "../domain/revisions";
import { ROLE_LABELS } from "../auth/permissions";
import type { Role } from "../domain/actor";
import { canonicalState, diffStates, flatten, listItemReference, referenceKind, type FieldChange } from "./history-diff";
import { encodeHistoryCursor, REVERTIBLE_TYPES, type HistoryEntityType, type HistoryPageQuery, type HistoryTarget } from "./history-query";
import { describeRecords, historyHref, referenceLabels, refKey, type HistoryRecordInfo } from "./history-records";

export interface HistoryRevision {
  id: string;
  action: RevisionAction;
  actor: { id: string | null; label: string };
  /** When the change was saved, ISO 8601 in UTC. */
  createdAt: string;
  reason: string | null;
  changes: FieldChange[];
  /** The newest revision: its state is the record's current state. */
  latest: boolean;
  /** An editor may return the record to this revision's state (live record, saved state, not the latest). */
  revertible: boolean;
}

export interface RecordHistory {
  record: HistoryRecordInfo;
  revisions: HistoryRevision[];
  nextCursor: string | null;
}

export interface CorrectionItem {
  id: string;
  action: RevisionAction;
  actor: { id: string | null; label: string };
  createdAt: string;
  reason: string | null;
  record: HistoryRecordInfo;
  /** The first few changed fields; `changeCount` says how many there are in all. */
  changes: FieldChange[];
  changeCount: number;
}

export interface CorrectionsPage {
  items: CorrectionItem[];
  nextCursor: string | null;
}

type RevisionRow = Prisma.RevisionGetPayload<object>;

const NEWEST_FIRST = [{ createdAt: "desc" }, { id: "desc" }] satisfies Prisma.RevisionOrderByWithRelationInput[];

/** Rows after the cursor, newest first: keyset on (createdAt, id), no OFFSET, stable while rows are added. */
async function page(db: Db, where: Prisma.RevisionWhereInput, query: HistoryPageQuery) {
  const after: Prisma.RevisionWhereInput[] = [];
  if (query.cursor) {
    const t = new Date(query.cursor.t);
    after.push({ OR: [{ createdAt: { lt: t } }, { createdAt: t, id: { lt: query.cursor.i } }] });
  }
  const rows = await db.revision.findMany({ where: { AND: [where, ...after] }, orderBy: NEWEST_FIRST, take: query.limit + 1 });
  const shown = rows.slice(0, query.limit);
  const last = shown.at(-1);
  return {
    rows: shown,
    nextCursor: rows.length > query.limit && last ? encodeHistoryCursor({ t: last.createdAt.toISOString(), i: last.id }) : null,
  };
}

/** Diffs every row and names the people, negotiations, rounds and articles the changes refer to. */
async function labelledChanges(db: Db, rows: RevisionRow[]): Promise<Map<string, FieldChange[]>> {
  const diffs = new Map(rows.map((r) => [r.id, diffStates(r.before, r.after)]));
  // The person a participant's role or side belongs to, read from the state after (else before).
  const owners = new Map<FieldChange, string>();
  const ids = { person: new Set<string>(), negotiation: new Set<string>(), round: new Set<string>(), article: new Set<string>() };
  for (const row of rows) {
    const states = [flatten(canonicalState(row.after)), flatten(canonicalState(row.before))];
    for (const c of diffs.get(row.id) ?? []) {
      const kind = referenceKind(c.path);
      if (kind) for (const v of [c.old, c.new]) if (typeof v === "string") ids[kind].add(v);
      const ref = listItemReference(c.path);
      const owner = ref && states.map((s) => s.get(ref)).find((v) => typeof v === "string");
      if (typeof owner === "string") {
        owners.set(c, owner);
        ids.person.add(owner);
      }
    }
  }
  const labels = await referenceLabels(db, ids);
  for (const changes of diffs.values()) {
    for (const c of changes) {
      const owner = owners.get(c);
      if (owner && labels.person.has(owner)) c.context = labels.person.get(owner);
      const kind = referenceKind(c.path);
      if (!kind) continue;
      if (typeof c.old === "string" && labels[kind].has(c.old)) c.oldLabel = labels[kind].get(c.old);
      if (typeof c.new === "string" && labels[kind].has(c.new)) c.newLabel = labels[kind].get(c.new);
    }
  }
  return diffs;
}

/**
 * Who made each change, as readers may see it: the account's display name and role, never the
 * e-mail address the revision keeps for the audit trail.
 */
async function actorNames(db: Db, rows: RevisionRow[]): Promise<(r: RevisionRow) => { id: string | null; label: string }> {
  const ids = [...new Set(rows.map((r) => r.actorId).filter((id): id is string => Boolean(id)))];
  const users = ids.length ? await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, role: true } }) : [];
  const labels = new Map(users.map((u) => [u.id, `${u.name} (${(ROLE_LABELS[u.role as Role] ?? "Former editor").toLowerCase()})`]));
  return (r) => ({ id: r.actorId, label: r.actorId ? (labels.get(r.actorId) ?? "A former editor") : "System (demo data or import)" });
}

/**
 * One record's revisions, newest first, each with its field-level diff. Throws not_found when the
 * record does not exist (a soft-deleted record still has its history).
 */
export async function getRecordHistory(db: Db, target: HistoryTarget, query: HistoryPageQuery): Promise<RecordHistory> {
  const record = (await describeRecords(db, [target])).get(refKey(target));
  if (!record) throw notFound(`That ${target.entityType === "tariffMeasure" ? "tariff measure" : target.entityType}`);
  const where = { entityType: target.entityType, entityId: target.id };
  const [{ rows, nextCursor }, newest] = await Promise.all([
    page(db, where, query),
    db.revision.findFirst({ where, orderBy: NEWEST_FIRST, select: { id: true } }),
  ]);
  const [diffs, actorOf] = await Promise.all([labelledChanges(db, rows), actorNames(db, rows)]);
  const canRevertType = REVERTIBLE_TYPES.has(target.entityType) && !record.deleted;
  return {
    record,
    nextCursor,
    revisions: rows.map((r) => {
      const latest = r.id === newest?.id;
      return {
        id: r.id,
        action: r.action as RevisionAction,
        actor: actorOf(r),
        createdAt: r.createdAt.toISOString(),
        reason: r.reason,
        changes: diffs.get(r.id) ?? [],
        latest,
        revertible: canRevertType && !latest && r.after !== null && r.action !== "delete",
      };
    }),
  };
}

/** The corrections log: every change except the demo seed's creations (system actor), newest first. */
export const CORRECTIONS_WHERE: Prisma.RevisionWhereInput = { OR: [{ action: { not: "create" } }, { actorId: { not: null } }] };

export const SUMMARY_FIELDS = 4;

export async function listCorrections(db: Db, query: HistoryPageQuery): Promise<CorrectionsPage> {
  const { rows, nextCursor } = await page(db, CORRECTIONS_WHERE, query);
  const refs = rows.map((r) => ({ entityType: r.entityType as HistoryEntityType, id: r.entityId }));
  const [records, diffs, actorOf] = await Promise.all([describeRecords(db, refs), labelledChanges(db, rows), actorNames(db, rows)]);
  return {
    nextCursor,
    items: rows.map((r, index) => {
      const ref = refs[index];
      const changes = diffs.get(r.id) ?? [];
      return {
        id: r.id,
        action: r.action as RevisionAction,
        actor: actorOf(r),
        createdAt: r.createdAt.toISOString(),
        reason: r.reason,
        record: records.get(refKey(ref)) ?? {
          ...ref,
          title: `${ref.entityType} ${ref.id} (no longer exists)`,
          href: null,
          historyHref: historyHref(ref),
          version: null,
          deleted: true,
        },
        changes: changes.slice(0, SUMMARY_FIELDS),
        changeCount: changes.length,
      };
    }),
  };
}
