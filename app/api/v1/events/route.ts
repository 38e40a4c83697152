import { getRoute } from "@/lib/api/handler";
import { listTimelinePage } from "@/lib/queries/timeline";
import { timelinePageQuerySchema } from "@/lib/validation/timeline-query";

export const dynamic = "force-dynamic";

export const GET = getRoute(timelinePageQuerySchema, ({ db, query }) => listTimelinePage(db, query));
