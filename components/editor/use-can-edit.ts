"use client";

import { useQuery } from "@tanstack/react-query";
import { usePathname } from "next/navigation";

async function fetchAccess(signal: AbortSignal): Promise<boolean> {
  try {
    const response = await fetch("/editor/access", { signal, headers: { accept: "application/json" }, redirect: "manual" });
    if (!response.ok) return false;
    const body = (await response.json()) as { canEdit?: unknown };
    return body.canEdit === true;
  } catch {
    return false;
  }
}

/**
 * Whether the signed-in user may change records, for showing "Correct this" links in client
 * components. Asked once per page (the key carries the path, so a sign-out's redirect asks again)
 * and shared by every row; false until known, so viewers never see a link flash.
 */
export function useCanEdit(): boolean {
  const pathname = usePathname();
  const { data } = useQuery({
    queryKey: ["session", "can-edit", pathname],
    queryFn: ({ signal }) => fetchAccess(signal),
    staleTime: 30_000,
    // Dropped as soon as the page's last row goes, so a later visit (say, after signing out) asks again.
    gcTime: 0,
    retry: false,
  });
  return data === true;
}
