/**
 * The extract command's main thread only reads inputs and hands them to its workers: it must not
 * load the HTML and Markdown readers (and their libraries), a start-up cost of every run. The
 * modules it imports are listed by esbuild (the bundler the worker is built with).
 */
import * as esbuild from "esbuild";
import { describe, expect, it } from "vitest";

async function modulesOf(entry: string): Promise<string[]> {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "esm",
    write: false,
    metafile: true,
    // Only what the command imports at start: the merge code is loaded on demand (--incidents).
    external: ["canvas", "./batchIncidents"],
    logLevel: "silent",
  });
  return Object.keys(result.metafile.inputs);
}

const READERS =
  /node_modules\/(?:linkedom|@mozilla\/readability|marked)\/|src\/ingest\/(?:htmlArticle|markdown|htmlText)\.ts$/;

describe("the extract command's main thread", () => {
  it("loads none of the HTML and Markdown readers", async () => {
    const modules = await modulesOf("src/cli/extract.ts");
    expect(modules).toContain("src/ingest/jsonl.ts");
    expect(modules.filter((m) => READERS.test(m))).toEqual([]);
  });

  it("while the worker does", async () => {
    const modules = await modulesOf("src/cli/extractWorker.ts");
    expect(modules.filter((m) => READERS.test(m)).length).toBeGreaterThan(0);
  });
});
