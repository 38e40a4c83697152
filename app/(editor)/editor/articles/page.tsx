import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db/client";
import { listArticles } from "@/lib/queries/articles";
import { ArticleTable } from "@/components/ingest/article-table";
import { requirePagePermission } from "../_lib/gate";
import { EditorCrumbs, firstParam } from "../_lib/page-parts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Articles", robots: { index: false } };

type Props = { searchParams: Promise<{ page?: string | string[] }> };

const addClass = "rounded border border-line bg-surface px-3 py-1.5 text-sm font-medium no-underline";

export default async function ArticlesPage({ searchParams }: Props) {
  const requested = Number(firstParam((await searchParams).page) ?? "1");
  await requirePagePermission(`/editor/articles${requested > 1 ? `?page=${requested}` : ""}`);
  const { items, total, page, pageCount } = await listArticles(await getDb(), Number.isFinite(requested) ? requested : 1);
  return (
    <div className="space-y-4">
      <EditorCrumbs section="Articles" />
      <header className="flex flex-wrap items-baseline gap-x-4 gap-y-2">
        <div>
          <h1 className="text-xl font-semibold">Articles</h1>
          <p className="mt-1 max-w-3xl text-sm text-muted">
            Stored news articles, the most recently added first, with how many of their extracted facts await review.
          </p>
        </div>
        <Link href="/editor/articles/new" className={`ml-auto ${addClass}`}>
          Add article
        </Link>
      </header>
      {total === 0 ? (
        <section aria-labelledby="no-articles" className="rounded border border-dashed border-line p-6 text-center">
          <h2 id="no-articles" className="font-semibold">
            No articles stored yet
          </h2>
          <p className="mx-auto mt-1 max-w-md text-sm text-muted">
            Paste an article or upload article files: their rounds, participants, tariffs and milestones are extracted for review.
          </p>
          <p className="mt-3">
            <Link href="/editor/articles/new">Add the first article</Link>
          </p>
        </section>
      ) : (
        <>
          <ArticleTable items={items} />
          <nav aria-label="Pages" className="flex flex-wrap items-center gap-3 text-sm">
            <span className="tabular text-muted">
              {total === 1 ? "1 article" : `${total} articles`}
              {pageCount > 1 && ` · page ${page} of ${pageCount}`}
            </span>
            {page > 1 && <Link href={`/editor/articles?page=${page - 1}`}>Newer</Link>}
            {page < pageCount && <Link href={`/editor/articles?page=${page + 1}`}>Older</Link>}
          </nav>
        </>
      )}
    </div>
  );
}
