/** Messages between the page and the ingest worker. */
import type { ArticleResult } from "../../pipeline/contract";
import type { Problem, Source } from "./parseInput";

export interface IngestRequest {
  id: number;
  sources: Source[];
}

export interface IngestReply {
  id: number;
  results: ArticleResult[];
  problems: Problem[];
  /** Informational lines ("3 incidents added from …" is written by the page; this is for worker notes). */
  notes: string[];
}
