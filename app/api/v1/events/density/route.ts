import { getRoute } from "@/lib/api/handler";
import { weeklyDensity } from "@/lib/queries/timeline";
import { timelineFiltersSchema } from "@/lib/validation/timeline-query";

export const dynamic = "force-dynamic";

/** Events per week for the timeline's filters (date range ignored): the density strip's data. */
export const GET = getRoute(timelineFiltersSchema, async ({ db, query }) => ({ weeks: await weeklyDensity(db, query) }));
