import "server-only";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { currentActor } from "@/lib/auth/session";
import { editHref, RECORD_LABELS, type RecordType } from "@/components/forms/records";

/** A record page's "Correct this", decided on the server: viewers and visitors get no markup at all. */
export async function RecordEditLink({ type, id }: { type: RecordType; id: string }) {
  if (!can(await currentActor(), "write")) return null;
  return (
    <Link href={editHref(type, id)} className="rounded border border-line bg-surface px-3 py-1 text-sm font-medium no-underline" data-testid="correct-this">
      Correct this {RECORD_LABELS[type]}
    </Link>
  );
}
