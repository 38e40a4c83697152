import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { roundPath } from "@/lib/queries/round-paths";
import { RoundForm } from "@/components/editor/round-form";
import { requirePagePermission } from "../../../_lib/gate";
import { loadEditorOptions } from "../../../_lib/options";
import { CreatedNote, EditorCrumbs, firstParam } from "../../../_lib/page-parts";
import { loadSnapshot } from "../../../_lib/snapshot";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit round", robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string | string[] }> };

export default async function EditRoundPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requirePagePermission(`/editor/rounds/${encodeURIComponent(id)}/edit`);
  const db = await getDb();
  const [initial, options] = await Promise.all([loadSnapshot(db, "round", id), loadEditorOptions(db)]);
  if (!initial) notFound();
  // The canonical page itself, not the /rounds/<id> short link: one hop fewer, and no redirect to follow.
  const viewHref = (await roundPath(db, id)) ?? `/rounds/${encodeURIComponent(id)}`;
  return (
    <>
      <EditorCrumbs section="Edit round" />
      {firstParam((await searchParams).created) && <CreatedNote what="round" viewHref={viewHref} />}
      <RoundForm options={options} initial={initial} viewHref={viewHref} />
    </>
  );
}
