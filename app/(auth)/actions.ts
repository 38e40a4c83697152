"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getAuth } from "@/lib/auth/auth";
import { assertSameOrigin } from "@/lib/auth/origin";
import { authSettingsFromEnv } from "@/lib/auth/settings";

/** Deletes the session row (so a copied cookie is dead too) and clears the cookie. */
export async function signOutAction(): Promise<void> {
  const requestHeaders = await headers();
  assertSameOrigin(requestHeaders, authSettingsFromEnv().baseURL);
  const auth = await getAuth();
  await auth.api.signOut({ headers: requestHeaders });
  redirect("/");
}
