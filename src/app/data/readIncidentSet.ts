/**
 * Reads an incident set from a byte stream (a File's or a fetch response's), GeoJSON or the binary
 * format, told apart by the first bytes. Pure of the DOM: runs in the loader worker and in Node.
 */
import { decodeIncidentSet, isBinaryIncidentSet } from "./binaryIncidentSet";
import { FeatureSplitter, addFeature } from "./geojsonIncidents";
import { IncidentSetBuilder, type IncidentSet } from "./incidentSet";

export interface ReadResult {
  set: IncidentSet;
  skipped: number;
  firstProblem: string | null;
  format: "geojson" | "binary";
}

export interface ReadProgress {
  bytes: number;
  incidents: number;
}

export async function readIncidentSet(
  stream: ReadableStream<Uint8Array>,
  name: string,
  onProgress: (p: ReadProgress) => void = () => {},
): Promise<ReadResult> {
  const reader = stream.getReader();
  let bytes = 0;
  let first: Uint8Array | null = null;
  // Skip empty chunks to see the first bytes.
  while (!first) {
    const { done, value } = await reader.read();
    if (done) throw new Error("the file is empty");
    if (value.length > 0) first = value;
  }
  if (isBinaryIncidentSet(first)) {
    const chunks: Uint8Array[] = [first];
    bytes = first.length;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      bytes += value.length;
      onProgress({ bytes, incidents: 0 });
    }
    const all = chunks.length === 1 ? first : new Uint8Array(bytes);
    if (chunks.length > 1) {
      let at = 0;
      for (const c of chunks) {
        all.set(c, at);
        at += c.length;
      }
    }
    chunks.length = 0;
    return { set: decodeIncidentSet(all), skipped: 0, firstProblem: null, format: "binary" };
  }

  const builder = new IncidentSetBuilder();
  const fallback = { id: name, title: name, published: "" };
  const splitter = new FeatureSplitter();
  let skipped = 0;
  let firstProblem: string | null = null;
  let sawArray = false;
  let lastReport = 0;
  let chunk: Uint8Array | null = first;
  while (chunk) {
    bytes += chunk.length;
    const json = splitter.push(chunk);
    if (json !== null) {
      let features: unknown[];
      try {
        features = JSON.parse(json) as unknown[];
      } catch (err) {
        throw new Error(`the GeoJSON is malformed near byte ${bytes} (${(err as Error).message})`, {
          cause: err,
        });
      }
      sawArray = true;
      for (const feature of features) {
        const problem = addFeature(builder, feature, fallback);
        if (problem !== null) {
          skipped++;
          firstProblem ??= `feature ${builder.length + skipped}: ${problem}`;
        }
      }
    }
    const now = Date.now();
    if (now - lastReport > 100) {
      lastReport = now;
      onProgress({ bytes, incidents: builder.length });
    }
    const next = await reader.read();
    chunk = next.done ? null : next.value;
  }
  splitter.end();
  if (!sawArray && builder.length === 0) {
    throw new Error("no incidents found: expected a GeoJSON FeatureCollection of Point features");
  }
  return { set: builder.finish(), skipped, firstProblem, format: "geojson" };
}
