/**
 * What the extract command sends to its workers and gets back. A unit is an article already read
 * (a JSONL line) or a whole single-article file to parse there (HTML parsing is work too, so it is
 * spread over the cores as well). Each unit gives its output lines in order.
 */
import type { InputMetadata } from "../ingest";
import type { ArticleInput } from "../pipeline/contract";

export type WorkUnit =
  | { article: ArticleInput; source: string }
  | { file: { name: string; bytes: Uint8Array }; metadata?: InputMetadata; published?: string };

/** One line of output: the JSON for stdout, and the message for stderr when something failed. */
export interface OutputLine {
  json: string;
  error?: string;
}

export interface WorkerTask {
  units: WorkUnit[];
}

/** Per unit, its lines. */
export type WorkerResult = OutputLine[][];

/** What every worker is started with: the gazetteer snapshot to load, or null for data/gazetteer.json. */
export interface WorkerData {
  snapshot: string | null;
}
