import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

export default tseslint.config(
  { ignores: ["dist", "data", "node_modules", "public", "test-results", "playwright-report"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // With noUncheckedIndexedAccess every in-bounds array read is `T | undefined`; the hot loops of
      // the pipeline assert instead of branching.
      "@typescript-eslint/no-non-null-assertion": "off",
      // Article text is data: never inject it as markup.
      "no-restricted-properties": [
        "error",
        { property: "innerHTML", message: "Render article text as text, never as HTML." },
        { property: "setHTML", message: "Render article text as text, never as HTML." },
      ],
    },
  },
  {
    // The pipeline is pure: it runs in Node and in a Web Worker, so no DOM, no Node APIs, no app.
    files: ["src/pipeline/**/*.ts", "src/gazetteer/**/*.ts", "src/ingest/**/*.ts"],
    ignores: ["src/gazetteer/build/**", "**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["node:*", "fs", "path", "os"], message: "The pipeline runs in a browser worker too." },
            { group: ["**/app/**", "react", "maplibre-gl"], message: "The pipeline never imports the app." },
          ],
        },
      ],
    },
  },
  {
    // The input formats run in Node and in a Web Worker: the DOM parser is injected, never a global.
    files: ["src/ingest/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-globals": ["error", "document", "window", "DOMParser", "Node", "process", "Buffer"],
    },
  },
);
