import type { Metadata } from "next";
import Link from "next/link";
import { AddArticle } from "@/components/ingest/add-article";
import { requirePagePermission } from "../../_lib/gate";
import { EditorCrumbs, firstParam } from "../../_lib/page-parts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Add article", robots: { index: false } };

type Props = { searchParams: Promise<{ via?: string | string[] }> };

export default async function NewArticlePage({ searchParams }: Props) {
  const via = firstParam((await searchParams).via) === "upload" ? "upload" : "paste";
  await requirePagePermission(`/editor/articles/new${via === "upload" ? "?via=upload" : ""}`);
  return (
    <>
      <EditorCrumbs section="Add article" parent={{ href: "/editor/articles", label: "Articles" }} />
      <header className="mb-4">
        <h1 className="text-xl font-semibold">Add article</h1>
        <p className="mt-1 max-w-3xl text-sm text-muted">
          The article is stored once (the same address or text again is recognized) and its facts are extracted for your review. Nothing
          becomes a record until you accept it. <Link href="/editor/articles">Stored articles</Link>
        </p>
      </header>
      <AddArticle initialTab={via} />
    </>
  );
}
