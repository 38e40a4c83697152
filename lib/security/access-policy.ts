/**
 * Who may call what: the documented role set of every state-changing endpoint and Server Action,
 * as the security tests (TEST-PLAN T02–T05) check it. A new route or action that this file does
 * not know fails those tests until its row is added here: the review point for every new write.
 */

export type Caller = "anonymous" | "viewer" | "editor" | "admin";
export const CALLERS: readonly Caller[] = ["anonymous", "viewer", "editor", "admin"];
export const SIGNED_IN: readonly Caller[] = ["viewer", "editor", "admin"];

export const MUTATING_METHODS = ["POST", "PUT", "PATCH", "DELETE"] as const;

/** API route handlers (by URL pattern) that change data, and who may: README "Accounts and roles". */
export function apiWriteRoles(pattern: string): readonly Caller[] | null {
  // Records, their soft delete/restore and reverts: editors and admins (lib/domain assertCanWrite).
  if (pattern.startsWith("/api/v1/")) return ["editor", "admin"];
  return null;
}

export type AuthEndpointAccess =
  /** Anyone, signed in or not: signing in, password reset, session probes. */
  | { kind: "public" }
  /** A signed-in user acting on their own account or session. */
  | { kind: "self" }
  /** Account management: only these roles (lib/auth/create-auth.ts accessRoles). */
  | { kind: "roles"; roles: readonly Caller[] }
  /** Not meant to be reachable over HTTP at all. */
  | { kind: "server-only" };

const PUBLIC_AUTH = new Set([
  "/sign-in/email",
  "/sign-in/social",
  "/sign-up/email",
  "/request-password-reset",
  "/reset-password",
  "/reset-password/:token",
  "/verify-email",
  "/send-verification-email",
  "/callback/:id",
  "/get-session",
  "/ok",
  "/error",
  "/delete-user/callback",
]);

/** Better Auth endpoints, by their path below /api/auth. */
export function authEndpointAccess(path: string): AuthEndpointAccess {
  if (PUBLIC_AUTH.has(path)) return { kind: "public" };
  // Admins were given every account right but impersonation (create-auth.ts), so nobody may.
  if (path === "/admin/impersonate-user") return { kind: "roles", roles: [] };
  // Only a session that is impersonating someone may stop; none of the test sessions is.
  if (path === "/admin/stop-impersonating") return { kind: "roles", roles: [] };
  // Asks whether the caller has a permission; changes nothing and reveals only the caller's rights.
  if (path === "/admin/has-permission") return { kind: "roles", roles: SIGNED_IN };
  if (path.startsWith("/admin/")) return { kind: "roles", roles: ["admin"] };
  return { kind: "self" };
}

/** Server Actions by "file#export", with the role set that may run them. */
export const ACTION_ROLES: Record<string, readonly Caller[]> = {
  // Ends the caller's own session; without one there is nothing to end.
  "app/(auth)/actions.ts#signOutAction": SIGNED_IN,
  "app/(editor)/admin/users/actions.ts#setRoleAction": ["admin"],
  "app/(editor)/admin/users/actions.ts#banUserAction": ["admin"],
  "app/(editor)/admin/users/actions.ts#unbanUserAction": ["admin"],
  "app/(editor)/admin/users/actions.ts#createAccountAction": ["admin"],
};

export const actionKey = (action: { filename: string; exportedName: string }) => `${action.filename}#${action.exportedName}`;
