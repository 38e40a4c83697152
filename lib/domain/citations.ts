import type { z } from "zod";
import type { citationInputSchema } from "../validation/citation";

type CitationData = z.output<typeof citationInputSchema>;

/** Citation rows for a nested create; the owning record's id is filled in by Prisma. */
export function citationRows(citations: CitationData[]) {
  return citations.map((c) => ({
    articleId: c.articleId ?? null,
    url: c.url ?? null,
    quote: c.quote ?? null,
    startOffset: c.startOffset ?? null,
    endOffset: c.endOffset ?? null,
  }));
}
