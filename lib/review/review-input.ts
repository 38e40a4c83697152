import { z } from "zod";

/**
 * POST /api/v1/articles/<id>/review: one decision per extracted fact.
 * - accept: record the fact as extracted;
 * - edit: record it with the editor's values (the whole fact in the extraction format, evidence included);
 * - reject: record nothing.
 * `recordAs` picks what an accepted fact becomes when it matches a stored record: "match" confirms
 * (or, for a disagreeing tariff, keeps as an alternate claim on) the stored record, "new" records it
 * separately. Edited values are checked against the fact type's schema on the server.
 */
const factKeySchema = z.string().regex(/^(round|participant|tariff|milestone):\d{1,4}$/, "Unknown fact");
const recordAsSchema = z.enum(["match", "new"]).default("match");

export const reviewDecisionSchema = z.discriminatedUnion("action", [
  z.object({ key: factKeySchema, action: z.literal("reject") }),
  z.object({ key: factKeySchema, action: z.literal("accept"), recordAs: recordAsSchema }),
  z.object({ key: factKeySchema, action: z.literal("edit"), recordAs: recordAsSchema, values: z.record(z.string(), z.unknown()) }),
]);
export type ReviewDecision = z.input<typeof reviewDecisionSchema>;

export const reviewInputSchema = z.object({
  /** The extraction the editor reviewed: a newer one (after a metadata fix) makes this review stale. */
  extractionId: z.string().min(1, "extractionId is required").max(100),
  decisions: z.array(reviewDecisionSchema).max(1000),
});
export type ReviewInput = z.input<typeof reviewInputSchema>;
export type ReviewData = z.output<typeof reviewInputSchema>;
export type RecordAs = z.output<typeof recordAsSchema>;

/** What a review wrote, one line per accepted fact, for the page to show with links. */
export interface WrittenFact {
  key: string;
  entityType: "round" | "tariffMeasure" | "milestone" | "person";
  id: string;
  change: "created" | "updated";
  description: string;
  href?: string | null;
}

export interface ReviewResult {
  articleId: string;
  extractionId: string;
  written: WrittenFact[];
  rejected: string[];
}
