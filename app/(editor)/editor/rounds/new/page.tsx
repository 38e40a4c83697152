import type { Metadata } from "next";
import { getDb } from "@/lib/db/client";
import { RoundForm } from "@/components/editor/round-form";
import { requirePagePermission } from "../../_lib/gate";
import { loadEditorOptions } from "../../_lib/options";
import { EditorCrumbs, firstParam } from "../../_lib/page-parts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New round", robots: { index: false } };

type Props = { searchParams: Promise<{ negotiation?: string | string[] }> };

export default async function NewRoundPage({ searchParams }: Props) {
  const slug = firstParam((await searchParams).negotiation);
  await requirePagePermission(`/editor/rounds/new${slug ? `?negotiation=${encodeURIComponent(slug)}` : ""}`);
  const options = await loadEditorOptions(await getDb());
  const negotiationId = options.negotiations.find((n) => n.slug === slug)?.id;
  return (
    <>
      <EditorCrumbs section="New round" />
      <RoundForm options={options} negotiationId={negotiationId} />
    </>
  );
}
