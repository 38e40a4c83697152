import { z } from "zod";
import {
  MILESTONE_KINDS,
  ROUND_LEVELS,
  ROUND_STATUSES,
  SECTORS,
  TARIFF_KINDS,
  TARIFF_STATUSES,
} from "../vocab/vocab";

/**
 * The extractor's output: the shape of corpus/FORMAT.md, plus the sentence each fact came from
 * (`evidence`) and how sure the rule that produced it is (`confidence`). This file is the single
 * source of truth for that shape; the CLI, the evaluation and the tests all parse through it.
 */

const DAY = String.raw`\d{4}-\d{2}-\d{2}`;
const MONTH = String.raw`\d{4}-\d{2}`;
const YEAR = String.raw`\d{4}`;
const POINT = `(?:${DAY}|${MONTH}|${YEAR})`;

/** A day, a month, a year, or an interval bounded by two of those ("2025-06-03/2025-06-08"). */
export const whenSchema = z
  .string()
  .regex(new RegExp(`^${POINT}(?:/${POINT})?$`), "Use YYYY-MM-DD, YYYY-MM, YYYY or an interval A/B")
  .nullable();
export type When = z.infer<typeof whenSchema>;

/** Economy codes are ISO alpha-3 (EUN for the EU); "*" means every trading partner. */
const economySchema = z.string().regex(/^[A-Z]{3}$/);
const targetSchema = z.union([z.literal("*"), economySchema]);

export const evidenceSchema = z
  .object({
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    quote: z.string(),
  })
  .refine((e) => e.end >= e.start && e.quote.length === e.end - e.start, "quote must span start..end");
export type Evidence = z.infer<typeof evidenceSchema>;

const cited = { evidence: evidenceSchema, confidence: z.number().min(0).max(1) };

export const sourceSchema = z.object({
  publisher: z.string().nullable(),
  title: z.string().nullable(),
  publishedAt: z.string(),
  url: z.string().nullable(),
});

export const roundSchema = z.object({
  parties: z.array(economySchema).min(2),
  number: z.number().int().positive().nullable(),
  level: z.enum(ROUND_LEVELS),
  status: z.enum(ROUND_STATUSES),
  when: whenSchema,
  location: z.string().nullable(),
  ...cited,
});
export type ExtractedRound = z.infer<typeof roundSchema>;

/** Who a participant was linked to before any guess from the sentence: an office and where it is recorded. */
export const personLinkSchema = z.object({
  office: z.string(),
  /** "directory" (the shipped list of officials) or "records" (the tracker's own people). */
  source: z.enum(["directory", "records"]),
  /** Where the office is documented, for directory entries. */
  reference: z.string().nullable(),
});
export type PersonLink = z.infer<typeof personLinkSchema>;

export const participantSchema = z.object({
  name: z.string().min(1),
  country: economySchema,
  role: z.string(),
  /** Absent or null: the economy was read from the text, not from who the person is. */
  linkedTo: personLinkSchema.nullable().optional(),
  ...cited,
});
export type ExtractedParticipant = z.infer<typeof participantSchema>;

export const tariffSchema = z.object({
  imposer: economySchema,
  target: targetSchema,
  sector: z.enum(SECTORS),
  rate: z.number().min(0).max(1000),
  kind: z.enum(TARIFF_KINDS),
  status: z.enum(TARIFF_STATUSES),
  ...cited,
});
export type ExtractedTariff = z.infer<typeof tariffSchema>;

export const milestoneSchema = z.object({
  when: whenSchema,
  kind: z.enum(MILESTONE_KINDS),
  title: z.string(),
  ...cited,
});
export type ExtractedMilestone = z.infer<typeof milestoneSchema>;

export const extractionSchema = z.object({
  source: sourceSchema,
  rounds: z.array(roundSchema),
  participants: z.array(participantSchema),
  tariffs: z.array(tariffSchema),
  milestones: z.array(milestoneSchema),
});
export type Extraction = z.infer<typeof extractionSchema>;

/** What the caller gives: the text and when (and where) it was published. */
export const extractInputSchema = z.object({
  text: z.string(),
  /**
   * ISO 8601 with an offset, e.g. 2025-06-02T13:30:00+09:00, whose wall-clock date is the publisher's;
   * or a bare publisher-local day, 2025-06-02, when the page gives no time.
   */
  publishedAt: z
    .string()
    .regex(
      /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2}))?$/,
      "Use an ISO 8601 time with its offset (2025-06-02T13:30:00+09:00) or a day (2025-06-02)",
    ),
  /** IANA zone of the publisher; when given it decides the local date instead of the offset. */
  timeZone: z.string().optional(),
  url: z.string().nullable().optional(),
  /** People the app already knows: linked by name or alias before any guess from the sentence. */
  knownPeople: z
    .array(z.object({ name: z.string().min(1), aliases: z.array(z.string()).optional(), economy: economySchema, office: z.string().optional() }))
    .optional(),
});
export type ExtractInput = z.infer<typeof extractInputSchema>;
