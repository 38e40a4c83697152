import type { Sentence } from "./document";
import { nameKey } from "./fold";
import { ALIASES } from "./gazetteer";
import { findMentions } from "./mentions";
import { type Directory, type Official, directoryWith, lookupKey, officeOn } from "./officials";
import { FUNCTION_WORDS, NOT_NAME, ROLE_HEAD, ROLE_MODIFIER } from "./roles";

/**
 * People named with a title: "Finance Minister Koo Yun-cheol", "Ryosei Akazawa, Japan's chief
 * negotiator", "the US commerce secretary, Howard Lutnick". Later bare surnames ("Akazawa said")
 * are linked back to the person so the other rules can see who acts in a sentence.
 */
export interface Person {
  name: string;
  key: string;
  role: string;
  /** Economy named inside the title itself ("Swiss President", "Japan's chief negotiator"). */
  roleCountry: string | null;
  /** Sentence index and offsets of the mention that gave the title. */
  sentence: number;
  start: number;
  end: number;
  /** Folded name tokens, for surname-only references. */
  tokens: string[];
  /** The office-holder this name is linked to in the directory of officials, if any. */
  official: Official | null;
  /** The economy the person belongs to by who they are: the linked office's, whatever the sentence names. */
  economy: string | null;
  /** False when the text gives no title and the person is only known from the directory. */
  titled: boolean;
}

export interface PersonRef {
  person: Person;
  start: number;
  end: number;
}

const TOKEN = String.raw`\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:[-'][\p{L}]\p{Ll}+)*`;
const PARTICLE = "de|la|del|della|di|da|dos|das|do|von|van|der|den|ter|le|du|bin|al|el";
// A middle initial ("Donald J. Trump") may sit between two name words, never at the end of a run.
const NAME_RUN = new RegExp(
  String.raw`(?<![\p{L}\p{N}.'-])${TOKEN}(?:\s+(?:\p{Lu}\.\s+)?(?:(?:${PARTICLE})\s+){0,2}${TOKEN}){1,7}(?:,?\s+(?:Jr|Sr)\.|\s+(?:II|III|IV)\b)?`,
  "gu",
);

const PRONOUN_SURNAMES = new Set(["He", "Her", "Ma", "May", "Long", "Yang"]);
// "Vice-Premier", "Deputy-Minister": a hyphenated title is a title in each part.
const isNotName = (t: string) => NOT_NAME.has(t) || ALIASES.has(t) || (t.includes("-") && t.split("-").every((x) => NOT_NAME.has(x)));

/** Trims title words and place names off a capitalised run; what remains (2+ tokens) is a name. */
function nameWithin(run: string): { offset: number; text: string } | null {
  const re = /\S+/g;
  const tokens: { t: string; i: number }[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(run)) !== null) tokens.push({ t: m[0].replace(/,$/, ""), i: m.index });
  // The first stretch of two or more name words: a lone capitalised word before it ("South" of
  // "South Korean Trade Minister …") is part of a place or title, not the name.
  let a = 0;
  while (a < tokens.length) {
    while (a < tokens.length && isNotName(tokens[a].t)) {
      // "Vice Premier He Lifeng": right after a title, "He" is a surname, not the pronoun.
      if (a > 0 && PRONOUN_SURNAMES.has(tokens[a].t) && ROLE_HEAD.test(tokens[a - 1].t)) break;
      a++;
    }
    let b = a;
    while (b < tokens.length && (b === a || !isNotName(tokens[b].t))) b++;
    const kept = tokens.slice(a, b);
    const core = kept.filter((k) => /^\p{Lu}/u.test(k.t) && !/^(?:Jr|Sr)\.$/.test(k.t));
    if (core.length >= 2) {
      const last = kept[kept.length - 1];
      return { offset: kept[0].i, text: run.slice(kept[0].i, last.i + last.t.length) };
    }
    a = Math.max(b, a + 1);
  }
  return null;
}

/** Title words written right before the name: "Assistant US Trade Representative", "then Finance Minister". */
function titleBefore(f: string, nameStart: number, mustEndWithHead = false): string | null {
  const before = f.slice(Math.max(0, nameStart - 90), nameStart);
  const tokens = before.split(/\s+/).filter(Boolean);
  const kept: string[] = [];
  for (let i = tokens.length - 1; i >= 0; i--) {
    const tok = tokens[i];
    if (/[,;:()"]$|^[—–-]+$/.test(tok) || (i === tokens.length - 1 && /,$/.test(before.trimEnd()) && kept.length === 0 && !mustEndWithHead)) break;
    const bare = tok.replace(/'s$|'$/, "");
    const ok = ROLE_HEAD.test(bare) || ROLE_MODIFIER.test(bare) || ALIASES.has(bare) || ALIASES.has(tok) || (/^\p{Lu}/u.test(bare) && !FUNCTION_WORDS.has(bare));
    if (!ok) break;
    // "Lutnick and Trade Representative Greer": a name before "and" belongs to another person.
    if (/^\p{Lu}/u.test(bare) && !NOT_NAME.has(bare) && !ROLE_HEAD.test(bare) && !ROLE_MODIFIER.test(bare) && !ALIASES.has(bare) && kept[0] === "and") {
      kept.shift();
      break;
    }
    kept.unshift(tok);
  }
  while (kept.length && /^(?:of|and|for|on|the)$/i.test(kept[0])) kept.shift();
  if (!kept.some((t) => ROLE_HEAD.test(t.replace(/'s$/, "")))) return null;
  // "Minister for Economic Affairs, Ana Lima": a title may end in the portfolio it names.
  const headAt = kept.findIndex((t) => ROLE_HEAD.test(t.replace(/'s$/, "")));
  const portfolio = kept.slice(headAt + 1, headAt + 2).some((t) => /^(?:for|of)$/i.test(t));
  if (mustEndWithHead && !ROLE_HEAD.test(kept[kept.length - 1]) && !portfolio) return null;
  return kept.join(" ");
}

const APPOSITIVE_AFTER = /^,\s+(?:the\s+|a\s+|an\s+)?([^,;()]{3,100}?)(?=\s*(?:,|;|(?<![A-Z])\.(?:\s|$)|$)|\s+(?:who|which|whose)\b)/;

/** Title in an appositive before the name ("the US commerce secretary, Howard Lutnick,") or after it. */
function titleAround(f: string, nameStart: number, nameEnd: number): string | null {
  // "…Economic Affairs, Ana Lima said": a verb of saying closes the appositive like a comma would.
  const closes = /^\s*(?:,|\.|;|$|\)|\s+and\s|\s+(?:said|says|told)\b)/.test(f.slice(nameEnd, nameEnd + 8));
  const comma = /,\s*$/.exec(f.slice(Math.max(0, nameStart - 4), nameStart));
  if (closes && comma) {
    const title = titleBefore(f, nameStart - comma[0].length, true);
    if (title) return title;
  }
  const after = APPOSITIVE_AFTER.exec(f.slice(nameEnd, nameEnd + 120));
  const tail = after ? f.slice(nameEnd + after[0].length, nameEnd + after[0].length + 12) : "";
  // "…, a Commission spokesperson said": a new speaker, not a title for the name before it.
  const newSpeaker = after && /^,\s+an?\s/.test(after[0]) && /^\s*,?\s*(?:said|says|told)\b/.test(tail);
  if (after && !newSpeaker && after[1].split(/\s+/).length <= 14 && after[1].split(/\s+/).some((w) => ROLE_HEAD.test(w.replace(/'s$/, "")))) {
    return after[1].trim();
  }
  return null;
}

/** The economy a title names, preferring a possessive or adjective ("Japan's", "Swiss"). */
function countryInTitle(title: string): string | null {
  // "Canada-U.S. trade minister" names a relationship, not the minister's side.
  const mentions = findMentions(title, 0).filter((m) => !m.place && !m.compound);
  const strong = mentions.find((m) => m.possessive || m.kind === "demonym" || m.kind === "abbreviation" || m.kind === "institution");
  return (strong ?? mentions[0])?.code ?? null;
}

/** Malay styles of address written inside a name ("Tengku Datuk Seri Zafrul"): not part of how the person is named. */
const HONORIFIC = /\b(?:Datuk Seri|Dato' Sri|Dato' Seri|Tan Sri|Datuk|Dato')\s+/g;
const stripHonorifics = (name: string) => name.replace(HONORIFIC, "");

const tokensOf = (name: string) => name.split(/\s+/).filter((t) => /^\p{Lu}/u.test(t) && !/^(?:Jr|Sr)\.?$/.test(t));

interface Linked {
  start: number;
  end: number;
  official: Official;
}

/** Spans of a capitalised run that name someone in the directory, longest first, left to right. */
function linkedWithin(run: string, dir: Directory, day: string): Linked[] {
  const re = /[^\s,]+/g;
  const tokens: { start: number; end: number }[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(run)) !== null) tokens.push({ start: m.index, end: m.index + m[0].length });
  const out: Linked[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!dir.firstWords.has(lookupKey(run.slice(tokens[i].start, tokens[i].end)))) continue;
    for (let j = Math.min(tokens.length, i + 7); j > i + 1; j--) {
      const list = dir.byName.get(lookupKey(stripHonorifics(run.slice(tokens[i].start, tokens[j - 1].end))));
      // "Donald Trump Jr." is not his father: a generational suffix left outside the match breaks the link.
      if (!list || /^(?:Jr|Sr|II|III)\b/.test(run.slice(tokens[j - 1].end).replace(/^,?\s+/, ""))) continue;
      out.push({ start: tokens[i].start, end: tokens[j - 1].end, official: officeOn(list, day) });
      i = j - 1;
      break;
    }
  }
  return out;
}

const contentWords = (s: string) => new Set(nameKey(s).split(" ").filter((w) => w.length > 3));

/**
 * The title as written; for a linked person whose written title says nothing of the office
 * ("Ambassador", "his counterparts", "Brazil's leader"), the office is added after it.
 */
function roleOf(title: string, official: Official | null): string {
  const written = title.replace(/^(?:the|a|an)\s+/i, "");
  if (!official?.office) return written;
  const office = contentWords(official.office);
  return [...contentWords(written)].some((w) => office.has(w)) ? written : `${written}; ${official.office}`;
}

export interface PeopleOptions {
  /** Publication day, YYYY-MM-DD: picks the office a linked name held then. */
  day?: string;
  /** People the caller already knows, linked like the shipped directory. */
  known?: { name: string; aliases?: string[]; economy: string; office?: string }[];
}

export function findPeople(sentences: Sentence[], text: string, options: PeopleOptions = {}): Person[] {
  const people = new Map<string, Person>();
  const dir = directoryWith(options.known);
  const day = options.day ?? "2025-06-01";
  const add = (s: Sentence, start: number, end: number, title: string | null, official: Official | null) => {
    const name = stripHonorifics(text.slice(s.start + start, s.start + end));
    // Later references are matched on folded text, so the tokens are the folded spelling ("Dien" for "Diên").
    const tokens = tokensOf(stripHonorifics(s.f.slice(start, end)));
    const key = nameKey(name);
    // One office-holder named two ways ("Tengku Zafrul", later in full) is one person, under the fuller name.
    const same = official ? [...people.values()].find((p) => p.official?.name === official.name) : undefined;
    if (same && same.key !== key) {
      if (name.length > same.name.length) {
        people.delete(same.key);
        Object.assign(same, { name, key, tokens });
        people.set(key, same);
      }
      if (!same.titled && title) Object.assign(same, { role: roleOf(title, official), roleCountry: countryInTitle(title), titled: true });
      return;
    }
    const known = people.get(key);
    if (known) {
      // A title met later completes a person first seen untitled.
      if (!known.titled && title) Object.assign(known, { role: roleOf(title, known.official), roleCountry: countryInTitle(title), titled: true });
      return;
    }
    if (!title && !official) return;
    const role = title ? roleOf(title, official) : official!.office;
    people.set(key, {
      name,
      key,
      role,
      roleCountry: title ? countryInTitle(title) : null,
      sentence: s.index,
      start: s.start + start,
      end: s.start + end,
      tokens,
      official,
      economy: official?.economy ?? null,
      titled: title !== null,
    });
  };
  for (const s of sentences) {
    NAME_RUN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = NAME_RUN.exec(s.f)) !== null) {
      // Linking comes first: a known name is cut out of the run whatever titles or styles surround it.
      const linked = linkedWithin(m[0], dir, day);
      if (linked.length) {
        for (const l of linked) {
          const start = m.index + l.start;
          const end = m.index + l.end;
          add(s, start, end, titleBefore(s.f, start) ?? titleAround(s.f, start, end), l.official);
        }
        continue;
      }
      const name = nameWithin(m[0]);
      if (!name || ALIASES.has(name.text)) continue;
      const start = m.index + name.offset;
      const end = start + name.text.length;
      add(s, start, end, titleBefore(s.f, start) ?? titleAround(s.f, start, end), null);
    }
  }
  return [...people.values()];
}

/** Name tokens → the one person they belong to (null when two people share the token). */
export function nameOwners(people: Person[]): Map<string, Person | null> {
  const owners = new Map<string, Person | null>();
  for (const p of people) {
    for (const t of p.tokens) {
      if (t.length < 2 || NOT_NAME.has(t)) continue;
      owners.set(t, owners.has(t) && owners.get(t) !== p ? null : p);
    }
  }
  return owners;
}

/** Every mention of a known person in a sentence: the full name or a surname standing alone. */
export function findPersonRefs(s: Sentence, owners: Map<string, Person | null>): PersonRef[] {
  const refs: PersonRef[] = [];
  if (!owners.size) return refs;
  const re = /\p{Lu}[\p{L}'-]*/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s.f)) !== null) {
    const token = m[0].replace(/'s?$/, "");
    const owner = owners.get(token);
    if (!owner) continue;
    const last = refs[refs.length - 1];
    // Consecutive tokens of the same person ("Ryosei Akazawa") are one mention.
    if (last && last.person === owner && s.start + m.index - last.end <= 1) last.end = s.start + m.index + token.length;
    else refs.push({ person: owner, start: s.start + m.index, end: s.start + m.index + token.length });
  }
  return refs;
}
