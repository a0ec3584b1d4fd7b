/** Messages between the page and the cluster worker (cluster.worker.ts). */
import type { DayWindow } from "../../model/columns";
import type { ClusterColumns, CountFeature, Members } from "./clusterIndex";

/** A box (west, south, east, north, degrees) and a zoom to list clusters in. */
export interface ViewQuery {
  bbox: [number, number, number, number];
  zoom: number;
}

export type ClusterRequest =
  | { id: number; type: "data"; cols: ClusterColumns; bufferRows: Uint32Array }
  | { id: number; type: "build"; range: DayWindow; view: ViewQuery }
  | { id: number; type: "view"; build: number; view: ViewQuery }
  | { id: number; type: "members"; build: number; kind: CountFeature["kind"]; target: number; cap: number }
  | { id: number; type: "containing"; build: number; row: number; zoom: number };

export interface Built {
  build: number;
  /** Per GPU buffer row: the zoom from which it is drawn on its own (0: always). */
  freeZoom: Uint8Array;
  features: CountFeature[];
  /** Incidents in the window. */
  total: number;
}

/** The answer to new columns: a KDBush index of their points (markerHits.ts's buildPointIndex). */
export interface DataIndexed {
  pointIndex: ArrayBuffer;
}

export type ClusterResult = Built | DataIndexed | CountFeature[] | CountFeature | Members | null;

export type ClusterResponse =
  { id: number; ok: true; result: ClusterResult } | { id: number; ok: false; error: string };
