import type { Metadata } from "next";
import Link from "next/link";
import { requireReader } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { listCorrections } from "@/lib/queries/history";
import { historyPageQuerySchema } from "@/lib/queries/history-query";
import { CorrectionsTable } from "@/components/history/corrections-table";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Corrections" };

const PAGE_SIZE = "50";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CorrectionsPage({ searchParams }: Props) {
  await requireReader();
  const { cursor } = await searchParams;
  const query = historyPageQuerySchema.safeParse({ cursor: typeof cursor === "string" ? cursor : undefined, limit: PAGE_SIZE });
  const paged = query.success && Boolean(query.data.cursor);
  const page = await listCorrections(await getDb(), query.success ? query.data : { limit: Number(PAGE_SIZE) });
  return (
    <section aria-labelledby="corrections-title" className="space-y-4">
      <header>
        <h1 id="corrections-title" className="text-2xl font-semibold">
          Corrections
        </h1>
        <p className="mt-1 max-w-3xl text-sm text-muted">
          Every change made to the records after they were first entered — corrections, deletions, restorations and
          reverts, and records added by editors — newest first, with who made it and why. Times are in UTC; each
          record&apos;s history shows the full field-by-field detail.
        </p>
        {!query.success && (
          <p role="alert" className="mt-2 text-sm">
            That page link is no longer valid; showing the newest changes.
          </p>
        )}
      </header>
      {page.items.length === 0 ? (
        <p className="text-muted">
          {paged ? "No older changes." : "No corrections yet. When an editor changes a record, the change is listed here."}
        </p>
      ) : (
        <CorrectionsTable items={page.items} />
      )}
      {(paged || page.nextCursor) && (
        <nav aria-label="Older and newer changes" className="flex justify-between gap-4 border-t border-line pt-4 text-sm">
          {paged ? <Link href="/corrections">Newest changes</Link> : <span />}
          {page.nextCursor && <Link href={`/corrections?cursor=${page.nextCursor}`}>Older changes</Link>}
        </nav>
      )}
    </section>
  );
}
