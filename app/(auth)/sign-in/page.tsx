import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeNextPath } from "@/lib/auth/next-path";
import { currentActor } from "@/lib/auth/session";
import { SignInForm } from "./sign-in-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

type Props = { searchParams: Promise<{ next?: string | string[] }> };

export default async function SignInPage({ searchParams }: Props) {
  const next = safeNextPath((await searchParams).next);
  if (await currentActor()) redirect(next);
  return (
    <section className="mx-auto max-w-sm py-8" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title" className="text-xl font-semibold">
        Sign in
      </h1>
      <p className="mt-1 text-sm text-muted">Accounts are created by the site&apos;s administrators.</p>
      <SignInForm next={next} />
    </section>
  );
}
