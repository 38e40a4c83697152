import { getRoute } from "@/lib/api/handler";
import { listCorrections } from "@/lib/queries/history";
import { historyPageQuerySchema } from "@/lib/queries/history-query";

export const dynamic = "force-dynamic";

/** GET /api/v1/history?cursor=&limit=: the corrections log, newest first (seed creations left out). */
export const GET = getRoute(historyPageQuerySchema, ({ db, query }) => listCorrections(db, query));
