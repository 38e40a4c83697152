import Link from "next/link";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { currentActor } from "@/lib/auth/session";

/** The 403 page for a signed-in account without the role a page needs (editor or admin). */
export default async function Forbidden() {
  const actor = await currentActor();
  const role = actor && actor.role !== "system" ? ROLE_LABELS[actor.role].toLowerCase() : null;
  return (
    <section className="py-16 text-center" aria-labelledby="forbidden-title">
      <p className="text-sm font-semibold text-muted">403</p>
      <h1 id="forbidden-title" className="mt-2 text-2xl font-semibold">
        Not open to your account
      </h1>
      <p className="mx-auto mt-2 max-w-md text-muted">
        {role ? `You are signed in as a ${role}. ` : ""}
        Editing records is for editors, and managing accounts for admins. You can read every record; ask an admin for another role
        if you need one.
      </p>
      <p className="mt-4">
        <Link href="/timeline">Back to the timeline</Link>
      </p>
    </section>
  );
}
