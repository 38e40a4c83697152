import { z } from "zod";
import { MILESTONE_KINDS } from "../vocab/vocab";
import { citationsSchema } from "./citation";
import { externalKeySchema, fuzzyDateSchema, shortTextSchema } from "./common";

export const milestoneInputSchema = z.object({
  externalKey: externalKeySchema,
  date: fuzzyDateSchema,
  kind: z.enum(MILESTONE_KINDS),
  title: shortTextSchema("Title", 200),
  negotiationId: z.string().min(1).max(100).nullish().transform((v) => v ?? null),
  roundId: z.string().min(1).max(100).nullish().transform((v) => v ?? null),
  citations: citationsSchema,
});
export type MilestoneInput = z.input<typeof milestoneInputSchema>;
