/**
 * The page side of the incident-set loader: hands a file or URL to the worker (started on first
 * use), reports progress, and adds the set it gets back to the store as columns (data/setIncidents.ts):
 * the same data path as everything else (store -> filtered incidents -> map columns), with no
 * object per incident beyond a row handle.
 *
 * Performance marks for benchmarks: "incident-set:start" when a load starts, "incident-set:parsed"
 * when the worker's columns arrive, "incident-set:stored" once the store holds the incidents.
 */
import { useAppStore } from "../store/appStore";
import type { LoadReply, LoadRequest } from "./messages";

export interface LoadProgress {
  bytes: number;
  totalBytes: number | null;
  incidents: number;
}

export interface LoadOutcome {
  added: number;
  skipped: number;
  firstProblem: string | null;
}

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, { onReply: (reply: LoadReply) => void }>();

function getWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL("./incidentSet.worker.ts", import.meta.url), { type: "module", name: "incident-set" });
  worker.onmessage = (e: MessageEvent<LoadReply>) => waiting.get(e.data.id)?.onReply(e.data);
  worker.onerror = (e) => {
    e.preventDefault();
    for (const [id, w] of waiting) w.onReply({ id, type: "error", message: "the loader stopped unexpectedly" });
    waiting.clear();
    worker?.terminate();
    worker = null;
  };
  return worker;
}

/** Loads a file or a same-origin URL; resolves with what was added, rejects with a message for people. */
export function loadIncidentSet(
  source: { file: File } | { url: string },
  onProgress: (p: LoadProgress) => void = () => {},
): Promise<LoadOutcome> {
  performance.mark("incident-set:start");
  const id = nextId++;
  const request: LoadRequest =
    "file" in source
      ? { id, source: { kind: "file", file: source.file, name: source.file.name } }
      : { id, source: { kind: "url", url: source.url, name: source.url.split("/").pop() || source.url } };
  return new Promise((resolve, reject) => {
    waiting.set(id, {
      onReply: (reply) => {
        if (reply.type === "progress") {
          onProgress(reply);
          return;
        }
        waiting.delete(id);
        if (reply.type === "error") {
          reject(new Error(reply.message));
          return;
        }
        performance.mark("incident-set:parsed");
        const store = useAppStore.getState();
        const added = store.addIncidentSet(reply.set);
        const last = reply.set.length > 0 ? reply.set.t0[reply.set.length - 1] : undefined;
        if (last !== undefined) useAppStore.getState().setDay(last);
        performance.mark("incident-set:stored");
        resolve({ added, skipped: reply.skipped, firstProblem: reply.firstProblem });
      },
    });
    getWorker().postMessage(request);
  });
}
