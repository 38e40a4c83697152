import { z } from "zod";
import { httpUrlSchema } from "./common";

/** A source for a fact: a passage of a stored article (quote and offsets) or a web address. */
export const citationInputSchema = z
  .object({
    articleId: z.string().min(1).max(100).nullish(),
    url: httpUrlSchema.nullish(),
    quote: z.string().trim().max(2000, "Quote must be at most 2,000 characters").nullish(),
    startOffset: z.number().int().min(0).nullish(),
    endOffset: z.number().int().min(0).nullish(),
  })
  .superRefine((value, ctx) => {
    if (!value.articleId && !value.url) {
      ctx.addIssue({ code: "custom", path: ["url"], message: "A citation needs an article or a URL" });
    }
    const hasStart = value.startOffset != null;
    if (hasStart !== (value.endOffset != null)) {
      ctx.addIssue({ code: "custom", path: ["endOffset"], message: "Give both offsets or neither" });
    } else if (hasStart && value.endOffset! <= value.startOffset!) {
      ctx.addIssue({ code: "custom", path: ["endOffset"], message: "End offset must be after the start offset" });
    }
  });
export type CitationInput = z.input<typeof citationInputSchema>;

export const citationsSchema = z.array(citationInputSchema).max(50, "At most 50 sources per record").default([]);
