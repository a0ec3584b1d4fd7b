/**
 * The events layer: an event points at what it was built from — the trigger that reports it (an index
 * into the triggers layer, which gives its type and words), the mention that places it (an index into
 * the mentions layer, the output's toponyms) and the date that dates it (an index into the dates
 * layer, null when the publication date does) — and holds only what it adds: a side point ("villages
 * north of X"), its place precision, the casualty counts of its clause and the excerpt. The output's
 * EventOut (place name, coordinates, interval) is read through the pointers (eventOut), by the writer
 * and by the merge stage.
 */
import type { EventOut, PlacePrecision, Span } from "../contract";
import { addDays, formatYmd, parsePublished } from "../dates/calendar";
import type { DateMention } from "../dates/mention";
import type { TollFields } from "../events/casualties";
import type { Mention, PipelineState, TriggerSpan } from "../state";

export interface EventRecord extends TollFields {
  id: string;
  /** The trigger (index into the triggers layer) that reports the event: its type and words. */
  trigger: number;
  /** The mention (index into the mentions layer) whose chosen place the event stands at. */
  mention: number;
  /** The date (index into the dates layer) that dates it; null: the publication date does. */
  date: number | null;
  /** The event's point when it is beside its mention's place (a side of town); null: the place's. */
  point: { lat: number; lon: number } | null;
  precision: PlacePrecision;
  excerpt: Span;
}

/** The layers an event points into, and the publication date (YYYY-MM-DD, "" when there is none). */
export interface EventLayers {
  readonly triggers: readonly TriggerSpan[];
  readonly mentions: readonly Mention[];
  readonly dates: readonly DateMention[];
  readonly published: string;
}

/**
 * A report with no date of its own happened on the day of publication or the day before (news
 * reports yesterday's events): the interval says so rather than claiming the publication day.
 */
function dayBefore(published: string): string {
  const d = parsePublished(published);
  return d ? formatYmd(addDays(d, -1)) : published;
}

/** The output contract's event, read through the record's pointers. */
export function eventOut(e: EventRecord, layers: EventLayers): EventOut {
  const t = layers.triggers[e.trigger]!;
  const p = layers.mentions[e.mention]!.chosen!.place;
  const date = e.date === null ? undefined : layers.dates[e.date];
  // A range's end dates the event with the whole range ("between April and June").
  const dated = date?.range ?? date;
  return {
    id: e.id,
    type: t.type,
    dateStart: dated?.dateStart ?? dayBefore(layers.published),
    dateEnd: dated?.dateEnd ?? layers.published,
    datePrecision: dated?.precision ?? "day",
    dateSource: date ? "text" : "published",
    placeName: p.name,
    geonameId: p.id > 0 ? p.id : null,
    countryCode: p.countryCode,
    lat: e.point?.lat ?? p.lat,
    lon: e.point?.lon ?? p.lon,
    precision: e.precision,
    killed: e.killed,
    wounded: e.wounded,
    ...(e.killedQualifier ? { killedQualifier: e.killedQualifier } : {}),
    ...(e.woundedQualifier ? { woundedQualifier: e.woundedQualifier } : {}),
    trigger: { start: t.start, end: t.end, text: t.text },
    excerpt: e.excerpt,
    toponym: e.mention,
    date: e.date,
  };
}

/** The layers of a run's state, with its publication date. */
export function layersOf(state: PipelineState, published: string): EventLayers {
  return { triggers: state.triggers, mentions: state.mentions, dates: state.dates, published };
}
