/**
 * Output lines of the extract command. Every line is JSON with the controls that JSON.stringify
 * leaves raw escaped too, and every message has its control characters escaped, so nothing from the
 * input reaches the terminal raw.
 */
// Not the ingest index, which loads the HTML and Markdown readers (see extract.ts).
import { escapeControls, escapeJsonControls } from "../ingest/escapeControls";
import { baseName } from "../ingest/fileName";
import type { InputProblem } from "../ingest/types";
import type { ArticleInput, ArticleResult } from "../pipeline/contract";
import type { OutputLine } from "./extractTask";

export function problemLine(problem: InputProblem): OutputLine {
  // The source is already escaped for display (backslashes included), so it is cut at "/" only.
  const id = problem.id ?? problem.source.slice(problem.source.lastIndexOf("/") + 1);
  return { json: escapeJsonControls(JSON.stringify({ id, error: problem.message })), error: problem.message };
}

export function resultLine(result: ArticleResult, source: string): OutputLine {
  const json = escapeJsonControls(JSON.stringify(result));
  if (!result.error) return { json };
  const where = baseName(source) === result.id ? source : `${source} (id ${result.id})`;
  return { json, error: escapeControls(`${where}: ${result.error}`) };
}

/** An article the pipeline threw on: reported as an error result, the batch goes on. */
export function crashLine(article: ArticleInput, source: string, error: unknown): OutputLine {
  const message = `the pipeline failed on this article (${error instanceof Error ? `${error.name}: ${error.message}` : String(error)})`;
  return resultLine(
    {
      id: article.id,
      title: article.title ?? "",
      published: article.published ?? "",
      text: "",
      toponyms: [],
      unresolved: [],
      dates: [],
      events: [],
      error: message,
    },
    source,
  );
}
