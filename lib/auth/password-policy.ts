/**
 * The password rule, in the spirit of NIST SP 800-63B: long enough, not known to be common, and no
 * composition rules (no forced digits or symbols), so passphrases are welcome. Passwords are
 * compared exactly as typed: no trimming, no case folding.
 */
import { COMMON_LONG_PASSWORDS } from "./common-passwords";
import { isLeakedPassword } from "./leaked-passwords";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password-limits";

export { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH };

/** True for a short unit repeated to the full length, e.g. "abcabcabcabc" or "zzzzzzzzzzzz". */
function isRepetition(password: string): boolean {
  for (let unit = 1; unit <= 4; unit++) {
    if (password.length % unit !== 0) continue;
    if (password.slice(0, unit).repeat(password.length / unit) === password) return true;
  }
  return false;
}

/**
 * Why a new password is refused, or null when it is acceptable. Lengths count UTF-16 units, as
 * Better Auth's own checks at sign-in do, so an accepted password can always sign in.
 */
export function passwordProblem(password: string): string | null {
  const length = password.length;
  if (length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters`;
  if (length > MAX_PASSWORD_LENGTH) return `Use at most ${MAX_PASSWORD_LENGTH} characters`;
  if (COMMON_LONG_PASSWORDS.has(password.toLowerCase()) || isLeakedPassword(password) || isRepetition(password)) {
    return "This password is too common; choose a longer phrase of your own";
  }
  return null;
}
