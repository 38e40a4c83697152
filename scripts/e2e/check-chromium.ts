import { findChromium, INSTALL_HINT } from "./chromium";

const found = findChromium();
if (!found) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
console.log(`Browser tests will use ${found}`);
