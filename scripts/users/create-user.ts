/**
 * `npm run user:create -- --email ada@example.org --role admin [--name "Ada Lovelace"]`
 * Creates an account in the database named by DATABASE_URL (migrating it first). The password
 * comes from USER_PASSWORD, else a hidden prompt (asked twice) on a terminal, else stdin's first line.
 */
import { createAuth } from "../../lib/auth/create-auth";
import { passwordProblem } from "../../lib/auth/password-policy";
import { resolveAuthSecret } from "../../lib/auth/secret";
import { authSettingsFromEnv } from "../../lib/auth/settings";
import { openDatabase } from "../../lib/db/open";
import { databaseUrl, engineOf } from "../../lib/db/url";
import { applyMigrations } from "../db/apply-migrations";
import { createUserAccount, parseCreateUserArgs, USAGE, UsageError } from "./create-user-account";

function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  return new Promise((resolve, reject) => {
    let value = "";
    const finish = () => {
      stdin.off("data", onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stdout.write("\n");
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === "\r" || char === "\n") return (finish(), resolve(value));
        if (char === "\u0003" || char === "\u0004") return (finish(), reject(new UsageError("cancelled")));
        if (char === "\u007f" || char === "\b") value = Array.from(value).slice(0, -1).join("");
        else value += char;
      }
    };
    process.stdout.write(question);
    stdin.setEncoding("utf8");
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on("data", onData);
  });
}

async function firstLineOfStdin(): Promise<string> {
  let text = "";
  for await (const chunk of process.stdin) text += String(chunk);
  return text.split(/\r?\n/)[0] ?? "";
}

async function readPassword(): Promise<string> {
  if (process.env.USER_PASSWORD !== undefined) return process.env.USER_PASSWORD;
  if (!process.stdin.isTTY) return firstLineOfStdin();
  for (;;) {
    const first = await promptHidden("Password (12–128 characters, input hidden): ");
    const problem = passwordProblem(first);
    if (problem) {
      console.error(problem);
      continue;
    }
    if ((await promptHidden("Repeat the password: ")) === first) return first;
    console.error("The two entries differ; try again.");
  }
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseCreateUserArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const password = await readPassword();
  const problem = passwordProblem(password);
  if (problem) {
    console.error(`Password refused: ${problem}`);
    return 1;
  }
  const url = databaseUrl();
  await applyMigrations(url);
  const db = await openDatabase(url);
  try {
    const auth = createAuth(db, { ...authSettingsFromEnv(), secret: resolveAuthSecret() }, { engine: engineOf(url), logLevel: "error" });
    const user = await createUserAccount(auth, { ...args, password });
    console.log(`Created ${user.role} ${user.email} (id ${user.id})`);
    return 0;
  } catch (error) {
    // Better Auth's errors carry a user-facing message ("User already exists…", the password rule).
    console.error(`Could not create the account: ${(error as Error).message}`);
    return 1;
  } finally {
    await db.$disconnect();
  }
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(error instanceof UsageError ? error.message : error);
  return 1;
});
