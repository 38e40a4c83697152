import { normalizeUrl } from "./normalize";

/**
 * What a web page says about itself: Open Graph and article meta tags, JSON-LD (schema.org
 * NewsArticle and kin), the canonical link, <time> elements. Read before Readability rewrites the
 * page; JSON-LD is parsed as data, never run.
 */
export interface PageMeta {
  title: string | null;
  publisher: string | null;
  url: string | null;
  byline: string | null;
  /** Publication time candidates, best first, as the page writes them. */
  times: string[];
}

type Json = Record<string, unknown>;

const clean = (value: unknown, max = 500): string | null => {
  if (typeof value !== "string") return null;
  const text = value.replace(/\s+/g, " ").trim();
  return text ? text.slice(0, max) : null;
};

function jsonLdNodes(doc: Document): Json[] {
  const nodes: Json[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 4 || !value || typeof value !== "object") return;
    if (Array.isArray(value)) return value.forEach((v) => visit(v, depth + 1));
    const node = value as Json;
    nodes.push(node);
    if (node["@graph"]) visit(node["@graph"], depth + 1);
  };
  for (const script of Array.from(doc.querySelectorAll("script"))) {
    if (!/ld\+json/i.test(script.getAttribute("type") ?? "")) continue;
    try {
      visit(JSON.parse(script.textContent ?? ""), 0);
    } catch {
      // A broken JSON-LD block says nothing; the meta tags may still.
    }
  }
  return nodes;
}

const typesOf = (node: Json) => [node["@type"]].flat().filter((t): t is string => typeof t === "string");
const nameOf = (value: unknown): string | null =>
  clean(typeof value === "string" ? value : value && typeof value === "object" ? (value as Json).name : null, 200);

function articleNode(doc: Document): Json | null {
  const nodes = jsonLdNodes(doc);
  return (
    nodes.find((n) => typesOf(n).some((t) => /(?:News)?Article$|BlogPosting|Report/i.test(t))) ??
    nodes.find((n) => typesOf(n).some((t) => /WebPage/i.test(t)) && n.datePublished) ??
    null
  );
}

/** Meta tags by lower-cased property, name or itemprop: the first content wins. */
function metaTags(doc: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of Array.from(doc.querySelectorAll("meta"))) {
    const content = meta.getAttribute("content");
    if (!content) continue;
    for (const attr of ["property", "name", "itemprop"]) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

const TIME_KEYS = [
  "article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
  "publication_date", "article.published", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date",
  "dcterms.created", "dcterms.date", "date", "original-publish-date",
];

/** The title without a " | Site" or " - Site" suffix naming the publisher. */
function withoutSiteSuffix(title: string | null, publisher: string | null): string | null {
  if (!title) return null;
  const parts = title.split(/\s+[|–—-]\s+/);
  if (parts.length > 1 && publisher && parts.at(-1)!.toLowerCase() === publisher.toLowerCase()) {
    return parts.slice(0, -1).join(" - ");
  }
  return title;
}

export function pageMeta(doc: Document, baseUrl?: string | null): PageMeta {
  const tags = metaTags(doc);
  const ld = articleNode(doc);
  const publisher = clean(tags.get("og:site_name"), 200) ?? nameOf(ld?.publisher) ?? clean(tags.get("application-name"), 200);
  const h1 = clean(doc.querySelector("h1")?.textContent);
  const title =
    clean(ld?.headline) ?? clean(tags.get("og:title")) ?? clean(tags.get("twitter:title")) ?? h1 ?? withoutSiteSuffix(clean(doc.title), publisher);

  const resolve = (href: unknown) => {
    if (typeof href !== "string" || !href.trim()) return null;
    try {
      return normalizeUrl(new URL(href.trim(), baseUrl ?? undefined).toString());
    } catch {
      return null;
    }
  };
  const mainEntity = ld?.mainEntityOfPage;
  const url =
    resolve(doc.querySelector('link[rel~="canonical"]')?.getAttribute("href")) ??
    resolve(tags.get("og:url")) ??
    resolve(ld?.url) ??
    resolve(typeof mainEntity === "object" && mainEntity ? (mainEntity as Json)["@id"] : mainEntity);

  const authors = [ld?.author].flat().map(nameOf).filter((n): n is string => Boolean(n));
  const byline = authors.length ? `By ${authors.join(", ")}` : clean(tags.get("author"), 200);

  const times = [
    clean(ld?.datePublished, 80),
    ...TIME_KEYS.map((key) => clean(tags.get(key), 80)),
    clean(doc.querySelector('time[itemprop~="datePublished"], time[pubdate]')?.getAttribute("datetime"), 80),
    clean(ld?.dateCreated, 80),
  ].filter((t): t is string => Boolean(t));

  return { title, publisher, url, byline, times };
}
