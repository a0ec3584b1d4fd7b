/**
 * The cluster worker: keeps the columns it was sent and the index of the last window it built, so
 * building the index (grouping by place, supercluster) never runs on the page's main thread. New
 * columns are answered with the point index the page's hit test adopts (markerHits.ts).
 * Requests are answered in order; one naming an older build than the current one gets null.
 */
import { buildPointIndex } from "../markerHits";
import { ClusterIndex, type ClusterColumns } from "./clusterIndex";
import type { ClusterRequest, ClusterResponse, ClusterResult } from "./clusterMessages";

let cols: ClusterColumns | null = null;
let bufferRows: Uint32Array = new Uint32Array(0);
let index: ClusterIndex | null = null;
let build = 0;

function handle(req: ClusterRequest): { result: ClusterResult; transfer: Transferable[] } {
  switch (req.type) {
    case "data": {
      cols = req.cols;
      bufferRows = req.bufferRows;
      index = null;
      build++;
      const pointIndex = buildPointIndex(cols.x, cols.y, cols.length);
      return { result: { pointIndex }, transfer: [pointIndex] };
    }
    case "build": {
      if (!cols) return { result: null, transfer: [] };
      index = new ClusterIndex(cols, req.range);
      build++;
      const freeZoom = index.freeZoomOfRows(bufferRows);
      return {
        result: {
          build,
          freeZoom,
          features: index.countFeatures(req.view.bbox, req.view.zoom),
          total: index.places.total,
        },
        transfer: [freeZoom.buffer],
      };
    }
    case "view":
      if (!index || req.build !== build) return { result: null, transfer: [] };
      return { result: index.countFeatures(req.view.bbox, req.view.zoom), transfer: [] };
    case "members":
      if (!index || req.build !== build) return { result: null, transfer: [] };
      return { result: index.members(req.kind, req.target, req.cap), transfer: [] };
    case "containing":
      if (!index || req.build !== build) return { result: null, transfer: [] };
      return { result: index.clusterOfRow(req.row, req.zoom), transfer: [] };
  }
}

self.onmessage = (e: MessageEvent<ClusterRequest>) => {
  const req = e.data;
  let response: ClusterResponse;
  let transfer: Transferable[] = [];
  try {
    const out = handle(req);
    response = { id: req.id, ok: true, result: out.result };
    transfer = out.transfer;
  } catch (err) {
    response = { id: req.id, ok: false, error: String(err) };
  }
  (self as unknown as Worker).postMessage(response, transfer);
};
