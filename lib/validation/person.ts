import { z } from "zod";
import { economyCodeSchema, optionalTextSchema, shortTextSchema } from "./common";
import { citationsSchema } from "./citation";

export const personInputSchema = z.object({
  name: shortTextSchema("Name", 120),
  countryCode: economyCodeSchema,
  title: optionalTextSchema("Title", 200),
  citations: citationsSchema,
});
export type PersonInput = z.input<typeof personInputSchema>;
