"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useCanEdit } from "./use-can-edit";

/**
 * Inside the chart tooltip, for editors: E opens the edit page of the first measure listed. The
 * tooltip follows the pointer and the keyboard cursor, so its links cannot be clicked or tabbed
 * to; the key works while the chart has focus, next to the chart's own Enter (open the measure).
 */
export function ChartEditShortcut({ href }: { href: string }) {
  const canEdit = useCanEdit();
  const router = useRouter();
  useEffect(() => {
    if (!canEdit) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== "e" || event.metaKey || event.ctrlKey || event.altKey) return;
      if (!(document.activeElement instanceof Element) || !document.activeElement.closest(".tt-chart")) return;
      event.preventDefault();
      router.push(href);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [canEdit, href, router]);
  if (!canEdit) return null;
  return <p className="text-muted">Press E to correct the first measure listed.</p>;
}
