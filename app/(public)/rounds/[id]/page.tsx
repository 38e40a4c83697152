import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { formatFuzzyDate } from "@/lib/format/date";
import { formatRoundNumber, ordinal } from "@/lib/format/rate";
import { getRound, type RoundDetail } from "@/lib/queries/round";
import { MILESTONE_KIND_LABELS, ROUND_LEVEL_LABELS, ROUND_STATUS_LABELS } from "@/lib/vocab/labels";
import type { MilestoneKind, RoundLevel, RoundStatus } from "@/lib/vocab/vocab";
import { Badge } from "@/components/ui/badge";
import { SourceLink } from "@/components/ui/source-link";
import { CitationList } from "@/components/rounds/citation-list";
import { ParticipantTable } from "@/components/rounds/participant-table";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

function headline(round: RoundDetail): string {
  return `${formatRoundNumber(round.number)} · ${round.negotiation.title}`;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const round = await getRound(await getDb(), (await params).id);
  if (!round) return { title: "Not found" };
  return { title: headline(round), description: `${formatFuzzyDate(round)}${round.location ? `, ${round.location}` : ""}` };
}

function Neighbour({ round, label }: { round: RoundDetail["previous"]; label: string }) {
  if (!round) return <span className="text-muted">{label}: none</span>;
  return (
    <Link href={`/rounds/${round.id}`} rel={label === "Previous" ? "prev" : "next"}>
      {label}: {formatRoundNumber(round.number)} ({formatFuzzyDate(round)})
    </Link>
  );
}

export default async function RoundPage({ params }: Props) {
  const round = await getRound(await getDb(), (await params).id);
  if (!round) notFound();
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
        <h1 className="mt-1 text-2xl font-semibold">{headline(round)}</h1>
        <dl className="mt-4 grid max-w-2xl grid-cols-[7rem_1fr] gap-y-1 text-sm">
          {facts.map(([term, value]) => (
            <div key={term} className="contents">
              <dt className="text-muted">{term}</dt>
              <dd className="tabular">{value}</dd>
            </div>
          ))}
        </dl>
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
        <Neighbour round={round.previous} label="Previous" />
        <Neighbour round={round.next} label="Next" />
      </nav>
    </article>
  );
}
