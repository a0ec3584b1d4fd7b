/**
 * Stage: name candidates. The finders that propose spans which may name a place, before any
 * filter decides: gazetteer names in the token stream (nameSpans.ts), the members of county lists
 * (countyLists.ts, which replace the plain matches on their tokens), demonyms ("Kenyan", "the Iraqi
 * capital"), and the tokens of people's names (persons.ts), which the filters read.
 */
import { isStateOrCountry } from "../../gazetteer/placeKinds";
import type { PipelineContext, PipelineState } from "../state";
import { TokenFlag } from "../tokens";
import { countyListSpans } from "./countyLists";
import { findNameSpans, tokenKeys, type NameSpan } from "./nameSpans";
import { markPersons } from "./persons";

/** Which finder proposed a span. */
export type NameFinder = "gazetteer" | "county-list";

export interface NameCandidate extends NameSpan {
  finder: NameFinder;
}

/** A capitalised demonym: a reference to its country ("Kenyan troops", "the Iraqi capital"). */
export interface DemonymCandidate {
  token: number;
  key: string;
  countryCode: string;
}

export function nameCandidateStage(ctx: PipelineContext, state: PipelineState): PipelineState {
  const { text, gazetteer } = ctx;
  const { tokens } = state;
  const keyOf = tokenKeys(text, tokens);
  state.persons = markPersons(text, tokens, (i) => gazetteer.lookup(keyOf(i)).some(isStateOrCountry));
  state.nameCandidates = withCountyLists(
    findNameSpans(text, tokens, gazetteer, keyOf).map((s) => ({ ...s, finder: "gazetteer" as const })),
    countyListSpans(text, tokens, gazetteer).map((s) => ({ ...s, finder: "county-list" as const })),
  );
  const demonyms: DemonymCandidate[] = [];
  for (let i = 0; i + 1 < tokens.count; i++) {
    if (!(tokens.flags[i]! & TokenFlag.Cap)) continue;
    const key = keyOf(i);
    const countryCode = gazetteer.demonym(key);
    if (!countryCode) continue;
    state.demonymCountries.set(countryCode, (state.demonymCountries.get(countryCode) ?? 0) + 1);
    demonyms.push({ token: i, key, countryCode });
  }
  state.demonymCandidates = demonyms;
  return state;
}

/** The names of a county list replace whatever the plain name search found on the same tokens. */
function withCountyLists(spans: NameCandidate[], listed: readonly NameCandidate[]): NameCandidate[] {
  if (listed.length === 0) return spans;
  const overlaps = (a: NameSpan, b: NameSpan) => a.tokenStart < b.tokenEnd && b.tokenStart < a.tokenEnd;
  return [...spans.filter((s) => !listed.some((l) => overlaps(s, l))), ...listed].sort(
    (a, b) => a.tokenStart - b.tokenStart,
  );
}
