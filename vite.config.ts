import { defineConfig, type Plugin } from "vitest/config";
import react from "@vitejs/plugin-react";

/** The built page may load nothing from another origin: the browser enforces it. */
function sameOriginPolicy(): Plugin {
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "worker-src 'self' blob:",
    "connect-src 'self' blob: data:",
    "img-src 'self' blob: data:",
    "font-src 'self' blob: data:",
    "style-src 'self' 'unsafe-inline'",
  ].join("; ");
  return {
    name: "conflict-map:same-origin-csp",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: { "http-equiv": "Content-Security-Policy", content: csp },
        injectTo: "head-prepend",
      },
    ],
  };
}

export default defineConfig({
  plugins: [react(), sameOriginPolicy()],
  worker: { format: "es" },
  build: { chunkSizeWarningLimit: 4096 },
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    globalSetup: ["src/testing/globalSetup.ts"],
  },
});
