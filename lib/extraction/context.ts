import { type Day, publicationDay, ymd } from "./calendar";
import { type DateMention, findDates } from "./dates";
import { type ArticleDocument, type Sentence, buildDocument } from "./document";
import { type EconomyMention, findMentions } from "./mentions";
import { type Parties, findParties } from "./parties";
import { type PeopleOptions, type Person, type PersonRef, findPeople, findPersonRefs, nameOwners } from "./people";
import type { Evidence } from "./schema";

/** Everything the fact rules read, computed once per article. */
export interface SentenceInfo {
  s: Sentence;
  mentions: EconomyMention[];
  dates: DateMention[];
  refs: PersonRef[];
}

export interface Context {
  text: string;
  doc: ArticleDocument;
  pub: Day;
  sentences: SentenceInfo[];
  people: Person[];
  /** The two economies the article is about, and the one whose tariffs it mainly reports. */
  parties: Parties;
}

export const US = "USA";

export function buildContext(text: string, publishedAt: string, timeZone?: string, known?: PeopleOptions["known"]): Context {
  const doc = buildDocument(text);
  const pub = publicationDay(publishedAt, timeZone);
  const { year, month, day } = ymd(pub);
  const iso = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const people = findPeople(doc.sentences, text, { day: iso, known });
  const owners = nameOwners(people);
  const hasEU = /\b(?:European Union|EU|E\.U\.)\b/.test(doc.folded);
  let anchor: Day | null = null;
  const sentences = doc.sentences.map((s) => {
    const mentions = findMentions(s.f, s.start);
    // "the bloc" stands for the EU once the EU has been named.
    if (hasEU) for (const m of s.f.matchAll(/\bthe bloc\b/g)) mentions.push({ start: s.start + (m.index ?? 0) + 4, end: s.start + (m.index ?? 0) + 8, code: "EUN", kind: "institution", possessive: /^'s/.test(s.f.slice((m.index ?? 0) + 8)), place: false, compound: false });
    mentions.sort((a, b) => a.start - b.start);
    const dates = findDates(s.f, s.start, { pub, anchor });
    const lastDay = [...dates].reverse().find((d) => d.precision === "day");
    anchor = lastDay ? lastDay.to : anchor;
    return { s, mentions, dates, refs: findPersonRefs(s, owners) };
  });
  return { text, doc, pub, sentences, people, parties: findParties(sentences, doc.title) };
}

export function evidenceOf(ctx: Context, s: Sentence): Evidence {
  return { start: s.start, end: s.end, quote: ctx.text.slice(s.start, s.end) };
}

/** The economy mentioned nearest to `pos` in a sentence, skipping places and hyphenated pairs. */
export function nearestEconomy(info: SentenceInfo, pos: number, exclude: (code: string) => boolean): string | null {
  let best: string | null = null;
  let bestScore = Infinity;
  for (const m of info.mentions) {
    if (m.place || m.compound || exclude(m.code)) continue;
    const distance = m.end <= pos ? pos - m.end : (m.start - pos) * 1.2;
    const score = distance * (m.kind === "capital" ? 1.5 : 1);
    if (score < bestScore) {
      bestScore = score;
      best = m.code;
    }
  }
  return best;
}
