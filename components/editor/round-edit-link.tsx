import "server-only";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { currentActor } from "@/lib/auth/session";
import { editHref } from "@/components/forms/records";

/** The round page's "Correct this", decided on the server: viewers and visitors get no markup at all. */
export async function RoundEditLink({ roundId }: { roundId: string }) {
  if (!can(await currentActor(), "write")) return null;
  return (
    <Link href={editHref("round", roundId)} className="rounded border border-line bg-surface px-3 py-1 text-sm font-medium no-underline" data-testid="correct-this">
      Correct this round
    </Link>
  );
}
