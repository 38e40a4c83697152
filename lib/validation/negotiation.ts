import { z } from "zod";
import { NEGOTIATION_STATUSES } from "../vocab/vocab";
import { citationsSchema } from "./citation";
import { economyCodeSchema, shortTextSchema } from "./common";

export const negotiationInputSchema = z.object({
  slug: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Use lowercase letters, digits and single hyphens")
    .max(80, "Slug must be at most 80 characters"),
  title: shortTextSchema("Title", 200),
  status: z.enum(NEGOTIATION_STATUSES),
  summary: z.string().trim().max(4000, "Summary must be at most 4,000 characters").default(""),
  parties: z
    .array(economyCodeSchema)
    .min(2, "A negotiation has at least two parties")
    .max(30)
    .refine((codes) => new Set(codes).size === codes.length, "Each party is listed once"),
  citations: citationsSchema,
});
export type NegotiationInput = z.input<typeof negotiationInputSchema>;
