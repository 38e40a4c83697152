import { mutationRoute } from "@/lib/api/mutation";
import { reextractArticle } from "@/lib/domain/reextract-article";

export const dynamic = "force-dynamic";

/** POST: run the current extractor on the article again; facts editors turned down are not proposed again. */
export const POST = mutationRoute<{ id: string }>(async ({ params, ctx }) => reextractArticle(ctx, params.id));
