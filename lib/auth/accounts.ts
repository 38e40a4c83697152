import type { Db } from "../db/open";
import type { Role } from "../domain/actor";
import { isBanned } from "./actor-from-user";
import { roleOf } from "./permissions";

export interface AccountRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  banned: boolean;
  banReason: string | null;
  banExpires: Date | null;
  createdAt: Date;
  activeSessions: number;
}

/** Every account for the admin page, oldest first, with how many unexpired sessions each holds. */
export async function listAccounts(db: Db, now = new Date()): Promise<AccountRow[]> {
  const users = await db.user.findMany({
    orderBy: [{ createdAt: "asc" }, { email: "asc" }],
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      banned: true,
      banReason: true,
      banExpires: true,
      createdAt: true,
      _count: { select: { sessions: { where: { expiresAt: { gt: now } } } } },
    },
  });
  return users.map((user) => ({
    id: user.id,
    email: user.email,
    name: user.name,
    role: roleOf(user.role),
    banned: isBanned(user, now),
    banReason: user.banReason,
    banExpires: user.banExpires,
    createdAt: user.createdAt,
    activeSessions: user._count.sessions,
  }));
}
