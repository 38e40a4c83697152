/**
 * Is a clause about what will happen or what happened? News copy names days without saying which
 * week ("talks resume Monday", "said Monday"), so the tense around the day name decides. A
 * scheduled event told in the present ("the summit opens Sunday", "the duty takes effect Friday")
 * is ahead.
 */
const FUTURE =
  /\b(?:will|would|shall|is (?:to|due|set|scheduled|expected|slated|poised|likely)|are (?:to|due|set|scheduled|expected|slated|likely)|(?:was|were) (?:to|due|scheduled|set (?:to|for))|due to|set to|scheduled|expected to|plans? to|planning to|intends? to|aims? to|going to|upcoming|slated|envisioned|could|may|might|to (?:resume|meet|travel|hold|visit|start|begin|take|return|leave|fly|sign|attend|host|head)|leaves for|heads? (?:to|for|back)|opens|begins|starts|resumes|expires|convenes|takes effect|kicks in|comes into (?:force|effect)|goes into (?:force|effect)|(?<!\b(?:to|did|not|never)\s)(?:open|begin|start|resume|expire|convene|take effect|kick in|come into (?:force|effect)|go into (?:force|effect))|(?:is|are|am) (?:flying|travel(?:l)?ing|heading|meeting|visiting|leaving|returning|hosting|attending|holding|jetting))\b|'ll\b|\bnext\b/i;

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

/** A finite past verb anywhere in a stretch: "imposed", "had paused", "was extended". */
const PAST_ANY =
  /\b(?:had|was|were|did|said|told|met|held|spoke|took|began|went|came|left|flew|made|gave|sent|wrote|struck|cut|(?!(?:scheduled|expected|planned|slated|envisioned)\b)[a-z]{3,}ed)\b/;

/** The clause after a date, up to a semicolon or dash, past the date's own words. */
function clauseAfter(f: string, pos: number): string {
  const chunk = f.slice(pos, pos + 140);
  const cut = chunk.search(/;| — /);
  return cut >= 0 ? chunk.slice(0, cut) : chunk;
}

/** The month "May" inside a clause is not the modal verb. */
const maskMonth = (t: string) => t.replace(/(\S\s+)May\b/g, "$1Mxy");

/** A date that opens its clause ("On Friday,", "By March 4,"): fewer than two content words before it. */
const opening = (before: string) => (before.match(/\p{L}{3,}/gu) ?? []).length < 2;

/** Which comes first after a sentence-opening date: a future marker or a past verb. */
function leadingTense(after: string): Tense | null {
  const fut = FUTURE.exec(after);
  const past = PAST_ANY.exec(after);
  if (fut && (!past || fut.index <= past.index)) return "future";
  return past ? "past" : null;
}

/** The tense of the clause around position `pos` of a sentence. */
export function tenseAt(f: string, pos: number): Tense {
  const before = maskMonth(clauseBefore(f, pos));
  // A reporting verb right before the day ("said Monday", "met on Friday") is the strongest sign.
  if (PAST_VERB.test(before.slice(-40))) return "past";
  if (FUTURE.test(before)) return "future";
  // "On Thursday, the duties are set to take effect": an opening date takes the verb that follows.
  if (opening(before)) return leadingTense(clauseAfter(f, pos)) ?? "past";
  return "past";
}

/**
 * Tense only where the clause marks it; null when it does not. Decides which year a bare
 * "August 1" or "in April" falls in once the nearest one contradicts the clause
 * ("imposed … starting August 1", read in September, is the August just gone).
 */
export function markedTenseAt(f: string, pos: number): Tense | null {
  const clause = maskMonth(clauseBefore(f, pos));
  if (opening(clause)) return leadingTense(maskMonth(clauseAfter(f, pos)));
  // The nearest comma-delimited stretch governs: "had been unveiled on May 8, making … after the April 2 announcement".
  const comma = clause.lastIndexOf(", ");
  const tail = comma >= 0 && !opening(clause.slice(comma + 2)) ? clause.slice(comma + 2) : clause;
  // The marker nearest the date governs: "may rise in July after a pause announced in April".
  const fut = lastIndex(FUTURE_ALL, tail);
  const past = lastIndex(PAST_ALL, tail, (t, i) => !/\b(?:be|been|being)\s+$/.test(t.slice(Math.max(0, i - 7), i)));
  if (fut < 0 && past < 0) return null;
  return past > fut ? "past" : "future";
}

const FUTURE_ALL = new RegExp(FUTURE.source, "gi");
const PAST_ALL = new RegExp(PAST_ANY.source, "g");

/** Where the last match of `re` in `t` starts (-1 if none), skipping matches `keep` rejects. */
function lastIndex(re: RegExp, t: string, keep: (t: string, i: number) => boolean = () => true): number {
  let last = -1;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(t)) !== null) {
    if (m[0].length === 0) re.lastIndex++;
    else if (keep(t, m.index)) last = m.index;
  }
  return last;
}
