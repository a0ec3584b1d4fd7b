/**
 * Reads articles from files at once, for the commands that need them all in memory (eval, build-data)
 * and tests: the same formats and messages as the streaming extract command (src/ingest), with
 * metadata from an articles.json beside a file or from --meta files. A file or line that cannot be
 * read becomes an entry with an `error`, in input order.
 */
import { readFileSync, statSync } from "node:fs";
import { baseName, escapeControls, parseInputEntries } from "../ingest";
import { parseHtmlWithLinkedom } from "../ingest/linkedomParser";
import type { ArticleInput } from "../pipeline/contract";
import { SidecarMetadata } from "./sidecarMetadata";

export type ReadItem = { article: ArticleInput } | { id: string; error: string };

export interface ReadOptions {
  /** Wins over a single-article file's own date; fills in a JSONL line's missing one. */
  published?: string;
  title?: string;
  /** articles.json files to take metadata from, by file name. */
  metadataFiles?: string[];
}

function fileError(file: string, e: unknown): ReadItem {
  const code = (e as NodeJS.ErrnoException).code;
  const why =
    code === "ENOENT"
      ? "no such file"
      : code === "EISDIR"
        ? "is a directory"
        : `cannot be read (${code ?? String(e)})`;
  return { id: baseName(file), error: `${escapeControls(file)}: ${why}` };
}

export function readArticles(files: readonly string[], options: ReadOptions = {}): ReadItem[] {
  const items: ReadItem[] = [];
  const sidecars = new SidecarMetadata(options.metadataFiles ?? []);
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      if (statSync(file).isDirectory()) throw Object.assign(new Error("directory"), { code: "EISDIR" });
      bytes = readFileSync(file);
    } catch (e) {
      items.push(fileError(file, e));
      continue;
    }
    const { metadata, problems } = sidecars.lookup(file);
    for (const p of problems) console.error(`warning: ${p}`);
    const given = {
      ...metadata,
      ...(options.title ? { title: options.title } : {}),
      ...(options.published ? { published: options.published } : {}),
    };
    const entries = parseInputEntries(
      { name: file, bytes },
      {
        parseHtml: parseHtmlWithLinkedom,
        ...(options.published ? { published: options.published } : {}),
        metadata: () => given,
      },
    );
    for (const entry of entries) {
      if ("problem" in entry) {
        items.push({ id: entry.problem.id ?? baseName(entry.problem.source), error: entry.problem.message });
        continue;
      }
      const { source: _source, format: _format, ...article } = entry.article;
      items.push({ article });
    }
  }
  return items;
}
