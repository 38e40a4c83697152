import { EXTRACT_BODY_LIMIT, extractFacts } from "@/lib/ingest/handlers";
import { ingestRoute } from "@/lib/ingest/route";

export const dynamic = "force-dynamic";
export const POST = ingestRoute(EXTRACT_BODY_LIMIT, extractFacts);
