import { z } from "zod";
import { ALL_PARTNERS, SECTORS, type Sector } from "../vocab/vocab";
import { economyCodeSchema, isoDateSchema } from "./common";

export const MAX_LEVEL_SERIES = 20;
export const DEFAULT_LEVELS_FROM = "2025-01-01";

const todayIso = () => new Date().toISOString().slice(0, 10);

/** "jpn, CHN,,JPN" → ["jpn","CHN"]: trimmed, with empty parts and repeats dropped. */
const splitList = (value: string) => [...new Set(value.split(",").map((part) => part.trim()).filter(Boolean))];

const isSector = (value: string): value is Sector => (SECTORS as readonly string[]).includes(value);
const isTargetCode = (value: string) => value === ALL_PARTNERS || /^[A-Z]{3}$/.test(value);

const TARGET_HINT = "list three-letter economy codes (e.g. JPN,CHN; EUN for the EU), or * for all partners";

// Issues are added without a path of their own, so each one is reported under its parameter's name.
const targetSchema = z
  .string({ error: `Required: ${TARGET_HINT}` })
  .max(2000)
  .transform((value, ctx) => {
    const codes = splitList(value.toUpperCase());
    if (!codes.length) ctx.addIssue({ code: "custom", message: `Required: ${TARGET_HINT}` });
    for (const code of codes.filter((c) => !isTargetCode(c))) {
      ctx.addIssue({ code: "custom", message: `"${code}" is not an economy code: ${TARGET_HINT}` });
    }
    return codes;
  });

const sectorSchema = z
  .string()
  .max(2000)
  .optional()
  .transform((value, ctx): Sector[] => {
    const parts = splitList((value ?? "").toLowerCase());
    for (const part of parts.filter((p) => !isSector(p))) {
      ctx.addIssue({ code: "custom", message: `Unknown sector "${part}"; use one of ${SECTORS.join(", ")}` });
    }
    const sectors = parts.filter(isSector);
    // No sector named means the all-goods series.
    return sectors.length ? sectors : ["all"];
  });

const imposerSchema = z
  .string()
  .transform((value) => value.toUpperCase())
  .pipe(economyCodeSchema)
  .default("USA");

/** GET /api/v1/tariff-levels query: every rejection names the parameter it is about. */
export const tariffLevelsQuerySchema = z
  .object({
    imposer: imposerSchema,
    target: targetSchema,
    sector: sectorSchema,
    from: isoDateSchema.default(DEFAULT_LEVELS_FROM),
    to: isoDateSchema.default(todayIso),
  })
  .superRefine((q, ctx) => {
    if (q.from > q.to) ctx.addIssue({ code: "custom", path: ["to"], message: `to (${q.to}) must not be before from (${q.from})` });
    const combinations = q.target.length * q.sector.length;
    if (combinations > MAX_LEVEL_SERIES) {
      ctx.addIssue({
        code: "custom",
        path: ["target"],
        message: `At most ${MAX_LEVEL_SERIES} target × sector combinations per request (asked for ${combinations})`,
      });
    }
  });
export type TariffLevelsQuery = z.output<typeof tariffLevelsQuerySchema>;
