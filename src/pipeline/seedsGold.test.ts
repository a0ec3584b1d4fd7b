/**
 * The seed articles scored against the hand-made gold (../shared/seeds/gold.json) with the shared
 * scorer: every required incident found, extra events at most a fifth of those extracted, every
 * listed toponym occurrence recognised with the right country.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { tempDir } from "../testing/tempDir";
import { readArticles } from "../cli/readArticles";
import { realGazetteer } from "../testing/realGazetteer";
import { extractArticle } from "./extract";

const SHARED = process.env.SHARED_DIR ?? "../shared";

describe("seed articles against the gold", () => {
  it("finds every required incident and every toponym, with few extras", () => {
    const meta = JSON.parse(readFileSync("seeds/articles.json", "utf8")) as { articles: { file: string }[] };
    const lines = readArticles(meta.articles.map((a) => `seeds/${a.file}`)).map((item) => {
      if ("error" in item) throw new Error(item.error);
      return JSON.stringify(extractArticle(item.article, realGazetteer()));
    });
    const out = join(tempDir("cm-seeds-", onTestFinished), "seeds.jsonl");
    writeFileSync(out, lines.join("\n") + "\n");
    const report = execFileSync(
      "node",
      [join(SHARED, "eval/score.mjs"), "seeds", join(SHARED, "seeds/gold.json"), out],
      { encoding: "utf8" },
    );
    const rows = report.trim().split("\n");
    const figures = JSON.parse(rows[rows.length - 1]!) as Record<string, number>;
    const problems = rows.filter((r) => /^(MISSING|toponym)/.test(r));
    expect(problems).toEqual([]);
    expect(figures.requiredFound).toBe(figures.requiredIncidents);
    expect(figures.extractedEvents).toBeGreaterThan(0);
    expect(1 - figures.eventPrecision!).toBeLessThanOrEqual(0.2);
    expect(figures.toponymsRight).toBe(1);
  });
});
