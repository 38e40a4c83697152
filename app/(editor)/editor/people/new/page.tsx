import type { Metadata } from "next";
import { getDb } from "@/lib/db/client";
import { PersonForm } from "@/components/editor/person-form";
import { requirePagePermission } from "../../_lib/gate";
import { loadEditorOptions } from "../../_lib/options";
import { EditorCrumbs } from "../../_lib/page-parts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New person", robots: { index: false } };

export default async function NewPersonPage() {
  await requirePagePermission("/editor/people/new");
  const { economies, articles } = await loadEditorOptions(await getDb());
  return (
    <>
      <EditorCrumbs section="New person" parent={{ href: "/editor/people", label: "People" }} />
      <PersonForm economies={economies} articles={articles} />
    </>
  );
}
