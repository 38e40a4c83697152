import type { Metadata } from "next";
import { getDb } from "@/lib/db/client";
import { TariffMeasureForm } from "@/components/editor/tariff-measure-form";
import { requirePagePermission } from "../../_lib/gate";
import { loadEditorOptions } from "../../_lib/options";
import { EditorCrumbs, firstParam } from "../../_lib/page-parts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New tariff measure", robots: { index: false } };

type Props = { searchParams: Promise<{ negotiation?: string | string[] }> };

export default async function NewTariffMeasurePage({ searchParams }: Props) {
  const slug = firstParam((await searchParams).negotiation);
  await requirePagePermission(`/editor/tariff-measures/new${slug ? `?negotiation=${encodeURIComponent(slug)}` : ""}`);
  const options = await loadEditorOptions(await getDb());
  const negotiationId = options.negotiations.find((n) => n.slug === slug)?.id;
  return (
    <>
      <EditorCrumbs section="New tariff measure" />
      <TariffMeasureForm options={options} negotiationId={negotiationId} />
    </>
  );
}
