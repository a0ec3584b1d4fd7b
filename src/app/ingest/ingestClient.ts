/**
 * The page side of adding articles: reads and parses what the user gave (one file at a time, yielding
 * between files), recognises articles already added, sends the rest to the ingest worker one by one,
 * and stores what comes back. Store updates are batched (at most one every flushInterval, each a
 * task of its own: flushScheduler.ts) so the page stays responsive while a 1,000-article batch runs; incidents appear as articles
 * finish. A batch can be cancelled between two articles.
 */
import type { ArticleInput } from "../../pipeline/contract";
import { useAppStore } from "../store/appStore";
import type { BatchItem, IngestMessage } from "../store/ingestSlice";
import { windowRange } from "../store/selectors";
import { identitiesOf } from "../store/workbenchSlice";
import type { StoredArticle } from "../../workbench/storedArticle";
import { contentHash, IdentityIndex, normaliseUrl } from "../workbench/identity";
import { PIPELINE_VERSION } from "../workbench/pipelineVersion";
import { uniqueId } from "../model/articles";
import {
  formatOf,
  JsonlReader,
  MAX_FILE_BYTES,
  parseInputFile,
  parsePaste,
  type InputEntry,
  type ParsedArticle,
} from "../../ingest";
import type { IngestReply, IngestRequest } from "./messages";
import { FlushScheduler } from "./flushScheduler";
import { isolated } from "./isolated";

interface Problem {
  level: "error" | "warning";
  text: string;
}

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

const yieldToPage = () => new Promise<void>((r) => setTimeout(r, 0));

export const ACCEPTED_FILES =
  ".txt,.text,.md,.markdown,.html,.htm,.jsonl,text/plain,text/markdown,text/html,application/jsonl";

interface ParsedEntry {
  name: string;
  inputs: { name: string; input: ArticleInput; source: StoredArticle["source"] }[];
  /** Problems with parts of the entry (a bad JSONL line); the rest was read. */
  problems: Problem[];
  /** Why nothing of the entry could be read. */
  fatal: string | null;
}

/** The browser's own parser: an inert document (no script runs, nothing loads). */
const parseHtml = (html: string) => new DOMParser().parseFromString(html, "text/html");

/** Bytes of a JSONL file fed to the reader per task, so a big file never blocks the page for long. */
const JSONL_CHUNK = 32 * 1024;

let pasteCounter = 0;

function toInput(a: ParsedArticle, id = a.id): ArticleInput {
  return {
    id,
    text: a.text,
    ...(a.title ? { title: a.title } : {}),
    ...(a.published ? { published: a.published } : {}),
    ...(a.url ? { url: a.url } : {}),
  };
}

/** Reads what the user gave with the shared input module (src/ingest), the same code the command line uses. */
async function parseEntry(entry: Entry): Promise<ParsedEntry> {
  if (entry.kind === "paste") {
    const name = entry.title.trim() || "Pasted article";
    const parsed = parsePaste({
      id: `pasted-${Date.now().toString(36)}-${++pasteCounter}`,
      text: entry.body,
      title: entry.title,
      published: entry.published,
      url: entry.url,
    });
    if ("problem" in parsed)
      return { name, inputs: [], problems: [], fatal: `${parsed.problem.message}; it was not added.` };
    const input = toInput(parsed.article);
    return {
      name,
      inputs: [
        {
          name,
          input: { ...input, title: input.title ?? "Pasted article" },
          source: { kind: "paste", name: "Pasted article" },
        },
      ],
      problems: [],
      fatal: null,
    };
  }
  const name = entry.path ?? entry.file.name;
  const source = { kind: "file" as const, name };
  const fail = (why: string): ParsedEntry => ({ name, inputs: [], problems: [], fatal: why });
  if (formatOf(entry.file.name) !== "jsonl") {
    // Not read at all when too large (parseInputFile would refuse it after reading every byte).
    if (entry.file.size > MAX_FILE_BYTES)
      return fail(
        `${name}: the file is too large (${(entry.file.size / 1e6).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1e6} MB); it was not added.`,
      );
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await entry.file.arrayBuffer());
    } catch (err) {
      return fail(`${name} could not be read (${String(err)}).`);
    }
    const published = entry.published.trim() || undefined;
    const { articles, problems } = parseInputFile(
      { name, bytes },
      { parseHtml, ...(published ? { published } : {}) },
    );
    const first = articles[0];
    if (!first)
      return fail(problems.map((p) => p.message).join(" ") + (problems.length ? "; it was not added." : ""));
    return {
      name,
      inputs: [{ name, input: toInput(first, name), source }],
      problems: problems.map((p) => ({ level: "error", text: p.message })),
      fatal: null,
    };
  }
  // JSONL: streamed in chunks, yielding to the page between them.
  const published = entry.published.trim() || undefined;
  const reader = new JsonlReader(name, published ? { published } : {});
  const entries: InputEntry[] = [];
  try {
    const bytes = new Uint8Array(await entry.file.arrayBuffer());
    for (let at = 0; at < bytes.length; at += JSONL_CHUNK) {
      entries.push(...reader.push(bytes.subarray(at, at + JSONL_CHUNK)));
      if (at + JSONL_CHUNK < bytes.length) await yieldToPage();
    }
    entries.push(...reader.end());
  } catch (err) {
    return fail(`${name} could not be read (${String(err)}).`);
  }
  const inputs: ParsedEntry["inputs"] = [];
  const problems: Problem[] = [];
  for (const e of entries) {
    if ("article" in e)
      inputs.push({
        name: `${e.article.source} “${isolated(e.article.title ?? e.article.id)}”`,
        input: toInput(e.article),
        source,
      });
    else problems.push({ level: "error", text: `${e.problem.message}. The other lines were kept.` });
  }
  if (inputs.length === 0)
    return fail(problems.map((p) => p.text.replace(/ The other lines were kept\.$/, "")).join(" "));
  return { name, inputs, problems, fatal: null };
}

/** Articles stored per store update. */
const MAX_PER_FLUSH = 40;

/**
 * Milliseconds from one store update to the next while a batch runs (when the last one left nothing
 * over; a backlog is stored a chunk a task at once): 250 at first, one more per article the
 * batch has stored so far, at most 1 s. Each update costs the page (the list, the histogram, the
 * map's buffers) in proportion to the incidents already there, so a big batch updates less often
 * and its total cost stays linear; incidents still appear within a second of their article.
 */
export function flushInterval(storedSoFar: number): number {
  return Math.min(1000, 250 + storedSoFar);
}

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
  let storedSoFar = 0;
  /** One store update: at most MAX_PER_FLUSH articles (the rest in the next task). Whether work is left. */
  const flush = (): boolean => {
    const started = performance.now();
    const s = useAppStore.getState();
    const now = records.slice(0, MAX_PER_FLUSH);
    const later = records.slice(MAX_PER_FLUSH);
    if (now.length > 0) {
      const keys = s.putStoredArticles(now);
      // Only the first new incident is shown at the end (showFirst).
      if (newIncidentKeys.length === 0) newIncidentKeys.push(...keys);
      storedSoFar += now.length;
    }
    if (patches.size > 0 || added.length > 0) s.patchBatch(new Map(patches), added);
    if (logLines.length > 0) s.report(logLines);
    records = later;
    added = [];
    logLines = [];
    patches.clear();
    // For the batch benchmark: the store update with the store's listeners (React renders after it).
    performance.measure("workbench:flush", { start: started, end: performance.now() });
    return later.length > 0;
  };
  const updates = new FlushScheduler(flush, () => flushInterval(storedSoFar));
  const scheduleFlush = () => updates.request();
  const patch = (id: number, p: Partial<BatchItem>) => {
    patches.set(id, { ...patches.get(id), ...p });
    scheduleFlush();
  };
  const cancelled = () => useAppStore.getState().batch?.cancelled === true;

  // Known articles: the page's, then this batch's as they are accepted.
  const known = new IdentityIndex(identitiesOf(useAppStore.getState()));
  const taken = new Set(useAppStore.getState().articles.map((a) => a.id));
  let done = 0;
  let failed = 0;
  let repeated = 0;
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
      const dup = known.find({ url: input.url, text: input.text });
      if (dup) {
        repeated++;
        const text = `“${isolated(input.title || name)}” was not added again: it is the same ${dup.by === "url" ? "URL" : "text"} as “${isolated(dup.title)}”, already added.`;
        patch(id, { state: "duplicate", detail: text, articleKey: dup.key });
        logLines.push({ level: "warning", text });
        continue;
      }
      patch(id, { state: "working", detail: "extracting" });
      const reply = await extractInWorker(input);
      const title = `“${isolated(reply.result.title || name)}”`;
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
      known.add({ key, title: r.input.title ?? key, urlKey: r.urlKey, contentHash: r.contentHash });
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
    repeated ? `${repeated} already added` : "",
  ]
    .filter(Boolean)
    .join(", ");
  if (entries.length > 1 || wasCancelled)
    logLines.push({
      level: failed ? "warning" : "info",
      text: `${wasCancelled ? "Batch cancelled" : "Batch finished"}: ${summary}.`,
    });
  await updates.drain();
  const s = useAppStore.getState();
  if (s.batch) s.setBatch({ ...s.batch, running: false, finishedAt: Date.now() });
  s.setPending(-1);
  showFirst(newIncidentKeys);
}

/**
 * Moves the time window to the first new incident if need be, and opens it. The window's move and
 * the details (render, focus, the map's flight) are two tasks, so that the batch's last one stays short.
 */
function showFirst(keys: readonly string[]): void {
  const { day, windowLength, setDay, incidents } = useAppStore.getState();
  const first = incidents.find((i) => i.key === keys[0]);
  if (!first) return;
  const range = windowRange(day, windowLength);
  const open = () => useAppStore.getState().chooseAndFly(first.key);
  if (first.t1 >= range.start && first.t0 <= range.end) return open();
  setDay(first.t1);
  requestAnimationFrame(() => setTimeout(open, 0));
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
          text: `“${isolated(record0.input.title ?? key)}” could not be processed again: ${reply.result.error}`,
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
            [
              item.id,
              { state: "done", detail: `“${isolated(next.input.title ?? key)}”: dated ${published}.` },
            ],
          ]),
        );
    }
    s.report([
      {
        level: "info",
        text: `“${isolated(next.input.title ?? key)}” is dated ${published}: ${plural(reply.result.events.length, "incident")} now.`,
      },
    ]);
    showFirst(keys);
  } finally {
    useAppStore.getState().setPending(-1);
  }
}

/**
 * Extracts again, in the worker, the stored articles a previous pipeline version extracted (from what
 * the user gave, with the date they have now). Corrections follow their evidence into the new results.
 * Returns how many were refreshed.
 */
export async function reextractStale(): Promise<number> {
  const stale = [...useAppStore.getState().stored.values()].filter(
    (r) => r.pipelineVersion !== PIPELINE_VERSION,
  );
  if (stale.length === 0) return 0;
  let pending: StoredArticle[] = [];
  let refreshed = 0;
  for (const r of stale) {
    const reply = await extractInWorker({ ...r.input, id: r.key });
    if (!reply.result.error) {
      pending.push({ ...r, result: { ...reply.result, id: r.key }, pipelineVersion: PIPELINE_VERSION });
      refreshed++;
    }
    if (pending.length >= 25) {
      useAppStore.getState().putStoredArticles(pending);
      pending = [];
    }
  }
  useAppStore.getState().putStoredArticles(pending);
  const orphaned = useAppStore.getState().built.orphaned.length;
  useAppStore.getState().report([
    {
      level: orphaned ? "warning" : "info",
      text: `${plural(refreshed, "stored article")} extracted again by the current pipeline; your corrections followed their evidence${orphaned ? ` (${plural(orphaned, "correction")} no longer match the text)` : ""}.`,
    },
  ]);
  return refreshed;
}
