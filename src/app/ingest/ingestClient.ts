/**
 * The page side of the ingest worker: sends sources, adds the results to the store, and turns every
 * outcome into a message the user can read. The worker is started on first use.
 */
import type { ArticleResult } from "../../pipeline/contract";
import { useAppStore } from "../store/appStore";
import type { IngestMessage } from "../store/ingestSlice";
import { windowRange } from "../store/selectors";
import type { IngestReply, IngestRequest } from "./messages";
import { MAX_FILE_BYTES, type Source } from "./parseInput";

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, (reply: IngestReply) => void>();

function failAll(text: string): void {
  for (const [id, resolve] of waiting)
    resolve({ id, results: [], problems: [{ level: "error", text }], notes: [] });
  waiting.clear();
  worker?.terminate();
  worker = null;
}

function getWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL("../ingest.worker.ts", import.meta.url), { type: "module", name: "ingest" });
  worker.onmessage = (e: MessageEvent<IngestReply>) => {
    waiting.get(e.data.id)?.(e.data);
    waiting.delete(e.data.id);
  };
  worker.onerror = (e) => {
    e.preventDefault();
    failAll(
      `The article processor stopped (${e.message || "it could not start"}). Nothing was added; try again.`,
    );
  };
  return worker;
}

function ask(sources: Source[]): Promise<IngestReply> {
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    const request: IngestRequest = { id, sources };
    getWorker().postMessage(request);
  });
}

/** What to tell the user about one processed article. */
export function describeResult(r: ArticleResult): Omit<IngestMessage, "id"> {
  const name = `“${r.title || r.id}”`;
  if (r.error) return { level: "error", text: `${name} could not be processed: ${r.error}` };
  if (r.events.length > 0) {
    return {
      level: "info",
      text: `${name}: ${r.events.length} incident${r.events.length === 1 ? "" : "s"} added.`,
    };
  }
  const missing = [r.toponyms.length === 0 ? "no places" : "", r.dates.length === 0 ? "no dates" : ""].filter(
    Boolean,
  );
  return {
    level: "warning",
    text: `${name} was read, but no incidents were found${missing.length ? ` (${missing.join(" and ")} in the text)` : ""}; nothing to map.`,
  };
}

export async function ingest(sources: Source[]): Promise<void> {
  if (sources.length === 0) return;
  const store = useAppStore.getState();
  store.setPending(1);
  try {
    const reply = await ask(sources);
    const usable = reply.results.filter((r) => !r.error);
    const keys = usable.length > 0 ? useAppStore.getState().addArticles(usable) : [];
    useAppStore
      .getState()
      .report([
        ...reply.problems,
        ...reply.notes.map((text) => ({ level: "info" as const, text })),
        ...reply.results.map(describeResult),
      ]);
    const { day, windowLength, setDay, incidents, chooseAndFly } = useAppStore.getState();
    const first = incidents.find((i) => i.key === keys[0]);
    if (first) {
      // Show the first new incident: move the window to it if need be, and open it.
      const range = windowRange(day, windowLength);
      if (first.t1 < range.start || first.t0 > range.end) setDay(first.t1);
      chooseAndFly(first.key);
    }
  } finally {
    useAppStore.getState().setPending(-1);
  }
}

/** Reads picked files into sources; files that cannot be read are reported and skipped. */
export async function sourcesFromFiles(files: readonly File[], published: string): Promise<Source[]> {
  const sources: Source[] = [];
  const problems: Omit<IngestMessage, "id">[] = [];
  for (const file of files) {
    const lower = file.name.toLowerCase();
    const kind =
      lower.endsWith(".jsonl") || lower.endsWith(".ndjson") ? "jsonl" : lower.endsWith(".txt") ? "txt" : null;
    if (kind === null) {
      problems.push({
        level: "error",
        text: `${file.name} was not added: only .txt and .jsonl files can be read.`,
      });
    } else if (file.size === 0) {
      problems.push({ level: "error", text: `${file.name} was not added: the file is empty.` });
    } else if (file.size > MAX_FILE_BYTES) {
      problems.push({
        level: "error",
        text: `${file.name} was not added: it is ${(file.size / 1e6).toFixed(1)} MB; files up to ${MAX_FILE_BYTES / 1e6} MB can be read.`,
      });
    } else {
      try {
        sources.push({ kind, name: file.name, text: await file.text(), published });
      } catch (err) {
        problems.push({ level: "error", text: `${file.name} could not be read (${String(err)}).` });
      }
    }
  }
  if (problems.length > 0) useAppStore.getState().report(problems);
  return sources;
}
