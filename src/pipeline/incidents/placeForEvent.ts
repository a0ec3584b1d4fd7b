/**
 * Which toponym says where an event happened. Among the sentence's locational mentions (not
 * metonymic, not inside an organisation's name, not standing for a state's institutions), the one
 * that governs the trigger: introduced by a locative preposition, close to the trigger, specific
 * (a city over a country), and neither the agent ("The U.S. struck", "Iran-backed rebels",
 * "Chad and Niger were behind the attack") nor the topic ("a meeting on Somalia").
 */
import type { PlacePrecision } from "../contract";
import { AREA_HEADS, INSTITUTION_NOUNS } from "../lexicon/cueWords";
import type { Mention } from "../state";
import { holdsInChain, isAdminContainer } from "../../gazetteer/containment";
import { ARTICLES } from "../../gazetteer/normalize";
import { UNIT_AFTER } from "../toponyms/cues";
import type { Trigger } from "../events/triggers";

const LOCATIVE_BEFORE =
  /\b(?:in|at|near|on|outside|inside|across|around|throughout|over|into|of|to|toward|towards|from)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}$/;
const DIRECT_LOCATIVE = /\b(?:in|at|near|outside|across|throughout|over)\s+(?:the\s+)?$/;
const AGENT_SUFFIX =
  /^-(?:led|backed|based|sponsored|supported|funded|allied|brokered|controlled|held|loyal|affiliated|aligned)\b/;
/** "forces loyal to Turkey", "factions backed by Iran": the party behind them, never where. */
const AGENT_BEFORE =
  /\b(?:(?:loyal|affiliated|allied|aligned|affiliate)\s+(?:to|with)|(?:backed|supported|sponsored|funded)\s+by)\s+(?:the\s+)?$/i;
const AGENT_AFTER =
  /^\s+(?:and\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*\s+)?(?:(?:was|were|is|are|has been|have been)\s+)?(?:behind|responsible for|blamed for)\b/;
/**
 * "talks on Somalia", "a meeting about Libya": the subject discussed, not the venue. "Between"
 * two states names the parties ("talks between Iran and Iraq"); between two towns, the area
 * ("clashes between the cities of A and B").
 */
const BETWEEN_BEFORE = /\bbetween\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+)*(?:and\s+(?:the\s+)?)?$/;
const TOPIC_BEFORE =
  /\b(?:talks|meeting|meetings|conference|discussions?|negotiations|summit|deal|agreement|resolution|envoy|policy|strategy|war|conflict|crisis)\s+(?:on|about|over|for|regarding)\s+$/i;

export const KINETIC: ReadonlySet<string> = new Set(["airstrike", "shelling", "fighting", "attack"]);

export interface EventPlace {
  mention: number;
  precision: PlacePrecision;
}

export function precisionOf(m: Mention, text: string): PlacePrecision {
  if (m.near) return "near";
  // "Y district": the unit named for the town, not the town's point.
  if (m.chosen?.place.kind === "city" && UNIT_AFTER.test(text.slice(m.end, m.end + 20))) return "region";
  const kind = m.chosen?.place.kind;
  if (kind === "city") return "city";
  if (kind === "country") return "country";
  return "region";
}

/** "Russia's UN ambassador", "the US military": the name stands for the state's institutions. */
function isInstitutional(text: string, m: Mention): boolean {
  const kind = m.chosen?.place.kind;
  if (kind !== "country" && m.chosen?.place.featureCode !== "PPLC") return false;
  const after = text.slice(m.end, m.end + 40).replace(/^['’]s\b/, "");
  const words = after.match(/^[\s]*([A-Za-z-]+)(?:\s+([A-Za-z-]+))?/);
  if (!words) return false;
  const raw1 = words[1] ?? "";
  const w1 = raw1.toLowerCase();
  const w2 = (words[2] ?? "").toLowerCase();
  // "UN ambassador", "foreign minister": an acronym or "foreign" before the institution noun.
  const acronym = raw1.length >= 2 && raw1.length <= 4 && raw1 === raw1.toUpperCase();
  return INSTITUTION_NOUNS.has(w1) || ((acronym || w1 === "foreign") && INSTITUTION_NOUNS.has(w2));
}

/** Part of a list of three or more countries ("Saudi Arabia, Iran, Turkey and Qatar"): participants. */
function inCountryList(text: string, mentions: readonly Mention[], i: number): boolean {
  const isCountry = (k: number) => mentions[k]?.chosen?.place.kind === "country";
  if (!isCountry(i)) return false;
  let lo = i;
  let hi = i;
  // "Manhattan, New York, U.S." is a chain of containers, not a list.
  const joined = (a: Mention, b: Mention) =>
    /^(?:,\s*|,?\s+and\s+|,?\s+or\s+)$/.test(text.slice(a.end, b.start));
  while (lo > 0 && isCountry(lo - 1) && joined(mentions[lo - 1]!, mentions[lo]!)) lo--;
  while (hi + 1 < mentions.length && isCountry(hi + 1) && joined(mentions[hi]!, mentions[hi + 1]!)) hi++;
  return hi - lo >= 2;
}

export function isLocational(text: string, mentions: readonly Mention[], i: number): boolean {
  const m = mentions[i]!;
  if (!m.chosen || m.metonymic || m.inName || m.adjectival || m.dateline) return false;
  if (isInstitutional(text, m) || inCountryList(text, mentions, i)) return false;
  // "Iran-backed rebels", "a U.S.-led coalition": who stands behind, never where.
  if (AGENT_SUFFIX.test(text.slice(m.end, m.end + 14))) return false;
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  if (TOPIC_BEFORE.test(before) || AGENT_BEFORE.test(before)) return false;
  if (m.chosen.place.kind !== "city" && BETWEEN_BEFORE.test(before)) return false;
  return true;
}

/** "Chad and Niger were behind the attack": the name is who acted, not where. */
function isAgent(text: string, m: Mention): boolean {
  return AGENT_AFTER.test(text.slice(m.end, m.end + 40));
}

/** "in Afghanistan's Herat": the city takes the preposition of the country that owns it. */
const OWNER_BEFORE = /\b[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?['’]s\s+$/;
/**
 * "in al-Bab", "north of ar-Raqqa": an Arabic article joined to a name the recogniser read without
 * it belongs to the name, so the preposition before it is the name's.
 */
const JOINED_WORD_BEFORE = /\b([A-Za-z]+)[-‐‑]$/;

/** `before` without a final Arabic article joined to the name ("in al-"), as the gazetteer lists them. */
function withoutArticle(before: string): string {
  const m = JOINED_WORD_BEFORE.exec(before);
  return m && ARTICLES.has(m[1]!.toLowerCase()) ? before.slice(0, m.index) : before;
}

/** The text before a mention as its preposition sees it: an owner ("Syria's") or a joined article taken off. */
function textBefore(text: string, m: Mention, n: number): string {
  return withoutArticle(text.slice(Math.max(0, m.start - n), m.start)).replace(OWNER_BEFORE, "");
}

export function scorePlace(text: string, m: Mention, trigger: Trigger): number {
  let s = 0;
  const before = textBefore(text, m, 60);
  if (DIRECT_LOCATIVE.test(before)) s += 2.5;
  else if (LOCATIVE_BEFORE.test(before)) s += 1;
  // The subject or modifier right before the trigger: "The U.S. struck", "Turkish-backed", "U.S. strikes".
  if (KINETIC.has(trigger.type) && m.end <= trigger.start && !DIRECT_LOCATIVE.test(before)) {
    const between = text.slice(m.end, trigger.start);
    if (/^(?:['’]s)?\s*(?:(?:has|have|had)\s+)?(?:[a-z]+\s+)?$/.test(between)) s -= 2;
  }
  const dist = m.end <= trigger.start ? trigger.start - m.end : m.start - trigger.end;
  s -= Math.max(0, dist) / 120;
  if (m.start >= trigger.end) s += 0.3;
  const kind = m.chosen?.place.kind;
  if (kind === "city") s += 1;
  else if (kind === "admin1" || kind === "admin2") s += 0.6;
  else if (kind === "continent" || kind === "region") s -= 1.5;
  return s;
}

/** Part of a place ("the west of", "the countryside of", "X province") on either side of a list's joint. */
const AREA_NOUN = `(?:${[...AREA_HEADS].join("|")})`;
const DIRECTION = "(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?";
const COORDINATION = new RegExp(
  `^(?:\\s+${AREA_NOUN})?(?:\\s*,\\s*|\\s+and\\s+|\\s*,\\s+and\\s+|\\s*&\\s*)` +
    `(?:(?:the\\s+)?(?:${DIRECTION}\\s+)?${AREA_NOUN}\\s+of\\s+(?:the\\s+)?|(?:the\\s+)?${DIRECTION}\\s+of\\s+)?$`,
  "i",
);

/**
 * Other places named together with the chosen one ("airstrikes on Hama and Idlib", "in Homs,
 * Hama and Daraa"): the same report covers each of them.
 */
export function coordinatedPlaces(text: string, mentions: readonly Mention[], chosen: number): number[] {
  const kind = mentions[chosen]?.chosen?.place.kind;
  const same = (i: number) => {
    const k = mentions[i]?.chosen?.place.kind;
    return k !== undefined && (k === "country") === (kind === "country") && isLocational(text, mentions, i);
  };
  const joined = (a: Mention, b: Mention) =>
    a.sentence === b.sentence &&
    // "X district, Y province" is a chain of containers (cues.ts), not a list.
    mentions[a.parent ?? -1] !== b &&
    !(a.chosen && b.chosen && isAdminContainer(b.chosen.place, a.chosen.place)) &&
    COORDINATION.test(text.slice(a.end, b.start));
  const out: number[] = [];
  for (let i = chosen - 1; i >= 0 && joined(mentions[i]!, mentions[i + 1]!) && same(i); i--) out.push(i);
  for (let i = chosen + 1; i < mentions.length && joined(mentions[i - 1]!, mentions[i]!) && same(i); i++)
    out.push(i);
  return out.slice(0, MAX_COORDINATED);
}

const MAX_COORDINATED = 3;

/** "X witnesses clashes", "X city witnessed renewed shelling": the subject is where it happened. */
const WITNESSES_BETWEEN = new RegExp(
  `^\\s+(?:${AREA_NOUN}\\s+)?witness(?:es|ed)?\\s+(?:[a-z-]+\\s+){0,3}$`,
  "i",
);

/**
 * Does the trigger govern this place: the place is introduced by a locative preposition, or is
 * the trigger's object right after it ("bomb Al-Lataminah", "shell Daraa countryside")?
 */
export function governs(text: string, m: Mention, trigger: Trigger): boolean {
  if (afterPreposition(text, m)) return true;
  if (m.end <= trigger.start && WITNESSES_BETWEEN.test(text.slice(m.end, trigger.start))) return true;
  return m.start >= trigger.end && /^\s+(?:the\s+)?$/.test(withoutArticle(text.slice(trigger.end, m.start)));
}

/** The mention is introduced by a locative preposition ("in the countryside of X", "near X", "in al-X"). */
export function afterPreposition(text: string, m: Mention): boolean {
  return LOCATIVE_BEFORE.test(textBefore(text, m, 60));
}

/**
 * Where "north of X", "the eastern countryside of X", "X's southern outskirts", "east X" put an
 * incident: this far from the town's point toward that side (about a district's radius around its
 * seat; the UCDP misses hit within 50 km alike from 15 to 40 km, so the figure is not a fitted one).
 */
export const SIDE_OFFSET_KM = 25;
const SIDE = "(north|south|east|west|north-?east|north-?west|south-?east|south-?west)";
const SIDE_PART =
  "(?:countryside|outskirts|parts?|areas?|sector|section|desert|side|banks?|suburbs?|villages?|towns?|fronts?)";
/** "north of X", "the eastern countryside of (the city of) X", "south of the capital X". */
const SIDE_OF = new RegExp(
  `\\b${SIDE}(?:ern)?\\s+(?:${SIDE_PART}\\s+)?of\\s+(?:the\\s+)?(?:(?:city|province|town|countryside)\\s+of\\s+(?:the\\s+)?)?(?:capital\\s+)?$`,
  "i",
);
const SIDE_AND = new RegExp(`\\b${SIDE}(?:ern)?\\s*(?:,|and|or|&)\\s*$`, "i");
/** "east X", "in southern X": lower case only, as "East X" is a name. */
const SIDE_BARE = new RegExp(`\\b${SIDE}(?:ern)?\\s+$`);
/** "X's southern outskirts", "X western countryside". */
const SIDE_AFTER = new RegExp(
  `^(?:['’]s)?\\s+(?:city\\s+)?${SIDE}(?:ern)?\\s+(?:countryside|outskirts|suburbs|desert)\\b`,
  "i",
);

/**
 * The unit vector [north, east] of side words: "north-eastern" is half-way between, "the southern
 * and western countryside" is the south-west, "the north and south of X" no side at all.
 */
function sideVector(words: readonly string[]): [number, number] | undefined {
  let n = 0;
  let e = 0;
  for (const word of words) {
    const w = word.toLowerCase();
    const dn = (w.includes("north") ? 1 : 0) - (w.includes("south") ? 1 : 0);
    const de = (w.includes("east") ? 1 : 0) - (w.includes("west") ? 1 : 0);
    const len = Math.hypot(dn, de);
    n += dn / len;
    e += de / len;
  }
  const len = Math.hypot(n, e);
  return len < 1e-6 ? undefined : [n / len, e / len];
}

/**
 * The incident's point for a town the text places it beside: SIDE_OFFSET_KM toward the side it
 * names, or undefined when it names none (or the place is no town: a region's side is inside it).
 */
export function sidePoint(text: string, m: Mention): { lat: number; lon: number } | undefined {
  const p = m.chosen?.place;
  if (!p || p.kind !== "city") return undefined;
  const before = textBefore(text, m, 60);
  const sides: string[] = [];
  const of = SIDE_OF.exec(before);
  if (of) {
    sides.push(of[1]!);
    let rest = before.slice(0, of.index);
    for (let and = SIDE_AND.exec(rest); and; and = SIDE_AND.exec(rest)) {
      sides.push(and[1]!);
      rest = rest.slice(0, and.index);
    }
  } else {
    const side = SIDE_BARE.exec(before)?.[1] ?? SIDE_AFTER.exec(text.slice(m.end, m.end + 40))?.[1];
    if (side) sides.push(side);
  }
  const v = sides.length ? sideVector(sides) : undefined;
  if (!v) return undefined;
  const [n, e] = v;
  const KM_PER_DEGREE = 111.2;
  return {
    lat: p.lat + (n * SIDE_OFFSET_KM) / KM_PER_DEGREE,
    lon: p.lon + (e * SIDE_OFFSET_KM) / (KM_PER_DEGREE * Math.cos((p.lat * Math.PI) / 180)),
  };
}

export function choosePlace(
  text: string,
  mentions: readonly Mention[],
  indexes: readonly number[],
  trigger: Trigger,
): EventPlace | undefined {
  let bestI = -1;
  let bestS = -Infinity;
  for (const i of indexes) {
    if (!isLocational(text, mentions, i)) continue;
    if (KINETIC.has(trigger.type) && isAgent(text, mentions[i]!)) continue;
    const s = scorePlace(text, mentions[i]!, trigger);
    if (s > bestS) {
      bestS = s;
      bestI = i;
    }
  }
  if (bestI < 0) return undefined;
  const site = smallestHeld(text, mentions, chainOf(mentions, bestI)) ?? bestI;
  return { mention: site, precision: precisionOf(mentions[site]!, text) };
}

/** The chain of containers a mention belongs to (cues.ts `parent`: "the X area of Y district, Z"), innermost first. */
export function chainOf(mentions: readonly Mention[], i: number): number[] {
  let k = i;
  while (k > 0 && mentions[k - 1]!.parent === k) k--;
  const chain = [k];
  for (let p = mentions[k]!.parent; p !== undefined; p = mentions[p]!.parent) chain.push(p);
  return chain;
}

/**
 * The smallest member of a chain whose referent lies in the next member's, and that one in the
 * next, up to the outermost: "the Bilozerka area of Kherson district" is Bilozerka; when the
 * name's referent lies outside the container the text names (or the name is in no gazetteer),
 * the incident takes the smallest container that holds.
 */
function smallestHeld(
  text: string,
  mentions: readonly Mention[],
  chain: readonly number[],
): number | undefined {
  let best: number | undefined;
  let held = true;
  for (let k = chain.length - 1; k >= 0 && held; k--) {
    const m = mentions[chain[k]!]!;
    const outer = k + 1 < chain.length ? mentions[chain[k + 1]!]! : undefined;
    held =
      !!m.chosen &&
      (!outer?.chosen ||
        holdsInChain(
          outer.chosen.place,
          m.chosen.place,
          UNIT_AFTER.test(text.slice(outer.end, outer.end + 20)),
        ));
    if (held && isLocational(text, mentions, chain[k]!)) best = chain[k];
  }
  return best;
}

/**
 * The article's focus: the first city named as a location in its opening lines (headline, lead,
 * caption). A meeting reported without a place is most likely the one at the article's focus.
 */
export function focusPlace(
  text: string,
  mentions: readonly Mention[],
  maxSentence: number,
): number | undefined {
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.sentence > maxSentence) break;
    if (m.chosen?.place.kind === "city" && isLocational(text, mentions, i)) return i;
  }
  return undefined;
}
