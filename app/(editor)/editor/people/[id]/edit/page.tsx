import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { PersonForm } from "@/components/editor/person-form";
import { requirePagePermission } from "../../../_lib/gate";
import { loadEditorOptions } from "../../../_lib/options";
import { CreatedNote, EditorCrumbs, firstParam } from "../../../_lib/page-parts";
import { loadSnapshot } from "../../../_lib/snapshot";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit person", robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string | string[] }> };

export default async function EditPersonPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requirePagePermission(`/editor/people/${encodeURIComponent(id)}/edit`);
  const db = await getDb();
  const [initial, { economies, articles }] = await Promise.all([loadSnapshot(db, "person", id), loadEditorOptions(db)]);
  if (!initial) notFound();
  // People have no page of their own: readers find them through the rounds they took part in.
  const viewHref = `/timeline?q=${encodeURIComponent(String(initial.name))}`;
  return (
    <>
      <EditorCrumbs section="Edit person" parent={{ href: "/editor/people", label: "People" }} />
      {firstParam((await searchParams).created) && <CreatedNote what="person" viewHref={viewHref} onTimeline={false} />}
      <PersonForm economies={economies} articles={articles} initial={initial} viewHref={viewHref} />
    </>
  );
}
