/**
 * Stage: name filters. The name candidates (nameCandidates.ts) become mentions unless a named
 * filter (nameFilters.ts) says the context names something else: a person ("Jordan Smith"), a
 * street or newspaper ("Dublin Road", "Washington Post"), a month, or an everyday word with nothing
 * to back it as a place. Each dropped span is kept with its filter and reason (`dropped`).
 * Descriptive references ("Kenya's capital", "the Iraqi capital") become mentions of the capital,
 * and a demonym outside any gazetteer match an adjectival mention of its country.
 */
import type { Gazetteer, Place } from "../../gazetteer/types";
import type { DroppedSpan, Mention, PipelineContext, PipelineState } from "../state";
import { TokenFlag, type Tokens } from "../tokens";
import type { NameSpan } from "./nameSpans";
import { findUnresolved } from "./unresolved";
import { insideNameTest } from "./insideName";
import { otherSenseNames } from "./otherSenses";
import { demonymLanguage } from "./demonymSenses";
import { isMajor } from "../../gazetteer/placeKinds";
import { givenNameSurnames, isDemonymHomonym, NAME_FILTERS, type FilterContext } from "./nameFilters";

function wordAt(text: string, tokens: Tokens, i: number): string {
  return i >= 0 && i < tokens.count ? text.slice(tokens.start[i], tokens.end[i]) : "";
}

function droppedSpan(
  text: string,
  tokens: Tokens,
  span: NameSpan,
  filter: string,
  reason: string,
): DroppedSpan {
  const start = tokens.start[span.tokenStart]!;
  const end = tokens.end[span.tokenEnd - 1]!;
  return {
    start,
    end,
    text: text.slice(start, end),
    tokenStart: span.tokenStart,
    tokenEnd: span.tokenEnd,
    filter,
    reason,
  };
}

export function nameFilterStage(ctx: PipelineContext, state: PipelineState): PipelineState {
  const { text, gazetteer } = ctx;
  const { tokens, persons } = state;
  const dropped: DroppedSpan[] = [];
  // A demonym's homonym is no name match at all: its token stays free for the demonym reference.
  const spans = state.nameCandidates.filter((s) => {
    if (s.finder !== "gazetteer" || !isDemonymHomonym(text, tokens, s, gazetteer)) return true;
    dropped.push(
      droppedSpan(
        text,
        tokens,
        s,
        "demonym-homonym",
        "a country's demonym, not the small place of that name",
      ),
    );
    return false;
  });
  const insideName = insideNameTest(text, tokens, gazetteer);
  const base: FilterContext = {
    text,
    tokens,
    gazetteer,
    persons,
    otherSenses: otherSenseNames(text, tokens, spans, isMajor),
  };
  const fctx: FilterContext = { ...base, givenNameSurnames: givenNameSurnames(base, spans) };
  const mentions: Mention[] = [];
  // Tokens inside any gazetteer match, kept or not: not a demonym mention, not "unresolved".
  const covered = new Uint8Array(tokens.count);
  for (const s of spans) covered.fill(1, s.tokenStart, s.tokenEnd);

  for (const found of spans) {
    let span: NameSpan = found;
    let kept = true;
    for (const filter of NAME_FILTERS) {
      const v = filter.test(fctx, span);
      if (!v.keep) {
        dropped.push(droppedSpan(text, tokens, span, filter.name, v.reason));
        kept = false;
        break;
      }
      if (v.candidates) span = { ...span, candidates: v.candidates };
    }
    if (!kept) continue;
    const first = span.tokenStart;
    const last = span.tokenEnd - 1;
    const mention: Mention = {
      start: tokens.start[first]!,
      end: tokens.end[last]!,
      text: text.slice(tokens.start[first], tokens.end[last]),
      key: span.key,
      tokenStart: first,
      tokenEnd: span.tokenEnd,
      sentence: tokens.sentence[first]!,
      candidates: span.candidates,
    };
    // "Kenya's capital", "Turkey's largest city": a descriptive reference to one of the country's cities.
    const country = span.candidates.find((p) => p.kind === "country");
    if (country && tokens.flags[last]! & TokenFlag.Possessive) {
      const ref = describedCity(text, tokens, last + 1, country.countryCode, gazetteer);
      if (ref) {
        mention.end = tokens.end[ref.lastToken]!;
        mention.text = text.slice(mention.start, mention.end);
        mention.tokenEnd = ref.lastToken + 1;
        mention.forced = ref.place;
        mention.cue = ref.cue;
      }
    }
    mention.inName = insideName(span);
    mentions.push(mention);
  }

  for (const { token: i, key, countryCode: cc } of state.demonymCandidates) {
    // "the Iraqi capital": a demonym followed by "capital".
    const ref = describedCity(text, tokens, i + 1, cc, gazetteer);
    if (!ref) {
      // "Kenyan forces": an adjectival reference to the country. Listed (many gazetteer-based
      // corpora count it as a toponym) but never an event's location.
      const country = gazetteer.country(cc);
      if (!country) continue;
      const demonym = { tokenStart: i, tokenEnd: i + 1, key, candidates: [country] };
      if (covered[i]) {
        dropped.push(
          droppedSpan(text, tokens, demonym, "demonym-in-name", "a demonym inside a gazetteer name"),
        );
        continue;
      }
      const language = demonymLanguage(text, tokens, i);
      if (language) {
        dropped.push(droppedSpan(text, tokens, demonym, "demonym-language", language));
        continue;
      }
      mentions.push({
        start: tokens.start[i]!,
        end: tokens.end[i]!,
        text: text.slice(tokens.start[i], tokens.end[i]),
        key,
        tokenStart: i,
        tokenEnd: i + 1,
        sentence: tokens.sentence[i]!,
        candidates: [country],
        forced: country,
        adjectival: true,
      });
      continue;
    }
    mentions.push({
      start: tokens.start[i]!,
      end: tokens.end[ref.lastToken]!,
      text: text.slice(tokens.start[i], tokens.end[ref.lastToken]),
      key,
      tokenStart: i,
      tokenEnd: ref.lastToken + 1,
      sentence: tokens.sentence[i]!,
      candidates: [ref.place],
      forced: ref.place,
      cue: ref.cue,
    });
  }
  mentions.sort((a, b) => a.start - b.start);
  dropped.sort((a, b) => a.start - b.start);
  state.mentions = mentions;
  state.dropped = dropped;
  state.unresolved = findUnresolved(text, tokens, covered, persons.inPerson);
  return state;
}

/**
 * "capital" or "largest/biggest city" at token i, after a country's name or demonym: the city it
 * describes, from the gazetteer.
 */
function describedCity(
  text: string,
  tokens: Tokens,
  i: number,
  countryCode: string,
  gazetteer: Gazetteer,
): { place: Place; lastToken: number; cue: "capital-of" | "largest-city" } | undefined {
  const w1 = wordAt(text, tokens, i).toLowerCase();
  if (w1 === "capital") {
    const place = gazetteer.capitalOf(countryCode);
    return place && { place, lastToken: i, cue: "capital-of" };
  }
  if ((w1 === "largest" || w1 === "biggest") && wordAt(text, tokens, i + 1).toLowerCase() === "city") {
    const place = gazetteer.largestCity(countryCode);
    return place && { place, lastToken: i + 1, cue: "largest-city" };
  }
  return undefined;
}
