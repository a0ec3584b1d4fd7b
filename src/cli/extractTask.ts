/**
 * What the extract command sends to its workers and gets back. A unit is an article already read
 * (a JSONL line) or a whole single-article file to parse there (HTML parsing is work too, so it is
 * spread over the cores as well). Each unit gives its output lines in order, sent back as UTF-8
 * bytes (encodedLines.ts).
 */
import type { InputMetadata } from "../ingest";
import type { ArticleInput } from "../pipeline/contract";
import type { EncodedLines, OutputLine } from "./encodedLines";

export type WorkUnit =
  | { article: ArticleInput; source: string }
  | { file: { name: string; bytes: Uint8Array }; metadata?: InputMetadata; published?: string };

export type { OutputLine };

export interface WorkerTask {
  units: WorkUnit[];
}

/** The lines of every unit in order, encoded, and how many lines each unit gave. */
export interface WorkerResult {
  output: EncodedLines;
  linesPerUnit: number[];
}

/** What every worker is started with: the gazetteer snapshot to load, or null for data/gazetteer.json. */
export interface WorkerData {
  snapshot: string | null;
}
