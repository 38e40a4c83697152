import { z } from "zod";
import { economyCodeSchema } from "./common";
import { SECTORS } from "../vocab/vocab";

/** "JPN,CHN" → ["JPN","CHN"]; each element validated; an empty string is no value. */
export const commaListSchema = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .max(2000)
    .transform((value) => value.split(",").map((part) => part.trim()).filter(Boolean))
    .pipe(z.array(item).max(50));

export const economyListSchema = commaListSchema(economyCodeSchema);
export const sectorListSchema = commaListSchema(z.enum(SECTORS, { error: "Unknown sector" }));
