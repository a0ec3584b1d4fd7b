/**
 * Writes data/extracted.json: the seed articles in seeds/ (metadata in seeds/articles.json) run
 * through the pipeline. Called by `npm run data` after the gazetteer is built.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { loadGazetteerFromDisk } from "../gazetteer/loadFromDisk";
import { extractArticle } from "../pipeline/extract";
import type { ArticleResult } from "../pipeline/contract";
import { readArticles } from "./readArticles";

const meta = JSON.parse(readFileSync("seeds/articles.json", "utf8")) as { articles: { file: string }[] };
const files = meta.articles.map((a) => `seeds/${a.file}`);
const t0 = performance.now();
const gazetteer = loadGazetteerFromDisk();
const results: ArticleResult[] = [];
for (const item of readArticles(files, { metadataFiles: ["seeds/articles.json"] })) {
  if ("error" in item) throw new Error(item.error);
  const r = extractArticle(item.article, gazetteer);
  if (r.error) throw new Error(`${r.id}: ${r.error}`);
  results.push(r);
}
mkdirSync("data", { recursive: true });
writeFileSync("data/extracted.json", JSON.stringify(results));
const events = results.reduce((n, r) => n + r.events.length, 0);
console.log(
  `data/extracted.json: ${results.length} articles, ${events} incidents (${Math.round(performance.now() - t0)} ms)`,
);
