/**
 * Hand-built pipeline results for the workbench's unit tests (places that are not in the seeds).
 * Offsets are computed from the text, so a fixture cannot drift from its own words.
 */
import type { ArticleResult, EventOut, EventType, ToponymOut } from "../pipeline/contract";

export interface FixtureEvent {
  id?: string;
  sentence: string;
  trigger: string;
  place: string;
  type?: EventType;
  lat: number;
  lon: number;
  date?: string;
  killed?: number | null;
  countryCode?: string;
}

/** One article whose text is the events' sentences joined; each event's place and trigger found in its sentence. */
export function fixtureArticle(
  id: string,
  events: FixtureEvent[],
  extra: Partial<ArticleResult> = {},
): ArticleResult {
  let text = "";
  const toponyms: ToponymOut[] = [];
  const out: EventOut[] = [];
  events.forEach((e, i) => {
    const base = text.length;
    text += e.sentence + " ";
    const at = (w: string) => {
      const k = e.sentence.indexOf(w);
      if (k < 0) throw new Error(`“${w}” is not in “${e.sentence}”`);
      return base + k;
    };
    const p = at(e.place);
    toponyms.push({
      start: p,
      end: p + e.place.length,
      text: e.place,
      name: e.place,
      geonameId: 1000 + i,
      countryCode: e.countryCode ?? "ML",
      featureCode: "PPL",
      lat: e.lat,
      lon: e.lon,
      score: 0.9,
      metonymic: false,
      alternatives: [
        {
          name: `${e.place} (other)`,
          geonameId: 5000 + i,
          countryCode: "NE",
          lat: e.lat + 1,
          lon: e.lon + 1,
          score: 0.1,
        },
      ],
    });
    const t = at(e.trigger);
    const date = e.date ?? "2023-06-03";
    out.push({
      id: e.id ?? `e${i}`,
      type: e.type ?? "attack",
      dateStart: date,
      dateEnd: date,
      datePrecision: "day",
      dateSource: "text",
      placeName: e.place,
      geonameId: 1000 + i,
      countryCode: e.countryCode ?? "ML",
      lat: e.lat,
      lon: e.lon,
      precision: "city",
      killed: e.killed ?? null,
      wounded: null,
      trigger: { start: t, end: t + e.trigger.length, text: e.trigger },
      excerpt: { start: base, end: base + e.sentence.length, text: e.sentence },
      toponym: toponyms.length - 1,
      date: null,
    });
  });
  return {
    id,
    title: `Article ${id}`,
    published: "2023-06-04",
    text: text.trimEnd(),
    toponyms,
    unresolved: [],
    dates: [],
    events: out,
    ...extra,
  };
}
