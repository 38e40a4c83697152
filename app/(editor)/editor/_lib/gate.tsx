import "server-only";
import Link from "next/link";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { SIGN_IN_PATH } from "@/lib/auth/constants";
import { ROLE_LABELS, can } from "@/lib/auth/permissions";
import { currentActor } from "@/lib/auth/session";

/**
 * The editor pages' check, made by every page itself (a layout's check would not stop the page's
 * own render): anonymous visitors go to sign-in and come back; signed-in viewers get a plain
 * explanation instead of the form. The API refuses their writes regardless.
 */
export async function editorGate(path: string): Promise<ReactNode | null> {
  const actor = await currentActor();
  if (!actor) redirect(`${SIGN_IN_PATH}?next=${encodeURIComponent(path)}`);
  if (can(actor, "write")) return null;
  const role = actor.role === "system" ? "System" : ROLE_LABELS[actor.role];
  return (
    <section className="py-16 text-center" aria-labelledby="editors-only">
      <p className="text-sm font-semibold text-muted">403</p>
      <h1 id="editors-only" className="mt-2 text-2xl font-semibold">
        Editors only
      </h1>
      <p className="mx-auto mt-2 max-w-md text-muted">
        Your account ({actor.label}, {role.toLowerCase()}) can read every record but not change it. Ask an admin for the editor role if
        you need to correct something.
      </p>
      <p className="mt-4">
        <Link href="/timeline">Back to the timeline</Link>
      </p>
    </section>
  );
}
