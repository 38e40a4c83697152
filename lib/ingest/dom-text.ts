/**
 * Plain text of an article's DOM with its structure kept as line breaks: a paragraph or heading
 * is separated from the next by a blank line, a list item or table row is a line of its own, as
 * in the scraped texts the extractor is written for. (textContent runs paragraphs together.)
 */
const PARAGRAPH = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "CAPTION", "DETAILS", "DIV", "DL", "FIELDSET", "FIGCAPTION", "FIGURE",
  "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "MAIN", "NAV", "OL", "P", "PRE", "SECTION",
  "SUMMARY", "TABLE", "UL",
]);
const LINE = new Set(["BR", "LI", "TR", "DT", "DD"]);
const SKIP = new Set(["SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT", "SVG", "MATH", "HEAD", "TITLE", "IFRAME", "OBJECT"]);

// Break markers, resolved after the walk: any run holding a paragraph break is a blank line.
const P = "\u0001";
const L = "\u0002";

export function domToText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node, pre: boolean) => {
    if (node.nodeType === 3) {
      parts.push(pre ? (node.nodeValue ?? "") : (node.nodeValue ?? "").replace(/\s+/g, " "));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    const name = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : "";
    if (SKIP.has(name)) return;
    const mark = PARAGRAPH.has(name) ? P : LINE.has(name) ? L : name === "TD" || name === "TH" ? " " : "";
    parts.push(mark);
    for (const child of Array.from(node.childNodes)) walk(child, pre || name === "PRE");
    parts.push(mark);
  };
  walk(root, false);
  return parts
    .join("")
    .replace(/[ \t]*[\u0001\u0002][\s\u0001\u0002]*/g, (run) => (run.includes(P) ? "\n\n" : "\n"))
    .replace(/^[ \t]+|[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
