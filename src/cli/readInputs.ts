/**
 * The extract command's inputs, read as a stream in the order given: each path becomes work units
 * (a JSONL file line by line as it is read, any other file whole), or one problem naming it. Nothing
 * here throws for a bad input.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
// Not the ingest index, which loads the HTML and Markdown readers (see extract.ts).
import { escapeControls } from "../ingest/escapeControls";
import { formatOf, problemBeforeReading } from "../ingest/inputFormat";
import { JsonlReader } from "../ingest/jsonl";
import { MAX_FILE_BYTES } from "../ingest/limits";
import type { InputEntry } from "../ingest/types";
import { problemLine } from "./articleOutput";
import type { OutputLine, WorkUnit } from "./extractTask";
import { SidecarMetadata } from "./sidecarMetadata";

export type InputItem =
  /** Work for the pool. */
  | { unit: WorkUnit }
  /** A problem with an input, printed in its place: a JSON line with "error" and a message. */
  | { line: OutputLine }
  /** A problem that is not an article (a malformed sidecar): a message only. */
  | { notice: string };

export interface InputOptions {
  /** For a single-article file: wins over its sidecar and its page; for a JSONL line: fills in a missing date. */
  published?: string;
  /** For a single-article file: wins over its sidecar and its page. */
  title?: string;
  metadataFiles?: string[];
  /** Bytes read at a time from a JSONL file. */
  chunkBytes?: number;
}

function fsReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "cannot be read (permission denied)";
    case "EISDIR":
      return "is a directory (give the files in it, e.g. dir/*.txt)";
    case "ENOTDIR":
      return "no such file (a part of its path is not a directory)";
    case "ELOOP":
      return "cannot be read (its symbolic links form a loop)";
    default:
      return `cannot be read (${code ?? (e instanceof Error ? e.message : String(e))})`;
  }
}

function problem(path: string, reason: string): InputItem {
  return {
    line: problemLine({ source: escapeControls(path), message: `${escapeControls(path)}: ${reason}` }),
  };
}

function* entryItems(entries: InputEntry[]): Generator<InputItem> {
  for (const entry of entries) {
    if ("problem" in entry) yield { line: problemLine(entry.problem) };
    else {
      const { source, format: _format, ...article } = entry.article;
      yield { unit: { article, source } };
    }
  }
}

export async function* readInputs(
  paths: readonly string[],
  options: InputOptions = {},
): AsyncGenerator<InputItem> {
  const sidecars = new SidecarMetadata(options.metadataFiles ?? []);
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (e) {
      yield problem(path, fsReason(e));
      continue;
    }
    if (info.isDirectory()) {
      yield problem(path, "is a directory (give the files in it, e.g. dir/*.txt)");
      continue;
    }
    // A JSONL file is streamed, so only a single-article file has a size limit here.
    const early = problemBeforeReading(path, info.isFile() && formatOf(path) !== "jsonl" ? info.size : 0);
    if (early) {
      yield { line: problemLine(early) };
      continue;
    }
    if (formatOf(path) === "jsonl") {
      yield* readJsonl(path, options);
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = await readWhole(path);
    } catch (e) {
      yield problem(path, fsReason(e));
      continue;
    }
    const { metadata: sidecar, problems } = sidecars.lookup(path);
    for (const p of problems) yield { notice: p };
    const metadata = {
      ...sidecar,
      ...(options.title ? { title: options.title } : {}),
      ...(options.published ? { published: options.published } : {}),
    };
    yield { unit: { file: { name: path, bytes }, metadata } };
  }
}

async function readWhole(path: string): Promise<Uint8Array> {
  const parts: Buffer[] = [];
  let total = 0;
  for await (const chunk of createReadStream(path)) {
    parts.push(chunk as Buffer);
    total += (chunk as Buffer).length;
    if (total > MAX_FILE_BYTES) break; // a pipe or a growing file: enough to say it is too large
  }
  return Buffer.concat(parts);
}

async function* readJsonl(path: string, options: InputOptions): AsyncGenerator<InputItem> {
  const reader = new JsonlReader(
    escapeControls(path),
    options.published ? { published: options.published } : {},
  );
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: options.chunkBytes ?? 256 * 1024 })) {
      yield* entryItems(reader.push(chunk as Buffer));
    }
  } catch (e) {
    yield* entryItems(reader.end());
    yield problem(path, `${fsReason(e)}; the lines before were read`);
    return;
  }
  yield* entryItems(reader.end());
}
