import { foldText } from "./fold";
import { splitSentences } from "./sentences";
import { isByline, isEndMarker, isHeadlineLike, isNavigation, isProse, isSkipLine, isStampLine, wordCount } from "./lines";

/**
 * The article as the rules see it: title and publisher from the header, then the body cut into
 * sentences. Boilerplate (menus, teasers, comments, captions) never becomes a sentence.
 */
export interface Sentence {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  /** Folded copy of the sentence (same length and offsets as text.slice(start, end)). */
  f: string;
}

export interface ArticleDocument {
  text: string;
  folded: string;
  title: string | null;
  publisher: string | null;
  sentences: Sentence[];
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function toLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === "\n") {
      lines.push({ start, end: i, text: text.slice(start, i) });
      start = i + 1;
    }
  }
  return lines;
}

const INLINE_TEASER = /^(?:read\s+(?:more|also)|also\s+read)\s*[:|]\s*\S/i;

const BULLET = /^\s*(?:[•›»>▪◦*–-]|\d{1,2}[.)])\s/;

/** "TOKYO — ", "SEOUL, July 24 (SEW) -- ", "NEW DELHI: " before the first sentence. */
const DATELINE = /^[A-Z][A-Z .'-]{1,40}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?(?:\s*\([^)]{1,40}\))?\s*(?:—|–|--?|:)\s+/;

/** A headline: not prose, and more than a masthead ("Asia Markets Daily | Trade & Policy"). */
function looksLikeTitle(line: string): boolean {
  const first = line.split(/\s+[|·]\s+/)[0];
  const n = wordCount(first);
  return n >= 7 || (n >= 4 && /(?:^|\s)\p{Ll}/u.test(first));
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}

function cleanPublisher(line: string): string | null {
  let t = line.trim().split(/\s+[|·]\s+|\s+-\s+/)[0].replace(/^by\s+/i, "").replace(/\s+staff$/i, "").trim();
  if (!t || wordCount(t) > 6 || /\d/.test(t)) return null;
  if (t === t.toUpperCase()) t = titleCase(t);
  return t;
}

export function buildDocument(text: string): ArticleDocument {
  const folded = foldText(text);
  const lines = toLines(folded);
  let title: string | null = null;
  let titleIndex = -1;
  const headerCandidates: number[] = [];
  const sentences: Sentence[] = [];
  let bodyStarted = false;
  let paragraph = 0;
  let teaserRun = 0;
  let fullParagraphs = 0;
  let bulletRun = false;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].text;
    const t = line.trim();
    if (!t) continue;
    const prose = isProse(t);
    if (!bodyStarted) {
      const header = isNavigation(t) || isByline(t) || isStampLine(t) || isSkipLine(t);
      if (title === null && !header && !prose && looksLikeTitle(t)) {
        title = text.slice(lines[i].start, lines[i].end).trim();
        titleIndex = i;
        continue;
      }
      if (!header && prose && !isEndMarker(t) && !BULLET.test(t)) {
        bodyStarted = true;
      } else {
        headerCandidates.push(i);
        continue;
      }
    }
    // "Read more: <another story's title>" inside the body is one teaser line; the story goes on.
    if (INLINE_TEASER.test(t)) continue;
    if (isEndMarker(t)) break;
    // Captions, credits and ads interrupt the story; they are neither teasers nor prose.
    if (isSkipLine(t)) continue;
    if (BULLET.test(t) || isHeadlineLike(t)) {
      // Two teaser-like lines in a row after the story has started: a related-stories block.
      // A pull quote or subhead that opened the body ("\"We will not give in\"") has no full stop: it
      // does not count; early in the story, unbulleted ones are more likely a deck, a caption or
      // subheads; and long prose right after them makes them a box of key points inside the story.
      if (BULLET.test(t)) bulletRun = true;
      if (++teaserRun >= 2 && fullParagraphs > 0 && (sentences.length >= 3 || bulletRun) && !proseFollows(lines, i + 1)) break;
      continue;
    }
    teaserRun = 0;
    bulletRun = false;
    if (!prose) continue;
    let start = lines[i].start + (line.length - line.trimStart().length);
    const dateline = paragraph === 0 ? DATELINE.exec(folded.slice(start, lines[i].end)) : null;
    if (dateline) start += dateline[0].length;
    if (/[.!?]["')]?\s*$/.test(t)) fullParagraphs++;
    for (const span of splitSentences(folded, start, lines[i].end)) {
      sentences.push({ index: sentences.length, paragraph, start: span.start, end: span.end, f: folded.slice(span.start, span.end) });
    }
    paragraph++;
  }
  return { text, folded, title, publisher: findPublisher(lines, titleIndex, headerCandidates), sentences };
}

/** The next non-empty line that is neither a heading nor a bullet is a long paragraph of prose. */
function proseFollows(lines: Line[], from: number): boolean {
  for (let j = from; j < Math.min(lines.length, from + 3); j++) {
    const t = lines[j].text.trim();
    if (!t || BULLET.test(t) || isHeadlineLike(t)) continue;
    return wordCount(t) >= 25 && isProse(t) && !isEndMarker(t);
  }
  return false;
}

/** The masthead above the title, else a short organisation-like line in the header below it. */
function findPublisher(lines: Line[], titleIndex: number, header: number[]): string | null {
  for (let i = 0; i < Math.max(titleIndex, 0); i++) {
    const t = lines[i].text.trim();
    if (t && !/^[[(]/.test(t)) {
      const p = cleanPublisher(t);
      if (p) return p;
    }
  }
  for (const i of header) {
    if (i <= titleIndex) continue;
    const t = lines[i].text.trim();
    if (isNavigation(t) || (isStampLine(t) && !/\s-\s/.test(t))) continue;
    if (/^by\s/i.test(t) && !/\bstaff\b/i.test(t)) continue;
    const p = cleanPublisher(t);
    if (p && /^\p{Lu}/u.test(p) && wordCount(p) >= 2) return p;
  }
  return null;
}
