import { NextResponse } from "next/server";
import { errorResponse } from "@/lib/api/handler";
import { mutationRoute } from "@/lib/api/mutation";
import { currentActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { acceptExtractedFacts } from "@/lib/domain/accept-extracted-facts";
import { loadReview } from "@/lib/review/load-review";
import type { ReviewInput } from "@/lib/review/review-input";
import { withLinks } from "@/lib/review/written-links";

export const dynamic = "force-dynamic";

type Params = { id: string };

/** GET: the article's current extraction with each fact's match against stored records (editors only). */
export async function GET(_request: Request, context: { params: Promise<Params> }): Promise<Response> {
  try {
    const { id } = await context.params;
    return NextResponse.json(await loadReview({ db: await getDb(), actor: await currentActor() }, id));
  } catch (error) {
    return errorResponse(error);
  }
}

/** POST { extractionId, decisions: [{ key, action: accept | edit | reject, recordAs?, values? }] }: records the review. */
export const POST = mutationRoute<Params>(async ({ body, params, ctx }) => {
  const result = await acceptExtractedFacts(ctx, params.id, body as ReviewInput);
  return { ...result, written: await withLinks(ctx.db, result.written) };
});
