import { getRoute } from "@/lib/api/handler";
import { loadTariffLevels } from "@/lib/queries/tariff-levels";
import { tariffLevelsQuerySchema } from "@/lib/validation/tariff-levels-query";

// Levels move with every edit to a measure, so the response is never cached at build time.
export const dynamic = "force-dynamic";

export const GET = getRoute(tariffLevelsQuerySchema, ({ query, db }) => loadTariffLevels(db, query));
