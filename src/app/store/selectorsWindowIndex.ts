/**
 * A time-window query over incidents sorted by t0 in O(log n + k) (k: incidents returned), instead of
 * scanning every incident that starts before the window's end. Incidents are split by span length
 * (t1 - t0) into classes of doubling width; inside a class, an incident that starts more than the
 * class's longest span before the window cannot overlap it, so each class is searched from
 * `start - maxSpan` to `end` by binary search, and at least about half of what is scanned is kept.
 */
import type { Incident } from "../model/incident";

interface SpanClass {
  /** Indices into the incident array, ascending (so t0 ascending). */
  indices: Int32Array;
  /** t0 of those incidents, for the binary searches. */
  t0: Float64Array;
  /** The longest t1 - t0 in the class. */
  maxSpan: number;
}

const indexCache = new WeakMap<readonly Incident[], SpanClass[]>();

function spanClassOf(span: number): number {
  return span <= 0 ? 0 : Math.ceil(Math.log2(span + 1));
}

function buildIndex(incidents: readonly Incident[]): SpanClass[] {
  const members: number[][] = [];
  for (let i = 0; i < incidents.length; i++) {
    const inc = incidents[i] as Incident;
    const c = spanClassOf(inc.t1 - inc.t0);
    (members[c] ??= []).push(i);
  }
  const classes: SpanClass[] = [];
  for (const list of members) {
    if (!list) continue;
    const indices = Int32Array.from(list);
    const t0 = new Float64Array(indices.length);
    let maxSpan = 0;
    indices.forEach((idx, j) => {
      const inc = incidents[idx] as Incident;
      t0[j] = inc.t0;
      maxSpan = Math.max(maxSpan, inc.t1 - inc.t0);
    });
    classes.push({ indices, t0, maxSpan });
  }
  return classes;
}

/** First position whose value is >= x (or > x when `strict`), in an ascending array. */
function bound(values: Float64Array, x: number, strict: boolean): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = values[mid] as number;
    if (v < x || (strict && v === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Indices (ascending) of the incidents whose [t0, t1] overlaps [start, end]; `incidents` sorted by t0.
 * The index is built once per array (memoised on its identity).
 */
export function windowIndices(incidents: readonly Incident[], start: number, end: number): number[] {
  let classes = indexCache.get(incidents);
  if (!classes) {
    classes = buildIndex(incidents);
    indexCache.set(incidents, classes);
  }
  const out: number[] = [];
  let parts = 0;
  for (const c of classes) {
    const from = bound(c.t0, start - c.maxSpan, false);
    const to = bound(c.t0, end, true);
    const before = out.length;
    for (let j = from; j < to; j++) {
      const idx = c.indices[j] as number;
      if ((incidents[idx] as Incident).t1 >= start) out.push(idx);
    }
    if (out.length > before) parts++;
  }
  if (parts > 1) out.sort((a, b) => a - b);
  return out;
}
