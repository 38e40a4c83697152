import { SourceLink } from "@/components/ui/source-link";

interface CitationItem {
  id: string;
  url: string | null;
  quote: string | null;
  article: { id: string; title: string | null; publisher: string | null; url: string | null } | null;
}

export function CitationList({ citations }: { citations: CitationItem[] }) {
  if (citations.length === 0) {
    return <p className="text-sm text-muted">No source is recorded for this record yet.</p>;
  }
  return (
    <ol className="list-decimal space-y-2 pl-5 text-sm">
      {citations.map((c) => {
        const url = c.url ?? c.article?.url ?? null;
        const label = c.article ? [c.article.publisher, c.article.title].filter(Boolean).join(": ") : null;
        return (
          <li key={c.id}>
            {c.quote && <blockquote className="mb-1 border-l-2 border-line pl-2 italic">“{c.quote}”</blockquote>}
            {url ? <SourceLink url={url} label={label} /> : <span>{label ?? "Stored article"}</span>}
          </li>
        );
      })}
    </ol>
  );
}
