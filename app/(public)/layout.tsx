import type { ReactNode } from "react";
import { requireReader } from "@/lib/auth/session";

/** With REQUIRE_LOGIN=true, reading needs a signed-in account (pages may call requireReader too). */
export default async function PublicLayout({ children }: { children: ReactNode }) {
  await requireReader();
  return children;
}
