/**
 * The system Chromium the e2e tests and the scripts drive (never a downloaded browser), and the
 * flags it needs here: root without a sandbox, software WebGL, and no background requests.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--enable-unsafe-swiftshader",
  "--use-angle=swiftshader",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
