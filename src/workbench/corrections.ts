/**
 * The user's corrections of incidents, anchored to the evidence in the article's text rather than to
 * positions in arrays: a newer pipeline may find more events, in another order, with other ids, and a
 * correction must still land on the event it was made for (or say plainly that it no longer can).
 * Pure: no DOM, no storage.
 */
import type { ArticleResult, DatePrecision, EventOut, EventType, PlacePrecision } from "../pipeline/contract";

/** The words that identify one event of one article. Offsets are kept only as a tie-breaker. */
export interface EvidenceAnchor {
  /** The excerpt (sentence) the event was reported in. */
  quote: string;
  trigger: { text: string; start: number };
  /** The place words, when the event had a place named in the text. */
  place: { text: string; start: number } | null;
  /** The event's type as extracted (not as corrected), a weak cue. */
  type: EventType;
}

export type CorrectionChange =
  | {
      kind: "place";
      placeName: string;
      countryCode: string;
      geonameId: number | null;
      lat: number;
      lon: number;
      precision: PlacePrecision;
      /** "alternative": a candidate the pipeline had; "map": a point the user clicked. */
      via: "alternative" | "map";
    }
  | { kind: "date"; dateStart: string; dateEnd: string; datePrecision: DatePrecision }
  | { kind: "type"; type: EventType }
  | { kind: "casualties"; killed: number | null; wounded: number | null }
  | { kind: "notIncident" };

export interface Correction {
  id: string;
  /** The stored article's key. */
  articleKey: string;
  anchor: EvidenceAnchor;
  change: CorrectionChange;
  /** Milliseconds since the epoch; later corrections of the same kind win. */
  createdAt: number;
}

/** An event with the user's corrections applied. */
export type CorrectedEvent = EventOut & {
  userEdited?: boolean;
  /** The kinds of change the user made, for the details and exports. */
  corrections?: CorrectionChange["kind"][];
};

export function anchorOf(article: ArticleResult, event: EventOut): EvidenceAnchor {
  const toponym = event.toponym === null ? undefined : article.toponyms[event.toponym];
  return {
    quote: event.excerpt.text,
    trigger: { text: event.trigger.text, start: event.trigger.start },
    place: toponym ? { text: toponym.text, start: toponym.start } : null,
    type: event.type,
  };
}

function norm(s: string): string {
  return s.toLowerCase().replace(/\s+/g, " ").trim();
}

/** How well an event matches an anchor; 0 means not at all. */
function matchScore(article: ArticleResult, event: EventOut, anchor: EvidenceAnchor): number {
  const quote = norm(anchor.quote);
  const excerpt = norm(event.excerpt.text);
  // The excerpt must be the same sentence, or one containing the other (a newer sentence splitter).
  const sameSentence = excerpt === quote ? 4 : excerpt.includes(quote) || quote.includes(excerpt) ? 2 : 0;
  if (sameSentence === 0) return 0;
  if (norm(event.trigger.text) !== norm(anchor.trigger.text)) return 0;
  let score = sameSentence + 2;
  const toponym = event.toponym === null ? undefined : article.toponyms[event.toponym];
  if (anchor.place && toponym && norm(toponym.text) === norm(anchor.place.text)) score += 2;
  if (anchor.place === null && !toponym) score += 1;
  if (event.type === anchor.type) score += 1;
  // Offsets only break ties (the text may have been cleaned differently).
  score += 1 / (1 + Math.abs(event.trigger.start - anchor.trigger.start));
  return score;
}

/** The event of `article` an anchor points to, or null when none carries its evidence any more. */
export function findAnchoredEvent(article: ArticleResult, anchor: EvidenceAnchor): EventOut | null {
  let best: EventOut | null = null;
  let bestScore = 0;
  for (const event of article.events) {
    const s = matchScore(article, event, anchor);
    if (s > bestScore) {
      best = event;
      bestScore = s;
    }
  }
  return best;
}

function applyChange(event: CorrectedEvent, change: CorrectionChange): CorrectedEvent {
  switch (change.kind) {
    case "place":
      return {
        ...event,
        placeName: change.placeName,
        countryCode: change.countryCode,
        geonameId: change.geonameId,
        lat: change.lat,
        lon: change.lon,
        precision: change.precision,
      };
    case "date":
      return {
        ...event,
        dateStart: change.dateStart,
        dateEnd: change.dateEnd,
        datePrecision: change.datePrecision,
        dateSource: "text",
      };
    case "type":
      return { ...event, type: change.type };
    case "casualties":
      return { ...event, killed: change.killed, wounded: change.wounded };
    case "notIncident":
      return event;
  }
}

export interface Corrected {
  /** The article's events with corrections applied; events marked "not an incident" are left out. */
  events: CorrectedEvent[];
  /** Event ids the user marked "not an incident". */
  dismissed: string[];
  /** Corrections whose evidence is no longer in the article's results. */
  orphaned: Correction[];
}

/**
 * Applies an article's corrections, oldest first (so the newest of each kind wins), each to the event
 * that carries its evidence now.
 */
export function applyCorrections(article: ArticleResult, corrections: readonly Correction[]): Corrected {
  const byEvent = new Map<string, Correction[]>();
  const orphaned: Correction[] = [];
  for (const c of [...corrections].sort((a, b) => a.createdAt - b.createdAt)) {
    const event = findAnchoredEvent(article, c.anchor);
    if (!event) {
      orphaned.push(c);
      continue;
    }
    const list = byEvent.get(event.id) ?? [];
    list.push(c);
    byEvent.set(event.id, list);
  }
  const events: CorrectedEvent[] = [];
  const dismissed: string[] = [];
  for (const event of article.events) {
    const list = byEvent.get(event.id);
    if (!list) {
      events.push(event);
      continue;
    }
    if (list.some((c) => c.change.kind === "notIncident")) {
      dismissed.push(event.id);
      continue;
    }
    let out: CorrectedEvent = event;
    for (const c of list) out = applyChange(out, c.change);
    const kinds = [...new Set(list.map((c) => c.change.kind))];
    events.push({ ...out, userEdited: true, corrections: kinds });
  }
  return { events, dismissed, orphaned };
}

/** The corrections that apply to one event of an article (to list and undo them in its details). */
export function correctionsOfEvent(
  article: ArticleResult,
  eventId: string,
  corrections: readonly Correction[],
): Correction[] {
  return corrections.filter(
    (c) => c.articleKey === article.id && findAnchoredEvent(article, c.anchor)?.id === eventId,
  );
}

/** A short description of a change, for the details and the CSV's notes. */
export function describeChange(change: CorrectionChange): string {
  switch (change.kind) {
    case "place":
      return `place set to ${change.placeName}${change.countryCode ? ` (${change.countryCode})` : ""}${change.via === "map" ? " on the map" : ""}`;
    case "date":
      return `date set to ${change.dateStart === change.dateEnd ? change.dateStart : `${change.dateStart} – ${change.dateEnd}`}`;
    case "type":
      return `type set to ${change.type}`;
    case "casualties":
      return `casualties set to ${change.killed ?? "?"} killed, ${change.wounded ?? "?"} wounded`;
    case "notIncident":
      return "marked not an incident";
  }
}
