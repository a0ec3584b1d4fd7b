import { useId, useRef, useState } from "react";
import { loadIncidentSet, type LoadProgress } from "./loadIncidentSet";

type Status =
  | { kind: "idle" }
  | { kind: "loading"; name: string; progress: LoadProgress | null }
  | { kind: "done"; text: string }
  | { kind: "error"; text: string };

function describeProgress(p: LoadProgress | null): string {
  if (!p) return "starting…";
  const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
  const of = p.totalBytes ? ` of ${mb(p.totalBytes)}` : "";
  return `${mb(p.bytes)}${of} read, ${p.incidents.toLocaleString("en")} incidents`;
}

/**
 * "Load incident set": a large file of incidents (GeoJSON FeatureCollection as the app exports, or
 * the binary .cmis format), read off the main thread with progress, added to the map and list.
 */
export function LoadIncidentSet() {
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setStatus({ kind: "loading", name: file.name, progress: null });
    try {
      const outcome = await loadIncidentSet({ file }, (progress) =>
        setStatus({ kind: "loading", name: file.name, progress }),
      );
      const skipped = outcome.skipped
        ? ` ${outcome.skipped.toLocaleString("en")} left out (${outcome.firstProblem ?? "unusable"}).`
        : "";
      setStatus({ kind: "done", text: `${file.name}: ${outcome.added.toLocaleString("en")} incidents added.${skipped}` });
    } catch (err) {
      setStatus({ kind: "error", text: `${file.name} could not be loaded: ${(err as Error).message}` });
    } finally {
      if (input.current) input.current.value = "";
    }
  };

  const p = status.kind === "loading" ? status.progress : null;
  return (
    <details className="panel-section load-set">
      <summary>Load incident set</summary>
      <label htmlFor={`${id}-file`}>Incident file (GeoJSON or .cmis)</label>
      <input
        id={`${id}-file`}
        ref={input}
        type="file"
        accept=".geojson,.json,.cmis,application/geo+json,application/json"
        disabled={status.kind === "loading"}
        onChange={(e) => void onFile(e.currentTarget.files?.[0])}
      />
      {status.kind === "loading" ? (
        <>
          <progress
            aria-label="Loading incident set"
            max={p?.totalBytes ?? undefined}
            value={p?.totalBytes ? p.bytes : undefined}
          />
          <p role="status">
            Loading {status.name}: {describeProgress(p)}
          </p>
        </>
      ) : status.kind === "done" ? (
        <p role="status">{status.text}</p>
      ) : status.kind === "error" ? (
        <p role="alert" className="error">
          {status.text}
        </p>
      ) : null}
    </details>
  );
}
