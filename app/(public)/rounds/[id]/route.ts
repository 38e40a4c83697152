import { getDb } from "@/lib/db/client";
import { roundPath } from "@/lib/queries/round-paths";
import { requireReader } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

/**
 * The short share link. It names the round by id, so it survives renames and renumbering, and
 * redirects to whatever the canonical URL is today.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  await requireReader();
  const db = await getDb();
  const { id } = await params;
  const round = await db.round.findFirst({ where: { id, deletedAt: null }, select: { id: true } });
  const path = round ? await roundPath(db, round.id) : null;
  if (!path) return new Response("Round not found", { status: 404, headers: { "content-type": "text/plain" } });
  // A relative Location keeps the visitor on the host they used (behind proxies request.url may not be it).
  return new Response(null, { status: 308, headers: { location: path } });
}
