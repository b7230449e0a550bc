/**
 * Makes sure a Chromium is there for the browser tests. Installs Debian's `chromium` when
 * none is found and we run as root; otherwise says exactly what to install.
 */
import { execFileSync } from "node:child_process";
import { findChromium } from "./chromium.ts";

if (!findChromium()) {
  if (process.getuid?.() === 0) {
    console.log("No Chromium found: installing Debian's chromium (apt-get) …");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update", "-q"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", "-q", "--no-install-recommends", "chromium"], { stdio: "inherit", env });
  }
  const found = findChromium();
  if (!found) {
    console.error(
      "The browser tests need Chromium and none was found.\n" +
        "Install it with:  sudo apt-get install --no-install-recommends chromium\n" +
        "or point CHROMIUM_PATH at a Chromium or Chrome binary.",
    );
    process.exit(1);
  }
}
console.log(`Chromium: ${findChromium() ?? ""}`);
