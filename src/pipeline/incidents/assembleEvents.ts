/**
 * Stage: incident assembly. One candidate event per sentence that reports something happening
 * (a non-hypothetical, non-negated trigger that is not a cumulative toll or a generic plural).
 * Its place is the toponym that governs the trigger in the sentence, else one in the paragraph's
 * previous sentences (a caption's first sentence often names the place the next one omits), else,
 * for meetings, the article's focus city. Its date is the sentence's own (not the one of a
 * reporting verb, and never a future day for something reported as done), else, when discourse
 * links the sentence to an earlier one of the paragraph (it borrows that sentence's place, or
 * refers back: "the attack", "later that day", a pronoun subject), that sentence's date, else the
 * publication date or the day before, marked as such. Sentences with no place are not mapped. Places named
 * together ("in Hama and Idlib") each get the event; a casualty count is then not split among them.
 */
import type { DateOut } from "../contract";
import type { Trigger } from "../events/triggers";
import type { ClauseSpan } from "../events/clauses";
import type { Word } from "../words";
import { contains } from "../toponyms/resolve";
import { tollFields, tollOf, type Casualties, type TollFields } from "../events/casualties";
import type { Mention, PipelineContext, PipelineState, SentenceCasualties, TriggerSpan } from "../state";
import {
  afterPreposition,
  choosePlace,
  coordinatedPlaces,
  focusPlace,
  governs,
  KINETIC,
  precisionOf,
  sidePoint,
  type EventPlace,
} from "./placeForEvent";
import type { EventRecord } from "./eventRecord";

/** How many earlier sentences of the same paragraph may lend their place or date. */
const LOOKBACK = 2;
/** Sentences at the top of an article that set its focus (headline, lead, caption). */
const FOCUS_SENTENCES = 6;
/** The stage's settings, as the stage configuration (stages.ts) shows them. */
export const ASSEMBLY_SETTINGS = { LOOKBACK, FOCUS_SENTENCES } as const;
/**
 * Words that tie a sentence to the incident of the one before: a definite reference to an event
 * ("the attack", "the same strike"), a time anaphor ("later that day", "hours later"), or a
 * pronoun subject ("They also shelled ...").
 */
const EVENT_ANAPHOR =
  /\b(?:the|that|this|these|those)\s+(?:same\s+|latest\s+|deadly\s+)?(?:attacks?|strikes?|airstrikes?|air\s+strikes?|raids?|bombings?|blasts?|explosions?|shelling|assault|incidents?|ambush|clashes|fighting|offensive|operation|violence|bombardment)\b/i;
const TIME_ANAPHOR =
  /\b(?:the\s+same\s+(?:day|night|morning|evening|afternoon)|(?:later|earlier)\s+(?:that|the\s+same)\s+(?:day|night|morning|evening|afternoon)|that\s+(?:day|night|morning|evening|afternoon)|(?:hours|minutes|moments)\s+(?:later|earlier|before|after)|meanwhile|at\s+the\s+same\s+time)\b/i;
const PRONOUN_SUBJECT =
  /^\W*(?:it|they|he|she|this|these|the\s+(?:group|militants|rebels|attackers|gunmen)\s+(?:also|then|later))\b/i;

function linkedToPrevious(text: string, sentence: { start: number; end: number }): boolean {
  const body = text.slice(sentence.start, sentence.end);
  return EVENT_ANAPHOR.test(body) || TIME_ANAPHOR.test(body) || PRONOUN_SUBJECT.test(body);
}

const SPEECH_AROUND_DATE = /\b(?:said|says|told|announced|reported|added|stated|confirmed)\s+(?:on\s+)?$/i;

export interface AssembledEvent extends EventRecord {
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
  const dl = state.dateline;
  dates.forEach((d, i) => {
    // The dateline's date is when the article was filed, not when anything in it happened.
    if (dl && d.start >= dl.start && d.end <= dl.end) return;
    while (si + 1 < sentences.length && sentences[si + 1]!.start <= d.start) si++;
    datesBySentence[si]?.push(i);
  });
  const focus = focusPlace(text, mentions, FOCUS_SENTENCES);
  // The triggers that may report an incident, and the casualty counts, by sentence (stages before).
  const triggersBySentence: TriggerSpan[][] = sentences.map(() => []);
  for (const t of state.triggers) if (t.reports) triggersBySentence[t.sentence]?.push(t);
  const triggerIndex = new Map<Trigger, number>(state.triggers.map((t, i) => [t, i]));
  const clausesBySentence: ClauseSpan[][] = sentences.map(() => []);
  for (const c of state.clauses) clausesBySentence[c.sentence]?.push(c);
  const casualtiesBySentence: (SentenceCasualties | undefined)[] = sentences.map(() => undefined);
  for (const c of state.casualties) casualtiesBySentence[c.sentence] = c;

  /** The sentence's reports: its main trigger with its place, then clauses that report elsewhere. */
  function reportsOf(s: number): { reports: Report[]; casualties?: Casualties } {
    const sentence = sentences[s]!;
    const triggers = triggersBySentence[s]!;
    const trigger = triggers.find((t) => t.main);
    const casualties = casualtiesBySentence[s];
    if (!trigger || !casualties) return { reports: [] };
    if (casualties.spans.some((c) => c.cumulative && c.start <= trigger.end && trigger.start <= c.end))
      return { reports: [] };

    // Each place belongs to the clause of its nearest trigger ("X shelled A ... and warplanes
    // bombed B"); the main trigger takes its own places first, else any of the sentence's.
    const here = mentionsBySentence[s]!;
    const active = triggers.filter((t) => !t.hypothetical && !t.negated);
    const nearest = here.map((i) => attachedTrigger(text, mentions[i]!, active, clausesBySentence[s]!));
    const own = (t: Trigger) => here.filter((_, k) => nearest[k] === t);
    let place =
      choosePlace(text, mentions, own(trigger), trigger) ?? choosePlace(text, mentions, here, trigger);
    let borrowed = false;
    for (let back = 1; !place && back <= LOOKBACK; back++) {
      const prev = sentences[s - back];
      if (!prev || prev.paragraph !== sentence.paragraph) break;
      place = choosePlace(text, mentions, mentionsBySentence[s - back]!, trigger);
      borrowed = place !== undefined;
    }
    if (!place && trigger.type === "diplomacy" && focus !== undefined) {
      place = { mention: focus, precision: precisionOf(mentions[focus]!, text) };
    }
    if (!place) return { reports: [] };
    const reports: Report[] = [{ trigger, sites: withCoordinated(place), borrowed }];

    // Another kinetic trigger reports a place of its own clause that it governs, unless that place
    // holds or lies in one already reported ("killed ... in Syria's Afrin").
    const taken = new Set(reports[0]!.sites.map((p) => p.mention));
    const related = (i: number) =>
      [...taken].some((k) => {
        const a = mentions[i]!.chosen!.place;
        const b = mentions[k]!.chosen!.place;
        // A region holds its towns; a town near another is a place of its own.
        const holds = (x: typeof a, y: typeof a) => x.kind !== "city" && contains(x, y);
        return a.id === b.id || holds(a, b) || holds(b, a);
      });
    for (const other of active) {
      if (other === trigger || !KINETIC.has(other.type)) continue;
      const candidates = own(other).filter((i) => !taken.has(i) && mentions[i]!.chosen && !related(i));
      const p = choosePlace(text, mentions, candidates, other);
      if (!p || !governs(text, mentions[p.mention]!, other)) continue;
      const sites = withCoordinated(p).filter((x) => !taken.has(x.mention));
      for (const x of sites) taken.add(x.mention);
      reports.push({ trigger: other, sites, borrowed: false });
    }
    return { reports, casualties };
  }

  function withCoordinated(place: EventPlace): EventPlace[] {
    return [
      place,
      ...coordinatedPlaces(text, mentions, place.mention).map((i) => ({
        mention: i,
        precision: precisionOf(mentions[i]!, text),
      })),
    ];
  }

  function eventsOf({ trigger, sites, borrowed }: Report, s: number, casualties?: Toll): AssembledEvent[] {
    const sentence = sentences[s]!;
    const own = datesBySentence[s]!.filter(
      (i) =>
        !inOtherTimeClause(state.words[s], clausesBySentence[s]!, dates[i]!, trigger, triggersBySentence[s]!),
    );
    let dateIndex = governingDate(text, ctx.published, dates, own, trigger);
    // Only a sentence that continues the previous one's incident takes its date.
    const linked = borrowed || linkedToPrevious(text, sentence);
    for (let back = 1; linked && dateIndex === null && back <= LOOKBACK; back++) {
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
        mentions[sites[0]!.mention]!.sentence === s - back ||
        (date !== undefined && date.start >= prev.start && date.start < prev.end);
      if (lends) excerptStart = prev.start;
    }
    return sites.map((site) => {
      const beside = sidePoint(text, mentions[site.mention]!);
      return {
        id: "",
        trigger: triggerIndex.get(trigger)!,
        mention: site.mention,
        date: dateIndex,
        point: beside ? { lat: beside.lat, lon: beside.lon } : null,
        precision: beside && site.precision === "city" ? "near" : site.precision,
        ...tollFields(casualties),
        excerpt: { start: excerptStart, end: sentence.end, text: text.slice(excerptStart, sentence.end) },
        weight: triggerWeight(text, trigger),
      };
    });
  }

  const events: AssembledEvent[] = [];
  for (let s = 0; s < sentences.length; s++) {
    const { reports, casualties } = reportsOf(s);
    for (const r of reports) {
      const toll = r.sites.length === 1 && casualties ? clauseToll(casualties, r, reports) : undefined;
      for (const e of eventsOf(r, s, toll)) {
        events.push({ ...e, id: `e${events.length}-${sentences[s]!.start}` });
      }
    }
  }
  state.events = events;
  return state;
}

interface Report {
  trigger: Trigger;
  sites: EventPlace[];
  /** The place came from an earlier sentence of the paragraph: the sentence continues its scene. */
  borrowed: boolean;
}

type Toll = TollFields;

/** Words that open a clause of time relative to the main one ("After the attack on Monday failed, ..."). */
const TIME_CLAUSE_OPENERS: ReadonlySet<string> = new Set(["after", "before", "since", "following", "until"]);

/**
 * The date sits in a clause of time other than the trigger's ("After the attack in A three days ago
 * failed, a bomber struck B") that reports a happening of its own: it dates what that clause
 * reports, before or after the trigger's incident, never the incident itself ("after midnight" or
 * "since June", with no trigger of their own, still date it). `clauses` are the sentence's own
 * (state.clauses), so the test costs the sentence, not the article.
 */
function inOtherTimeClause(
  words: readonly Word[] | undefined,
  clauses: readonly ClauseSpan[],
  date: { start: number },
  trigger: Trigger,
  triggers: readonly Trigger[],
): boolean {
  const at = (offset: number) => clauses.findIndex((c) => c.start <= offset && offset <= c.end);
  const dc = at(date.start);
  if (dc < 0 || dc === at(trigger.start)) return false;
  const clause = clauses[dc]!;
  const opener = words?.[clause.wordStart]?.w ?? "";
  if (!TIME_CLAUSE_OPENERS.has(opener)) return false;
  // Only a clause that reports a happening of its own: "after midnight", "since June" date the trigger.
  return triggers.some((t) => t !== trigger && t.start >= clause.start && t.end <= clause.end);
}

/**
 * A casualty count belongs to one incident at one place: never split among places or copied. In a
 * sentence with several reports, each takes the counts nearest to its trigger.
 */
function clauseToll(casualties: Casualties, report: Report, reports: readonly Report[]): Toll {
  if (reports.length === 1) return casualties;
  const triggers = reports.map((r) => r.trigger);
  return tollOf(casualties.spans.filter((c) => nearestTrigger(c, triggers) === report.trigger));
}

/**
 * The trigger a place belongs to: a place introduced by a preposition attaches to the last trigger
 * before it ("clashes in A and an explosion in B": A is the clashes'), as a prepositional phrase
 * attaches to what precedes it; a word for the toll that follows another trigger of its clause
 * reports that trigger's incident and is passed over ("airstrikes on A leaving people killed in
 * B"). Any other place (a subject, "A witnesses clashes") goes to the nearest trigger.
 */
function attachedTrigger(
  text: string,
  m: Mention,
  triggers: readonly Trigger[],
  clauses: readonly ClauseSpan[],
): Trigger | undefined {
  if (afterPreposition(text, m)) {
    const clauseOf = (t: Trigger) => clauses.findIndex((c) => c.start <= t.start && t.start <= c.end);
    let before: Trigger | undefined;
    for (const t of triggers) {
      if (t.end > m.start) break;
      const tollOfBefore = t.casualty && before !== undefined && clauseOf(before) === clauseOf(t);
      if (!tollOfBefore) before = t;
    }
    if (before) return before;
  }
  return nearestTrigger(m, triggers);
}

/** The trigger nearest to a span of text, in characters. */
function nearestTrigger(
  m: { start: number; end: number },
  triggers: readonly Trigger[],
): Trigger | undefined {
  let best: Trigger | undefined;
  let bestD = Infinity;
  for (const t of triggers) {
    const d = m.end <= t.start ? t.start - m.end : Math.max(0, m.start - t.end);
    if (d < bestD) {
      bestD = d;
      best = t;
    }
  }
  return best;
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
    const from = (d.range ?? d).dateStart;
    if (!t.hypothetical && published !== "" && from !== null && from > published) continue;
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
