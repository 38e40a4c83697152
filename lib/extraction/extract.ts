import { buildContext } from "./context";
import { nameKey } from "./fold";
import { extractMilestones } from "./milestones";
import { extractParticipants, placePeople } from "./participants";
import { extractRounds } from "./rounds";
import { type Extraction, type ExtractInput, extractInputSchema } from "./schema";
import { extractTariffs } from "./tariffs";

/**
 * Article text → facts in the FORMAT.md shape, each with the sentence it came from. Pure and
 * deterministic: no I/O, no clock, no network; the publication time is the only reference.
 */
export function extract(input: ExtractInput): Extraction {
  const { text, publishedAt, timeZone, url, knownPeople } = extractInputSchema.parse(input);
  const ctx = buildContext(text, publishedAt, timeZone, knownPeople);
  const placed = placePeople(ctx);
  const participants = extractParticipants(ctx, placed);
  // Tariff and round rules may lean on anyone placed, participant or not ("Putin said…").
  const countryOf = new Map([...placed].map(([p, where]) => [nameKey(p.name), where.country]));
  return {
    source: { publisher: ctx.doc.publisher, title: ctx.doc.title, publishedAt, url: url ?? null },
    rounds: extractRounds(ctx, countryOf),
    participants,
    tariffs: extractTariffs(ctx, countryOf),
    milestones: extractMilestones(ctx),
  };
}
