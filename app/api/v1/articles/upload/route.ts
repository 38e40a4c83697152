import { UPLOAD_BODY_LIMIT, uploadArticles } from "@/lib/ingest/handlers";
import { ingestRoute } from "@/lib/ingest/route";

export const dynamic = "force-dynamic";
export const POST = ingestRoute(UPLOAD_BODY_LIMIT, uploadArticles);
