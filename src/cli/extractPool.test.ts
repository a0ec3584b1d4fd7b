/**
 * The worker pool changes nothing in what is printed: the extract command on two workers prints,
 * byte for byte and in input order, what one thread gives calling the pipeline article by article
 * on the same lines (as src/cli/extractWorker.ts does), over a few hundred real development texts.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { tempDir } from "../testing/tempDir";
import { parseJsonlLine } from "../ingest";
import { loadGazetteerFromDisk } from "../gazetteer/loadFromDisk";
import { extractArticle } from "../pipeline/extract";
import { resultLine } from "./articleOutput";
import { runExtract } from "./cliTestHelpers";

const EVAL = join(process.env.SHARED_DIR ?? "../shared", "eval");
const PER_FILE = 60;

let file: string;
let lines: string[];
const poolDir = tempDir("cm-pool-");

beforeAll(() => {
  // Every n-th line of each eval set, so that each set is in the batch, as lines of one file.
  lines = readdirSync(EVAL)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()
    .flatMap((f) => {
      const all = readFileSync(join(EVAL, f), "utf8")
        .split("\n")
        .filter((l) => l.trim());
      const step = Math.max(1, Math.floor(all.length / PER_FILE));
      return all.filter((_, i) => i % step === 0).slice(0, PER_FILE);
    })
    .map((l, i) => {
      const o = JSON.parse(l) as Record<string, unknown>;
      return JSON.stringify({ ...o, id: `pool-${i}` });
    });
  file = join(poolDir, "batch.jsonl");
  writeFileSync(file, lines.join("\n") + "\n");
});

describe("extract on a pool of workers", () => {
  it("prints exactly what one thread prints, in input order", () => {
    expect(lines.length).toBeGreaterThanOrEqual(200);
    const gazetteer = loadGazetteerFromDisk();
    const expected = lines.map((line, i) => {
      const entry = parseJsonlLine(file, i + 1, line);
      if (!entry || !("article" in entry)) throw new Error(`line ${i + 1} is not an article`);
      const { source, format: _format, ...article } = entry.article;
      return resultLine(extractArticle(article, gazetteer), source).json;
    });
    const r = runExtract("--threads", "2", file);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const printed = r.stdout.split("\n");
    expect(printed.pop()).toBe("");
    expect(printed.length).toBe(expected.length);
    const differ = printed.flatMap((l, i) => (l === expected[i] ? [] : [i]));
    expect(differ).toEqual([]);
  }, 300_000);

  it("a worker that runs out of memory fails only the article that took it there; the batch goes on", () => {
    // One small batch: two short articles around a 2 MB one (the longest accepted). With an 80 MB heap a worker holds the
    // gazetteer and a short article, not the long one's layers.
    const long = "Fighters attacked the village, killing 12 and wounding 3. ".repeat(34_000);
    const short = "Shelling in Kharkiv on Friday killed three people, officials said.";
    const batch = join(tempDir("cm-oom-", onTestFinished), "oom.jsonl");
    writeFileSync(
      batch,
      [
        { id: "short-1", text: short, published: "2024-03-02" },
        { id: "long", text: long, published: "2024-03-02" },
        { id: "short-2", text: short, published: "2024-03-02" },
      ]
        .map((a) => JSON.stringify(a))
        .join("\n") + "\n",
    );
    const r = runExtract("--threads", "1", "--worker-memory", "80", batch);
    expect(r.status).toBe(1);
    expect(r.lines.map((l) => [l.id, l.error === undefined])).toEqual([
      ["short-1", true],
      ["long", false],
      ["short-2", true],
    ]);
    expect(r.lines[1]!.error).toMatch(/memory/);
    expect(r.stderr).toMatch(/oom\.jsonl:2 \(id long\).*memory/);
    expect(r.lines[0]!.events?.length).toBeGreaterThan(0);
  }, 300_000);
});
