import Link from "next/link";
import { currentActor } from "@/lib/auth/session";
import { ROLE_LABELS, can } from "@/lib/auth/permissions";
import { Badge } from "@/components/ui/badge";
import { signOutAction } from "./actions";

/** The header's account slot: who is signed in and as what, or a way to sign in. */
export async function AccountMenu() {
  const actor = await currentActor();
  if (!actor || actor.role === "system") {
    return (
      <Link href="/sign-in" className="text-sm">
        Sign in
      </Link>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      {can(actor, "write") && <Link href="/editor">Editor</Link>}
      {can(actor, "manage-users") && <Link href="/admin/users">Admin</Link>}
      <span className="text-muted">
        <span className="sr-only">Signed in as </span>
        {actor.label} <Badge>{ROLE_LABELS[actor.role]}</Badge>
      </span>
      <form action={signOutAction}>
        <button type="submit" className="rounded border border-line px-2 py-0.5">
          Sign out
        </button>
      </form>
    </div>
  );
}
