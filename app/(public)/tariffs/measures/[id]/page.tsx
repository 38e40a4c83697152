import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { formatDay } from "@/lib/format/date";
import { formatRate } from "@/lib/format/rate";
import { getTariffMeasure } from "@/lib/queries/tariff";
import { SECTOR_LABELS, TARIFF_KIND_LABELS, TARIFF_STACKING_LABELS, TARIFF_STATUS_LABELS } from "@/lib/vocab/labels";
import type { Sector, TariffKind, TariffStacking, TariffStatus } from "@/lib/vocab/vocab";
import { CitationList } from "@/components/rounds/citation-list";
import { requireReader } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireReader();
  const m = await getTariffMeasure(await getDb(), (await params).id);
  return { title: m ? `${m.imposer.name} ${formatRate(m.rate)} on ${m.target?.name ?? "all partners"}` : "Not found" };
}

export default async function TariffMeasurePage({ params }: Props) {
  await requireReader();
  const m = await getTariffMeasure(await getDb(), (await params).id);
  if (!m) notFound();
  const facts: [string, string][] = [
    ["Imposed by", m.imposer.name],
    ["On imports from", m.target?.name ?? "All trading partners"],
    ["Sector", SECTOR_LABELS[m.sector as Sector]],
    ["Rate", `${formatRate(m.rate)} — ${TARIFF_STATUS_LABELS[m.status as TariffStatus].toLowerCase()}`],
    ["Kind", TARIFF_KIND_LABELS[m.kind as TariffKind]],
    ["Combines", TARIFF_STACKING_LABELS[m.stacking as TariffStacking]],
    ["Legal basis", m.legalBasis ?? "Not recorded"],
    ["Announced", m.announcedOn ? formatDay(m.announcedOn) : "Not recorded"],
    ["In effect from", m.effectiveFrom ? formatDay(m.effectiveFrom) : "Never applied"],
    ["Until", m.effectiveTo ? `${formatDay(m.effectiveTo)} (no longer applied)` : "—"],
  ];
  return (
    <article className="space-y-8">
      <header>
        {m.negotiation && (
          <p className="text-sm">
            <Link href={`/negotiations/${m.negotiation.slug}`}>{m.negotiation.title}</Link>
          </p>
        )}
        <h1 className="mt-1 text-2xl font-semibold">
          {formatRate(m.rate)} {SECTOR_LABELS[m.sector as Sector].toLowerCase()} tariff: {m.imposer.name} on{" "}
          {m.target?.name ?? "all partners"}
        </h1>
        <dl className="mt-4 grid max-w-2xl grid-cols-[8rem_1fr] gap-y-1 text-sm">
          {facts.map(([term, value]) => (
            <div key={term} className="contents">
              <dt className="text-muted">{term}</dt>
              <dd className="tabular">{value}</dd>
            </div>
          ))}
        </dl>
        {m.note && <p className="mt-3 max-w-3xl text-sm">{m.note}</p>}
        <p className="mt-3 text-sm">
          <Link href={`/history/tariffMeasure/${m.id}`}>History of this measure</Link>
        </p>
      </header>
      <section aria-labelledby="sources">
        <h2 id="sources" className="mb-2 text-lg font-semibold">Sources</h2>
        <CitationList citations={m.citations.map((c) => ({ ...c, article: null }))} />
      </section>
    </article>
  );
}
