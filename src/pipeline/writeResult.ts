/**
 * The one writer of the output contract (contract.ts): an ArticleResult from the pipeline's state
 * (toponyms with their admin1 and the features that chose them, dates, events read through their
 * pointers into the mentions and dates layers and kept within the calendar,
 * an undated article's events set apart), or the empty result that carries an input error.
 */
import type { Gazetteer, Place } from "../gazetteer/types";
import type { Admin1Out, ArticleResult, DateOut, EventOut, ToponymOut, UndatedEventOut } from "./contract";
import { toDateOut } from "./dates/mention";
import { eventOut, layersOf } from "./incidents/eventRecord";
import type { Mention, PipelineState, ScoredPlace } from "./state";
import { SCORE_FEATURES, type ScoreWhy } from "./toponyms/scoreFeatures";

/** The article's fields that are not results. */
export interface ResultBase {
  id: string;
  title: string;
  published: string;
  url?: string;
}

/** An article that could not be processed: no results, the reason in `error`. */
export function errorResult(base: ResultBase, text: string, error: string): ArticleResult {
  return { ...base, text, toponyms: [], unresolved: [], dates: [], events: [], error };
}

/** The results of one run of the stages over `text`; `undated`: the article has no publication date. */
export function writeResult(
  base: ResultBase,
  text: string,
  state: PipelineState,
  gazetteer: Gazetteer,
  undated: boolean,
): ArticleResult {
  const result: ArticleResult = {
    ...base,
    text,
    toponyms: state.mentions.map((m) => toponymOut(m, gazetteer)),
    unresolved: state.unresolved,
    dates: state.dates.map(toDateOut),
    events: state.events.map((e) => withinCalendar(eventOut(e, layersOf(state, base.published)))),
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

/** The place's first-level region from the gazetteer, for the output (absent for countries and unknown ones). */
function admin1Of(p: Place, gazetteer: Gazetteer): { admin1?: Admin1Out } {
  if (!p.admin1 || !p.countryCode || p.kind === "country" || p.kind === "continent" || p.kind === "region")
    return {};
  const region = gazetteer.admin1(p.countryCode, p.admin1);
  return region ? { admin1: { code: p.admin1, name: region.name } } : {};
}

function toponymOut(m: Mention, gazetteer: Gazetteer): ToponymOut {
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
    ...admin1Of(p, gazetteer),
    alternatives: (m.alternatives ?? []).map((a) => ({
      name: a.place.name,
      geonameId: a.place.id > 0 ? a.place.id : null,
      countryCode: a.place.countryCode,
      featureCode: a.place.featureCode,
      lat: a.place.lat,
      lon: a.place.lon,
      score: round(a.score, 3),
      ...admin1Of(a.place, gazetteer),
    })),
    ...(m.cue ? { cue: m.cue } : {}),
    ...(m.adjectival ? { adjectival: true } : {}),
    ...(m.chosen!.why ? { why: whyOut(m.chosen!.why) } : {}),
  };
}

/** The non-zero features, rounded for the output. */
function featuresOut(why: ScoreWhy): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of SCORE_FEATURES) if (why.features[k] !== 0) out[k] = round(why.features[k], 3);
  return out;
}

function whyOut(why: ScoreWhy): NonNullable<ToponymOut["why"]> {
  const r: ScoredPlace | undefined = why.runnerUp;
  return {
    features: featuresOut(why),
    total: round(why.total, 3),
    ...(r?.why
      ? {
          runnerUp: {
            name: r.place.name,
            countryCode: r.place.countryCode,
            score: round(r.score, 3),
            total: round(r.why.total, 3),
            features: featuresOut(r.why),
          },
        }
      : {}),
  };
}
