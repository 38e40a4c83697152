import type { Metadata } from "next";
import { getDb } from "@/lib/db/client";
import { NegotiationForm } from "@/components/editor/negotiation-form";
import { requirePagePermission } from "../../_lib/gate";
import { loadEditorOptions } from "../../_lib/options";
import { EditorCrumbs } from "../../_lib/page-parts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New negotiation", robots: { index: false } };

export default async function NewNegotiationPage() {
  await requirePagePermission("/editor/negotiations/new");
  const { economies, articles } = await loadEditorOptions(await getDb());
  return (
    <>
      <EditorCrumbs section="New negotiation" />
      <NegotiationForm economies={economies} articles={articles} />
    </>
  );
}
