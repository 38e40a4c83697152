import { z } from "zod";

/** What every change to an existing record carries: the version it was based on and why. */
export const changeMetaSchema = z.object({
  baseVersion: z.number({ error: "baseVersion must be a number" }).int().min(1, "baseVersion must be at least 1"),
  reason: z
    .string({ error: "Say why this record is being changed" })
    .trim()
    .min(3, "Say why this record is being changed (at least 3 characters)")
    .max(500, "Keep the reason under 500 characters"),
});
export type ChangeMeta = z.input<typeof changeMetaSchema>;
