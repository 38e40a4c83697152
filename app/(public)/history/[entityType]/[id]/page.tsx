import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { can } from "@/lib/auth/permissions";
import { currentActor, requireReader } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { DomainError } from "@/lib/domain/errors";
import { getRecordHistory } from "@/lib/queries/history";
import { historyPageQuerySchema, historyTargetSchema } from "@/lib/queries/history-query";
import { RecordHistoryView } from "@/components/history/record-history";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ entityType: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** Analysts may read any record's history; the revert buttons are for editors (the API checks again). */
const loadHistory = cache(async (entityType: string, id: string, cursor: string | undefined) => {
  const target = historyTargetSchema.safeParse({ entityType, id });
  if (!target.success) return null;
  const query = historyPageQuerySchema.safeParse({ cursor, limit: "50" });
  try {
    return await getRecordHistory(await getDb(), target.data, query.success ? query.data : { limit: 50 });
  } catch (error) {
    if (error instanceof DomainError && error.code === "not_found") return null;
    throw error;
  }
});

async function load({ params, searchParams }: Props) {
  const { entityType, id } = await params;
  const cursor = (await searchParams).cursor;
  return loadHistory(entityType, id, typeof cursor === "string" ? cursor : undefined);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  await requireReader();
  const history = await load(props);
  return { title: history ? `History of ${history.record.title}` : "Not found" };
}

export default async function HistoryPage(props: Props) {
  await requireReader();
  const [history, actor] = await Promise.all([load(props), currentActor()]);
  if (!history) notFound();
  const cursor = (await props.searchParams).cursor;
  return <RecordHistoryView history={history} canRevert={can(actor, "write")} paged={typeof cursor === "string"} />;
}
