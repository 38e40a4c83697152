import type { Metadata } from "next";
import { getDb } from "@/lib/db/client";
import { listNegotiations } from "@/lib/queries/negotiations";
import { NegotiationTable } from "@/components/negotiations/negotiation-table";
import { requireReader } from "@/lib/auth/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Negotiations" };

export default async function NegotiationsPage() {
  await requireReader();
  const negotiations = await listNegotiations(await getDb());
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">Negotiations</h1>
      <NegotiationTable negotiations={negotiations} />
    </>
  );
}
