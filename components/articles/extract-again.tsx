"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { fetchJson } from "@/lib/query/fetch-json";

type Result = { extractionId: string; factCount: number; withheld: number };

/**
 * Runs the current extractor on the article again, for review. Facts editors already turned down for
 * this article stay out, and the button says how many were held back.
 */
export function ExtractAgain({ articleId }: { articleId: string }) {
  const router = useRouter();
  const run = useMutation({
    mutationFn: () =>
      fetchJson<Result>(`/api/v1/articles/${encodeURIComponent(articleId)}/reextract`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{}",
      }),
    onSuccess: () => router.refresh(),
  });
  return (
    <div className="mt-3 flex flex-wrap items-center gap-3 text-sm">
      <button
        type="button"
        onClick={() => run.mutate()}
        disabled={run.isPending}
        className="rounded border border-line bg-surface px-2.5 py-1 font-medium disabled:opacity-60"
      >
        {run.isPending ? "Extracting…" : "Extract again"}
      </button>
      <p role="status" aria-live="polite" className="text-muted">
        {run.isError && <span className="text-kind-tariff">{run.error.message}</span>}
        {run.isSuccess &&
          `${run.data.factCount} facts waiting for review${run.data.withheld ? `; ${run.data.withheld} that editors turned down before were left out` : ""}.`}
      </p>
    </div>
  );
}
