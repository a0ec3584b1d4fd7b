/**
 * The compact binary incident-set format (".cmis"): the columns of an IncidentSet as they are in
 * memory, so loading a million incidents is a few copies instead of parsing text.
 *
 *   offset 0    4 bytes   magic "CMIS"
 *   offset 4    u32       version, 1
 *   offset 8    u32       row count n
 *   offset 12   u32       byte length J of the table block
 *   offset 16   J bytes   UTF-8 JSON: { places: string[], countries: string[],
 *                         articles: {id, title, published, url?}[], excerpts: string[], ids: string[] | null }
 *   then zero padding to a multiple of 4, and the columns in this order, each n values,
 *   each followed by zero padding to a multiple of 4 bytes:
 *     lon f32, lat f32, t0 i32, t1 i32 (day numbers: days since 1970-01-01),
 *     killed i32, wounded i32 (-1: not reported), place u32, country u32, article u32, excerpt u32
 *     (indexes into the tables), type u8 (index into EVENT_TYPES), precision u8 (exact, city, near,
 *     region, country), datePrecision u8 (day, week, month, year), flags u8 (bit 0: user-edited).
 *   All numbers little-endian. Rows sorted by t0, then t1 (a reader sorts them when they are not).
 */
import { IncidentSetBuilder, SET_COLUMNS, type IncidentSet } from "./incidentSet";

const MAGIC = "CMIS";
const VERSION = 1;
const pad4 = (n: number) => (n + 3) & ~3;

export function isBinaryIncidentSet(head: Uint8Array): boolean {
  return head.length >= 4 && String.fromCharCode(...head.subarray(0, 4)) === MAGIC;
}

export function encodeIncidentSet(set: IncidentSet): Uint8Array<ArrayBuffer> {
  const tables = new TextEncoder().encode(
    JSON.stringify({
      places: set.places,
      countries: set.countries,
      articles: set.articles,
      excerpts: set.excerpts,
      ids: set.ids,
    }),
  );
  let size = pad4(16 + tables.length);
  for (const [name] of SET_COLUMNS) size += pad4(set[name].byteLength);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode(MAGIC), 0);
  view.setUint32(4, VERSION, true);
  view.setUint32(8, set.length, true);
  view.setUint32(12, tables.length, true);
  out.set(tables, 16);
  let at = pad4(16 + tables.length);
  for (const [name] of SET_COLUMNS) {
    const col = set[name];
    out.set(new Uint8Array(col.buffer, col.byteOffset, col.byteLength), at);
    at += pad4(col.byteLength);
  }
  return out;
}

/** Reads a set; throws an Error with a message for people when the bytes are not one. */
export function decodeIncidentSet(bytes: Uint8Array): IncidentSet {
  if (!isBinaryIncidentSet(bytes)) throw new Error("not an incident set (no CMIS header)");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 16) throw new Error("the incident set is cut short");
  const version = view.getUint32(4, true);
  if (version !== VERSION) throw new Error(`incident set version ${version} is not supported (only ${VERSION})`);
  const n = view.getUint32(8, true);
  const j = view.getUint32(12, true);
  let at = pad4(16 + j);
  let need = at;
  for (const [, T] of SET_COLUMNS) need += pad4(n * T.BYTES_PER_ELEMENT);
  if (bytes.length < need) throw new Error(`the incident set is cut short (${bytes.length} of ${need} bytes)`);
  const tables = JSON.parse(new TextDecoder().decode(bytes.subarray(16, 16 + j))) as Pick<
    IncidentSet,
    "places" | "countries" | "articles" | "excerpts" | "ids"
  >;
  const cols: Record<string, unknown> = {};
  for (const [name, T] of SET_COLUMNS) {
    const byteLength = n * T.BYTES_PER_ELEMENT;
    // A copy into its own buffer: aligned, and transferable on its own.
    cols[name] = new T(bytes.slice(at, at + byteLength).buffer);
    at += pad4(byteLength);
  }
  const set = { length: n, ...(cols as object), ...tables } as IncidentSet;
  for (const key of ["places", "countries", "articles", "excerpts"] as const) {
    if (!Array.isArray(set[key])) throw new Error(`the incident set has no ${key} table`);
  }
  const limits = [
    ["place", set.places.length],
    ["country", set.countries.length],
    ["article", set.articles.length],
    ["excerpt", set.excerpts.length],
  ] as const;
  for (const [name, size] of limits) {
    for (const v of set[name]) if (v >= size) throw new Error(`the incident set's ${name} index ${v} is out of range`);
  }
  return isSorted(set) ? set : resort(set);
}

function isSorted(set: IncidentSet): boolean {
  for (let i = 1; i < set.length; i++) {
    const d =
      (set.t0[i] as number) - (set.t0[i - 1] as number) || (set.t1[i] as number) - (set.t1[i - 1] as number);
    if (d < 0) return false;
  }
  return true;
}

function resort(set: IncidentSet): IncidentSet {
  const b = new IncidentSetBuilder();
  const articles = set.articles.map((a) => b.article(a));
  for (let i = 0; i < set.length; i++) {
    b.add({
      lon: set.lon[i] as number,
      lat: set.lat[i] as number,
      t0: set.t0[i] as number,
      t1: set.t1[i] as number,
      killed: (set.killed[i] as number) < 0 ? null : (set.killed[i] as number),
      wounded: (set.wounded[i] as number) < 0 ? null : (set.wounded[i] as number),
      type: set.type[i] as number,
      precision: set.precision[i] as number,
      datePrecision: set.datePrecision[i] as number,
      flags: set.flags[i] as number,
      place: set.places[set.place[i] as number] as string,
      country: set.countries[set.country[i] as number] as string,
      article: articles[set.article[i] as number] as number,
      excerpt: set.excerpts[set.excerpt[i] as number] as string,
      id: set.ids ? (set.ids[i] ?? null) : null,
    });
  }
  return b.finish();
}
