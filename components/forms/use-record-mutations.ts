"use client";

import { useMutation, useQueryClient, type InfiniteData, type QueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { eventKeys } from "@/lib/query/events";
import { fetchJson } from "@/lib/query/fetch-json";
import { tariffLevelsKeys } from "@/lib/query/tariff-levels";
import type { TimelinePage } from "@/lib/queries/timeline";
import { recordKeys, recordUrl, type RecordSnapshot, type RecordType } from "./records";

/** Records with timeline rows of their own; a negotiation or person can only be deleted once nothing shows it. */
const EVENT_PREFIX: Partial<Record<RecordType, string>> = { round: "round", tariffMeasure: "tariff", milestone: "milestone" };

function sendJson<T>(url: string, method: string, body: unknown): Promise<T> {
  return fetchJson<T>(url, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
}

/**
 * After any write: the timeline, the chart and the record itself read fresh data; server pages
 * re-render. Not awaited, so the form learns its new version before the refetch lands.
 */
function settle(client: QueryClient, type: RecordType, id: string | undefined, refresh: () => void): void {
  void client.invalidateQueries({ queryKey: eventKeys.all });
  void client.invalidateQueries({ queryKey: tariffLevelsKeys.all });
  if (id) void client.invalidateQueries({ queryKey: recordKeys.detail(type, id) });
  refresh();
}

type Snapshot = RecordSnapshot<Record<string, unknown>>;

export interface SaveVariables {
  values: Record<string, unknown>;
  /** For an edit: the version the form was based on and why it changes. */
  meta?: { baseVersion: number; reason: string };
}

/**
 * Create (POST) or update (PUT with baseVersion and reason). An update shows in the record's cache at
 * once and is rolled back if the server refuses it (409, 400, network).
 */
export function useSaveRecord(type: RecordType, id?: string) {
  const client = useQueryClient();
  const router = useRouter();
  return useMutation({
    mutationFn: ({ values, meta }: SaveVariables) =>
      id
        ? sendJson<{ id: string; version: number }>(recordUrl(type, id), "PUT", { ...values, ...meta })
        : sendJson<{ id: string; version?: number }>(recordUrl(type), "POST", values),
    onMutate: async ({ values }) => {
      if (!id) return { previous: undefined };
      const key = recordKeys.detail(type, id);
      await client.cancelQueries({ queryKey: key });
      const previous = client.getQueryData<Snapshot>(key);
      if (previous) client.setQueryData<Snapshot>(key, { ...previous, ...values, version: previous.version + 1 });
      return { previous };
    },
    onError: (_error, _variables, context) => {
      if (id && context?.previous) client.setQueryData(recordKeys.detail(type, id), context.previous);
    },
    onSettled: (result) => settle(client, type, id ?? result?.id, router.refresh),
  });
}

export interface DeleteVariables {
  deleted: boolean;
  baseVersion: number;
  reason: string;
}

type EventPages = InfiniteData<TimelinePage>;

/**
 * Soft delete or restore. A delete takes the record out of cached timeline pages and marks it deleted
 * in its own cache straight away; both come back if the server refuses.
 */
export function useSetDeleted(type: RecordType, id: string) {
  const client = useQueryClient();
  const router = useRouter();
  return useMutation({
    mutationFn: ({ deleted, baseVersion, reason }: DeleteVariables) =>
      sendJson<{ id: string; version: number }>(deleted ? recordUrl(type, id) : `${recordUrl(type, id)}/restore`, deleted ? "DELETE" : "POST", {
        baseVersion,
        reason,
      }),
    onMutate: async ({ deleted }) => {
      const key = recordKeys.detail(type, id);
      await Promise.all([client.cancelQueries({ queryKey: key }), client.cancelQueries({ queryKey: eventKeys.all })]);
      const previous = client.getQueryData<Snapshot>(key);
      const lists = client.getQueriesData<EventPages>({ queryKey: ["events", "list"] });
      if (previous) client.setQueryData<Snapshot>(key, { ...previous, deletedAt: deleted ? new Date().toISOString() : null });
      if (deleted && EVENT_PREFIX[type]) {
        const prefix = `${EVENT_PREFIX[type]}:${id}`;
        const isOurs = (eventId: string) => eventId === prefix || eventId.startsWith(`${prefix}:`);
        client.setQueriesData<EventPages>({ queryKey: ["events", "list"] }, (data) =>
          data ? { ...data, pages: data.pages.map((p) => ({ ...p, items: p.items.filter((e) => !isOurs(e.id)) })) } : data,
        );
      }
      return { previous, lists };
    },
    onError: (_error, _variables, context) => {
      if (context?.previous) client.setQueryData(recordKeys.detail(type, id), context.previous);
      for (const [key, data] of context?.lists ?? []) client.setQueryData(key, data);
    },
    onSettled: () => settle(client, type, id, router.refresh),
  });
}
