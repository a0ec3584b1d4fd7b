/** Messages between the page and the ingest worker: one article at a time, so a batch can be cancelled between two. */
import type { ArticleInput, ArticleResult } from "../../pipeline/contract";
import type { PublishedFrom } from "../../workbench/storedArticle";

export interface IngestRequest {
  id: number;
  input: ArticleInput;
}

export interface IngestReply {
  id: number;
  /** The extraction (its `error` set when the article could not be processed). */
  result: ArticleResult;
  /** The input as extracted (with the publication date found in the text, if any). */
  input: ArticleInput;
  publishedFrom: PublishedFrom;
}
