/**
 * The pipeline's public entry: one article in, one ArticleResult (the JSON contract) out.
 * Never throws for bad input: the result carries `error` instead.
 */
import type { Gazetteer } from "../gazetteer/types";
import type { ArticleInput, ArticleResult, DateOut, EventOut, ToponymOut, UndatedEventOut } from "./contract";
import {
  htmlToText,
  isMissingPublished,
  looksLikeHtml,
  normalizePublished,
  rejectPublished,
  rejectText,
} from "./cleanInput";
import { initialState, type Mention, type PipelineContext, type PipelineState } from "./state";
import { STAGES } from "./stages";

export interface ExtractOptions {
  debug?: (stage: string, message: string) => void;
}

export function extractArticle(
  input: ArticleInput,
  gazetteer: Gazetteer,
  options: ExtractOptions = {},
): ArticleResult {
  const undated = isMissingPublished(input.published);
  const published = undated ? "" : normalizePublished(input.published);
  const base = {
    id: String(input.id ?? ""),
    title: typeof input.title === "string" ? input.title : "",
    published: typeof published === "string" ? published : "",
    ...(input.url ? { url: input.url } : {}),
  };
  const empty = { toponyms: [], unresolved: [], dates: [], events: [] };
  const textError = rejectText(input.text);
  if (textError)
    return {
      ...base,
      text: typeof input.text === "string" ? input.text.slice(0, 2000) : "",
      ...empty,
      error: textError,
    };
  const publishedError = undated ? null : rejectPublished(published);
  if (publishedError) return { ...base, text: input.text, ...empty, error: publishedError };

  const text = looksLikeHtml(input.text) ? htmlToText(input.text) : input.text;
  const ctx: PipelineContext = {
    text,
    published: base.published,
    gazetteer,
    ...(options.debug ? { debug: options.debug } : {}),
  };
  let state: PipelineState = initialState(text);
  for (const [, stage] of STAGES) state = stage(ctx, state);

  const result: ArticleResult = {
    ...base,
    text,
    toponyms: state.mentions.map(toponymOut),
    unresolved: state.unresolved,
    dates: state.dates,
    events: state.events.map(withinCalendar),
  };
  return undated ? splitUndated(result) : result;
}

const FIRST_DAY = "0001-01-01";

/**
 * The output calendar starts on 0001-01-01: an event dated from a publication date of 0001-01-01
 * ("that day or the day before") starts on it. Dates from the text are already inside (dates/).
 */
function withinCalendar(e: EventOut): EventOut {
  return e.dateStart < FIRST_DAY ? { ...e, dateStart: FIRST_DAY } : e;
}

/**
 * An undated article's events whose date would come from a relative date or from the publication
 * date move to `undatedEvents`, with null dates (see "Undated articles" in contract.ts).
 */
function splitUndated(result: ArticleResult): ArticleResult {
  const events: EventOut[] = [];
  const undatedEvents: UndatedEventOut[] = [];
  for (const e of result.events) {
    const date: DateOut | undefined = e.date === null ? undefined : result.dates[e.date];
    if (date && date.dateStart !== null && date.dateEnd !== null) {
      events.push(e);
      continue;
    }
    undatedEvents.push({
      ...e,
      dateStart: null,
      dateEnd: null,
      datePrecision: null,
      dateSource: "needs-published",
    });
  }
  return { ...result, events, undatedEvents };
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function toponymOut(m: Mention): ToponymOut {
  const p = m.chosen!.place;
  return {
    start: m.start,
    end: m.end,
    text: m.text,
    name: p.name,
    geonameId: p.id > 0 ? p.id : null,
    countryCode: p.countryCode,
    featureCode: p.featureCode,
    lat: p.lat,
    lon: p.lon,
    score: round(m.chosen!.score, 3),
    metonymic: !!m.metonymic,
    alternatives: (m.alternatives ?? []).map((a) => ({
      name: a.place.name,
      geonameId: a.place.id > 0 ? a.place.id : null,
      countryCode: a.place.countryCode,
      featureCode: a.place.featureCode,
      lat: a.place.lat,
      lon: a.place.lon,
      score: round(a.score, 3),
    })),
    ...(m.cue ? { cue: m.cue } : {}),
    ...(m.adjectival ? { adjectival: true } : {}),
  };
}
