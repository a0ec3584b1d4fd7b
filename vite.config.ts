import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { defineConfig, type Plugin } from "vitest/config";
import react from "@vitejs/plugin-react";

/**
 * Until the pipeline's public entry and the gazetteer loader exist (they are being written), the ingest
 * worker imports a stand-in that fails with a clear message, so the app still builds. Once the real
 * files exist this plugin does nothing.
 */
function pendingPipelineModules(): Plugin {
  const pending: Record<string, string> = {
    "../pipeline/extract": `export function extractArticle() { throw new Error("the text pipeline is not built into this version yet"); }`,
    "../gazetteer/load": `export function loadGazetteer() { throw new Error("the gazetteer loader is not built into this version yet"); }`,
  };
  return {
    name: "conflict-map:pending-pipeline-modules",
    enforce: "pre",
    resolveId(id, importer) {
      if (!importer || !(id in pending)) return null;
      const target = resolve(dirname(importer), id);
      if (existsSync(`${target}.ts`) || existsSync(`${target}/index.ts`)) return null;
      return `\0pending:${id}`;
    },
    load(id) {
      return id.startsWith("\0pending:") ? pending[id.slice("\0pending:".length)] : null;
    },
  };
}

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
  plugins: [pendingPipelineModules(), react(), sameOriginPolicy()],
  worker: { format: "es", plugins: () => [pendingPipelineModules()] },
  build: { chunkSizeWarningLimit: 4096 },
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
    testTimeout: 60_000,
  },
});
