/**
 * The basemap's detailed layers ship as static JSON chunks built by scripts/build-basemap.ts and served
 * from the page's origin (public/basemap/<version>/). An index (data/basemap-index.json) lists every
 * chunk with its layer, the zoom from which it is needed and its bounding box; the page fetches a
 * chunk only when the view reaches that zoom over that box, so the first visit loads none of them.
 *
 * Contract of the chunk files, by layer:
 *   towns   {"towns": [[name, lon, lat, population], ...]}
 *   admin1  {"lines": [[[lon, lat], ...], ...], "labels": [[name, lon, lat, rank], ...]}
 *   water   {"polygons": [[[[lon, lat], ...]], ...]}          (rings of each polygon, outer first)
 */

export const CHUNK_LAYERS = ["towns", "admin1", "water"] as const;
export type ChunkLayer = (typeof CHUNK_LAYERS)[number];

/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];

export interface ChunkRef {
  /** File name inside the index's base directory. */
  file: string;
  layer: ChunkLayer;
  /** The zoom from which the chunk's features are drawn (it is fetched a little before). */
  minzoom: number;
  bbox: BBox;
  /**
   * Boxes of the chunk's separate parts, when one box would be mostly empty (a country with overseas
   * regions): the chunk is needed when the view meets one of them.
   */
  parts?: BBox[];
}

export interface ChunkIndex {
  /** Directory of the chunk files, relative to the page's origin, ending in "/". */
  base: string;
  chunks: ChunkRef[];
}

/**
 * Many same-size cells of one layer, written compactly in the index file: cell [x, y] is the file
 * `<prefix>-<x>-<y>.json` covering [-180 + x·d, -90 + y·d] to one cell further (d = cellDegrees).
 */
export interface ChunkGrid {
  prefix: string;
  layer: ChunkLayer;
  minzoom: number;
  cellDegrees: number;
  cells: [number, number][];
}

export function gridFile(prefix: string, x: number, y: number): string {
  return `${prefix}-${x}-${y}.json`;
}

export function gridChunks(grid: ChunkGrid): ChunkRef[] {
  const d = grid.cellDegrees;
  return grid.cells.map(([x, y]) => ({
    file: gridFile(grid.prefix, x, y),
    layer: grid.layer,
    minzoom: grid.minzoom,
    bbox: [-180 + x * d, -90 + y * d, Math.min(180, -180 + (x + 1) * d), Math.min(90, -90 + (y + 1) * d)],
  }));
}

/** How far below a chunk's minzoom it is fetched, so it is there when the zoom arrives. */
export const PREFETCH_ZOOM = 0.5;

export function bboxesIntersect(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/**
 * The chunks the view needs that are not loaded yet. `view` may run past ±180° (a world copy): it is
 * also tested shifted by 360° either way.
 */
export function chunksToLoad(
  index: ChunkIndex,
  view: BBox,
  zoom: number,
  loaded: ReadonlySet<string>,
): ChunkRef[] {
  const views: BBox[] = [
    view,
    [view[0] - 360, view[1], view[2] - 360, view[3]],
    [view[0] + 360, view[1], view[2] + 360, view[3]],
  ];
  return index.chunks.filter(
    (c) =>
      !loaded.has(c.file) &&
      zoom >= c.minzoom - PREFETCH_ZOOM &&
      views.some((v) => (c.parts ?? [c.bbox]).some((b) => bboxesIntersect(v, b))),
  );
}

function isBBox(v: unknown): v is BBox {
  return Array.isArray(v) && v.length === 4 && v.every((n) => typeof n === "number" && Number.isFinite(n));
}

function isChunkRef(v: unknown): v is ChunkRef {
  if (typeof v !== "object" || v === null) return false;
  const c = v as Record<string, unknown>;
  return (
    typeof c.file === "string" &&
    /^[\w.-]+$/.test(c.file) &&
    typeof c.layer === "string" &&
    (CHUNK_LAYERS as readonly string[]).includes(c.layer) &&
    typeof c.minzoom === "number" &&
    isBBox(c.bbox) &&
    (c.parts === undefined || (Array.isArray(c.parts) && c.parts.every(isBBox)))
  );
}

function isGrid(v: unknown): v is ChunkGrid {
  if (typeof v !== "object" || v === null) return false;
  const g = v as Record<string, unknown>;
  return (
    typeof g.prefix === "string" &&
    /^[\w.-]+$/.test(g.prefix) &&
    typeof g.layer === "string" &&
    (CHUNK_LAYERS as readonly string[]).includes(g.layer) &&
    typeof g.minzoom === "number" &&
    typeof g.cellDegrees === "number" &&
    g.cellDegrees > 0 &&
    Array.isArray(g.cells) &&
    g.cells.every((c) => Array.isArray(c) && c.length === 2 && c.every(Number.isInteger))
  );
}

/** The index file as written by the build: explicit chunks and grids of cells. */
export interface ChunkIndexFile {
  base: string;
  chunks: ChunkRef[];
  grids: ChunkGrid[];
}

/** A parsed data/basemap-index.json, grids expanded; entries of the wrong shape are dropped. */
export function asChunkIndex(json: unknown): ChunkIndex {
  const o = (typeof json === "object" && json !== null ? json : {}) as Record<string, unknown>;
  const base = typeof o.base === "string" && /^\/[\w/.-]*\/$/.test(o.base) ? o.base : "/basemap/";
  const chunks = Array.isArray(o.chunks) ? o.chunks.filter(isChunkRef) : [];
  const grids = Array.isArray(o.grids) ? o.grids.filter(isGrid) : [];
  return { base, chunks: [...chunks, ...grids.flatMap(gridChunks)] };
}
