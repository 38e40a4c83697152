import "server-only";
import { forbidden, redirect } from "next/navigation";
import { SIGN_IN_PATH } from "@/lib/auth/constants";
import { can, type Action } from "@/lib/auth/permissions";
import { currentActor } from "@/lib/auth/session";
import type { Actor } from "@/lib/domain/actor";

/**
 * The check every editor or admin page makes itself (a layout's check would not stop the page's own
 * render): anonymous visitors go to sign-in and come back; signed-in accounts without the role get
 * a 403 page (app/forbidden.tsx). The API and the use cases refuse their writes regardless.
 */
export async function requirePagePermission(path: string, permission: Action = "write"): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(`${SIGN_IN_PATH}?next=${encodeURIComponent(path)}`);
  if (!can(actor, permission)) forbidden();
  return actor;
}
