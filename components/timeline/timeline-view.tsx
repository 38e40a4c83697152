"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { useQueryStates } from "nuqs";
import { useCallback, useEffect, useMemo, useState } from "react";
import { formatMonthHeading } from "@/lib/format/date";
import { eventsInfiniteOptions } from "@/lib/query/events";
import type { TimelineEvent, TimelinePage } from "@/lib/queries/timeline";
import { EventRow } from "./event-row";
import { filterParams, timelineUrlParsers } from "./url-state";

type Row = { type: "month"; month: string } | { type: "event"; event: TimelineEvent };

function toRows(events: TimelineEvent[]): Row[] {
  const rows: Row[] = [];
  let month = "";
  for (const event of events) {
    const m = event.dateStart.slice(0, 7);
    if (m !== month) rows.push({ type: "month", month: (month = m) });
    rows.push({ type: "event", event });
  }
  return rows;
}

/**
 * The event stream: first page from the server, further pages by keyset cursor as the reader
 * scrolls (or presses "Load more"). Only the rows near the viewport are in the DOM, so tens of
 * thousands of events stay smooth.
 */
export function TimelineView({ initialPage, initialKey }: { initialPage: TimelinePage; initialKey: string }) {
  const [state] = useQueryStates(timelineUrlParsers);
  const params = filterParams(state);
  const key = JSON.stringify(params);
  const query = useInfiniteQuery({
    ...eventsInfiniteOptions(params),
    initialData: key === initialKey ? { pages: [initialPage], pageParams: [null] } : undefined,
  });
  const events = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);
  const rows = useMemo(() => toRows(events), [events]);

  // The list's distance from the top of the page, so window scrolling maps onto list rows.
  const [scrollMargin, setScrollMargin] = useState(0);
  const listRef = useCallback((node: HTMLDivElement | null) => {
    if (node) setScrollMargin(node.getBoundingClientRect().top + window.scrollY);
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: (i) => (rows[i].type === "month" ? 36 : 58),
    overscan: 12,
    scrollMargin,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? 0;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastIndex >= rows.length - 8) void fetchNextPage();
  }, [lastIndex, rows.length, hasNextPage, isFetchingNextPage, fetchNextPage]);

  if (query.isPending) return <ListSkeleton />;
  if (query.isError) {
    return (
      <p role="alert" className="rounded border border-line p-4 text-sm">
        The events could not be loaded: {query.error.message}
      </p>
    );
  }
  if (events.length === 0) {
    return (
      <p className="rounded border border-dashed border-line p-6 text-center text-muted">
        No events match these filters. Remove a filter above to widen the view.
      </p>
    );
  }

  return (
    <div>
      <p className="mb-2 text-xs text-muted" aria-live="polite">
        Showing {events.length} event{events.length === 1 ? "" : "s"}
        {hasNextPage ? " — more load as you scroll" : " — end of the list"}
      </p>
      <div ref={listRef} data-testid="event-list" aria-busy={isFetchingNextPage} style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
        {items.map((item) => {
          const row = rows[item.index];
          return (
            <div
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              style={{ position: "absolute", top: 0, left: 0, width: "100%", transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
            >
              {row.type === "month" ? (
                <h2 className="pt-4 pb-1 text-sm font-semibold text-muted">{formatMonthHeading(`${row.month}-01`)}</h2>
              ) : (
                <article aria-label={row.event.title}>
                  <EventRow event={row.event} />
                </article>
              )}
            </div>
          );
        })}
      </div>
      <div className="mt-4 flex justify-center">
        {hasNextPage ? (
          <button
            type="button"
            onClick={() => void fetchNextPage()}
            disabled={isFetchingNextPage}
            className="rounded border border-line bg-surface px-3 py-1.5 text-sm"
          >
            {isFetchingNextPage ? "Loading…" : "Load more"}
          </button>
        ) : (
          <span className="text-xs text-muted">All {events.length} events shown.</span>
        )}
      </div>
    </div>
  );
}

function ListSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading events" className="space-y-2">
      {Array.from({ length: 8 }, (_, i) => (
        <div key={i} className="h-12 animate-pulse rounded bg-line/40" />
      ))}
    </div>
  );
}
