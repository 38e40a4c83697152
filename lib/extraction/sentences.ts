/**
 * Sentence splitting with offsets. A period ends a sentence unless it closes an abbreviation that
 * news copy uses mid-sentence: initials (U.S., J.), month and title abbreviations (Aug., Gov.).
 */
export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "gen", "lt", "col", "capt", "st", "sgt", "rev", "hon",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  "no", "nos", "vs", "etc", "approx", "est", "inc", "corp", "co", "ltd", "jr", "sr", "dept", "min", "max",
  "alta", "ont", "que", "calif", "fla", "mass", "wash", "ariz", "mich", "penn", "pa", "va", "ky", "tenn",
]);

/** True when the period at `dot` in `text` closes an abbreviation rather than a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[A-Za-z.]/.test(text[i])) i--;
  const token = text.slice(i + 1, dot);
  if (/^(?:[A-Za-z]\.)*[A-Za-z]$/.test(token) && token.length <= 5 && /[A-Z]/.test(token)) return true; // U.S, J, E.U
  return ABBREVIATIONS.has(token.toLowerCase());
}

/** Longer "sentences" are run-on scrapes (tables, lists); they are cut so per-sentence work stays bounded. */
export const MAX_SENTENCE = 1200;

/** Splits text[start, end) into sentences; offsets are absolute, whitespace is trimmed. */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  const para = text.slice(start, end);
  let from = 0;
  const re = /[.!?]+["')\]]*(?=\s|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(para)) !== null) {
    const stop = m.index + m[0].length;
    // An abbreviation ("U.S. Treasury Secretary", "Aug. 1") does not end the sentence.
    if (m[0][0] === "." && m[0].length === 1 && isAbbreviation(para, m.index)) continue;
    const next = /\S/.exec(para.slice(stop, stop + 3));
    if (next && /[a-z]/.test(next[0])) continue;
    push(out, para, from, stop, start);
    from = stop;
  }
  push(out, para, from, para.length, start);
  return out;
}

function push(out: Span[], text: string, start: number, end: number, offset: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  while (end - start > MAX_SENTENCE) {
    let cut = text.lastIndexOf(" ", start + MAX_SENTENCE);
    if (cut <= start) cut = start + MAX_SENTENCE;
    // Never cut between the two halves of a surrogate pair.
    if (/[\uD800-\uDBFF]/.test(text[cut - 1] ?? "")) cut--;
    out.push({ start: offset + start, end: offset + cut });
    start = cut;
    while (start < end && /\s/.test(text[start])) start++;
  }
  if (end > start) out.push({ start: offset + start, end: offset + end });
}
