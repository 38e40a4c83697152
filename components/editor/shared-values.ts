import type { CitationInput } from "@/lib/validation/citation";
import type { Snapshot } from "@/components/forms/use-record-form";

export const emptyCitation = (): CitationInput => ({ url: null, articleId: null, quote: null, startOffset: null, endOffset: null });

/** A stored record's sources in the form's shape (every key present, absent ones null). */
export const snapshotCitations = (s: Snapshot): CitationInput[] =>
  ((s.citations as CitationInput[] | undefined) ?? []).map((c) => ({
    url: c.url ?? null,
    articleId: c.articleId ?? null,
    quote: c.quote ?? null,
    startOffset: c.startOffset ?? null,
    endOffset: c.endOffset ?? null,
  }));
