import { z } from "zod";
import { ALIAS_KINDS } from "../vocab/vocab";
import { shortTextSchema } from "./common";

export const economyInputSchema = z.object({
  code: z.string().trim().regex(/^[A-Z]{3}$/, "Use a three-letter ISO 3166-1 code"),
  name: shortTextSchema("Name", 120),
  kind: z.enum(["country", "bloc"]),
  aliases: z
    .array(z.object({ alias: shortTextSchema("Alias", 80), kind: z.enum(ALIAS_KINDS) }))
    .max(50)
    .default([]),
});
export type EconomyInput = z.input<typeof economyInputSchema>;
