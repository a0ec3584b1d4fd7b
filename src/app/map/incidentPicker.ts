/**
 * What a click hits, without asking MapLibre to query rendered features: a KDBush index over the
 * incidents' web-mercator points (built once per data change, on the first click), queried with the
 * largest marker radius and then checked one by one against the time window and the marker's own
 * drawn radius in screen pixels.
 */
import KDBush from "kdbush";
import { isRowInWindow, type DayWindow, type IncidentColumns } from "../model/columns";
import { drawKind, hitRadius, maxHitRadius } from "./markerStyle";

/** Screen pixels of slack around a marker for a click to count as a hit. */
export const PICK_TOLERANCE_PX = 5;

export class IncidentPicker {
  private index: KDBush | null = null;

  constructor(readonly cols: IncidentColumns) {}

  private ensureIndex(): KDBush {
    if (this.index) return this.index;
    const { x, y, length } = this.cols;
    const index = new KDBush(Math.max(1, length), 64, Float32Array);
    for (let i = 0; i < length; i++) index.add(x[i] as number, y[i] as number);
    if (length === 0) index.add(-10, -10);
    index.finish();
    this.index = index;
    return index;
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
    const maxPx = maxHitRadius(zoom) + tolerancePx;
    const wrapped = mx - Math.floor(mx);
    const hits: number[] = [];
    for (const cx of [wrapped - 1, wrapped, wrapped + 1]) {
      const r = maxPx / worldPx;
      if (cx + r < 0 || cx - r > 1) continue;
      for (const row of this.ensureIndex().within(cx, my, r)) {
        if (!isRowInWindow(cols, row, range) || (drawn && !drawn(row))) continue;
        const dx = ((cols.x[row] as number) - cx) * worldPx;
        const dy = ((cols.y[row] as number) - my) * worldPx;
        const radius =
          hitRadius(drawKind(cols.precision[row] as number), cols.casualties[row] as number, zoom) +
          tolerancePx;
        if (dx * dx + dy * dy <= radius * radius) hits.push(row);
      }
    }
    return [...new Set(hits)].sort((a, b) => a - b);
  }
}
