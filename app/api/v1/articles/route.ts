import { ARTICLE_BODY_LIMIT, createArticle } from "@/lib/ingest/handlers";
import { ingestRoute } from "@/lib/ingest/route";

export const dynamic = "force-dynamic";
export const POST = ingestRoute(ARTICLE_BODY_LIMIT, createArticle);
