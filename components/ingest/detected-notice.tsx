import type { DetectedMeta } from "@/lib/ingest/prepare";
import type { PreviewAnswer } from "./ingest-api";

const LABELS: Record<keyof DetectedMeta, string> = {
  publisher: "publisher",
  title: "title",
  url: "address",
  publishedAt: "publication time",
  timeZone: "time zone",
};

const list = (items: string[]) => (items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`);

/** What "Detect details" found in the source, what it did not, and the text the extractor will read. */
export function DetectedNotice({ answer, stale }: { answer: PreviewAnswer; stale: boolean }) {
  const keys = Object.keys(LABELS) as (keyof DetectedMeta)[];
  const found = keys.filter((k) => answer.detected[k]).map((k) => LABELS[k]);
  const missing = keys.filter((k) => !answer.article[k]).map((k) => LABELS[k]);
  return (
    <div role="status" className="rounded border border-line bg-surface p-3 text-sm">
      <p>
        {found.length ? `Found in the article: ${list(found)}.` : "The article states none of its details."}{" "}
        {missing.length ? `Still missing: ${list(missing)}${missing.includes("publication time") ? " (required to save)" : ""}.` : "Check the details below before saving."}
      </p>
      {stale && <p className="mt-1 font-medium">The article has changed since; detect again to refresh the details.</p>}
      <details className="mt-2">
        <summary className="cursor-pointer">
          Text the extractor will read <span className="tabular text-muted">({answer.text.length.toLocaleString("en")} characters)</span>
        </summary>
        <pre tabIndex={0} aria-label="Text the extractor will read" className="mt-2 max-h-64 overflow-y-auto whitespace-pre-wrap rounded border border-line p-2 font-sans text-xs">
          {answer.text}
        </pre>
      </details>
    </div>
  );
}
