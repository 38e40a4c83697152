import type { Metadata } from "next";
import { getDb } from "@/lib/db/client";
import { listTimelineEvents } from "@/lib/queries/timeline";
import { EventList } from "@/components/timeline/event-list";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Timeline" };

export default async function TimelinePage() {
  const events = await listTimelineEvents(await getDb());
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">Timeline</h1>
      <p className="mb-6 text-sm text-muted">
        {events.length} events — rounds, milestones and tariff changes — newest first.
      </p>
      <EventList events={events} />
    </>
  );
}
