import { z } from "zod";
import { ALL_PARTNERS, SECTORS, TARIFF_KINDS, TARIFF_STACKINGS, TARIFF_STATUSES } from "../vocab/vocab";
import { citationsSchema } from "./citation";
import { economyCodeSchema, externalKeySchema, isoDateSchema, optionalTextSchema } from "./common";

export const MAX_TARIFF_RATE = 1000;

export const tariffMeasureInputSchema = z
  .object({
    externalKey: externalKeySchema,
    imposerCode: economyCodeSchema,
    // "*" (all trading partners) is stored as a null target.
    targetCode: z
      .union([z.literal(ALL_PARTNERS), economyCodeSchema, z.null()])
      .transform((v) => (v === ALL_PARTNERS ? null : v)),
    sector: z.enum(SECTORS),
    rate: z
      .number({ error: "Rate must be a number" })
      .finite("Rate must be a finite number")
      .min(0, "Rate cannot be negative")
      .max(MAX_TARIFF_RATE, `Rate must be at most ${MAX_TARIFF_RATE}%`),
    kind: z.enum(TARIFF_KINDS),
    status: z.enum(TARIFF_STATUSES),
    stacking: z.enum(TARIFF_STACKINGS),
    legalBasis: optionalTextSchema("Legal basis", 300),
    announcedOn: isoDateSchema.nullish().transform((v) => v ?? null),
    effectiveFrom: isoDateSchema.nullish().transform((v) => v ?? null),
    effectiveTo: isoDateSchema.nullish().transform((v) => v ?? null),
    note: optionalTextSchema("Note", 2000),
    negotiationId: z.string().min(1).max(100).nullish().transform((v) => v ?? null),
    citations: citationsSchema,
  })
  .superRefine((value, ctx) => {
    if (value.targetCode === value.imposerCode) {
      ctx.addIssue({ code: "custom", path: ["targetCode"], message: "An economy does not impose tariffs on itself" });
    }
    if (value.effectiveFrom && value.effectiveTo && value.effectiveTo <= value.effectiveFrom) {
      ctx.addIssue({ code: "custom", path: ["effectiveTo"], message: "Must be after the effective-from date" });
    }
  });
export type TariffMeasureInput = z.input<typeof tariffMeasureInputSchema>;
