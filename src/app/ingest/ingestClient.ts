/**
 * The page side of adding articles: reads and parses what the user gave (one file at a time, yielding
 * between files), recognises articles already added, sends the rest to the ingest worker one by one,
 * and stores what comes back. Store updates are batched (at most one every FLUSH_MS, on an animation
 * frame) so the page stays responsive while a 1,000-article batch runs; incidents appear as articles
 * finish. A batch can be cancelled between two articles.
 */
import type { ArticleInput } from "../../pipeline/contract";
import { useAppStore } from "../store/appStore";
import type { BatchItem, IngestMessage } from "../store/ingestSlice";
import { windowRange } from "../store/selectors";
import { identitiesOf } from "../store/workbenchSlice";
import type { StoredArticle } from "../workbench/db";
import { contentHash, findDuplicate, normaliseUrl, type ArticleIdentity } from "../workbench/identity";
import { PIPELINE_VERSION } from "../workbench/pipelineVersion";
import { uniqueId } from "../model/articles";
import { parseHtmlArticle } from "./htmlArticle";
import type { IngestReply, IngestRequest } from "./messages";
import { MAX_FILE_BYTES, bodyProblem, looksBinary, parseSource, type Problem } from "./parseInput";

type Message = Omit<IngestMessage, "id">;

let worker: Worker | null = null;
let nextRequest = 1;
const waiting = new Map<number, { resolve: (r: IngestReply) => void; input: ArticleInput }>();

function failAll(text: string): void {
  for (const [id, w] of waiting)
    w.resolve({
      id,
      input: w.input,
      publishedFrom: null,
      result: {
        id: w.input.id,
        title: w.input.title ?? w.input.id,
        published: "",
        text: "",
        toponyms: [],
        unresolved: [],
        dates: [],
        events: [],
        error: text,
      },
    });
  waiting.clear();
  worker?.terminate();
  worker = null;
}

function getWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL("../ingest.worker.ts", import.meta.url), { type: "module", name: "ingest" });
  worker.onmessage = (e: MessageEvent<IngestReply>) => {
    waiting.get(e.data.id)?.resolve(e.data);
    waiting.delete(e.data.id);
  };
  worker.onerror = (e) => {
    e.preventDefault();
    failAll(`the article processor stopped (${e.message || "it could not start"})`);
  };
  return worker;
}

/** Extracts one article in the worker. */
export function extractInWorker(input: ArticleInput): Promise<IngestReply> {
  const id = nextRequest++;
  return new Promise((resolve) => {
    waiting.set(id, { resolve, input });
    const request: IngestRequest = { id, input };
    getWorker().postMessage(request);
  });
}

export type Entry =
  | { kind: "paste"; title: string; published: string; url: string; body: string }
  | { kind: "file"; file: File; path?: string; published: string };

const TEXT_EXT = /\.(txt|text|md|markdown)$/i;
const JSONL_EXT = /\.(jsonl|ndjson)$/i;
const HTML_EXT = /\.(html?|xhtml)$/i;
export const ACCEPTED_FILES =
  ".txt,.md,.markdown,.html,.htm,.jsonl,.ndjson,text/plain,text/markdown,text/html";

interface ParsedEntry {
  name: string;
  inputs: { name: string; input: ArticleInput; source: StoredArticle["source"] }[];
  /** Problems with parts of the entry (a bad JSONL line); the rest was read. */
  problems: Problem[];
  /** Why nothing of the entry could be read. */
  fatal: string | null;
}

async function readText(file: File): Promise<string> {
  const bytes = await file.arrayBuffer();
  // fatal: an undecodable file is refused instead of read with replacement characters.
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}

async function parseEntry(entry: Entry): Promise<ParsedEntry> {
  if (entry.kind === "paste") {
    const parsed = parseSource({
      kind: "paste",
      title: entry.title,
      published: entry.published,
      body: entry.body,
    });
    const url = entry.url.trim();
    const inputs = parsed.articles.map((input) => ({
      name: input.title ?? "Pasted article",
      input: { ...input, ...(url ? { url } : {}) },
      source: { kind: "paste" as const, name: "Pasted article" },
    }));
    const name = entry.title.trim() || "Pasted article";
    const fatal = inputs.length === 0 ? (parsed.problems[0]?.text ?? "nothing to add") : null;
    return { name, inputs, problems: fatal ? [] : parsed.problems, fatal };
  }
  const name = entry.path ?? entry.file.name;
  const failedWith = (why: string): ParsedEntry => ({
    name,
    inputs: [],
    problems: [],
    fatal: `${name} was not added: ${why}.`,
  });
  const lower = entry.file.name.toLowerCase();
  const kind = JSONL_EXT.test(lower)
    ? "jsonl"
    : HTML_EXT.test(lower)
      ? "html"
      : TEXT_EXT.test(lower)
        ? "txt"
        : null;
  if (kind === null) return failedWith("only .txt, .md, .html and .jsonl files can be read");
  if (entry.file.size === 0) return failedWith("the file is empty");
  if (entry.file.size > MAX_FILE_BYTES)
    return failedWith(
      `it is ${(entry.file.size / 1e6).toFixed(1)} MB; files up to ${MAX_FILE_BYTES / 1e6} MB can be read`,
    );
  let text: string;
  try {
    text = await readText(entry.file);
  } catch (err) {
    return failedWith(
      err instanceof TypeError
        ? "it is not UTF-8 text (a binary file, or another encoding?)"
        : `it could not be read (${String(err)})`,
    );
  }
  const source = { kind: "file" as const, name };
  if (kind === "html") {
    if (looksBinary(text)) return failedWith("it does not look like text (a binary file?)");
    const parsed = parseHtmlArticle(name, text);
    if ("problem" in parsed) return failedWith(parsed.problem);
    const problem = bodyProblem(parsed.article.text);
    if (problem) return failedWith(problem);
    const published = parsed.article.published ?? (entry.published.trim() || undefined);
    return {
      name,
      inputs: [{ name, input: { ...parsed.article, ...(published ? { published } : {}) }, source }],
      problems: [],
      fatal: null,
    };
  }
  const parsed = parseSource({ kind, name, text, published: entry.published });
  const inputs = parsed.articles.map((input) => ({
    name: kind === "jsonl" ? `${name}: ${input.title ?? input.id}` : name,
    input: { ...input, id: kind === "txt" ? name : input.id },
    source,
  }));
  const fatal =
    inputs.length === 0 ? parsed.problems.map((p) => p.text).join(" ") || `${name}: nothing to add.` : null;
  return { name, inputs, problems: fatal ? [] : parsed.problems, fatal };
}

/** Milliseconds between two store updates while a batch runs. */
const FLUSH_MS = 200;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function record(reply: IngestReply, key: string, source: StoredArticle["source"]): StoredArticle {
  return {
    key,
    input: { ...reply.input, id: key },
    result: { ...reply.result, id: key },
    source,
    urlKey: normaliseUrl(reply.input.url),
    contentHash: contentHash(reply.input.text),
    addedAt: Date.now(),
    pipelineVersion: PIPELINE_VERSION,
    publishedFrom: reply.publishedFrom,
  };
}

const yieldToPage = () => new Promise<void>((r) => setTimeout(r, 0));

/**
 * Adds what the user gave, as one batch. Resolves when the batch is over (finished or cancelled).
 * `messages`: whether each article gets a line in the log (small batches) or only the summary does.
 */
export async function ingest(entries: readonly Entry[]): Promise<void> {
  if (entries.length === 0) return;
  const store = useAppStore.getState();
  if (store.batch?.running) {
    store.report([{ level: "warning", text: "A batch is still running; wait for it or cancel it first." }]);
    return;
  }
  let nextItem = 1;
  const items: BatchItem[] = entries.map((e) => ({
    id: nextItem++,
    name: e.kind === "paste" ? e.title.trim() || "Pasted article" : (e.path ?? e.file.name),
    state: "waiting",
    detail: "",
  }));
  store.setBatch({ items, running: true, cancelled: false, startedAt: Date.now(), finishedAt: null });
  store.setPending(1);
  const chatty = entries.length <= 20;

  const patches = new Map<number, Partial<BatchItem>>();
  let added: BatchItem[] = [];
  let records: StoredArticle[] = [];
  let logLines: Message[] = [];
  const newIncidentKeys: string[] = [];
  let lastFlush = 0;
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    lastFlush = performance.now();
    const s = useAppStore.getState();
    if (records.length > 0) newIncidentKeys.push(...s.putStoredArticles(records));
    if (patches.size > 0 || added.length > 0) s.patchBatch(new Map(patches), added);
    if (logLines.length > 0) s.report(logLines);
    records = [];
    added = [];
    logLines = [];
    patches.clear();
  };
  const scheduleFlush = () => {
    if (scheduled) return;
    scheduled = true;
    const wait = Math.max(0, FLUSH_MS - (performance.now() - lastFlush));
    setTimeout(() => requestAnimationFrame(flush), wait);
  };
  const patch = (id: number, p: Partial<BatchItem>) => {
    patches.set(id, { ...patches.get(id), ...p });
    scheduleFlush();
  };
  const cancelled = () => useAppStore.getState().batch?.cancelled === true;

  // Known articles: the page's, then this batch's as they are accepted.
  const known: ArticleIdentity[] = identitiesOf(useAppStore.getState());
  const taken = new Set(useAppStore.getState().articles.map((a) => a.id));
  let done = 0;
  let failed = 0;
  let duplicates = 0;
  let needsDate = 0;

  for (let i = 0; i < entries.length; i++) {
    const item = items[i] as BatchItem;
    if (cancelled()) break;
    patch(item.id, { state: "working", detail: "reading" });
    const parsed = await parseEntry(entries[i] as Entry);
    if (parsed.fatal) {
      failed++;
      patch(item.id, { state: "failed", detail: parsed.fatal });
      logLines.push({ level: "error", text: parsed.fatal });
      continue;
    }
    for (const p of parsed.problems) {
      logLines.push(p);
      if (p.level === "error") {
        failed++;
        added.push({ id: nextItem++, name: parsed.name, state: "failed", detail: p.text });
      }
    }
    for (let k = 0; k < parsed.inputs.length; k++) {
      if (cancelled()) break;
      const { name, input, source } = parsed.inputs[k] as ParsedEntry["inputs"][number];
      // The first article of a file is the file's own line; the others (JSONL) get lines of their own.
      let id = item.id;
      if (k > 0) {
        id = nextItem++;
        added.push({ id, name, state: "working", detail: "" });
      }
      const dup = findDuplicate({ url: input.url, text: input.text }, known);
      if (dup) {
        duplicates++;
        const text = `“${input.title || name}” was not added again: it is the same ${dup.by === "url" ? "URL" : "text"} as “${dup.title}”, already added.`;
        patch(id, { state: "duplicate", detail: text, articleKey: dup.key });
        logLines.push({ level: "warning", text });
        continue;
      }
      patch(id, { state: "working", detail: "extracting" });
      const reply = await extractInWorker(input);
      const title = `“${reply.result.title || name}”`;
      if (reply.result.error) {
        failed++;
        const text = `${title} could not be processed: ${reply.result.error}`;
        patch(id, { state: "failed", detail: text });
        logLines.push({ level: "error", text });
        continue;
      }
      const key = uniqueId(input.id, taken);
      taken.add(key);
      const r = record(reply, key, source);
      known.push({ key, title: r.input.title ?? key, urlKey: r.urlKey, contentHash: r.contentHash });
      records.push(r);
      const n = reply.result.events.length;
      const waitingEvents = reply.result.undatedEvents?.length ?? 0;
      if (reply.publishedFrom === null) {
        needsDate++;
        const text = `${title} has no publication date in its metadata or its text: give it one below (${plural(n, "incident")} placed, ${plural(waitingEvents, "more")} waiting for the date).`;
        patch(id, { state: "needsDate", detail: text, articleKey: key });
        if (chatty) logLines.push({ level: "warning", text });
      } else {
        done++;
        const from =
          reply.publishedFrom === "text"
            ? ` (publication date ${reply.input.published ?? ""} read from the text)`
            : "";
        const text =
          n > 0
            ? `${title}: ${plural(n, "incident")} added${from}.`
            : `${title} was read, but no incidents were found${reply.result.toponyms.length === 0 ? " (no places in the text)" : ""}; nothing to map.`;
        patch(id, { state: "done", detail: text, articleKey: key });
        if (chatty) logLines.push({ level: n > 0 ? "info" : "warning", text });
      }
    }
    await yieldToPage();
  }
  const wasCancelled = cancelled();
  if (wasCancelled) {
    for (const item of [...items, ...added]) {
      const state = patches.get(item.id)?.state ?? item.state;
      if (state === "waiting" || state === "working")
        patch(item.id, { state: "cancelled", detail: "cancelled" });
    }
    for (const item of useAppStore.getState().batch?.items ?? [])
      if (item.state === "waiting") patch(item.id, { state: "cancelled", detail: "cancelled" });
  }
  const summary = [
    `${plural(done, "article")} added`,
    needsDate ? `${needsDate} waiting for a publication date` : "",
    failed ? `${failed} failed` : "",
    duplicates ? `${duplicates} already added` : "",
  ]
    .filter(Boolean)
    .join(", ");
  if (entries.length > 1 || wasCancelled)
    logLines.push({
      level: failed ? "warning" : "info",
      text: `${wasCancelled ? "Batch cancelled" : "Batch finished"}: ${summary}.`,
    });
  flush();
  const s = useAppStore.getState();
  if (s.batch) s.setBatch({ ...s.batch, running: false, finishedAt: Date.now() });
  s.setPending(-1);
  showFirst(newIncidentKeys);
}

/** Moves the time window to the first new incident if need be, and opens it. */
function showFirst(keys: readonly string[]): void {
  const { day, windowLength, setDay, incidents, chooseAndFly } = useAppStore.getState();
  const first = incidents.find((i) => i.key === keys[0]);
  if (!first) return;
  const range = windowRange(day, windowLength);
  if (first.t1 < range.start || first.t0 > range.end) setDay(first.t1);
  chooseAndFly(first.key);
}

/**
 * Gives (or changes) a stored article's publication date and extracts it again in the worker, so its
 * relative dates ("on Saturday") resolve. Corrections follow their evidence into the new result.
 */
export async function setPublicationDate(key: string, published: string): Promise<void> {
  const record0 = useAppStore.getState().stored.get(key);
  if (!record0) return;
  useAppStore.getState().setPending(1);
  try {
    const reply = await extractInWorker({ ...record0.input, id: key, published });
    if (reply.result.error) {
      useAppStore.getState().report([
        {
          level: "error",
          text: `“${record0.input.title ?? key}” could not be processed again: ${reply.result.error}`,
        },
      ]);
      return;
    }
    const next: StoredArticle = {
      ...record0,
      input: { ...record0.input, published },
      result: { ...reply.result, id: key },
      pipelineVersion: PIPELINE_VERSION,
      publishedFrom: "user",
    };
    const keys = useAppStore.getState().putStoredArticles([next]);
    const s = useAppStore.getState();
    if (s.batch) {
      const item = s.batch.items.find((i) => i.articleKey === key && i.state === "needsDate");
      if (item)
        s.patchBatch(
          new Map([
            [item.id, { state: "done", detail: `“${next.input.title ?? key}”: dated ${published}.` }],
          ]),
        );
    }
    s.report([
      {
        level: "info",
        text: `“${next.input.title ?? key}” is dated ${published}: ${plural(reply.result.events.length, "incident")} now.`,
      },
    ]);
    showFirst(keys);
  } finally {
    useAppStore.getState().setPending(-1);
  }
}
