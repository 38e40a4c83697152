/** The work behind `npm run user:create`, apart from the terminal, so tests can call it. */
import { parseArgs } from "node:util";
import { ROLES, type Role } from "../../lib/domain/actor";
import type { Auth } from "../../lib/auth/create-auth";

export const USAGE = "Usage: npm run user:create -- --email <address> --role <viewer|editor|admin> [--name <display name>]";

export interface CreateUserArgs {
  email: string;
  role: Role;
  name: string;
}

export class UsageError extends Error {}

export function parseCreateUserArgs(argv: string[]): CreateUserArgs {
  let values: { email?: string; role?: string; name?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" } },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const email = values.email?.trim();
  if (!email) throw new UsageError("--email is required");
  const role = values.role ?? "viewer";
  if (!(ROLES as readonly string[]).includes(role)) throw new UsageError(`--role must be one of ${ROLES.join(", ")}`);
  return { email, role: role as Role, name: values.name?.trim() || email.split("@")[0] };
}

export interface CreatedUser {
  id: string;
  email: string;
  role: Role;
}

/**
 * Creates an account with a password through Better Auth's admin API, called with no session: the
 * server-side path meant for trusted tooling. The password policy hook applies as on the web.
 */
export async function createUserAccount(auth: Auth, args: CreateUserArgs & { password: string }): Promise<CreatedUser> {
  const { user } = await auth.api.createUser({
    body: { email: args.email, name: args.name, password: args.password, role: args.role },
  });
  return { id: user.id, email: user.email, role: args.role };
}
