import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { MilestoneForm } from "@/components/editor/milestone-form";
import { requirePagePermission } from "../../../_lib/gate";
import { loadEditorOptions } from "../../../_lib/options";
import { CreatedNote, EditorCrumbs, firstParam } from "../../../_lib/page-parts";
import { loadSnapshot } from "../../../_lib/snapshot";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit milestone", robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string | string[] }> };

export default async function EditMilestonePage({ params, searchParams }: Props) {
  const { id } = await params;
  await requirePagePermission(`/editor/milestones/${encodeURIComponent(id)}/edit`);
  const db = await getDb();
  const [initial, options] = await Promise.all([loadSnapshot(db, "milestone", id), loadEditorOptions(db)]);
  if (!initial) notFound();
  // Milestones have no page of their own: readers meet them on their negotiation's page or the timeline.
  const slug = options.negotiations.find((n) => n.id === initial.negotiationId)?.slug;
  const viewHref = slug ? `/negotiations/${slug}` : "/timeline?kind=milestone";
  return (
    <>
      <EditorCrumbs section="Edit milestone" />
      {firstParam((await searchParams).created) && <CreatedNote what="milestone" viewHref={viewHref} />}
      <MilestoneForm options={options} initial={initial} viewHref={viewHref} />
    </>
  );
}
