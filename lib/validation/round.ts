import { z } from "zod";
import { ROUND_LEVELS, ROUND_STATUSES } from "../vocab/vocab";
import { citationsSchema } from "./citation";
import { economyCodeSchema, externalKeySchema, fuzzyDateSchema, httpUrlSchema, optionalTextSchema, shortTextSchema } from "./common";

const roundNumberSchema = z.number().int("Round number must be a whole number").min(1).max(999);

export const roundParticipantInputSchema = z.object({
  personId: z.string().min(1, "Choose a person").max(100),
  role: shortTextSchema("Role", 200),
  sideCode: economyCodeSchema,
});

export const roundNumberingInputSchema = z.object({
  number: roundNumberSchema,
  source: shortTextSchema("Source", 200),
  sourceUrl: httpUrlSchema.nullish(),
  note: optionalTextSchema("Note", 1000),
});

export const roundInputSchema = z
  .object({
    negotiationId: z.string().min(1, "Choose a negotiation").max(100),
    externalKey: externalKeySchema,
    number: roundNumberSchema.nullable(),
    level: z.enum(ROUND_LEVELS),
    status: z.enum(ROUND_STATUSES),
    date: fuzzyDateSchema,
    location: optionalTextSchema("Location", 200),
    outcome: optionalTextSchema("Outcome", 4000),
    note: optionalTextSchema("Note", 4000),
    participants: z.array(roundParticipantInputSchema).max(100).default([]),
    numberings: z.array(roundNumberingInputSchema).max(20).default([]),
    citations: citationsSchema,
  })
  .superRefine((value, ctx) => {
    const people = value.participants.map((p) => p.personId);
    if (new Set(people).size !== people.length) {
      ctx.addIssue({ code: "custom", path: ["participants"], message: "Each person takes part once" });
    }
    const sources = value.numberings.map((n) => n.source.toLowerCase());
    if (new Set(sources).size !== sources.length) {
      ctx.addIssue({ code: "custom", path: ["numberings"], message: "Each source gives one numbering" });
    }
  });
export type RoundInput = z.input<typeof roundInputSchema>;
export type RoundData = z.output<typeof roundInputSchema>;
