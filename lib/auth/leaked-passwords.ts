import { dictionary } from "@zxcvbn-ts/language-common";

/**
 * The ranked list of passwords most often seen in public breaches (zxcvbn's "common passwords"
 * dictionary, about 30,000 entries, lower case). Built once, on first use, server side only.
 */
let leaked: ReadonlySet<string> | undefined;

export function isLeakedPassword(password: string): boolean {
  leaked ??= new Set(dictionary["passwords-common"]);
  return leaked.has(password.toLowerCase());
}

/** The most common `count` entries, for tests that sample "the top 3,000". */
export const topLeakedPasswords = (count: number): string[] => dictionary["passwords-common"].slice(0, count);
