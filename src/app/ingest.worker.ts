/// <reference lib="webworker" />
/**
 * Extracts the articles a user adds, off the main thread, one request an article: loads the gazetteer
 * on first use (same origin, bundled by Vite), finds a publication date in the text when the input
 * has none, and runs the pipeline's public entry. Never throws: a failure is the result's `error`.
 */
import gazetteerUrl from "../../data/gazetteer.json?url";
import type { Gazetteer } from "../gazetteer/types";
import { loadGazetteer } from "../gazetteer/load";
import type { ArticleInput, ArticleResult } from "../pipeline/contract";
import { inferPublishedFromText } from "../pipeline/dateline/inferPublished";
import { extractArticle } from "../pipeline/extract";
import type { IngestReply, IngestRequest } from "./ingest/messages";
import type { PublishedFrom } from "../workbench/storedArticle";

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

function failed(input: ArticleInput, error: string): ArticleResult {
  return {
    id: input.id,
    title: input.title ?? input.id,
    published: input.published ?? "",
    text: input.text.slice(0, 2000),
    toponyms: [],
    unresolved: [],
    dates: [],
    events: [],
    error,
  };
}

self.onmessage = async (e: MessageEvent<IngestRequest>) => {
  const { id } = e.data;
  let input = e.data.input;
  let publishedFrom: PublishedFrom = input.published ? "input" : null;
  let result: ArticleResult;
  try {
    if (!input.published) {
      const found = inferPublishedFromText(input.text);
      if (found) {
        input = { ...input, published: found.date };
        publishedFrom = "text";
      }
    }
    result = extractArticle(input, await getGazetteer());
  } catch (err) {
    result = failed(input, err instanceof Error ? err.message : String(err));
  }
  const reply: IngestReply = { id, result, input, publishedFrom };
  self.postMessage(reply);
};
