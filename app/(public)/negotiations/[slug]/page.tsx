import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { formatFuzzyDate } from "@/lib/format/date";
import { loadTariffChartPanel } from "@/lib/queries/chart-milestones";
import { getNegotiationBySlug } from "@/lib/queries/negotiations";
import { MILESTONE_KIND_LABELS, NEGOTIATION_STATUS_LABELS } from "@/lib/vocab/labels";
import type { MilestoneKind, NegotiationStatus } from "@/lib/vocab/vocab";
import { Badge } from "@/components/ui/badge";
import { RoundsTable } from "@/components/negotiations/rounds-table";
import { TariffTable } from "@/components/negotiations/tariff-table";
import { TariffChartPanel } from "@/components/tariff-chart/tariff-chart-panel";
import { requireReader } from "@/lib/auth/session";
import { CorrectThisLink } from "@/components/editor/correct-this-link";
import { RecordEditLink } from "@/components/editor/record-edit-link";
import { editHref } from "@/components/forms/records";
import Link from "next/link";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireReader();
  const negotiation = await getNegotiationBySlug(await getDb(), (await params).slug);
  return negotiation ? { title: negotiation.title, description: negotiation.summary } : { title: "Not found" };
}

export default async function NegotiationPage({ params }: Props) {
  await requireReader();
  const db = await getDb();
  const negotiation = await getNegotiationBySlug(db, (await params).slug);
  if (!negotiation) notFound();
  const parties = negotiation.parties.map((p) => p.economyCode);
  // The chart starts from the U.S. side when it is a party (these are the U.S. tariff talks).
  const imposer = parties.includes("USA") ? "USA" : parties[0];
  const chart = await loadTariffChartPanel(db, { imposer, targets: parties.filter((p) => p !== imposer), sectors: ["all"] });
  return (
    <article className="space-y-8">
      <header>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <h1 className="text-2xl font-semibold">{negotiation.title}</h1>
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <Link href={`/history/negotiation/${negotiation.id}`}>History</Link>
            <RecordEditLink type="negotiation" id={negotiation.id} />
          </div>
        </div>
        <p className="mt-1 text-sm text-muted">
          {negotiation.parties.map((p) => p.economy.name).join(" · ")} ·{" "}
          <Badge>{NEGOTIATION_STATUS_LABELS[negotiation.status as NegotiationStatus]}</Badge>
        </p>
        {negotiation.summary && <p className="mt-3 max-w-3xl">{negotiation.summary}</p>}
      </header>

      <section aria-labelledby="rounds">
        <h2 id="rounds" className="mb-2 text-lg font-semibold">Rounds</h2>
        <RoundsTable rounds={negotiation.rounds} />
      </section>

      <section aria-labelledby="people">
        <h2 id="people" className="mb-2 text-lg font-semibold">People</h2>
        {negotiation.people.length === 0 ? (
          <p className="text-sm text-muted">No participants recorded.</p>
        ) : (
          <ul className="grid gap-1 text-sm sm:grid-cols-2">
            {negotiation.people.map((p) => (
              <li key={p.id}>
                <span className="font-medium">{p.name}</span> <span className="text-muted">({p.countryCode})</span> —{" "}
                {p.roles.join("; ")} <CorrectThisLink href={editHref("person", p.id)} about={p.name} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="milestones">
        <h2 id="milestones" className="mb-2 text-lg font-semibold">Milestones</h2>
        {negotiation.milestones.length === 0 ? (
          <p className="text-sm text-muted">No milestones recorded.</p>
        ) : (
          <ol className="space-y-1 text-sm">
            {negotiation.milestones.map((m) => (
              <li key={m.id} className="grid gap-x-3 sm:grid-cols-[9rem_7rem_1fr]">
                <span className="tabular text-muted">{formatFuzzyDate(m)}</span>
                <span>
                  <Badge tone="milestone">{MILESTONE_KIND_LABELS[m.kind as MilestoneKind]}</Badge>
                </span>
                <span>{m.title}</span>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="chart">
        <h2 id="chart" className="mb-2 text-lg font-semibold">Tariff levels between the parties</h2>
        <TariffChartPanel {...chart} />
      </section>

      <section aria-labelledby="tariffs">
        <h2 id="tariffs" className="mb-2 text-lg font-semibold">Tariff measures</h2>
        <TariffTable measures={negotiation.tariffs} />
      </section>
    </article>
  );
}
