/// <reference lib="webworker" />
/**
 * Processes the articles a user adds, off the main thread: parses the input, loads the gazetteer on
 * first use (same origin, bundled by Vite) and runs the pipeline's public entry on each article.
 * One bad article never stops the others.
 */
import gazetteerUrl from "../../data/gazetteer.json?url";
import type { Gazetteer } from "../gazetteer/types";
import { loadGazetteer } from "../gazetteer/load";
import type { ArticleResult } from "../pipeline/contract";
import { extractArticle } from "../pipeline/extract";
import type { IngestReply, IngestRequest } from "./ingest/messages";
import { parseSource, type Problem } from "./ingest/parseInput";

declare const self: DedicatedWorkerGlobalScope;

let gazetteer: Promise<Gazetteer> | null = null;

function getGazetteer(): Promise<Gazetteer> {
  gazetteer ??= fetch(gazetteerUrl)
    .then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return r.text();
    })
    .then((text) => loadGazetteer(JSON.parse(text) as unknown))
    .catch((err: unknown) => {
      gazetteer = null;
      throw new Error(
        `the place index could not be loaded (${err instanceof Error ? err.message : String(err)})`,
      );
    });
  return gazetteer;
}

self.onmessage = async (e: MessageEvent<IngestRequest>) => {
  const { id, sources } = e.data;
  const results: ArticleResult[] = [];
  const problems: Problem[] = [];
  const inputs = sources.flatMap((source) => {
    const parsed = parseSource(source);
    problems.push(...parsed.problems);
    return parsed.articles;
  });
  if (inputs.length > 0) {
    try {
      const gaz = await getGazetteer();
      for (const input of inputs) {
        try {
          results.push(extractArticle(input, gaz));
        } catch (err) {
          problems.push({
            level: "error",
            text: `“${input.title ?? input.id}” could not be processed: ${err instanceof Error ? err.message : String(err)}.`,
          });
        }
      }
    } catch (err) {
      problems.push({
        level: "error",
        text: `Nothing was added: ${err instanceof Error ? err.message : String(err)}.`,
      });
    }
  }
  const reply: IngestReply = { id, results, problems, notes: [] };
  self.postMessage(reply);
};
