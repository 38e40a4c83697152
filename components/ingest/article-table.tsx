import Link from "next/link";
import { formatDay } from "@/lib/format/date";
import { formatPublished } from "@/lib/format/published";
import type { ArticleListItem, FactsState } from "@/lib/queries/articles";

const articleHref = (id: string) => `/editor/articles/${encodeURIComponent(id)}`;

function factsText(facts: FactsState): string {
  switch (facts.status) {
    case "pending":
      return facts.awaiting === 1 ? "1 awaiting review" : `${facts.awaiting} awaiting review`;
    case "reviewed":
      return facts.accepted === null ? `Reviewed (${facts.total} found)` : `${facts.accepted} of ${facts.total} accepted`;
    default:
      return "No extraction";
  }
}

/** The stored articles, one dense row each, with the step each one is waiting for. */
export function ArticleTable({ items }: { items: ArticleListItem[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="data">
        <caption className="sr-only">Stored articles, most recently added first</caption>
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Publisher</th>
            <th scope="col">Published</th>
            <th scope="col">Facts</th>
            <th scope="col">Added</th>
            <th scope="col">
              <span className="sr-only">Review</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((a) => {
            const title = a.title ?? "Untitled article";
            return (
              <tr key={a.id}>
                <th scope="row" className="tt-rowhead min-w-56">
                  <Link href={articleHref(a.id)}>{title}</Link>
                </th>
                <td>{a.publisher ?? <span className="text-muted">Unknown</span>}</td>
                <td className="tabular whitespace-nowrap">{formatPublished(a.publishedAt, a.timeZone)}</td>
                <td className={`tabular whitespace-nowrap ${a.facts.status === "pending" && a.facts.awaiting > 0 ? "font-medium" : "text-muted"}`}>
                  {factsText(a.facts)}
                </td>
                <td className="tabular whitespace-nowrap text-muted">{formatDay(a.addedAt.slice(0, 10))}</td>
                <td className="whitespace-nowrap">
                  {a.facts.status !== "none" && (
                    <Link href={`${articleHref(a.id)}/review`}>
                      {a.facts.status === "pending" ? "Review" : "Review result"}
                      <span className="sr-only"> of {title}</span>
                    </Link>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
