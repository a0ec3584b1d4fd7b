/**
 * Metadata for single-article files from an `articles.json` beside them (see seeds/articles.json:
 * {"articles": [{"file", "title"?, "published"?, "url"?}]}) or given with --meta. A sidecar that is
 * missing is no problem; one that cannot be read or is malformed is one problem, reported once, and
 * its files are read without it.
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
// Not the ingest index, which loads the HTML and Markdown readers (see extract.ts).
import { escapeControls, quoteForMessage } from "../ingest/escapeControls";
import type { InputMetadata } from "../ingest/types";

export const SIDECAR_NAME = "articles.json";

type Table = Map<string, InputMetadata>;

function readTable(path: string): { table: Table } | { problem: string } {
  const where = escapeControls(path);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    const why =
      e instanceof SyntaxError
        ? `not valid JSON (${quoteForMessage(e.message)})`
        : `cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`;
    return { problem: `${where}: ${why}; its metadata was not used` };
  }
  const list =
    json && typeof json === "object" && !Array.isArray(json)
      ? (json as { articles?: unknown }).articles
      : undefined;
  if (!Array.isArray(list))
    return {
      problem: `${where}: has no "articles" list ({"articles": [{"file", "title", "published"}]}); its metadata was not used`,
    };
  const table: Table = new Map();
  for (const entry of list) {
    if (!entry || typeof entry !== "object") continue;
    const e = entry as Record<string, unknown>;
    if (typeof e.file !== "string" || table.has(e.file)) continue;
    const str = (v: unknown) => (typeof v === "string" && v.trim() ? v : undefined);
    const title = str(e.title);
    const published = str(e.published);
    const url = str(e.url);
    table.set(e.file, {
      ...(title ? { title } : {}),
      ...(published ? { published } : {}),
      ...(url ? { url } : {}),
    });
  }
  return { table };
}

export class SidecarMetadata {
  private readonly tables = new Map<string, Table | null>();
  private readonly explicit: string[];

  /** `explicit`: --meta files, searched before the sidecar beside each file. */
  constructor(explicit: readonly string[] = []) {
    this.explicit = [...explicit];
  }

  /** Loads a table once; the problem is returned the first time only. */
  private load(path: string, required: boolean, problems: string[]): Table | null {
    if (this.tables.has(path)) return this.tables.get(path)!;
    let table: Table | null = null;
    if (existsSync(path) || required) {
      const read = readTable(path);
      if ("problem" in read) problems.push(read.problem);
      else table = read.table;
    }
    this.tables.set(path, table);
    return table;
  }

  /** Metadata for this file, and the problems found on the way (each sidecar reported once). */
  lookup(file: string): { metadata?: InputMetadata; problems: string[] } {
    const problems: string[] = [];
    const name = basename(file);
    const paths: [string, boolean][] = [
      ...this.explicit.map((p): [string, boolean] => [p, true]),
      [join(dirname(file), SIDECAR_NAME), false],
    ];
    for (const [path, required] of paths) {
      const found = this.load(path, required, problems)?.get(name);
      if (found) return { metadata: found, problems };
    }
    return { problems };
  }
}
