import Link from "next/link";

/** Where an editor page sits: Editor › [parent ›] <section>. */
export function EditorCrumbs({ section, parent }: { section: string; parent?: { href: string; label: string } }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-3 text-sm">
      <ol className="flex flex-wrap gap-1 text-muted">
        <li>
          <Link href="/editor">Editor</Link>
          <span aria-hidden> ›</span>
        </li>
        {parent && (
          <li>
            <Link href={parent.href}>{parent.label}</Link>
            <span aria-hidden> ›</span>
          </li>
        )}
        <li aria-current="page">{section}</li>
      </ol>
    </nav>
  );
}

/** After a create, the edit page says so and points to where readers see the record. */
export function CreatedNote({ what, viewHref, onTimeline = true }: { what: string; viewHref?: string; onTimeline?: boolean }) {
  return (
    <p role="status" className="mb-4 rounded border border-line bg-surface px-3 py-2 text-sm">
      The {what} was created{onTimeline ? " and is on the timeline" : ""}. {viewHref && <Link href={viewHref}>View it as readers do</Link>}
    </p>
  );
}

export const firstParam = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
