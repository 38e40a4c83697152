import { mutationRoute } from "@/lib/api/mutation";
import { revertToRevision } from "@/lib/domain/revert-revision";
import type { ChangeMeta } from "@/lib/validation/mutation";

export const dynamic = "force-dynamic";

/** POST /api/v1/revisions/<id>/revert: return the record to that revision's state, body { baseVersion, reason }. */
export const POST = mutationRoute<{ id: string }>(({ body, params, ctx }) => revertToRevision(ctx, params.id, body as ChangeMeta));
