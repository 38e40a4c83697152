import Link from "next/link";
import { formatFuzzyDate } from "@/lib/format/date";
import type { TimelineEvent } from "@/lib/queries/timeline";
import { Badge } from "@/components/ui/badge";
import { CorrectThisLink } from "@/components/editor/correct-this-link";
import { editHrefForEvent } from "@/components/forms/records";
import { changeLabel } from "./change-labels";

const KIND_LABEL = { round: "Round", milestone: "Milestone", tariff: "Tariff" } as const;

/** `editHref`: where "Correct this" leads (shown to editors only); by default the event's record's edit page. */
export function EventRow({ event, editHref = editHrefForEvent(event.id) }: { event: TimelineEvent; editHref?: string }) {
  return (
    <div className="grid gap-x-3 border-b border-line py-2 sm:grid-cols-[10rem_1fr]" data-testid="timeline-event">
      <span className="tabular text-sm text-muted">{formatFuzzyDate(event)}</span>
      <div className="min-w-0">
        <div>
          <Badge tone={event.kind}>{KIND_LABEL[event.kind]}</Badge>{" "}
          <span className="text-sm font-medium">{changeLabel(event.kind, event.change)}</span>{" "}
          <Link href={event.href} prefetch={false}>
            {event.title}
          </Link>
          {editHref && <CorrectThisLink href={editHref} about={event.title} className="ml-2" />}
        </div>
        <div className="truncate text-xs text-muted">
          {event.parties.length > 0 && <span className="mr-2">{event.parties.join(" · ")}</span>}
          {event.summary}
        </div>
      </div>
    </div>
  );
}
