import { type Day, isoDay } from "./calendar";
import { PATTERNS } from "./date-patterns";
/**
 * Dates as news copy writes them, resolved against the publication day in the publisher's zone:
 * absolute ("Aug. 1", "1 August", "May 19 to 22"), partial ("mid-April", "in July"), relative
 * ("Monday", "last week", "later this month", "two days later", "this summer").
 */
export type Precision = "day" | "month" | "interval" | "year";

export interface DateMention {
  start: number;
  end: number;
  from: Day;
  to: Day;
  precision: Precision;
  /** "two days after …": only usable when no other date follows to say the same thing. */
  relational?: boolean;
}

export interface DateContext {
  pub: Day;
  /** The last date named before this sentence, for "a day later" and "two days after". */
  anchor: Day | null;
}

/** Every date in one sentence (folded text `f` starting at absolute `offset`), without overlaps. */
export function findDates(f: string, offset: number, ctx: DateContext): DateMention[] {
  const found: DateMention[] = [];
  // Cheap gates keep the twenty-odd patterns from scanning sentences that cannot match them; the
  // patterns share a handful of gates, each tested once per sentence.
  const gates = new Map<RegExp, boolean>();
  for (const [gate, re, handle] of PATTERNS) {
    let open = gates.get(gate);
    if (open === undefined) gates.set(gate, (open = gate.test(f)));
    if (!open) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(f)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const anchor = lastBefore(found, offset + m.index) ?? ctx.anchor ?? ctx.pub;
      const r = handle(m, f, ctx, anchor);
      if (r) {
        const { back = 0, ...rest } = r;
        found.push({ start: offset + m.index - back, end: offset + m.index + m[0].length, ...rest });
      }
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateMention[] = [];
  for (const d of found) if (!out.length || d.start >= out[out.length - 1].end) out.push(d);
  // "a week after Diên and Greer met in Paris on June 4": the later exact date says the same, better.
  return out.filter((d, i) => !d.relational || !out.slice(i + 1).some((o) => o.precision === "day"));
}

/** The sentence's first exact day before `pos`: the event that "a day later" counts from. */
function lastBefore(found: DateMention[], pos: number): Day | null {
  let best: DateMention | null = null;
  for (const d of found) if (d.end <= pos && (!best || d.start < best.start) && d.precision === "day") best = d;
  return best ? best.from : null;
}

/** The FORMAT.md spelling: a day, a month, a year, or an interval of days. */
export function whenOf(d: Pick<DateMention, "from" | "to" | "precision">): string {
  if (d.precision === "year") return isoDay(d.from).slice(0, 4);
  if (d.precision === "month") return isoDay(d.from).slice(0, 7);
  if (d.from === d.to) return isoDay(d.from);
  return `${isoDay(d.from)}/${isoDay(d.to)}`;
}
