import Link from "next/link";
import { formatFuzzyDate } from "@/lib/format/date";
import { ordinal } from "@/lib/format/rate";
import type { NegotiationDetail } from "@/lib/queries/negotiations";
import { ROUND_LEVEL_LABELS, ROUND_STATUS_LABELS } from "@/lib/vocab/labels";
import type { RoundLevel, RoundStatus } from "@/lib/vocab/vocab";

type Round = NegotiationDetail["rounds"][number];

/** "6th (Kyodo News) / 5th (Yomiuri)": every count of the round, with who counts it that way. */
export function roundNumberLabel(round: Pick<Round, "number" | "numberings">): string {
  const alternates = round.numberings.filter((n) => n.number !== round.number || round.numberings.length > 1);
  if (alternates.length > 1) return alternates.map((n) => `${ordinal(n.number)} (${n.source})`).join(" / ");
  return round.number ? ordinal(round.number) : "—";
}

export function RoundsTable({ rounds }: { rounds: Round[] }) {
  if (rounds.length === 0) {
    return <p className="text-sm text-muted">No negotiating rounds are recorded for these talks.</p>;
  }
  return (
    <div className="overflow-x-auto">
      <table className="data">
        <thead>
          <tr>
            <th scope="col">Round</th>
            <th scope="col">Date</th>
            <th scope="col">Level</th>
            <th scope="col">Status</th>
            <th scope="col">Location</th>
          </tr>
        </thead>
        <tbody>
          {rounds.map((round) => (
            <tr key={round.id}>
              <td>
                <Link href={round.path}>{roundNumberLabel(round)}</Link>
              </td>
              <td className="tabular whitespace-nowrap">{formatFuzzyDate(round)}</td>
              <td>{ROUND_LEVEL_LABELS[round.level as RoundLevel]}</td>
              <td>{ROUND_STATUS_LABELS[round.status as RoundStatus]}</td>
              <td>{round.location ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
