/**
 * The pipeline's public entry: one article in, one ArticleResult (the JSON contract, written by
 * writeResult.ts) out.
 * Never throws for bad input: the result carries `error` instead.
 */
import type { Gazetteer } from "../gazetteer/types";
import type { ArticleInput, ArticleResult } from "./contract";
import {
  htmlToText,
  isMissingPublished,
  looksLikeHtml,
  normalizePublished,
  rejectPublished,
  rejectText,
} from "./cleanInput";
import { initialState, type PipelineContext } from "./state";
import { runStages, type OnStage } from "./runStages";
import { errorResult, writeResult, type ResultBase } from "./writeResult";

export interface ExtractOptions {
  debug?: (stage: string, message: string) => void;
  /** Called after each stage with the state it left (a trace, a benchmark). */
  onStage?: OnStage;
}

export function extractArticle(
  input: ArticleInput,
  gazetteer: Gazetteer,
  options: ExtractOptions = {},
): ArticleResult {
  const undated = isMissingPublished(input.published);
  const published = undated ? "" : normalizePublished(input.published);
  const base: ResultBase = {
    id: String(input.id ?? ""),
    title: typeof input.title === "string" ? input.title : "",
    published: typeof published === "string" ? published : "",
    ...(input.url ? { url: input.url } : {}),
  };
  const textError = rejectText(input.text);
  if (textError)
    return errorResult(base, typeof input.text === "string" ? input.text.slice(0, 2000) : "", textError);
  const publishedError = undated ? null : rejectPublished(published);
  if (publishedError) return errorResult(base, input.text, publishedError);

  const text = looksLikeHtml(input.text) ? htmlToText(input.text) : input.text;
  const ctx: PipelineContext = {
    text,
    published: base.published,
    gazetteer,
    ...(options.debug ? { debug: options.debug } : {}),
  };
  const state = runStages(ctx, initialState(), options.onStage);

  return writeResult(base, text, state, gazetteer, undated);
}
