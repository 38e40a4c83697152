import { getRoute } from "@/lib/api/handler";
import { parseInput } from "@/lib/domain/errors";
import { getRecordHistory } from "@/lib/queries/history";
import { historyPageQuerySchema, historyTargetSchema } from "@/lib/queries/history-query";

export const dynamic = "force-dynamic";

type Params = { entityType: string; id: string };

/**
 * GET /api/v1/history/<entityType>/<id>?cursor=&limit=: the record's revisions, newest first, with
 * field-level diffs. 400 for an unknown type, 404 for an unknown record. Read-only: revisions are
 * never changed or removed (see the revisions_append_only migration).
 */
export async function GET(request: Request, context: { params: Promise<Params> }): Promise<Response> {
  const params = await context.params;
  return getRoute(historyPageQuerySchema, ({ db, query }) => getRecordHistory(db, parseInput(historyTargetSchema, params), query))(request);
}
