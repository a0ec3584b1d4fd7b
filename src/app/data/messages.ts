import type { IncidentSet } from "./incidentSet";

/** What the page asks the incident-set worker: read one file or URL. */
export interface LoadRequest {
  id: number;
  source: { kind: "file"; file: Blob; name: string } | { kind: "url"; url: string; name: string };
}

export type LoadReply =
  | { id: number; type: "progress"; bytes: number; totalBytes: number | null; incidents: number }
  | {
      id: number;
      type: "done";
      set: IncidentSet;
      /** Features left out, and why the first one was. */
      skipped: number;
      firstProblem: string | null;
      format: "geojson" | "binary";
    }
  | { id: number; type: "error"; message: string };
