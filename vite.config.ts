import { defineConfig, type Plugin } from "vitest/config";
import react from "@vitejs/plugin-react";
import postcss from "postcss";

/** The built page may load nothing from another origin: the browser enforces it. */
const SAME_ORIGIN_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "connect-src 'self' blob: data:",
  "img-src 'self' blob: data:",
  "font-src 'self' blob: data:",
  "style-src 'self' 'unsafe-inline'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** As an HTTP header the policy can also forbid framing (a meta tag cannot). */
const HEADER_POLICY = [...SAME_ORIGIN_POLICY, "frame-ancestors 'none'"].join("; ");

/**
 * The dev server's page needs the React refresh preamble (an inline script) and Vite's HMR socket:
 * the same policy with those two allowed, and only there.
 */
const DEV_POLICY = HEADER_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
  "connect-src 'self' blob: data:",
  "connect-src 'self' blob: data: ws://127.0.0.1:* ws://localhost:*",
);

const SECURITY_HEADERS = { "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer" };

function sameOriginPolicy(): Plugin {
  return {
    name: "conflict-map:same-origin-csp",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: { "http-equiv": "Content-Security-Policy", content: SAME_ORIGIN_POLICY.join("; ") },
        injectTo: "head-prepend",
      },
    ],
  };
}

/**
 * The policy as an HTTP header: sent by `vite preview` and the dev server, and written to
 * dist/_headers for static hosts that read that file (Netlify, Cloudflare Pages).
 */
function policyHeaders(): Plugin {
  const send =
    (policy: string) => (_req: unknown, res: { setHeader(k: string, v: string): void }, next: () => void) => {
      res.setHeader("Content-Security-Policy", policy);
      for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
      next();
    };
  return {
    name: "conflict-map:csp-headers",
    configureServer: (server) => void server.middlewares.use(send(DEV_POLICY)),
    configurePreviewServer: (server) => void server.middlewares.use(send(HEADER_POLICY)),
    generateBundle() {
      const lines = Object.entries({ "Content-Security-Policy": HEADER_POLICY, ...SECURITY_HEADERS }).map(
        ([k, v]) => `  ${k}: ${v}`,
      );
      this.emitFile({ type: "asset", fileName: "_headers", source: `/*\n${lines.join("\n")}\n` });
    },
  };
}

/**
 * MapLibre's parts the page never shows: the map is made with the navigation (no compass), scale and
 * compact attribution controls only, and no popups or DOM markers (useConflictMap.ts). Their rules
 * are most of maplibre-gl.css (the logo and icons are inline SVG): 8 KB of the first view's 10 KB
 * gzip for that file. A control added later needs its name taken out of this list.
 */
const UNUSED_MAPLIBRE_CSS =
  /maplibregl-(ctrl-logo|ctrl-geolocate|ctrl-fullscreen|ctrl-shrink|ctrl-terrain|ctrl-globe|ctrl-compass|user-location|popup|marker)/;

function trimMapLibreCss(): Plugin {
  return {
    name: "conflict-map:trim-maplibre-css",
    enforce: "pre",
    transform(code, id) {
      if (!/maplibre-gl\/dist\/maplibre-gl\.css(\?|$)/.test(id)) return null;
      const root = postcss.parse(code, { from: id });
      root.walkRules((rule) => {
        const kept = rule.selectors.filter((s) => !UNUSED_MAPLIBRE_CSS.test(s));
        if (kept.length === 0) rule.remove();
        else rule.selectors = kept;
      });
      root.walkAtRules((at) => {
        if (at.name === "keyframes" ? UNUSED_MAPLIBRE_CSS.test(at.params) : at.nodes?.length === 0)
          at.remove();
      });
      return { code: root.toString(), map: null };
    },
  };
}

export default defineConfig({
  plugins: [react(), trimMapLibreCss(), sameOriginPolicy(), policyHeaders()],
  worker: { format: "es" },
  build: { chunkSizeWarningLimit: 4096 },
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    globalSetup: ["src/testing/globalSetup.ts"],
  },
});
