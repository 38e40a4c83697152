import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { DomainError } from "@/lib/domain/errors";
import { readArticle } from "@/lib/domain/read-article";
import { sanitizeHtml } from "@/lib/ingest/sanitize";
import { EditorCrumbs } from "../../_lib/page-parts";
import { requirePagePermission } from "../../_lib/gate";
import { ExtractAgain } from "@/components/articles/extract-again";
import { ExtractedFacts } from "./extracted-facts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Article", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  try {
    return await readArticle({ db: await getDb(), actor: await currentActor() }, id);
  } catch (error) {
    if (error instanceof DomainError && error.code === "not_found") notFound();
    throw error;
  }
}

/** A stored article as the editors see it: its reading copy, the text the extractor read, its facts. */
export default async function ArticlePage({ params }: Props) {
  const { id } = await params;
  await requirePagePermission(`/editor/articles/${encodeURIComponent(id)}`);
  const { article, extraction } = await load(id);
  const paragraphs = article.text.split(/\n{2,}/);
  return (
    <article className="space-y-6" aria-labelledby="article-title">
      <EditorCrumbs section="Article" />
      <header>
        <h1 id="article-title" className="text-xl font-semibold">
          {article.title ?? "Untitled article"}
        </h1>
        <p className="mt-1 text-sm text-muted">
          {article.publisher ?? "Publisher unknown"} ·{" "}
          <span className="tabular">{article.publishedAt ? `${article.publishedAt.slice(0, 16).replace("T", " ")} (${article.timeZone ?? "zone unknown"})` : "publication time unknown"}</span>
          {article.url && (
            <>
              {" · "}
              <a href={article.url} rel="noopener noreferrer nofollow" target="_blank" className="break-all">
                original
              </a>
            </>
          )}
        </p>
      </header>

      <section aria-labelledby="article-body" className="max-w-3xl">
        <h2 id="article-body" className="sr-only">
          Article
        </h2>
        {article.html ? (
          // Sanitized when stored, and again here: the allowlist of lib/ingest/sanitize.ts decides what renders.
          <div
            data-testid="article-html"
            className="leading-relaxed [&_h2]:mt-4 [&_h2]:font-semibold [&_h3]:font-semibold [&_li]:ml-5 [&_ol]:list-decimal [&_p]:my-3 [&_ul]:list-disc"
            dangerouslySetInnerHTML={{ __html: sanitizeHtml(article.html) }} />
        ) : (
          <div data-testid="article-text" className="space-y-3 leading-relaxed">
            {paragraphs.map((p, i) => (
              <p key={i} className="whitespace-pre-line">
                {p}
              </p>
            ))}
          </div>
        )}
        {article.html && (
          <details className="mt-4 text-sm">
            <summary>Text the extractor read</summary>
            <p data-testid="article-text" className="mt-2 whitespace-pre-wrap">
              {article.text}
            </p>
          </details>
        )}
      </section>

      <section aria-labelledby="facts-title" className="max-w-3xl">
        <h2 id="facts-title" className="mb-2 text-lg font-semibold">
          Extracted facts {extraction ? `(${extraction.reviewStatus === "pending" ? "waiting for review" : extraction.reviewStatus})` : ""}
        </h2>
        {extraction ? <ExtractedFacts result={extraction.result} /> : <p className="text-muted">No extraction for this article.</p>}
        {extraction?.reviewStatus === "pending" && (
          <p className="mt-3">
            <Link href={`/editor/articles/${encodeURIComponent(article.id)}/review`}>Review these facts</Link>
          </p>
        )}
        {article.publishedAt && <ExtractAgain articleId={article.id} />}
      </section>
    </article>
  );
}
