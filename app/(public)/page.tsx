import Link from "next/link";
import { getDb } from "@/lib/db/client";
import { listNegotiations } from "@/lib/queries/negotiations";
import { listTimelinePage } from "@/lib/queries/timeline";
import { EventList } from "@/components/timeline/event-list";
import { NegotiationTable } from "@/components/negotiations/negotiation-table";
import { requireReader } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  await requireReader();
  const db = await getDb();
  const [page, negotiations] = await Promise.all([
    listTimelinePage(db, { order: "desc", limit: 12, to: new Date().toISOString().slice(0, 10) }),
    listNegotiations(db),
  ]);
  return (
    <div className="grid gap-10 lg:grid-cols-[3fr_2fr]">
      <section aria-labelledby="latest">
        <div className="mb-3 flex items-baseline justify-between">
          <h1 id="latest" className="text-xl font-semibold">Latest events</h1>
          <Link href="/timeline" className="text-sm">Full timeline →</Link>
        </div>
        <EventList events={page.items} />
      </section>
      <section aria-labelledby="talks">
        <div className="mb-3 flex items-baseline justify-between">
          <h2 id="talks" className="text-xl font-semibold">Negotiations</h2>
          <Link href="/negotiations" className="text-sm">All →</Link>
        </div>
        <NegotiationTable negotiations={negotiations} compact />
      </section>
    </div>
  );
}
