import { DomainError } from "./errors";

export const ROLES = ["viewer", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** Who performs a use case. "system" is the seed and command-line imports, never a web request. */
export interface Actor {
  id: string | null;
  label: string;
  role: Role | "system";
}

export const SYSTEM_ACTOR: Actor = { id: null, label: "system", role: "system" };

const CAN_WRITE = new Set<Actor["role"]>(["editor", "admin", "system"]);

export function assertCanWrite(actor: Actor | null | undefined): asserts actor is Actor {
  if (!actor) throw new DomainError("unauthenticated", "Sign in to make changes");
  if (!CAN_WRITE.has(actor.role)) throw new DomainError("forbidden", "Only editors can change records");
}
