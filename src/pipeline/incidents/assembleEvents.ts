/**
 * Stage: incident assembly. One candidate event per sentence that reports something happening
 * (a non-hypothetical, non-negated trigger that is not a cumulative toll or a generic plural).
 * Its place is the toponym that governs the trigger in the sentence, else one in the paragraph's
 * previous sentences (a caption's first sentence often names the place the next one omits), else,
 * for meetings, the article's focus city. Its date is the sentence's own (not the one of a
 * reporting verb, and never a future day for something reported as done), else the paragraph's,
 * else the publication date, marked as such. Sentences with no place are not mapped. Places named
 * together ("in Hama and Idlib") each get the event; a casualty count is then not split among them.
 */
import type { DateOut, EventOut } from "../contract";
import { bestTrigger, findTriggers, type Trigger } from "../events/triggers";
import { findCasualties } from "../events/casualties";
import type { PipelineContext, PipelineState } from "../state";
import { choosePlace, coordinatedPlaces, focusPlace, precisionOf, type EventPlace } from "./placeForEvent";

/** Below this trigger weight a sentence does not report an incident (e.g. "said"). */
const MIN_TRIGGER_WEIGHT = 0.5;
/** How many earlier sentences of the same paragraph may lend their place or date. */
const LOOKBACK = 2;
/** Sentences at the top of an article that set its focus (headline, lead, caption). */
const FOCUS_SENTENCES = 6;

const GENERIC_PLURAL_BEFORE =
  /\b(?:several|many|numerous|multiple|various|repeated|previous|past|series of|string of)\s+$/i;
const SPEECH_AROUND_DATE = /\b(?:said|says|told|announced|reported|added|stated|confirmed)\s+(?:on\s+)?$/i;

export interface AssembledEvent extends EventOut {
  /** Trigger weight: how clearly the excerpt reports this incident (used when merging). */
  weight: number;
}

export function assembleEvents(ctx: PipelineContext, state: PipelineState): PipelineState {
  const { text } = ctx;
  const { sentences, mentions, dates } = state;
  const mentionsBySentence: number[][] = sentences.map(() => []);
  mentions.forEach((m, i) => mentionsBySentence[m.sentence]?.push(i));
  const datesBySentence: number[][] = sentences.map(() => []);
  let si = 0;
  dates.forEach((d, i) => {
    while (si + 1 < sentences.length && sentences[si + 1]!.start <= d.start) si++;
    datesBySentence[si]?.push(i);
  });
  const focus = focusPlace(text, mentions, FOCUS_SENTENCES);

  const events: AssembledEvent[] = [];
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s]!;
    const trigger = bestTrigger(findTriggers(text, sentence));
    if (!trigger || trigger.weight < MIN_TRIGGER_WEIGHT) continue;
    if (GENERIC_PLURAL_BEFORE.test(text.slice(Math.max(0, trigger.start - 30), trigger.start))) continue;
    const casualties = findCasualties(text, sentence);
    if (casualties.spans.some((c) => c.cumulative && c.start <= trigger.end && trigger.start <= c.end))
      continue;

    let place: EventPlace | undefined = choosePlace(text, mentions, mentionsBySentence[s]!, trigger);
    for (let back = 1; !place && back <= LOOKBACK; back++) {
      const prev = sentences[s - back];
      if (!prev || prev.paragraph !== sentence.paragraph) break;
      place = choosePlace(text, mentions, mentionsBySentence[s - back]!, trigger);
    }
    if (!place && trigger.type === "diplomacy" && focus !== undefined) {
      place = { mention: focus, precision: precisionOf(mentions[focus]!) };
    }
    if (!place) continue;

    let dateIndex = governingDate(text, ctx.published, dates, datesBySentence[s]!, trigger);
    for (let back = 1; dateIndex === null && back <= LOOKBACK; back++) {
      const prev = sentences[s - back];
      if (!prev || prev.paragraph !== sentence.paragraph) break;
      dateIndex = governingDate(text, ctx.published, dates, datesBySentence[s - back]!, trigger);
    }
    const date = dateIndex === null ? undefined : dates[dateIndex];
    // The excerpt shows every word the event rests on: it starts at the earlier sentence of the
    // paragraph that lent the place or the date (a caption's "... in Homs on Thursday.").
    let excerptStart = sentence.start;
    for (let back = 1; back <= LOOKBACK; back++) {
      const prev = sentences[s - back];
      if (!prev || prev.paragraph !== sentence.paragraph) break;
      const lends =
        mentions[place.mention]!.sentence === s - back ||
        (date !== undefined && date.start >= prev.start && date.start < prev.end);
      if (lends) excerptStart = prev.start;
    }
    const sites = [
      place,
      ...coordinatedPlaces(text, mentions, place.mention).map((i) => ({
        mention: i,
        precision: precisionOf(mentions[i]!),
      })),
    ];
    for (const site of sites) {
      const p = mentions[site.mention]!.chosen!.place;
      events.push({
        id: `e${events.length}-${sentence.start}`,
        type: trigger.type,
        dateStart: date?.dateStart ?? ctx.published,
        dateEnd: date?.dateEnd ?? ctx.published,
        datePrecision: date?.precision ?? "day",
        dateSource: date ? "text" : "published",
        placeName: p.name,
        geonameId: p.id > 0 ? p.id : null,
        countryCode: p.countryCode,
        lat: p.lat,
        lon: p.lon,
        precision: site.precision,
        killed: sites.length > 1 ? null : casualties.killed,
        wounded: sites.length > 1 ? null : casualties.wounded,
        trigger: { start: trigger.start, end: trigger.end, text: trigger.text },
        excerpt: { start: excerptStart, end: sentence.end, text: text.slice(excerptStart, sentence.end) },
        toponym: site.mention,
        date: dateIndex,
        weight: triggerWeight(text, trigger),
      });
    }
  }
  state.events = events;
  return state;
}

/** A trigger inside a capitalised name ("the Support Group Meeting") reports less than a plain one. */
function triggerWeight(text: string, t: Trigger): number {
  const first = text.charCodeAt(t.start);
  const prev = text.slice(Math.max(0, t.start - 20), t.start).match(/([A-Za-z]+)\s+$/)?.[1] ?? "";
  const inName = first >= 65 && first <= 90 && /^[A-Z]/.test(prev);
  return inName ? t.weight * 0.6 : t.weight;
}

/**
 * The date expression in the sentence that governs the trigger: the nearest one, but not one
 * attached to a reporting verb ("said Saturday that ...") and not a day after publication when
 * the event is reported as done.
 */
function governingDate(
  text: string,
  published: string,
  dates: readonly DateOut[],
  indexes: readonly number[],
  t: Trigger,
): number | null {
  let best: number | null = null;
  let bestCost = Infinity;
  for (const i of indexes) {
    const d = dates[i]!;
    if (!t.hypothetical && d.dateStart > published) continue;
    let cost = Math.abs(d.start < t.start ? t.start - d.end : d.start - t.end) / 100;
    if (d.precision !== "day") cost += 0.2;
    // "said Saturday that ..." dates the saying; "said this weekend's talks ..." dates the talks.
    const possessive = /^['’]s\b/.test(text.slice(d.end, d.end + 3));
    if (!possessive && SPEECH_AROUND_DATE.test(text.slice(Math.max(0, d.start - 20), d.start))) cost += 1;
    if (cost < bestCost) {
      bestCost = cost;
      best = i;
    }
  }
  return best;
}
