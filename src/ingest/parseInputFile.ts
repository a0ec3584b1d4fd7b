/**
 * One input file to articles, by its extension (case-insensitive): .txt, .md, .html/.htm, .jsonl.
 * Never throws: whatever cannot be used is a problem naming the file or line, and the rest is kept.
 */
import { articleTextProblem, decodeText } from "./decodeText";
import { escapeControls } from "./escapeControls";
import { baseName } from "./fileName";
import { formatOf, problemBeforeReading } from "./inputFormat";
import { readHtmlArticle } from "./htmlArticle";
import { JsonlReader } from "./jsonl";
import { readMarkdown } from "./markdown";
import { normalizeDay } from "./normalizeDay";
import type { InputEntry, InputFile, InputProblem, ParseOptions, ParsedArticle } from "./types";

export { formatOf, problemBeforeReading, SUPPORTED_EXTENSIONS } from "./inputFormat";

function problemEntry(source: string, reason: string): InputEntry {
  return { problem: { source, message: `${source}: ${reason}` } };
}

/** The file's articles and problems, in input order. */
export function parseInputEntries(file: InputFile, options: ParseOptions): InputEntry[] {
  const name = escapeControls(file.name);
  const early = problemBeforeReading(file.name, file.bytes.length);
  if (early) return [{ problem: early }];
  const format = formatOf(file.name)!;
  if (format === "jsonl") {
    const reader = new JsonlReader(name, options.published ? { published: options.published } : {});
    return [...reader.push(file.bytes), ...reader.end()];
  }
  const decoded = decodeText(file.bytes);
  if ("problem" in decoded) return [problemEntry(name, decoded.problem)];
  if (decoded.text.trim() === "") return [problemEntry(name, "the file is empty (only white space)")];

  let text = decoded.text;
  let own: { title?: string; published?: string; url?: string } = {};
  if (format === "html") {
    const page = readHtmlArticle(text, options.parseHtml);
    if ("problem" in page) return [problemEntry(name, page.problem)];
    ({ text, ...own } = page);
  } else if (format === "md") {
    const md = readMarkdown(text, options.parseHtml);
    if ("problem" in md) return [problemEntry(name, md.problem)];
    ({ text, ...own } = md);
  }
  const textProblem = articleTextProblem(text);
  if (textProblem) return [problemEntry(name, textProblem)];

  const given = options.metadata?.(file.name) ?? {};
  const title = given.title ?? own.title;
  const givenPublished = given.published?.trim() ? normalizeDay(given.published) : undefined;
  const published = givenPublished ?? own.published ?? options.published;
  const url = given.url ?? own.url;
  const article: ParsedArticle = {
    id: baseName(file.name),
    text,
    ...(title ? { title } : {}),
    ...(published ? { published } : {}),
    ...(url ? { url } : {}),
    source: name,
    format,
  };
  return [{ article }];
}

export function parseInputFile(
  file: InputFile,
  options: ParseOptions,
): { articles: ParsedArticle[]; problems: InputProblem[] } {
  const articles: ParsedArticle[] = [];
  const problems: InputProblem[] = [];
  for (const entry of parseInputEntries(file, options)) {
    if ("article" in entry) articles.push(entry.article);
    else problems.push(entry.problem);
  }
  return { articles, problems };
}
