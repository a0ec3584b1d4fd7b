/**
 * What a click or hover hits, without asking MapLibre to query rendered features: the candidates
 * near the point are checked one by one against the time window and the marker's own drawn radius in
 * screen pixels.
 *
 * The candidates come from a KDBush index over the incidents' web-mercator points once it is there.
 * Building it takes ~60 ms at 100k incidents and ~230 ms at 1M, so it is never built here: the
 * cluster worker builds it from the columns it already holds (`buildPointIndex`) and the page adopts
 * the buffer. Until then (or when the page has none) the rows of the time window are scanned
 * instead: two binary searches on the t0-sorted columns and a pass over the window.
 */
import KDBush from "kdbush";
import { candidateRows, isRowInWindow, type DayWindow, type IncidentColumns } from "../model/columns";
import { drawKind, hitRadius, maxHitRadius } from "./markerStyle";

/** Screen pixels of slack around a marker for a click to count as a hit. */
export const PICK_TOLERANCE_PX = 5;

const NODE_SIZE = 64;

/** A KDBush index of the points (x[i], y[i]), i < length, as the buffer `MarkerHits.adopt` takes. */
export function buildPointIndex(x: Float32Array, y: Float32Array, length: number): ArrayBuffer {
  const index = new KDBush(Math.max(1, length), NODE_SIZE, Float32Array);
  for (let i = 0; i < length; i++) index.add(x[i] as number, y[i] as number);
  if (length === 0) index.add(-10, -10);
  index.finish();
  // KDBush allocates a plain ArrayBuffer unless given a SharedArrayBuffer constructor.
  return index.data as ArrayBuffer;
}

export class MarkerHits {
  private index: KDBush | null = null;

  constructor(readonly cols: IncidentColumns) {}

  /** Takes a `buildPointIndex` buffer of these columns' points. */
  adopt(buffer: ArrayBuffer): void {
    this.index = KDBush.from(buffer);
  }

  get indexed(): boolean {
    return this.index !== null;
  }

  /**
   * Rows whose marker, drawn at `zoom` in this window, covers the mercator point (mx, my) within
   * the tolerance; in time order. `drawn(row)`, when given, says whether the row is drawn on its own
   * (not hidden inside a cluster).
   */
  pick(
    mx: number,
    my: number,
    zoom: number,
    range: DayWindow,
    drawn?: (row: number) => boolean,
    tolerancePx = PICK_TOLERANCE_PX,
  ): number[] {
    const cols = this.cols;
    if (cols.length === 0) return [];
    const worldPx = 512 * 2 ** zoom;
    const r = (maxHitRadius(zoom) + tolerancePx) / worldPx;
    const wrapped = mx - Math.floor(mx);
    const hits = new Set<number>();
    const test = (row: number, cx: number) => {
      if (!isRowInWindow(cols, row, range) || (drawn && !drawn(row))) return;
      const dx = ((cols.x[row] as number) - cx) * worldPx;
      const dy = ((cols.y[row] as number) - my) * worldPx;
      const radius =
        hitRadius(drawKind(cols.precision[row] as number), cols.casualties[row] as number, zoom) +
        tolerancePx;
      if (dx * dx + dy * dy <= radius * radius) hits.add(row);
    };
    const copies = [wrapped - 1, wrapped, wrapped + 1].filter((cx) => cx + r >= 0 && cx - r <= 1);
    if (this.index) {
      for (const cx of copies) for (const row of this.index.within(cx, my, r)) test(row, cx);
    } else {
      const { from, to } = candidateRows(cols.t0, cols.maxSpan, range);
      for (let row = from; row < to; row++) {
        const x = cols.x[row] as number;
        const y = cols.y[row] as number;
        if (Math.abs(y - my) > r) continue;
        for (const cx of copies) if (Math.abs(x - cx) <= r) test(row, cx);
      }
    }
    return [...hits].sort((a, b) => a - b);
  }
}
