/**
 * The output contract, byte for byte: the seeds and the first 50 records of each development set (and
 * ten of them without a publication date) run through the pipeline, and each result's JSON compared
 * with the hash saved in writeResult.snapshot.json (written by the code before the event layer pointed
 * at its mention and date). A change that means to alter the output regenerates it:
 * UPDATE_OUTPUT_SNAPSHOT=1 npx vitest run src/pipeline/writeResult.snapshot.test.ts
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readArticles } from "../cli/readArticles";
import { realGazetteer } from "../testing/realGazetteer";
import type { ArticleInput } from "./contract";
import { extractArticle } from "./extract";

const SHARED = process.env.SHARED_DIR ?? "../shared";
const SNAPSHOT = "src/pipeline/writeResult.snapshot.json";
const SETS = ["events-ucdp2018", "dates-meantime", "geo-lgl", "geo-geovirus", "geo-tud"];
const PER_SET = 50;

function inputs(): ArticleInput[] {
  const meta = JSON.parse(readFileSync("seeds/articles.json", "utf8")) as { articles: { file: string }[] };
  const seeds = readArticles(meta.articles.map((a) => `seeds/${a.file}`)).flatMap((item) =>
    "article" in item ? [item.article] : [],
  );
  const sets = SETS.flatMap((set) =>
    readFileSync(join(SHARED, `eval/${set}.jsonl`), "utf8")
      .split("\n")
      .filter((l) => l.trim() !== "")
      .slice(0, PER_SET)
      .map((l) => {
        const r = JSON.parse(l) as { id: string | number; text: string; published?: string; title?: string };
        return {
          id: String(r.id),
          text: r.text,
          published: r.published ?? "2010-01-01",
          ...(r.title ? { title: r.title } : {}),
        };
      }),
  );
  const undated = sets.slice(0, 10).map((a) => ({ ...a, id: `${String(a.id)}-undated`, published: "" }));
  return [...seeds, ...sets, ...undated];
}

const hash = (s: string) => createHash("sha256").update(s).digest("hex").slice(0, 16);

describe("the output contract", () => {
  it("is byte-identical to the saved snapshot", { timeout: 120_000 }, () => {
    const got: Record<string, string> = {};
    for (const a of inputs()) got[String(a.id)] = hash(JSON.stringify(extractArticle(a, realGazetteer())));
    if (process.env.UPDATE_OUTPUT_SNAPSHOT || !existsSync(SNAPSHOT))
      writeFileSync(SNAPSHOT, JSON.stringify(got, null, 2) + "\n");
    const want = JSON.parse(readFileSync(SNAPSHOT, "utf8")) as Record<string, string>;
    expect(Object.keys(got).length).toBeGreaterThan(250);
    expect(got).toEqual(want);
  });
});
