"use server";

import { isAPIError } from "better-auth/api";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import type { z } from "zod";
import { banUserSchema, createAccountSchema, setRoleSchema, unbanUserSchema } from "@/lib/auth/admin-input";
import { getAuth } from "@/lib/auth/auth";
import { requireAdminAction } from "@/lib/auth/session";
import type { Actor } from "@/lib/domain/actor";
import { DomainError, parseInput } from "@/lib/domain/errors";
import type { ActionResult } from "./action-result";

const PAGE = "/admin/users";

/**
 * Every action: same-origin admin check first (lib/auth/session), then the input's schema, then
 * Better Auth's admin API with the admin's own session, which checks the permission once more.
 */
async function run<S extends z.ZodType>(
  schema: S,
  formData: FormData,
  work: (input: z.output<S>, actor: Actor, requestHeaders: Headers) => Promise<string>,
): Promise<ActionResult> {
  try {
    const actor = await requireAdminAction();
    // Actions can be posted by hand; anything but a form is refused before it is read.
    if (!(formData instanceof FormData)) throw new DomainError("invalid", "Send the form's fields");
    const input = parseInput(schema, Object.fromEntries(formData));
    const message = await work(input, actor, await headers());
    revalidatePath(PAGE);
    return { status: "ok", message };
  } catch (error) {
    if (error instanceof DomainError) return { status: "error", message: error.message, fields: error.fieldErrors };
    if (isAPIError(error)) return { status: "error", message: error.body?.message ?? error.message };
    console.error(error);
    return { status: "error", message: "Something went wrong on our side; nothing was changed." };
  }
}

export async function setRoleAction(_: ActionResult, formData: FormData): Promise<ActionResult> {
  return run(setRoleSchema, formData, async ({ userId, role }, actor, requestHeaders) => {
    // An admin who demotes themselves may leave the site with no admin; another admin must do it.
    if (userId === actor.id) throw new DomainError("forbidden", "You can't change your own role; ask another admin.");
    await (await getAuth()).api.setRole({ body: { userId, role }, headers: requestHeaders });
    return `Role changed to ${role}. It applies from the user's next request.`;
  });
}

export async function banUserAction(_: ActionResult, formData: FormData): Promise<ActionResult> {
  return run(banUserSchema, formData, async ({ userId, reason }, _actor, requestHeaders) => {
    // Better Auth deletes the user's sessions with the ban, so they are signed out everywhere now.
    await (await getAuth()).api.banUser({ body: { userId, banReason: reason || undefined }, headers: requestHeaders });
    return "Banned and signed out everywhere.";
  });
}

export async function unbanUserAction(_: ActionResult, formData: FormData): Promise<ActionResult> {
  return run(unbanUserSchema, formData, async ({ userId }, _actor, requestHeaders) => {
    await (await getAuth()).api.unbanUser({ body: { userId }, headers: requestHeaders });
    return "Ban lifted; the user can sign in again.";
  });
}

export async function createAccountAction(_: ActionResult, formData: FormData): Promise<ActionResult> {
  return run(createAccountSchema, formData, async ({ email, name, role, password }, _actor, requestHeaders) => {
    await (await getAuth()).api.createUser({ body: { email, name, role, password }, headers: requestHeaders });
    return `Created ${email} as ${role}. Give them the password through a separate channel.`;
  });
}
