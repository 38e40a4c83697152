import type { Actor } from "../domain/actor";
import { roleOf } from "./permissions";

/** The fields of a Better Auth user (with the admin plugin's columns) that decide who it acts as. */
export interface SessionUser {
  id: string;
  email: string;
  role?: string | null;
  banned?: boolean | null;
  banExpires?: Date | string | null;
}

export function isBanned(user: SessionUser, now = new Date()): boolean {
  if (!user.banned) return false;
  return !user.banExpires || new Date(user.banExpires).getTime() > now.getTime();
}

/** A signed-in user as the domain's Actor; a banned user acts as no one. */
export function actorFromUser(user: SessionUser, now = new Date()): Actor | null {
  if (isBanned(user, now)) return null;
  return { id: user.id, label: user.email, role: roleOf(user.role) };
}
