import Link from "next/link";
import { formatFuzzyDate, formatMonthHeading } from "@/lib/format/date";
import type { TimelineEvent } from "@/lib/queries/timeline";
import { Badge } from "@/components/ui/badge";

const KIND_LABEL = { round: "Round", milestone: "Milestone", tariff: "Tariff" } as const;

function groupByMonth(events: TimelineEvent[]): [string, TimelineEvent[]][] {
  const groups = new Map<string, TimelineEvent[]>();
  for (const event of events) {
    const month = event.dateStart.slice(0, 7);
    groups.set(month, [...(groups.get(month) ?? []), event]);
  }
  return [...groups.entries()];
}

export function EventList({ events, headingLevel = 2 }: { events: TimelineEvent[]; headingLevel?: 2 | 3 }) {
  if (events.length === 0) {
    return <p className="rounded border border-dashed border-line p-6 text-center text-muted">No events recorded yet.</p>;
  }
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="space-y-6">
      {groupByMonth(events).map(([month, items]) => (
        <section key={month} aria-labelledby={`month-${month}`}>
          <Heading id={`month-${month}`} className="mb-2 border-b border-line pb-1 text-sm font-semibold text-muted">
            {formatMonthHeading(`${month}-01`)}
          </Heading>
          <ol className="space-y-2">
            {items.map((event) => (
              <li key={event.id} className="grid gap-x-3 sm:grid-cols-[9.5rem_1fr]" data-testid="timeline-event">
                <span className="tabular text-sm text-muted">{formatFuzzyDate(event)}</span>
                <span>
                  <Badge tone={event.kind}>{KIND_LABEL[event.kind]}</Badge>{" "}
                  <span className="text-sm text-muted">{event.label}</span>{" "}
                  <Link href={event.href}>{event.title}</Link>
                  {event.parties.length > 0 && (
                    <span className="ml-2 text-xs text-muted">{event.parties.join(" · ")}</span>
                  )}
                </span>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
