/**
 * Part of `npm run bench:extract`, run as its own process: the pipeline alone on one thread over a
 * batch file of the bench (one JSON article a line), the same calls as a worker of the extract
 * command (extractArticle, then the output line) without reading, the pool or writing. Prints one
 * line, `pipeline: {...}`, with the CPU time of the loop; the gazetteer load is not counted.
 */
import { readFileSync } from "node:fs";
import { loadGazetteerFromDisk } from "../gazetteer/loadFromDisk";
import type { ArticleInput } from "../pipeline/contract";
import { extractArticle } from "../pipeline/extract";
import { resultLine } from "./articleOutput";

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const gazetteer = loadGazetteerFromDisk();
const articles = readFileSync(process.argv[2]!, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as ArticleInput);
const start = cpuMs();
let bytes = 0;
for (const article of articles) bytes += resultLine(extractArticle(article, gazetteer), "bench").json.length;
const loopCpuMs = Math.round(cpuMs() - start);
process.stdout.write(
  `pipeline: ${JSON.stringify({ articles: articles.length, loopCpuMs, outputChars: bytes })}\n`,
);
