/**
 * Line-level judgements about a page scrape: is this line article prose, navigation, a teaser,
 * or a sign that the article body has ended? The rules are about the shape of lines and the
 * stock phrases of news templates, never about any one article.
 */

/** Stock lines that only ever follow a story: copyright, credits, wire sign-offs, app plugs. */
const STRONG_END =
  /^(?:copyright\b|©|\(c\)\s*\d{4}|all\s+rights\s+reserved|\(end\)|_{3,}|-{3,}|\*{3,}|comments\s+are\s+closed\b|no\s+comments\b|this\s+(?:report|story|article)\s+(?:by|was|first)\b|\(?reporting\s+by\b|\(?with\s+inputs?\s+from\b|\(?additional\s+reporting\b|catch\s+(?:all|the\s+latest)\b|download\s+(?:the|our)\b.*\bapp\b|our\s+standards\s*:)/i;

/** Headings that open the blocks news pages put after the story (teasers, comments, tags). */
const WEAK_END =
  /^(?:related\b|read\s+(?:more|next|also)\b(?!\s*:\s*\S)|more\s+(?:from|on|in|stories|news)\b|most\s+(?:read|viewed|popular|shared)\b|trending\b|recommended\b|you\s+(?:may|might)\s+(?:also\s+)?like\b|see\s+also\b|top\s+stories\b|latest\s+(?:news|stories)\b|popular\b|comments?\b|\d+\s+comments?\b|keywords\b|tags?\s*:|topics?\s*:|sign\s+up\b|subscribe\b|newsletter\b|sponsored\b|follow\s+us\b|share\s+this\b|try\s+our\b|explore\s+what\b|load\s+more\b|in\s+pictures\b|editor'?s\s+picks?\b)/i;

/** Lines that interrupt a body without ending it: ads, inline teasers, captions, cookie notices. */
const SKIP_LINE =
  /^(?:advertisement|advert|ad\b|also\s+read\b|read\s+also\b|read\s+(?:more|next)\s*:|watch\s*:|listen\s*:|photo\b|file\s+photo\b|image\b|picture\b|pictured\b|caption\b|graphic\b|video\b|\(photo\b|\[photo\b|we\s+use\s+cookies\b|share\b|print\b|save\b|click\s+here\b)/i;

/** Caption credits at the end of a line: "(Reuters)", "Photo: X/AFP", "| Getty Images". */
const CAPTION_CREDIT =
  /(?:photo(?:graph)?\s*(?:by|:)|\bcredit\s*:|getty\s+images|\bafp\b\s*$|\/\s*(?:reuters|ap|afp|epa|bloomberg)\s*\)?\s*$)/i;
/** "… June 4, 2025. - REUTERS/Jane Doe": a wire photographer's credit closing a caption. */
const WIRE_PHOTO = /(?:^|[\s.-])(?:reuters|ap|afp|epa|bloomberg|xinhua|yonhap|kyodo|anadolu)\/[\p{L} .'-]{3,40}$/iu;

export function wordCount(line: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const space = line.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** A weak heading only counts when the line is short or not prose ("Related talks resumed…" is prose). */
export function isEndMarker(line: string): boolean {
  const t = line.trim();
  if (STRONG_END.test(t)) return true;
  return WEAK_END.test(t) && (wordCount(t) <= 8 || !isProse(t));
}

export function isSkipLine(line: string): boolean {
  const t = line.trim();
  return SKIP_LINE.test(t) || CAPTION_CREDIT.test(t) || (t.includes("/") && WIRE_PHOTO.test(t.slice(-60)));
}

/** Navigation bars and breadcrumbs: several short items split by pipes, chevrons or slashes. */
export function isNavigation(line: string): boolean {
  const separators = line.match(/\s[|›»>\/·]\s|^\s*[[(]|\s[|›»]$/g);
  return (separators?.length ?? 0) >= 2 || /^\s*home\s*[/>›»|]/i.test(line);
}

/** 0: not a cased letter; 1: lower case; 2: upper (or title) case. */
function unicodeCase(c: string): 0 | 1 | 2 {
  const lower = c.toLowerCase();
  if (lower === c.toUpperCase()) return 0;
  return c === lower ? 1 : 2;
}

/** Prose: a real sentence or paragraph, as opposed to a headline, a menu or a teaser line. */
export function isProse(line: string): boolean {
  const t = line.trim();
  const n = wordCount(t);
  if (n < 8) return false;
  // An excerpt cut off mid-sentence still reads as prose when the line is long.
  const cut = !/[.!?:"')\]]$/.test(t);
  if (cut && n <= 25) return false;
  if (isNavigation(t)) return false;
  // Headlines capitalise most words; prose has mostly lower-case words.
  let words = 0;
  let lower = 0;
  let inWord = false;
  for (let i = 0; i < t.length; i++) {
    const code = t.charCodeAt(i);
    // ASCII by code point (this runs on every line of every page); other scripts by their case mapping.
    const caseOf = code < 128 ? (code >= 97 && code <= 122 ? 1 : code >= 65 && code <= 90 ? 2 : 0) : unicodeCase(t[i]);
    if (caseOf && !inWord) {
      words++;
      if (caseOf === 1) lower++;
    }
    inWord = caseOf !== 0 || (inWord && (code === 39 || code === 45 || code === 0x2019));
  }
  return lower >= words * (cut ? 0.5 : 0.25);
}

/** A teaser or headline-like line: a handful of words with no closing punctuation. */
export function isHeadlineLike(line: string): boolean {
  const t = line.trim().replace(/^[-–—•›>*\d.)\s]+/, "");
  const n = wordCount(t);
  return n >= 3 && n <= 25 && !/[.!?:]$/.test(t);
}

export function isByline(line: string): boolean {
  return /^\s*by\s+\S/i.test(line);
}

const MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b/i;

/** Date/time stamp lines: "Updated 7:30 AM EDT, July 23, 2025", "14:30 July 24, 2025". */
export function isStampLine(line: string): boolean {
  const t = line.trim();
  if (wordCount(t) > 14) return false;
  return (/\b\d{4}\b/.test(t) && MONTH_WORD.test(t)) || /\b\d{1,2}[:.]\d{2}\b/.test(t) || /\bago\b/i.test(t);
}
