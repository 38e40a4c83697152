import { ImageResponse } from "next/og";
import { getDb } from "@/lib/db/client";
import { formatFuzzyDate } from "@/lib/format/date";
import { formatRate, formatRoundNumber } from "@/lib/format/rate";
import { findRoundIdByKey, getRound } from "@/lib/queries/round";
import { headlineRate, loadRoundTariffState } from "@/lib/queries/round-tariff-state";
import { ROUND_STATUS_LABELS } from "@/lib/vocab/labels";
import type { RoundStatus } from "@/lib/vocab/vocab";
import { requireReader } from "@/lib/auth/session";

export const alt = "Negotiation round summary: parties, round, date and headline tariff";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

/** The preview card shown where a round's link is pasted. */
export default async function Image({ params }: { params: Promise<{ slug: string; key: string }> }) {
  await requireReader();
  const { slug, key } = await params;
  const db = await getDb();
  const id = await findRoundIdByKey(db, slug, key);
  const round = id ? await getRound(db, id) : null;
  if (!round) {
    return new ImageResponse(<div style={{ display: "flex", fontSize: 48, padding: 80 }}>Round not found</div>, size);
  }
  const parties = round.negotiation.parties.map((p) => p.economy.name);
  const state = await loadRoundTariffState(db, {
    dateStart: round.dateStart,
    dateEnd: round.dateEnd,
    parties: round.negotiation.parties.map((p) => p.economyCode),
    nextDate: round.next?.dateStart ?? null,
  });
  const headline = headlineRate(state);
  const rate = headline?.before ?? headline?.after ?? null;
  return new ImageResponse(
    (
      <div style={{ display: "flex", flexDirection: "column", width: "100%", height: "100%", background: "#fbfbfa", color: "#1b1d21", padding: 64, fontFamily: "sans-serif" }}>
        <div style={{ display: "flex", fontSize: 28, color: "#5a606b" }}>Trade Talks Tracker</div>
        <div style={{ display: "flex", fontSize: 64, fontWeight: 700, marginTop: 36 }}>{parties.join(" – ")}</div>
        <div style={{ display: "flex", fontSize: 44, marginTop: 16 }}>
          {formatRoundNumber(round.number)} · {ROUND_STATUS_LABELS[round.status as RoundStatus]}
        </div>
        <div style={{ display: "flex", fontSize: 36, color: "#5a606b", marginTop: 12 }}>
          {formatFuzzyDate(round)}
          {round.location ? ` · ${round.location}` : ""}
        </div>
        <div style={{ display: "flex", flexGrow: 1 }} />
        {headline && rate && (
          <div style={{ display: "flex", alignItems: "baseline", fontSize: 36, borderTop: "4px solid #0072b2", paddingTop: 24 }}>
            <span style={{ fontSize: 72, fontWeight: 700, color: "#0072b2", marginRight: 24 }}>{formatRate(rate.rate)}</span>
            <span>
              {headline.imposer} tariff on {headline.target} goods on the eve of the round
            </span>
          </div>
        )}
      </div>
    ),
    size,
  );
}
