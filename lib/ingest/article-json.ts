import type { Extraction } from "../extraction/schema";
import { isoInZone } from "../validation/published-at";

/** The API's view of a stored article and of its extraction (dates as ISO strings). */
export interface ArticleSummary {
  id: string;
  title: string | null;
  publisher: string | null;
  url: string | null;
  /** With the publisher's offset, e.g. 2025-06-02T13:30:00+09:00. */
  publishedAt: string | null;
  timeZone: string | null;
  contentHash: string;
  version: number;
  createdAt: string;
  textLength: number;
}

export interface ArticleDetail extends ArticleSummary {
  text: string;
  html: string | null;
}

export interface ExtractionView {
  id: string;
  reviewStatus: string;
  extractedAt: string;
  factCount: number;
  result: Extraction;
}

interface ArticleRow {
  id: string;
  title: string | null;
  publisher: string | null;
  url: string | null;
  publishedAt: Date | null;
  timeZone: string | null;
  contentHash: string;
  version: number;
  createdAt: Date;
  text: string;
  html: string | null;
}

interface ExtractionRow {
  id: string;
  reviewStatus: string;
  extractedAt: Date;
  factCount: number;
  result: unknown;
}

export function articleSummary(row: ArticleRow): ArticleSummary {
  return {
    id: row.id,
    title: row.title,
    publisher: row.publisher,
    url: row.url,
    publishedAt: row.publishedAt ? isoInZone(row.publishedAt, row.timeZone) : null,
    timeZone: row.timeZone,
    contentHash: row.contentHash,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    textLength: row.text.length,
  };
}

export function articleDetail(row: ArticleRow): ArticleDetail {
  return { ...articleSummary(row), text: row.text, html: row.html };
}

export function extractionView(row: ExtractionRow): ExtractionView {
  return {
    id: row.id,
    reviewStatus: row.reviewStatus,
    extractedAt: row.extractedAt.toISOString(),
    factCount: row.factCount,
    result: row.result as Extraction,
  };
}

export function factCount(result: Extraction): number {
  return result.rounds.length + result.participants.length + result.tariffs.length + result.milestones.length;
}
