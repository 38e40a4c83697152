import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { TariffMeasureForm } from "@/components/editor/tariff-measure-form";
import { requirePagePermission } from "../../../_lib/gate";
import { loadEditorOptions } from "../../../_lib/options";
import { CreatedNote, EditorCrumbs, firstParam } from "../../../_lib/page-parts";
import { loadSnapshot } from "../../../_lib/snapshot";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit tariff measure", robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string | string[] }> };

export default async function EditTariffMeasurePage({ params, searchParams }: Props) {
  const { id } = await params;
  await requirePagePermission(`/editor/tariff-measures/${encodeURIComponent(id)}/edit`);
  const db = await getDb();
  const [initial, options] = await Promise.all([loadSnapshot(db, "tariffMeasure", id), loadEditorOptions(db)]);
  if (!initial) notFound();
  const viewHref = `/tariffs/measures/${encodeURIComponent(id)}`;
  return (
    <>
      <EditorCrumbs section="Edit tariff measure" />
      {firstParam((await searchParams).created) && <CreatedNote what="tariff measure" viewHref={viewHref} />}
      <TariffMeasureForm options={options} initial={initial} viewHref={viewHref} />
    </>
  );
}
