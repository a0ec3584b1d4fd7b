/**
 * One article as the workbench keeps it: what the user gave, what the pipeline made of it, and where
 * its publication date came from. Pure data, shared by the page's storage and the reports (export, import).
 */
import type { ArticleInput, ArticleResult } from "../pipeline/contract";

/** Where an article's publication date came from; null while the page waits for the user to give one. */
export type PublishedFrom = "input" | "metadata" | "text" | "user" | null;

export interface StoredArticle {
  /** Primary key; also the article's id in the page (ArticleResult.id). */
  key: string;
  /** What the user gave, so the article can be extracted again (by a newer pipeline, or with a new date). */
  input: ArticleInput;
  /** What the pipeline made of it (null until it has been extracted). */
  result: ArticleResult | null;
  source: { kind: "paste" | "file" | "import"; name: string };
  /** normaliseUrl(input.url), for "already added" checks. */
  urlKey: string | null;
  /** contentHash(input.text). */
  contentHash: string;
  addedAt: number;
  pipelineVersion: string;
  publishedFrom: PublishedFrom;
}
