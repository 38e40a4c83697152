import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { formatFuzzyDate } from "@/lib/format/date";
import { roundHeadline } from "@/lib/format/rate";
import { findRoundIdByKey, getRound } from "@/lib/queries/round";
import { roundPath, roundPaths } from "@/lib/queries/round-paths";
import { loadRoundTariffState } from "@/lib/queries/round-tariff-state";
import { TariffStateTable } from "@/components/rounds/tariff-state-table";
import { RoundView } from "@/components/rounds/round-view";
import { requireReader } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string; key: string }> };

async function load(params: Props["params"]) {
  const { slug, key } = await params;
  const db = await getDb();
  const id = await findRoundIdByKey(db, slug, key);
  const round = id ? await getRound(db, id) : null;
  return { db, round, requested: `/negotiations/${slug}/rounds/${key}` };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireReader();
  const { db, round } = await load(params);
  if (!round) return { title: "Round not found" };
  const title = roundHeadline(round);
  const description = [
    formatFuzzyDate(round),
    round.location,
    round.negotiation.parties.map((p) => p.economy.name).join(" · "),
  ]
    .filter(Boolean)
    .join(" — ");
  const canonical = (await roundPath(db, round.id)) ?? undefined;
  return {
    title,
    description,
    alternates: { canonical },
    openGraph: { type: "article", title, description, url: canonical },
    twitter: { card: "summary_large_image", title, description },
  };
}

export default async function RoundPage({ params }: Props) {
  await requireReader();
  const { db, round, requested } = await load(params);
  if (!round) notFound();
  const canonical = await roundPath(db, round.id);
  // A renumbered round, or one reached by id while it has a unique number, lives at one URL.
  if (canonical && canonical !== requested) permanentRedirect(canonical);
  const ids = [round.previous?.id, round.next?.id].filter((id): id is string => Boolean(id));
  const tariffState = await loadRoundTariffState(db, {
    dateStart: round.dateStart,
    dateEnd: round.dateEnd,
    parties: round.negotiation.parties.map((p) => p.economyCode),
    nextDate: round.next?.dateStart ?? null,
  });
  return (
    <RoundView
      round={round}
      paths={await roundPaths(db, ids)}
      shareUrl={`/rounds/${round.id}`}
      tariffState={tariffState && <TariffStateTable state={tariffState} />}
    />
  );
}
