import Link from "next/link";
import { reviewHref } from "./use-paste-article";
import { isStored, OUTCOME_LABELS, outcomeSummary, type UploadOutcome } from "./upload-results";

const articleHref = (id: string) => `/editor/articles/${encodeURIComponent(id)}`;

function Detail({ outcome }: { outcome: UploadOutcome }) {
  if (!isStored(outcome)) {
    return (
      <>
        {outcome.message}
        {outcome.state === "needs-time" && <span className="block text-muted">Give a default publication time above and upload it again.</span>}
      </>
    );
  }
  if (outcome.state === "stored") {
    return (
      <>
        {outcome.title ?? "Untitled article"}
        {outcome.facts !== null && <span className="text-muted"> · {outcome.facts === 1 ? "1 fact" : `${outcome.facts} facts`} to review</span>}
      </>
    );
  }
  return (
    <>
      Same address or text as <Link href={articleHref(outcome.articleId)}>{outcome.title ?? "an untitled article"}</Link>; nothing was added.
    </>
  );
}

/** One row per file of the last upload: what became of it, the server's words, and where to go next. */
export function UploadResultList({ outcomes }: { outcomes: UploadOutcome[] }) {
  if (outcomes.length === 0) return null;
  return (
    <section aria-labelledby="upload-results-title" className="space-y-2">
      <h3 id="upload-results-title" className="text-base font-semibold">
        Upload results
      </h3>
      <p role="status" className="text-sm">
        {outcomeSummary(outcomes)}
      </p>
      <div className="overflow-x-auto">
        <table className="data">
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Result</th>
            </tr>
          </thead>
          <tbody>
            {outcomes.map((outcome, i) => (
              <tr key={`${outcome.file}:${i}`}>
                <th scope="row" className="tt-rowhead break-all align-top">
                  {outcome.file}
                </th>
                <td className="min-w-0">
                  <p className={`font-medium ${isStored(outcome) ? "" : "text-kind-tariff"}`}>
                    {!isStored(outcome) && <span aria-hidden>⚠ </span>}
                    {OUTCOME_LABELS[outcome.state]}
                    {!isStored(outcome) && outcome.status > 0 && <span className="tabular font-normal text-muted"> ({outcome.status})</span>}
                  </p>
                  <p className="break-words">
                    <Detail outcome={outcome} />
                  </p>
                  {isStored(outcome) && (
                    <p>
                      <Link href={reviewHref(outcome.articleId)}>
                        Review facts<span className="sr-only"> of {outcome.file}</span>
                      </Link>
                    </p>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
