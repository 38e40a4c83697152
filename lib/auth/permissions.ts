/**
 * Who may do what: pure rules, no I/O. The use cases in lib/domain enforce writes with them
 * (assertCanWrite), the pages and routes enforce reads and user management.
 */
import { ROLES, type Actor, type Role } from "../domain/actor";

export const ACTIONS = ["read", "write", "manage-users"] as const;
export type Action = (typeof ACTIONS)[number];

const ALLOWED: Record<Actor["role"], readonly Action[]> = {
  viewer: ["read"],
  editor: ["read", "write"],
  admin: ["read", "write", "manage-users"],
  // The seed and command-line imports write records but never manage accounts.
  system: ["read", "write"],
};

export function allowedActions(role: Actor["role"]): readonly Action[] {
  return ALLOWED[role];
}

/**
 * Whether an actor may perform an action. Anonymous visitors (null) may read unless the
 * deployment requires sign-in (REQUIRE_LOGIN=true); they may never do anything else.
 */
export function can(actor: Actor | null, action: Action, options: { requireLogin?: boolean } = {}): boolean {
  if (!actor) return action === "read" && !options.requireLogin;
  return ALLOWED[actor.role].includes(action);
}

const RANK: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/**
 * The stored role column as a Role. Better Auth may store several roles comma-separated; the
 * highest known one counts. Anything unrecognised is the least privileged role.
 */
export function roleOf(stored: string | null | undefined): Role {
  const known = (stored ?? "").split(",").map((part) => part.trim()).filter(isRole);
  return known.reduce<Role>((best, role) => (RANK[role] > RANK[best] ? role : best), "viewer");
}

export const ROLE_LABELS: Record<Role, string> = { viewer: "Viewer", editor: "Editor", admin: "Admin" };

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  viewer: "reads records",
  editor: "reads and changes records",
  admin: "changes records and manages users",
};
