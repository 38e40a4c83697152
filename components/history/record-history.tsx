import Link from "next/link";
import type { RecordHistory } from "@/lib/queries/history";
import { REVERTIBLE_TYPES } from "@/lib/queries/history-query";
import { Badge } from "@/components/ui/badge";
import { TYPE_LABELS } from "./format";
import { RevisionList } from "./revision-list";

interface RecordHistoryViewProps {
  history: RecordHistory;
  canRevert: boolean;
  /** Showing older revisions (a cursor is set): offer the way back to the newest. */
  paged: boolean;
}

/** The history page body: which record, its current version, every revision, older pages. */
export function RecordHistoryView({ history, canRevert, paged }: RecordHistoryViewProps) {
  const { record } = history;
  const revertable = REVERTIBLE_TYPES.has(record.entityType);
  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm text-muted">
          <Link href="/corrections">Corrections</Link> <span aria-hidden="true">›</span> {TYPE_LABELS[record.entityType]} history
        </p>
        <h1 className="text-2xl font-semibold">
          <span className="text-muted">History of </span>
          {record.title}
        </h1>
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
          {record.href && <Link href={record.href}>View the {TYPE_LABELS[record.entityType].toLowerCase()}</Link>}
          {record.version !== null && <span className="tabular text-muted">Current version {record.version}</span>}
          {record.deleted && <Badge tone="tariff">Deleted</Badge>}
        </p>
        <p className="max-w-3xl text-sm text-muted">
          Every saved change, newest first, with who made it and why. Times are in UTC.{" "}
          {revertable && canRevert && !record.deleted && "Reverting returns the record to an earlier version as a new revision; nothing is erased."}
          {revertable && canRevert && record.deleted && "Restore the record before reverting it to an earlier version."}
          {revertable && !canRevert && "Editors can return the record to an earlier version."}
        </p>
      </header>
      {history.revisions.length === 0 ? (
        <p className="text-muted">{paged ? "No older revisions." : "No revisions recorded for this record."}</p>
      ) : (
        <RevisionList history={history} canRevert={canRevert} />
      )}
      {(paged || history.nextCursor) && (
        <nav aria-label="Older and newer revisions" className="flex justify-between gap-4 border-t border-line pt-4 text-sm">
          {paged ? <Link href="?">Newest revisions</Link> : <span />}
          {history.nextCursor && <Link href={`?cursor=${history.nextCursor}`}>Older revisions</Link>}
        </nav>
      )}
    </article>
  );
}
