import { NextResponse } from "next/server";
import { can } from "@/lib/auth/permissions";
import { currentActor } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

/**
 * GET /editor/access: whether the signed-in user may change records, for client components that
 * show "Correct this" links (timeline rows, chart tooltips). Only hides or shows links; every
 * write is authorized by the API itself.
 */
export async function GET() {
  const actor = await currentActor();
  return NextResponse.json({ canEdit: can(actor, "write") }, { headers: { "cache-control": "private, no-store" } });
}
