import { formatMonthHeading } from "@/lib/format/date";
import type { TimelineEvent } from "@/lib/queries/timeline";
import { EventRow } from "./event-row";

/** A short, static list of events grouped by month (the home page's "latest events"). */
export function EventList({ events }: { events: TimelineEvent[] }) {
  if (events.length === 0) {
    return <p className="rounded border border-dashed border-line p-6 text-center text-muted">No events recorded yet.</p>;
  }
  const months = [...new Set(events.map((e) => e.dateStart.slice(0, 7)))];
  return (
    <div className="space-y-5">
      {months.map((month) => (
        <section key={month} aria-labelledby={`month-${month}`}>
          <h2 id={`month-${month}`} className="border-b border-line pb-1 text-sm font-semibold text-muted">
            {formatMonthHeading(`${month}-01`)}
          </h2>
          {events
            .filter((e) => e.dateStart.startsWith(month))
            .map((event) => (
              <EventRow key={event.id} event={event} />
            ))}
        </section>
      ))}
    </div>
  );
}
