"use client";

import Link from "next/link";
import { useCanEdit } from "./use-can-edit";

/** "Correct this" for editors and admins only; `about` names the record for screen readers. */
export function CorrectThisLink({ href, about, className = "" }: { href: string; about: string; className?: string }) {
  if (!useCanEdit()) return null;
  return (
    <Link href={href} prefetch={false} className={`whitespace-nowrap text-xs ${className}`} data-testid="correct-this">
      Correct this<span className="sr-only">: {about}</span>
    </Link>
  );
}
