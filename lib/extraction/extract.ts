import { buildContext, type Context } from "./context";
import { nameKey } from "./fold";
import { extractMilestones } from "./milestones";
import { extractParticipants, placePeople } from "./participants";
import { extractRounds } from "./rounds";
import { type Extraction, type ExtractInput, extractInputSchema } from "./schema";
import { applyScorer } from "./scorer/apply";
import { DEFAULT_MODEL } from "./scorer/default-model";
import type { ScorerModel } from "./scorer/model";
import { extractTariffs } from "./tariffs";

/**
 * What the rules propose for an article, before the scorer decides which candidates to keep. The
 * training script reads these with their context; the app only ever sees `extract`'s output.
 */
export function extractCandidates(input: ExtractInput): { ctx: Context; candidates: Extraction } {
  const { text, publishedAt, timeZone, url, knownPeople } = extractInputSchema.parse(input);
  const ctx = buildContext(text, publishedAt, timeZone, knownPeople);
  const placed = placePeople(ctx);
  const participants = extractParticipants(ctx, placed);
  // Tariff and round rules may lean on anyone placed, participant or not ("Putin said…").
  const countryOf = new Map([...placed].map(([p, where]) => [nameKey(p.name), where.country]));
  return {
    ctx,
    candidates: {
      source: { publisher: ctx.doc.publisher, title: ctx.doc.title, publishedAt, url: url ?? null },
      rounds: extractRounds(ctx, countryOf),
      participants,
      tariffs: extractTariffs(ctx, countryOf),
      milestones: extractMilestones(ctx),
    },
  };
}

/**
 * Article text → facts in the FORMAT.md shape, each with the sentence it came from and the scorer's
 * calibrated confidence. Pure and deterministic: no I/O, no clock, no network; the publication time
 * is the only reference.
 */
export function extract(input: ExtractInput, model: ScorerModel = DEFAULT_MODEL): Extraction {
  const { ctx, candidates } = extractCandidates(input);
  return applyScorer(ctx, candidates, model);
}
