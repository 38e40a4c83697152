/** The inputs of the admin page's actions: one zod schema each, parsed on the server. */
import { z } from "zod";
import { ROLES } from "../domain/actor";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password-limits";

const userId = z.string().trim().min(1, "Missing user").max(100);

export const setRoleSchema = z.object({ userId, role: z.enum(ROLES, "Choose a role") });
export const banUserSchema = z.object({ userId, reason: z.string().trim().max(200, "Keep the reason under 200 characters").optional() });
export const unbanUserSchema = z.object({ userId });
export const createAccountSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address")),
  name: z.string().trim().min(1, "Enter a display name").max(100),
  role: z.enum(ROLES, "Choose a role"),
  // Not trimmed: a password is used exactly as typed. The full policy runs in Better Auth's hook.
  password: z.string().min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters`).max(MAX_PASSWORD_LENGTH),
});

export type SetRoleInput = z.infer<typeof setRoleSchema>;
export type CreateAccountInput = z.infer<typeof createAccountSchema>;
