/**
 * Reads articles from files for the command line: `.txt` (one article; metadata from an
 * articles.json beside it or in seeds/, or from flags) and `.jsonl` (one article a line).
 * A file or line that cannot be read becomes an entry with an `error`, in input order.
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { ArticleInput } from "../pipeline/contract";

export type ReadItem = { article: ArticleInput } | { id: string; error: string };

interface Metadata {
  file: string;
  title?: string;
  published?: string;
  url?: string;
}

export interface ReadOptions {
  published?: string;
  title?: string;
  /** articles.json files to take metadata from, by file name. */
  metadataFiles?: string[];
}

function loadMetadata(paths: readonly string[]): Map<string, Metadata> {
  const map = new Map<string, Metadata>();
  for (const p of paths) {
    if (!existsSync(p)) continue;
    const json = JSON.parse(readFileSync(p, "utf8")) as { articles?: Metadata[] };
    for (const a of json.articles ?? []) if (!map.has(a.file)) map.set(a.file, a);
  }
  return map;
}

export function readArticles(files: readonly string[], options: ReadOptions = {}): ReadItem[] {
  const items: ReadItem[] = [];
  const metaPaths = [
    ...(options.metadataFiles ?? []),
    ...files.map((f) => join(dirname(f), "articles.json")),
    "seeds/articles.json",
  ];
  const metadata = loadMetadata([...new Set(metaPaths)]);
  for (const file of files) {
    const id = basename(file);
    if (!existsSync(file)) {
      items.push({ id, error: `${file}: no such file` });
      continue;
    }
    const raw = readFileSync(file);
    if (file.endsWith(".jsonl")) {
      items.push(...readJsonl(file, raw.toString("utf8"), options));
      continue;
    }
    const meta = metadata.get(id);
    const published = options.published ?? meta?.published;
    items.push({
      article: {
        id,
        text: raw.toString("utf8"),
        ...((options.title ?? meta?.title) ? { title: options.title ?? meta?.title } : {}),
        ...(published ? { published } : {}),
        ...(meta?.url ? { url: meta.url } : {}),
      },
    });
  }
  return items;
}

function readJsonl(file: string, content: string, options: ReadOptions): ReadItem[] {
  const items: ReadItem[] = [];
  const lines = content.split("\n");
  lines.forEach((line, i) => {
    if (line.trim() === "") return;
    const where = `${basename(file)}:${i + 1}`;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch (e) {
      items.push({ id: where, error: `${where}: not valid JSON (${(e as Error).message})` });
      return;
    }
    if (typeof obj !== "object" || obj === null || Array.isArray(obj)) {
      items.push({ id: where, error: `${where}: expected an object {"id","text",...}` });
      return;
    }
    const o = obj as Record<string, unknown>;
    const id = typeof o.id === "string" || typeof o.id === "number" ? String(o.id) : where;
    if (typeof o.text !== "string") {
      items.push({ id, error: `${where}: missing "text" string` });
      return;
    }
    const published = typeof o.published === "string" ? o.published : options.published;
    items.push({
      article: {
        id,
        text: o.text,
        ...(typeof o.title === "string" ? { title: o.title } : {}),
        ...(published ? { published } : {}),
        ...(typeof o.url === "string" ? { url: o.url } : {}),
      },
    });
  });
  return items;
}
