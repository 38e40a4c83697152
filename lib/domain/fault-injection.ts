import type { Db, Prisma } from "../db/open";

/**
 * A test hook for the all-or-nothing guarantee: when armed, every multi-row write gets a failing
 * statement between its record row and the rows that belong with it (children, citations,
 * revision), so tests can check the database rolls the whole write back. Disarmed, it adds nothing.
 */
let armed = false;

export function armWriteFault(on: boolean): void {
  armed = on;
}

export function faultOps(db: Db): Prisma.PrismaPromise<unknown>[] {
  return armed ? [db.$executeRawUnsafe("INSERT INTO injected_fault_table_that_does_not_exist VALUES (1)")] : [];
}
