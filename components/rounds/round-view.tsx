import Link from "next/link";
import type { ReactNode } from "react";
import { formatFuzzyDate } from "@/lib/format/date";
import { formatRoundNumber, ordinal, roundHeadline } from "@/lib/format/rate";
import type { RoundDetail } from "@/lib/queries/round";
import { MILESTONE_KIND_LABELS, ROUND_LEVEL_LABELS, ROUND_STATUS_LABELS } from "@/lib/vocab/labels";
import type { MilestoneKind, RoundLevel, RoundStatus } from "@/lib/vocab/vocab";
import { Badge } from "@/components/ui/badge";
import { SourceLink } from "@/components/ui/source-link";
import { CitationList } from "@/components/rounds/citation-list";
import { ParticipantTable } from "@/components/rounds/participant-table";
import { CopyLinkButton } from "@/components/rounds/copy-link-button";
import { RecordEditLink } from "@/components/editor/record-edit-link";

interface RoundViewProps {
  round: RoundDetail;
  /** Canonical paths of this round's neighbours, by round id. */
  paths: Map<string, string>;
  shareUrl: string;
  tariffState?: ReactNode;
}

function Neighbour({ round, label, paths }: { round: RoundDetail["previous"]; label: string; paths: Map<string, string> }) {
  if (!round) return <span className="text-muted">{label}: none</span>;
  return (
    <Link href={paths.get(round.id) ?? `/rounds/${round.id}`} rel={label === "Previous" ? "prev" : "next"}>
      {label}: {formatRoundNumber(round.number)} ({formatFuzzyDate(round)})
    </Link>
  );
}

/** The round page body; the share link, the canonical URL and the preview card all show this. */
export function RoundView({ round, paths, shareUrl, tariffState }: RoundViewProps) {
  const facts: [string, string][] = [
    ["Date", formatFuzzyDate(round)],
    ["Location", round.location ?? "Not reported"],
    ["Level", ROUND_LEVEL_LABELS[round.level as RoundLevel]],
    ["Status", ROUND_STATUS_LABELS[round.status as RoundStatus]],
    ["Parties", round.negotiation.parties.map((p) => p.economy.name).join(" · ")],
  ];
  return (
    <article className="space-y-8">
      <header>
        <p className="text-sm">
          <Link href={`/negotiations/${round.negotiation.slug}`}>{round.negotiation.title}</Link>
        </p>
        <div className="mt-1 flex flex-wrap items-start justify-between gap-3">
          <h1 className="text-2xl font-semibold">{roundHeadline(round)}</h1>
          <div className="flex flex-wrap items-center gap-2">
            <RecordEditLink type="round" id={round.id} />
            <CopyLinkButton url={shareUrl} />
          </div>
        </div>
        <dl className="mt-4 grid max-w-2xl grid-cols-[7rem_1fr] gap-y-1 text-sm">
          {facts.map(([term, value]) => (
            <div key={term} className="contents">
              <dt className="text-muted">{term}</dt>
              <dd className="tabular">{value}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-3 text-sm">
          <Link href={`/history/round/${round.id}`}>History</Link>
          <span className="text-muted"> — every change to this round, with who made it and why</span>
        </p>
      </header>

      {round.numberings.length > 0 && (
        <section aria-labelledby="numbering">
          <h2 id="numbering" className="mb-2 text-lg font-semibold">How outlets number this round</h2>
          <ul className="space-y-1 text-sm">
            {round.numberings.map((n) => (
              <li key={n.id}>
                <span className="font-medium">{ordinal(n.number)}</span> according to {n.source}
                {n.sourceUrl && (
                  <>
                    {" "}(<SourceLink url={n.sourceUrl} />)
                  </>
                )}
                {n.note && <span className="text-muted"> — {n.note}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}

      {tariffState}

      <section aria-labelledby="participants">
        <h2 id="participants" className="mb-2 text-lg font-semibold">Participants</h2>
        <ParticipantTable participants={round.participants} />
      </section>

      <section aria-labelledby="outcome">
        <h2 id="outcome" className="mb-2 text-lg font-semibold">Outcome</h2>
        <p className="max-w-3xl">{round.outcome ?? "No outcome reported yet."}</p>
        {round.note && <p className="mt-2 max-w-3xl text-sm text-muted">{round.note}</p>}
      </section>

      {round.milestones.length > 0 && (
        <section aria-labelledby="related">
          <h2 id="related" className="mb-2 text-lg font-semibold">Related milestones</h2>
          <ul className="space-y-1 text-sm">
            {round.milestones.map((m) => (
              <li key={m.id}>
                <span className="tabular text-muted">{formatFuzzyDate(m)}</span>{" "}
                <Badge tone="milestone">{MILESTONE_KIND_LABELS[m.kind as MilestoneKind]}</Badge> {m.title}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="sources">
        <h2 id="sources" className="mb-2 text-lg font-semibold">Sources</h2>
        <CitationList citations={round.citations} />
      </section>

      <nav aria-label="Other rounds" className="flex flex-wrap justify-between gap-4 border-t border-line pt-4 text-sm">
        <Neighbour round={round.previous} label="Previous" paths={paths} />
        <Neighbour round={round.next} label="Next" paths={paths} />
      </nav>
    </article>
  );
}
