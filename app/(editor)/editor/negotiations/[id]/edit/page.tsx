import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { NegotiationForm } from "@/components/editor/negotiation-form";
import { requirePagePermission } from "../../../_lib/gate";
import { loadEditorOptions } from "../../../_lib/options";
import { CreatedNote, EditorCrumbs, firstParam } from "../../../_lib/page-parts";
import { loadSnapshot } from "../../../_lib/snapshot";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit negotiation", robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string | string[] }> };

export default async function EditNegotiationPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requirePagePermission(`/editor/negotiations/${encodeURIComponent(id)}/edit`);
  const db = await getDb();
  const [initial, { economies, articles }] = await Promise.all([loadSnapshot(db, "negotiation", id), loadEditorOptions(db)]);
  if (!initial) notFound();
  const viewHref = `/negotiations/${String(initial.slug)}`;
  return (
    <>
      <EditorCrumbs section="Edit negotiation" />
      {firstParam((await searchParams).created) && <CreatedNote what="negotiation" viewHref={viewHref} onTimeline={false} />}
      <NegotiationForm economies={economies} articles={articles} initial={initial} viewHref={viewHref} />
    </>
  );
}
