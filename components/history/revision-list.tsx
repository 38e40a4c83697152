import type { HistoryRevision, RecordHistory } from "@/lib/queries/history";
import { Badge } from "@/components/ui/badge";
import { ChangeTable } from "./change-table";
import { ACTION_LABELS, emptyChangeNote, formatUtc } from "./format";
import { RevertButton } from "./revert-button";

interface RevisionListProps {
  history: RecordHistory;
  /** The viewer may write (editor or admin): show "Revert to this version". */
  canRevert: boolean;
}

function Changes({ revision }: { revision: HistoryRevision }) {
  const caption = `Fields ${revision.action === "create" ? "set when the record was created" : "changed in this revision"}`;
  if (revision.changes.length === 0) return <p className="text-sm text-muted">{emptyChangeNote(revision.action)}</p>;
  // A creation lists every initial value; folded so the corrections above it stay in view.
  if (revision.action === "create") {
    return (
      <details className="text-sm">
        <summary className="cursor-pointer">Initial values ({revision.changes.length} fields)</summary>
        <ChangeTable changes={revision.changes} caption={caption} />
      </details>
    );
  }
  return <ChangeTable changes={revision.changes} caption={caption} />;
}

/** A record's revisions, newest first: who, when (UTC), why, and what changed field by field. */
export function RevisionList({ history, canRevert }: RevisionListProps) {
  const { record, revisions } = history;
  return (
    <ol className="space-y-6" aria-label="Revisions, newest first">
      {revisions.map((revision) => {
        const when = formatUtc(revision.createdAt);
        return (
          <li key={revision.id} data-testid="revision" data-action={revision.action}>
            <article aria-labelledby={`rev-${revision.id}`} className="border-t border-line pt-3">
              <header className="mb-2 flex flex-wrap items-baseline gap-x-3 gap-y-1">
                <h2 id={`rev-${revision.id}`} className="text-base font-semibold">
                  {ACTION_LABELS[revision.action] ?? revision.action}{" "}
                  <span className="font-normal text-muted">by</span> {revision.actor.label}
                </h2>
                <time dateTime={revision.createdAt} className="tabular text-sm text-muted">
                  {when}
                </time>
                {revision.latest && <Badge>Current version</Badge>}
              </header>
              {revision.reason && (
                <p className="mb-2 max-w-3xl text-sm">
                  <span className="text-muted">Reason: </span>
                  {revision.reason}
                </p>
              )}
              <Changes revision={revision} />
              {canRevert && revision.revertible && record.version !== null && (
                <RevertButton revisionId={revision.id} baseVersion={record.version} versionName={`the version of ${when}`} />
              )}
            </article>
          </li>
        );
      })}
    </ol>
  );
}
