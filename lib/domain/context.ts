import type { Db } from "../db/open";
import type { Actor } from "./actor";

/** What every use case runs with: a database and the actor on whose behalf it acts. */
export interface DomainContext {
  db: Db;
  actor: Actor | null;
}
