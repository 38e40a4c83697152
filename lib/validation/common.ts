import { z } from "zod";
import { DATE_PRECISIONS } from "../vocab/vocab";

/** A real calendar day in ISO form: 2025-02-30 is rejected, not rolled over to March. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date in the form YYYY-MM-DD")
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, "This day does not exist in the calendar");

export const economyCodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Z]{3}$/, "Use a three-letter ISO 3166-1 code (EUN for the European Union)");

export const httpUrlSchema = z
  .url({ protocol: /^https?$/, message: "Use a full http(s):// address" })
  .max(2000, "Keep the address under 2,000 characters");

export const shortTextSchema = (label: string, max = 300) =>
  z.string().trim().min(1, `${label} is required`).max(max, `${label} must be at most ${max} characters`);

export const optionalTextSchema = (label: string, max = 4000) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max} characters`)
    .nullish()
    .transform((value) => (value ? value : null));

/**
 * A date with its precision. With "day" the event ran from dateStart to dateEnd (equal for a
 * one-day event); with week, month or interval the two only bound it; "unknown" has no dates.
 */
export const fuzzyDateSchema = z
  .object({
    dateStart: isoDateSchema.nullable(),
    dateEnd: isoDateSchema.nullable(),
    datePrecision: z.enum(DATE_PRECISIONS),
  })
  .superRefine((value, ctx) => {
    if (value.datePrecision === "unknown") {
      if (value.dateStart || value.dateEnd) {
        ctx.addIssue({ code: "custom", path: ["datePrecision"], message: "A date is given, so its precision is not unknown" });
      }
      return;
    }
    if (!value.dateStart) ctx.addIssue({ code: "custom", path: ["dateStart"], message: "Start date is required" });
    if (value.dateStart && value.dateEnd && value.dateEnd < value.dateStart) {
      ctx.addIssue({ code: "custom", path: ["dateEnd"], message: "End date must not be before the start date" });
    }
  })
  .transform((value) => ({
    ...value,
    // A single day, week or month is stored as its bounds so range queries need no special cases.
    dateEnd: value.dateEnd ?? value.dateStart,
  }));
export type FuzzyDate = z.output<typeof fuzzyDateSchema>;

export const externalKeySchema = z.string().trim().min(1).max(200).optional();
