import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { DomainError } from "@/lib/domain/errors";
import { formatDay } from "@/lib/format/date";
import { loadReview, type ReviewState } from "@/lib/review/load-review";
import { ReviewResult } from "@/components/review/review-result";
import { ReviewWorkspace } from "@/components/review/review-workspace";
import { requirePagePermission } from "../../../_lib/gate";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Review article facts", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

/** "2 Jun 2025, 13:30 (UTC+09:00)": the publication time as the publisher wrote it. */
function published(iso: string | null): string {
  if (!iso) return "publication time unknown";
  const offset = iso.slice(19) === "Z" || iso.slice(19) === "" ? "UTC" : `UTC${iso.slice(19)}`;
  return `${formatDay(iso.slice(0, 10))}, ${iso.slice(11, 16)} (${offset})`;
}

async function load(id: string): Promise<ReviewState> {
  try {
    return await loadReview({ db: await getDb(), actor: await currentActor() }, id);
  } catch (error) {
    if (error instanceof DomainError && error.code === "not_found") notFound();
    throw error;
  }
}

export default async function ArticleReviewPage({ params }: Props) {
  const { id } = await params;
  await requirePagePermission(`/editor/articles/${encodeURIComponent(id)}/review`);
  const state = await load(id);
  const { article, extraction } = state;
  const title = article.title ?? "Untitled article";
  return (
    <div className="space-y-4">
      <nav aria-label="Breadcrumb" className="text-sm">
        <ol className="flex flex-wrap gap-1 text-muted">
          <li>
            <Link href="/editor">Editor</Link>
            <span aria-hidden> ›</span>
          </li>
          <li>
            <Link href={`/editor/articles/${encodeURIComponent(id)}`}>Article</Link>
            <span aria-hidden> ›</span>
          </li>
          <li aria-current="page">Review</li>
        </ol>
      </nav>
      <header>
        <h1 className="text-xl font-semibold">Review facts: {title}</h1>
        <p className="mt-1 text-sm text-muted">
          {article.publisher ?? "Publisher unknown"} · {published(article.publishedAt)}
          {article.url && (
            <>
              {" · "}
              <a href={article.url} rel="noopener noreferrer nofollow" target="_blank" className="break-all">
                original
              </a>
            </>
          )}
        </p>
        <p className="mt-1 max-w-3xl text-sm text-muted">
          Nothing here is a record until you accept it. Accepted facts are added to the records they match (a quoted source, an outlet&apos;s
          own round number) or recorded as new ones; stored values are never overwritten.
        </p>
      </header>
      {!extraction && <p className="rounded border border-line p-3 text-sm">This article has no extraction to review.</p>}
      {extraction && state.reviewed && (
        <ReviewResult
          heading={`Reviewed${state.reviewed.by ? ` by ${state.reviewed.by}` : ""}${state.reviewed.at ? ` on ${formatDay(state.reviewed.at.slice(0, 10))}` : ""}`}
          written={state.reviewed.written}
          rejected={Math.max(0, extraction.result.rounds.length + extraction.result.participants.length + extraction.result.tariffs.length + extraction.result.milestones.length - state.reviewed.written.length)}
        />
      )}
      {extraction && !state.reviewed && (
        <ReviewWorkspace
          articleId={article.id}
          extractionId={extraction.id}
          result={extraction.result}
          world={state.world}
          source={state.source}
          text={article.text}
        />
      )}
    </div>
  );
}
