import { buildContext } from "./context";
import { nameKey } from "./fold";
import { extractMilestones } from "./milestones";
import { extractParticipants } from "./participants";
import { extractRounds } from "./rounds";
import { type Extraction, type ExtractInput, extractInputSchema } from "./schema";
import { extractTariffs } from "./tariffs";

/**
 * Article text → facts in the FORMAT.md shape, each with the sentence it came from. Pure and
 * deterministic: no I/O, no clock, no network; the publication time is the only reference.
 */
export function extract(input: ExtractInput): Extraction {
  const { text, publishedAt, timeZone, url } = extractInputSchema.parse(input);
  const ctx = buildContext(text, publishedAt, timeZone);
  const participants = extractParticipants(ctx);
  const countryOf = new Map(participants.map((p) => [nameKey(p.name), p.country]));
  return {
    source: { publisher: ctx.doc.publisher, title: ctx.doc.title, publishedAt, url: url ?? null },
    rounds: extractRounds(ctx, countryOf),
    participants,
    tariffs: extractTariffs(ctx, countryOf),
    milestones: extractMilestones(ctx),
  };
}
