import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Actor } from "../domain/actor";
import { DomainError } from "../domain/errors";
import { actorFromUser } from "./actor-from-user";
import { getAuth } from "./auth";
import { PATH_HEADER, SIGN_IN_PATH } from "./constants";
import { safeNextPath } from "./next-path";
import { assertSameOrigin } from "./origin";
import { can } from "./permissions";
import { authSettingsFromEnv, requireLoginFromEnv } from "./settings";

/**
 * Who is making this request: the signed-in user as an Actor, or null for an anonymous visitor
 * (or a banned user). Reads the session row and the user's role from the database every time, so
 * a sign-out, ban or demotion counts from the next request. Cached for one server render.
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  // headers() first: during a build's prerender pass it stops rendering before any database work.
  const requestHeaders = await headers();
  const session = await (await getAuth()).api.getSession({ headers: requestHeaders });
  return session ? actorFromUser(session.user) : null;
});

let requireLoginSetting: boolean | undefined;

/**
 * The read gate for pages, layouts and API reads. Anyone may read unless REQUIRE_LOGIN=true; then
 * a page without a signed-in user redirects to the sign-in page and an API read answers 401
 * (DomainError "unauthenticated", which lib/api maps). Pages call it themselves, not only via
 * the layout: Next.js renders a page in parallel with its layout, so a layout's redirect alone
 * would still stream the page's data.
 */
export async function requireReader(context: "page" | "api" = "page"): Promise<void> {
  // Read once: it is on every page and API read, and the environment does not change while running.
  const requireLogin = (requireLoginSetting ??= requireLoginFromEnv());
  if (!requireLogin) return;
  if (can(await currentActor(), "read", { requireLogin })) return;
  if (context === "api") throw new DomainError("unauthenticated", "Sign in to read this");
  const next = safeNextPath((await headers()).get(PATH_HEADER), "");
  redirect(next ? `${SIGN_IN_PATH}?next=${encodeURIComponent(next)}` : SIGN_IN_PATH);
}

/**
 * For Server Actions that manage users: the request must come from our own pages and be made by
 * an admin. Throws DomainError "forbidden" / "unauthenticated" otherwise.
 */
export async function requireAdminAction(): Promise<Actor> {
  assertSameOrigin(await headers(), authSettingsFromEnv().baseURL);
  const actor = await currentActor();
  if (!actor) throw new DomainError("unauthenticated", "Sign in again to continue");
  if (!can(actor, "manage-users")) throw new DomainError("forbidden", "Only admins can manage users");
  return actor;
}
