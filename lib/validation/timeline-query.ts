import { z } from "zod";
import { ROUND_STATUSES, SECTORS, TARIFF_STATUSES } from "../vocab/vocab";
import { isoDateSchema } from "./common";
import { commaListSchema, economyListSchema } from "./list-params";

export const TIMELINE_KINDS = ["round", "milestone", "tariff"] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];
export const EVENT_STATUSES = [...new Set([...ROUND_STATUSES, ...TARIFF_STATUSES])] as const;

export const MAX_PAGE_SIZE = 200;

/** The timeline's filters, shared by the page's URL state and GET /api/v1/events. */
export const timelineFiltersSchema = z
  .object({
    negotiation: z
      .string()
      .regex(/^[a-z0-9-]{1,80}$/, "Use a negotiation slug")
      .optional(),
    economy: economyListSchema.optional(),
    sector: commaListSchema(z.enum(SECTORS, { error: "Unknown sector" })).optional(),
    kind: commaListSchema(z.enum(TIMELINE_KINDS, { error: "Use round, milestone or tariff" })).optional(),
    status: commaListSchema(z.enum(EVENT_STATUSES as unknown as [string, ...string[]], { error: "Unknown status" })).optional(),
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    q: z.string().trim().max(200, "Search at most 200 characters").optional(),
    order: z.enum(["desc", "asc"], { error: "Use desc or asc" }).default("desc"),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ["to"], message: "to must not be before from" });
export type TimelineFilters = z.output<typeof timelineFiltersSchema>;

const cursorSchema = z
  .string()
  .max(500)
  .transform((value, ctx) => {
    try {
      const parsed = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as unknown;
      const cursor = z.object({ d: isoDateSchema, i: z.string().min(1).max(200) }).parse(parsed);
      return cursor;
    } catch {
      ctx.addIssue({ code: "custom", message: "Invalid cursor; use the nextCursor of the previous page" });
      return z.NEVER;
    }
  });

export const timelinePageQuerySchema = z.intersection(
  timelineFiltersSchema,
  z.object({
    cursor: cursorSchema.optional(),
    limit: z.coerce
      .number({ error: "limit must be a number" })
      .int("limit must be a whole number")
      .min(1, "limit must be at least 1")
      .max(MAX_PAGE_SIZE, `limit must be at most ${MAX_PAGE_SIZE}`)
      .default(50),
  }),
);
export type TimelinePageQuery = z.output<typeof timelinePageQuerySchema>;

export function encodeCursor(cursor: { d: string; i: string }): string {
  return Buffer.from(JSON.stringify(cursor), "utf8").toString("base64url");
}
