/**
 * Is a clause about what will happen or what happened? News copy names days without saying which
 * week ("talks resume Monday", "said Monday"), so the tense around the day name decides.
 */
const FUTURE =
  /\b(?:will|would|shall|is (?:to|due|set|scheduled|expected|slated|poised|likely)|are (?:to|due|set|scheduled|expected|slated|likely)|(?:was|were) (?:to|due|scheduled|set)|due to|set to|scheduled|expected to|plans? to|planning to|intends? to|aims? to|going to|upcoming|slated|envisioned|could|may|might|to (?:resume|meet|travel|hold|visit|start|begin|take|return|leave|fly|sign|attend|host|head)|leaves for|heads? (?:to|for|back))\b|'ll\b|\bnext\b/i;

const PAST_VERB =
  /\b(?:said|told|met|held|spoke|took|began|went|came|left|flew|made|gave|sent|wrote|signed|agreed|announced|reported|confirmed|added|struck|reached|published|circulated|ended|concluded|returned|visited|arrived|talked|unveiled|released|imposed|raised|cut|lifted|ordered|threatened|warned|[a-z]{3,}ed)\s+(?:[a-z]+\s+)?(?:on\s+)?$/;

/** Text of the clause that leads up to `pos`: back to the sentence start or a semicolon. */
function clauseBefore(f: string, pos: number): string {
  const from = Math.max(0, pos - 160);
  const chunk = f.slice(from, pos);
  const cut = Math.max(chunk.lastIndexOf(";"), chunk.lastIndexOf(" — "), chunk.lastIndexOf(": "));
  return cut >= 0 ? chunk.slice(cut + 1) : chunk;
}

export type Tense = "future" | "past";

/** The tense of the clause around position `pos` of a sentence. */
export function tenseAt(f: string, pos: number): Tense {
  const before = clauseBefore(f, pos);
  // A reporting verb right before the day ("said Monday", "met on Friday") is the strongest sign.
  if (PAST_VERB.test(before.slice(-40))) return "past";
  return FUTURE.test(before) ? "future" : "past";
}
