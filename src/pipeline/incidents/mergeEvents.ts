/**
 * Stage: one incident reported twice in an article (a lead repeated under a photo, a summary and
 * its detail) becomes one event: same type, same place, overlapping dates.
 * The report with the clearer trigger gives the excerpt (ties: the first); casualty counts take
 * the largest stated. Each event merges into the earliest kept event it matches.
 *
 * Linear-ish in the number of events: kept events are indexed by type and place (the referent, the
 * name, and for city-level points a grid cell of the merge distance) and by day, so an event is
 * compared only with the kept events that could match it, not with all of them.
 */
import type { EventOut } from "../contract";
import type { PipelineContext, PipelineState } from "../state";
import type { AssembledEvent } from "./assembleEvents";
import { distanceKm } from "../../gazetteer/distance";
import { mergeTolls, tollFields } from "../events/casualties";
import { eventOut, layersOf } from "./eventRecord";
import { diffDays, FIRST_DAY, parsePublished } from "../dates/calendar";

/** Same place: the same referent, or two city-level points within one city ("Manhattan", "New York"). */
export function samePlace(a: EventOut, b: EventOut): boolean {
  if (a.geonameId !== null && a.geonameId === b.geonameId) return true;
  if (a.placeName === b.placeName && a.countryCode === b.countryCode) return true;
  return a.precision === "city" && b.precision === "city" && distanceKm(a, b) < SAME_CITY_KM;
}

const SAME_CITY_KM = 25;

export function overlaps(a: EventOut, b: EventOut): boolean {
  return a.dateStart <= b.dateEnd && b.dateStart <= a.dateEnd;
}

/** The grid for city-level points: a cell is CELL_DEG of latitude, more than SAME_CITY_KM. */
const CELL_DEG = 0.25;
/** A little under a degree of latitude in km (distanceKm's is 111.2), so the cells searched never fall short. */
const KM_PER_DEG = 110;
const LON_CELLS = 360 / CELL_DEG;
/** Spans longer than this many days are indexed once, not per day. */
const MAX_INDEXED_DAYS = 31;

const dayOf = (s: string): number | undefined => {
  const d = parsePublished(s);
  return d ? diffDays(d, FIRST_DAY) : undefined;
};

/** The days an event covers, or undefined for a long (or unreadable) span. */
function daysOf(e: EventOut): number[] | undefined {
  const a = dayOf(e.dateStart);
  const b = dayOf(e.dateEnd);
  if (a === undefined || b === undefined || b < a || b - a >= MAX_INDEXED_DAYS) return undefined;
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

/** The place keys an event is indexed under. */
function placeKeys(e: EventOut): string[] {
  const keys = [`n:${e.placeName}\u0000${e.countryCode}`];
  if (e.geonameId !== null) keys.push(`g:${e.geonameId}`);
  if (e.precision === "city") keys.push(`c:${cellOf(e.lat, e.lon)}`);
  return keys;
}

const lonCell = (c: number) => ((c % LON_CELLS) + LON_CELLS) % LON_CELLS;

function cellOf(lat: number, lon: number): string {
  return `${Math.floor(lat / CELL_DEG)}:${lonCell(Math.floor((lon + 180) / CELL_DEG))}`;
}

/** The cells a city-level point within SAME_CITY_KM of (lat, lon) can lie in. */
function nearCells(lat: number, lon: number): string[] {
  const band = Math.floor(lat / CELL_DEG);
  const cos = Math.cos((Math.min(90, Math.abs(lat) + CELL_DEG) * Math.PI) / 180);
  const dLon = cos > 0.01 ? SAME_CITY_KM / (KM_PER_DEG * cos) : 360;
  const lo = Math.floor((lon + 180 - dLon) / CELL_DEG);
  const hi = Math.min(Math.floor((lon + 180 + dLon) / CELL_DEG), lo + LON_CELLS - 1);
  const out: string[] = [];
  for (let b = band - 1; b <= band + 1; b++) for (let c = lo; c <= hi; c++) out.push(`${b}:${lonCell(c)}`);
  return out;
}

/** Kept event indexes by "type|place key|day" (a long span's day is "*"; every event is also under "all"). */
class KeptIndex {
  private readonly byKey = new Map<string, number[]>();

  add(e: EventOut, i: number): void {
    const days = [...(daysOf(e)?.map(String) ?? ["*"]), "all"];
    for (const p of placeKeys(e))
      for (const d of days) {
        const k = `${e.type}|${p}|${d}`;
        const list = this.byKey.get(k);
        if (list) list.push(i);
        else this.byKey.set(k, [i]);
      }
  }

  /** Indexes of kept events that may match `e` (a superset; the caller checks). */
  candidates(e: EventOut): Set<number> {
    const places = [`n:${e.placeName}\u0000${e.countryCode}`];
    if (e.geonameId !== null) places.push(`g:${e.geonameId}`);
    if (e.precision === "city") for (const c of nearCells(e.lat, e.lon)) places.push(`c:${c}`);
    const days = daysOf(e);
    const out = new Set<number>();
    const take = (k: string) => {
      for (const i of this.byKey.get(k) ?? []) out.add(i);
    };
    for (const p of places) {
      if (!days) {
        take(`${e.type}|${p}|all`);
        continue;
      }
      take(`${e.type}|${p}|*`);
      for (const d of days) take(`${e.type}|${p}|${d}`);
    }
    return out;
  }
}

/**
 * Up to this many events, each is compared with every kept event (the index costs more than it
 * saves). Both ways find the same kept event: the earliest that matches (the index's candidates
 * are a superset of the matches, and hold every kept event's current place and dates).
 */
const SMALL_INPUT = 12;

/** An event as the merge compares it (its place and dates read through its pointers) and its weight. */
export type MergeItem = EventOut & { weight: number };

const matches = (k: MergeItem, e: MergeItem) => k.type === e.type && samePlace(k, e) && overlaps(k, e);

/** Each event merged into the earliest kept one it matches (the winner: the heavier; its tolls merged). */
export function mergeItems<T extends MergeItem>(events: readonly T[]): T[] {
  const kept: T[] = [];
  const index = events.length > SMALL_INPUT ? new KeptIndex() : undefined;
  for (const e of events) {
    let i = -1;
    if (index) {
      for (const c of index.candidates(e)) if ((i < 0 || c < i) && matches(kept[c]!, e)) i = c;
    } else i = kept.findIndex((k) => matches(k, e));
    if (i < 0) {
      index?.add(e, kept.length);
      kept.push(e);
      continue;
    }
    const k = kept[i]!;
    const winner = e.weight > k.weight ? e : k;
    kept[i] = { ...winner, id: k.id, ...mergeTolls(k, e) };
    // The merged event may now stand at the winner's place and dates: index it there too.
    if (winner === e) index?.add(kept[i]!, i);
  }
  return kept;
}

export function mergeEvents(ctx: PipelineContext, state: PipelineState): PipelineState {
  const layers = layersOf(state, ctx.published);
  const items = (state.events as AssembledEvent[]).map((record) => ({
    ...eventOut(record, layers),
    weight: record.weight,
    record,
  }));
  // The kept item's record is the winner's; its id and tolls are the merged item's.
  state.events = mergeItems(items).map((v) => {
    const { weight: _w, killedQualifier: _k, woundedQualifier: _q, ...record } = v.record;
    return { ...record, id: v.id, ...tollFields(v) };
  });
  return state;
}

/** The stage's settings, as the stage configuration (stages.ts) shows them. */
export const MERGE_SETTINGS = { SAME_CITY_KM } as const;
