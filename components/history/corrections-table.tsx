import Link from "next/link";
import type { CorrectionItem } from "@/lib/queries/history";
import { Badge } from "@/components/ui/badge";
import { ACTION_LABELS, formatUtc, newText, oldText, shortChangeNote, TYPE_LABELS } from "./format";

const VALUE_MAX = 40;

/** "rate: 25% → 26%" and friends, a few fields per change; the record's history has the rest. */
function Summary({ item }: { item: CorrectionItem }) {
  if (item.changeCount === 0) return <span className="text-muted">{shortChangeNote(item.action)}</span>;
  const more = item.changeCount - item.changes.length;
  return (
    <ul className="space-y-0.5">
      {item.changes.map((c) => (
        <li key={c.path}>
          <code className="text-xs">{c.path}</code>
          {c.context && <span className="text-muted"> ({c.context})</span>}
          {c.kind === "removed" ? (
            <>
              {" "}removed <del className="line-through">{oldText(c, VALUE_MAX)}</del>
            </>
          ) : c.kind === "added" ? (
            <>
              {" "}set to <ins className="no-underline">{newText(c, VALUE_MAX)}</ins>
            </>
          ) : (
            <>
              : <del className="line-through">{oldText(c, VALUE_MAX)}</del> <span aria-hidden="true">→</span>
              <span className="sr-only">changed to</span> <ins className="no-underline">{newText(c, VALUE_MAX)}</ins>
            </>
          )}
        </li>
      ))}
      {more > 0 && (
        <li className="text-muted">
          and {more} more {more === 1 ? "field" : "fields"}
        </li>
      )}
    </ul>
  );
}

// Below the sm breakpoint each change becomes a stacked block (table.data's own cell padding and
// borders are unlayered CSS, hence the important modifiers), with inline labels for the columns.
const CELL = "max-sm:block max-sm:border-0! max-sm:px-0! max-sm:py-0.5!";
const LABEL = "text-muted sm:hidden";

/** The site-wide corrections log: one row per change, newest first. */
export function CorrectionsTable({ items }: { items: CorrectionItem[] }) {
  return (
    // relative: screen-reader-only text inside the table is positioned within the scroll box, not the page.
    <div className="relative overflow-x-auto">
      <table className="data max-sm:block" data-testid="corrections">
        <caption className="sr-only">Changes to records, newest first (times in UTC)</caption>
        <thead className="max-sm:hidden">
          <tr>
            <th scope="col">When (UTC)</th>
            <th scope="col">Record</th>
            <th scope="col">Change</th>
            <th scope="col">By</th>
            <th scope="col">Reason</th>
            <th scope="col">Fields</th>
          </tr>
        </thead>
        <tbody className="max-sm:block">
          {items.map((item) => (
            <tr key={item.id} data-testid="correction" data-action={item.action} className="max-sm:block max-sm:border-b max-sm:border-line max-sm:py-2">
              <td className={`${CELL} tabular whitespace-nowrap`}>
                <time dateTime={item.createdAt}>{formatUtc(item.createdAt).replace(" UTC", "")}</time>
                <span className={LABEL}> UTC</span>
              </td>
              <td className={`${CELL} sm:min-w-48`}>
                {item.record.href ? <Link href={item.record.href}>{item.record.title}</Link> : <span>{item.record.title}</span>}{" "}
                <Badge>{TYPE_LABELS[item.record.entityType]}</Badge>
                {item.record.deleted && <Badge>deleted</Badge>}
                <Link href={item.record.historyHref} className="ml-2 text-xs">
                  History<span className="sr-only"> of {item.record.title}</span>
                </Link>
              </td>
              <td className={`${CELL} whitespace-nowrap`}>
                {ACTION_LABELS[item.action] ?? item.action}
                <span className={LABEL}> by {item.actor.label}</span>
              </td>
              <td className={`${CELL} max-sm:hidden!`}>{item.actor.label}</td>
              <td className={`${CELL} sm:max-w-xs`}>
                <span className={LABEL}>Reason: </span>
                {item.reason ?? <span className="text-muted">—</span>}
              </td>
              <td className={`${CELL} sm:min-w-56`}>
                <Summary item={item} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
