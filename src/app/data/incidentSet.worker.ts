/// <reference lib="webworker" />
/**
 * The incident-set loader worker: reads a file or URL, parses it (GeoJSON in pieces, or the binary
 * format) into columns, and posts them back with their buffers transferred (no copy).
 */
import { setBuffers } from "./incidentSet";
import type { LoadReply, LoadRequest } from "./messages";
import { readIncidentSet } from "./readIncidentSet";

declare const self: DedicatedWorkerGlobalScope;

function reply(message: LoadReply, transfer: Transferable[] = []): void {
  self.postMessage(message, transfer);
}

self.onmessage = async (e: MessageEvent<LoadRequest>) => {
  const { id, source } = e.data;
  try {
    let stream: ReadableStream<Uint8Array>;
    let total: number | null;
    if (source.kind === "file") {
      stream = source.file.stream();
      total = source.file.size;
    } else {
      const response = await fetch(source.url);
      if (!response.ok || !response.body) throw new Error(`HTTP ${response.status} for ${source.url}`);
      stream = response.body;
      const length = Number(response.headers.get("content-length"));
      total = Number.isFinite(length) && length > 0 ? length : null;
    }
    const result = await readIncidentSet(
      stream,
      source.name,
      (p) => reply({ id, type: "progress", bytes: p.bytes, totalBytes: total, incidents: p.incidents }),
    );
    reply({ id, type: "done", ...result }, setBuffers(result.set));
  } catch (err) {
    reply({ id, type: "error", message: err instanceof Error ? err.message : String(err) });
  }
};
