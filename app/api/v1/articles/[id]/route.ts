import { NextResponse } from "next/server";
import { mutationRoute } from "@/lib/api/mutation";
import { currentActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { readArticle } from "@/lib/domain/read-article";
import { updateArticle } from "@/lib/domain/update-article";
import { ingestErrorResponse } from "@/lib/ingest/route";
import type { ArticleUpdate } from "@/lib/validation/article";

export const dynamic = "force-dynamic";

/** GET /api/v1/articles/<id>: the article (text, sanitized HTML, metadata) and its current extraction. */
export async function GET(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const { id } = await context.params;
    return NextResponse.json(await readArticle({ db: await getDb(), actor: await currentActor() }, id));
  } catch (error) {
    return ingestErrorResponse(error);
  }
}

/** PATCH /api/v1/articles/<id>: correct detected details, body { baseVersion, reason, …fields }. */
export const PATCH = mutationRoute<{ id: string }>(({ body, params, ctx }) => updateArticle(ctx, params.id, body as ArticleUpdate));
