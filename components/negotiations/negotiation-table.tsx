import Link from "next/link";
import { formatDay } from "@/lib/format/date";
import type { NegotiationListItem } from "@/lib/queries/negotiations";
import { NEGOTIATION_STATUS_LABELS } from "@/lib/vocab/labels";
import type { NegotiationStatus } from "@/lib/vocab/vocab";

export function NegotiationTable({ negotiations, compact = false }: { negotiations: NegotiationListItem[]; compact?: boolean }) {
  if (negotiations.length === 0) {
    return <p className="rounded border border-dashed border-line p-6 text-center text-muted">No negotiations recorded yet.</p>;
  }
  return (
    <div className="overflow-x-auto">
      <table className="data">
        <thead>
          <tr>
            <th scope="col">Negotiation</th>
            <th scope="col">Status</th>
            <th scope="col" className="text-right">Rounds</th>
            {!compact && <th scope="col">Last round</th>}
            {!compact && <th scope="col" className="text-right">Measures</th>}
          </tr>
        </thead>
        <tbody>
          {negotiations.map((n) => (
            <tr key={n.id}>
              <td>
                <Link href={`/negotiations/${n.slug}`}>{n.title}</Link>
                <div className="text-xs text-muted">{n.parties.map((p) => p.name).join(" · ")}</div>
              </td>
              <td>{NEGOTIATION_STATUS_LABELS[n.status as NegotiationStatus]}</td>
              <td className="tabular text-right">{n.roundCount}</td>
              {!compact && <td className="tabular">{n.lastRoundDate ? formatDay(n.lastRoundDate) : "—"}</td>}
              {!compact && <td className="tabular text-right">{n.tariffCount}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
