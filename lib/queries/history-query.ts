import { z } from "zod";

/** Record types whose changes are kept as revisions (lib/domain/revisions.ts EntityType). */
export const HISTORY_ENTITY_TYPES = ["round", "tariffMeasure", "milestone", "negotiation", "person", "economy", "article"] as const;
export type HistoryEntityType = (typeof HISTORY_ENTITY_TYPES)[number];

/** The types an editor can return to an earlier version (lib/domain/revert-revision.ts). */
export const REVERTIBLE_TYPES: ReadonlySet<HistoryEntityType> = new Set(["round", "tariffMeasure", "milestone", "negotiation", "person"]);

export const MAX_HISTORY_PAGE = 200;

/** The record a history is asked for: /history/<entityType>/<id>. */
export const historyTargetSchema = z.object({
  entityType: z.enum(HISTORY_ENTITY_TYPES, { error: `Use one of: ${HISTORY_ENTITY_TYPES.join(", ")}` }),
  id: z.string().trim().min(1, "id is required").max(100, "id must be at most 100 characters"),
});
export type HistoryTarget = z.output<typeof historyTargetSchema>;

export interface HistoryCursor {
  /** createdAt of the last row shown, ISO 8601 UTC */
  t: string;
  /** its id: the tie-breaker for rows written in the same millisecond */
  i: string;
}

export function encodeHistoryCursor(cursor: HistoryCursor): string {
  return Buffer.from(JSON.stringify(cursor), "utf8").toString("base64url");
}

const cursorSchema = z
  .string()
  .max(500)
  .transform((value, ctx) => {
    try {
      const parsed = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as unknown;
      return z.object({ t: z.iso.datetime(), i: z.string().min(1).max(100) }).parse(parsed);
    } catch {
      ctx.addIssue({ code: "custom", message: "Invalid cursor; use the nextCursor of the previous page" });
      return z.NEVER;
    }
  });

/** ?cursor=&limit= for the record history and the corrections feed: keyset paging on (createdAt, id). */
export const historyPageQuerySchema = z.object({
  cursor: cursorSchema.optional(),
  limit: z.coerce
    .number({ error: "limit must be a number" })
    .int("limit must be a whole number")
    .min(1, "limit must be at least 1")
    .max(MAX_HISTORY_PAGE, `limit must be at most ${MAX_HISTORY_PAGE}`)
    .default(50),
});
export type HistoryPageQuery = z.output<typeof historyPageQuerySchema>;
