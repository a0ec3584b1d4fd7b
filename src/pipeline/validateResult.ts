/**
 * Checks an ArticleResult against the output contract (contract.ts): every span lies inside `text`
 * and `text.slice(start, end)` is its `text`; dates are real ISO days in years 0001-9999 with
 * start <= end (null only where the contract allows it); coordinates in range; enums in range;
 * indexes point at existing toponyms and dates. Returns the problems found (empty: valid), each
 * naming the field, so a failing property test says what broke. Hand-written because the contract
 * is a TypeScript interface and the checks that matter (offsets against the text, start <= end)
 * are relations no JSON schema states.
 */
import type {
  ArticleResult,
  CasualtyQualifier,
  DatePrecision,
  EventOut,
  EventType,
  PlacePrecision,
  UndatedEventOut,
} from "./contract";

const DATE_PRECISIONS: readonly DatePrecision[] = ["day", "week", "month", "year"];
const EVENT_TYPES: readonly EventType[] = [
  "airstrike",
  "shelling",
  "fighting",
  "attack",
  "diplomacy",
  "ceasefire",
  "aid",
  "statement",
  "other",
];
const PLACE_PRECISIONS: readonly PlacePrecision[] = ["exact", "city", "near", "region", "country"];
const QUALIFIERS: readonly CasualtyQualifier[] = [
  "about",
  "at least",
  "more than",
  "fewer than",
  "nearly",
  "up to",
  "dozens",
  "scores",
  "hundreds",
  "thousands",
  "tens of thousands",
  "hundreds of thousands",
  "millions",
];

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day, YYYY-MM-DD, years 0001-9999. */
export function isIsoDay(s: unknown): s is string {
  if (typeof s !== "string") return false;
  const m = ISO_DAY.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false;
  const dt = new Date(0);
  dt.setUTCFullYear(y, mo, 0);
  return d <= dt.getUTCDate();
}

export function validateResult(r: ArticleResult): string[] {
  const problems: string[] = [];
  const bad = (where: string, what: string) => problems.push(`${where}: ${what}`);
  const text = r.text;
  if (typeof text !== "string") return ["text: not a string"];
  if (typeof r.id !== "string") bad("id", "not a string");
  if (typeof r.title !== "string") bad("title", "not a string");
  if (r.error !== undefined) {
    if (typeof r.error !== "string" || r.error === "") bad("error", "not a message");
    if (r.toponyms.length + r.unresolved.length + r.dates.length + r.events.length > 0)
      bad("error", "an error result carries layers");
    return problems;
  }
  // (An error result echoes the publication date it refused.)
  if (r.published !== "" && !isIsoDay(r.published)) bad("published", `not "" nor an ISO day: ${r.published}`);

  const span = (where: string, s: { start: number; end: number; text: string }) => {
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end)) return bad(where, "offsets not integers");
    if (s.start < 0 || s.end > text.length || s.start > s.end)
      return bad(where, `offsets ${s.start}-${s.end} outside 0-${text.length}`);
    if (text.slice(s.start, s.end) !== s.text)
      bad(
        where,
        `text.slice(${s.start}, ${s.end}) is ${JSON.stringify(text.slice(s.start, s.end))}, not ${JSON.stringify(s.text)}`,
      );
  };
  const point = (where: string, p: { lat: number; lon: number }) => {
    if (!(Number.isFinite(p.lat) && p.lat >= -90 && p.lat <= 90)) bad(where, `lat ${p.lat}`);
    if (!(Number.isFinite(p.lon) && p.lon >= -180 && p.lon <= 180)) bad(where, `lon ${p.lon}`);
  };
  const interval = (where: string, a: unknown, b: unknown) => {
    if (!isIsoDay(a) || !isIsoDay(b)) return bad(where, `not ISO days: ${String(a)} – ${String(b)}`);
    if (a > b) bad(where, `inverted: ${a} > ${b}`);
  };
  const geonameId = (where: string, id: number | null) => {
    if (id !== null && !(Number.isInteger(id) && id > 0)) bad(where, `geonameId ${id}`);
  };

  r.toponyms.forEach((t, i) => {
    const w = `toponyms[${i}]`;
    span(w, t);
    point(w, t);
    geonameId(w, t.geonameId);
    if (typeof t.name !== "string" || t.name === "") bad(w, "no name");
    if (!Number.isFinite(t.score)) bad(w, `score ${t.score}`);
    if (typeof t.metonymic !== "boolean") bad(w, "metonymic not boolean");
    t.alternatives.forEach((a, k) => {
      point(`${w}.alternatives[${k}]`, a);
      geonameId(`${w}.alternatives[${k}]`, a.geonameId);
      if (!Number.isFinite(a.score)) bad(`${w}.alternatives[${k}]`, `score ${a.score}`);
    });
  });
  r.unresolved.forEach((u, i) => {
    span(`unresolved[${i}]`, u);
    if (typeof u.reason !== "string" || u.reason === "") bad(`unresolved[${i}]`, "no reason");
  });
  r.dates.forEach((d, i) => {
    const w = `dates[${i}]`;
    span(w, d);
    if (!DATE_PRECISIONS.includes(d.precision)) bad(w, `precision ${String(d.precision)}`);
    if (d.unresolved === undefined) interval(w, d.dateStart, d.dateEnd);
    else if (d.unresolved !== "needs-published") bad(w, `unresolved ${String(d.unresolved)}`);
    else if (d.dateStart !== null || d.dateEnd !== null) bad(w, "unresolved with dates");
    else if (r.published !== "") bad(w, "unresolved although the article is dated");
    if (d.vague !== undefined && d.vague !== true) bad(w, "vague not true");
  });

  const common = (w: string, e: EventOut | UndatedEventOut) => {
    if (typeof e.id !== "string" || e.id === "") bad(w, "no id");
    if (!EVENT_TYPES.includes(e.type)) bad(w, `type ${String(e.type)}`);
    if (!PLACE_PRECISIONS.includes(e.precision)) bad(w, `precision ${String(e.precision)}`);
    point(w, e);
    geonameId(w, e.geonameId);
    for (const k of ["killed", "wounded"] as const) {
      const n = e[k];
      if (n !== null && !(Number.isFinite(n) && n >= 0)) bad(w, `${k} ${n}`);
      const q = e[`${k}Qualifier`];
      if (q !== undefined && (!QUALIFIERS.includes(q) || n === null)) bad(w, `${k}Qualifier ${q}`);
    }
    span(`${w}.trigger`, e.trigger);
    span(`${w}.excerpt`, e.excerpt);
    if (
      e.toponym !== null &&
      !(Number.isInteger(e.toponym) && e.toponym >= 0 && e.toponym < r.toponyms.length)
    )
      bad(w, `toponym index ${e.toponym}`);
    if (e.date !== null && !(Number.isInteger(e.date) && e.date >= 0 && e.date < r.dates.length))
      bad(w, `date index ${e.date}`);
  };
  r.events.forEach((e, i) => {
    const w = `events[${i}]`;
    common(w, e);
    interval(w, e.dateStart, e.dateEnd);
    if (!DATE_PRECISIONS.includes(e.datePrecision)) bad(w, `datePrecision ${String(e.datePrecision)}`);
    if (e.dateSource !== "text" && e.dateSource !== "published") bad(w, `dateSource ${String(e.dateSource)}`);
    if (e.dateSource === "text" && e.date === null) bad(w, "dateSource text without a date");
  });
  if (r.undatedEvents !== undefined && r.published !== "") bad("undatedEvents", "on a dated article");
  (r.undatedEvents ?? []).forEach((e, i) => {
    const w = `undatedEvents[${i}]`;
    common(w, e);
    if (e.dateStart !== null || e.dateEnd !== null || e.datePrecision !== null) bad(w, "has a date");
    if (e.dateSource !== "needs-published") bad(w, `dateSource ${String(e.dateSource)}`);
    if (e.date !== null && r.dates[e.date]?.unresolved !== "needs-published")
      bad(w, "waits although its date is resolved");
  });
  return problems;
}
