import { existsSync } from "node:fs";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/** The system Chromium the browser tests drive: CHROMIUM_PATH if set, else the usual locations. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((candidate) => existsSync(candidate)) ?? null;
}

export const INSTALL_HINT =
  "No Chromium found for the browser tests. Install one with `sudo apt-get install -y chromium` " +
  "(Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome executable.";
