import type { Metadata } from "next";
import { createLoader, type SearchParams } from "nuqs/server";
import { getDb } from "@/lib/db/client";
import { listTimelinePage } from "@/lib/queries/timeline";
import { timelineFiltersSchema } from "@/lib/validation/timeline-query";
import { DensityStrip } from "@/components/timeline/density-strip";
import { FilterChips } from "@/components/timeline/filter-chips";
import { TimelineFilters } from "@/components/timeline/timeline-filters";
import { TimelineView } from "@/components/timeline/timeline-view";
import { filterParams, timelineUrlParsers } from "@/components/timeline/url-state";
import { requireReader } from "@/lib/auth/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Timeline" };

const loadFilters = createLoader(timelineUrlParsers);

export default async function TimelinePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireReader();
  const state = await loadFilters(searchParams);
  const params = filterParams(state);
  const parsed = timelineFiltersSchema.safeParse(Object.fromEntries(params));
  const db = await getDb();
  const [page, negotiations, economies] = await Promise.all([
    parsed.success ? listTimelinePage(db, { ...parsed.data, limit: 50 }) : Promise.resolve({ items: [], nextCursor: null }),
    db.negotiation.findMany({ where: { deletedAt: null }, select: { slug: true, title: true }, orderBy: { title: "asc" } }),
    db.economy.findMany({
      where: { OR: [{ parties: { some: {} } }, { imposed: { some: {} } }] },
      select: { code: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Timeline</h1>
      <TimelineFilters options={{ negotiations, economies }} />
      <FilterChips />
      {!parsed.success && (
        <p role="alert" className="rounded border border-line p-3 text-sm">
          This link has a filter we cannot read: {parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}
        </p>
      )}
      <DensityStrip />
      <TimelineView initialPage={page} initialKey={JSON.stringify(params)} />
    </div>
  );
}
