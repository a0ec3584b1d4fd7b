/**
 * A worker of the extract command's pool (piscina): loads the gazetteer once (from the snapshot the
 * main thread made, see src/gazetteer/snapshot.ts), then extracts batches of units. Never throws for
 * an article: a failure is that article's error line.
 */
import { workerData } from "node:worker_threads";
import { parseInputEntries } from "../ingest";
import { parseHtmlWithLinkedom } from "../ingest/linkedomParser";
import { loadGazetteerFromDisk, loadGazetteerSnapshot } from "../gazetteer/loadFromDisk";
import type { ArticleInput } from "../pipeline/contract";
import { extractArticle } from "../pipeline/extract";
import { crashLine, problemLine, resultLine } from "./articleOutput";
import { encodeLines } from "./encodedLines";
import type { OutputLine, WorkerData, WorkerResult, WorkerTask, WorkUnit } from "./extractTask";

const { snapshot } = (workerData ?? { snapshot: null }) as WorkerData;
const gazetteer = snapshot ? loadGazetteerSnapshot(snapshot) : loadGazetteerFromDisk();

function extractOne(article: ArticleInput, source: string): OutputLine {
  try {
    return resultLine(extractArticle(article, gazetteer), source);
  } catch (e) {
    return crashLine(article, source, e);
  }
}

function runUnit(unit: WorkUnit): OutputLine[] {
  if ("article" in unit) return [extractOne(unit.article, unit.source)];
  const entries = parseInputEntries(unit.file, {
    parseHtml: parseHtmlWithLinkedom,
    ...(unit.published ? { published: unit.published } : {}),
    metadata: () => unit.metadata,
  });
  return entries.map((entry) => {
    if ("problem" in entry) return problemLine(entry.problem);
    const { source, format: _format, ...article } = entry.article;
    return extractOne(article, source);
  });
}

export default function extractBatch(task: WorkerTask): WorkerResult {
  const perUnit = task.units.map(runUnit);
  return { output: encodeLines(perUnit.flat()), linesPerUnit: perUnit.map((lines) => lines.length) };
}
