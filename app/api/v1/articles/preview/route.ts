import { ARTICLE_BODY_LIMIT, previewArticle } from "@/lib/ingest/handlers";
import { ingestRoute } from "@/lib/ingest/route";

export const dynamic = "force-dynamic";
export const POST = ingestRoute(ARTICLE_BODY_LIMIT, previewArticle);
