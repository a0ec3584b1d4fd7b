/**
 * Stage: metonymy. A capital named for its government ("Beijing said", "Tokyo doubts
 * Ottawa's seriousness", "sanctions on Ottawa") is a toponym but not where anything happened.
 * So is a capital or a country as the subject of an agentive verb ("as Moscow launched barrages",
 * "Russia fired missiles"): the actor, not the site.
 * One sense per discourse: when most uses of a capital's name in an article are metonymic, all are.
 */
import {
  ACTOR_VERB_FILLERS,
  AGENTIVE_VERBS,
  LOCATIVE_PREPS,
  METONYMY_BEFORE,
  METONYMY_NOUNS,
  METONYMY_VERBS,
} from "../lexicon/cueWords";
import type { Mention, PipelineContext, PipelineState } from "../state";

const WORD = /[A-Za-z]+/g;

function nextWords(text: string, from: number, n: number): string[] {
  const out: string[] = [];
  WORD.lastIndex = from;
  const stop = text.slice(from, from + 60).search(/[.;:!?\n]/);
  const limit = stop < 0 ? from + 60 : from + stop;
  let m: RegExpExecArray | null;
  while (out.length < n && (m = WORD.exec(text)) !== null && m.index < limit) out.push(m[0].toLowerCase());
  return out;
}

function isGovernmentUse(text: string, m: Mention): boolean {
  const after = text.slice(m.end, m.end + 3);
  const possessive = /^['’]s\b/.test(after);
  const words = nextWords(text, possessive ? m.end + 2 : m.end, 2);
  const w1 = words[0] ?? "";
  if (possessive) return METONYMY_NOUNS.has(w1);
  if (METONYMY_VERBS.has(w1)) return !/^,/.test(after);
  // "with Beijing backing ..."
  const before = text.slice(Math.max(0, m.start - 30), m.start).toLowerCase();
  const prevWords = before.match(/[a-z]+/g) ?? [];
  const p1 = prevWords[prevWords.length - 1] ?? "";
  const p2 = prevWords[prevWords.length - 2] ?? "";
  if ((p1 === "on" || p1 === "with" || p1 === "against") && METONYMY_BEFORE.has(p2)) return true;
  if (p1 === "with" && /ing$/.test(w1)) return true;
  return false;
}

/**
 * The name is the subject of an agentive verb: the verb follows it (after at most two auxiliaries
 * or adverbs) and no locative preposition introduces it ("shelling in Moscow launched ..." is rare
 * but a site). "Moscow-backed" and "Moscow's" are not subjects here.
 */
function isActor(text: string, m: Mention): boolean {
  if (!/^\s+[a-z]/.test(text.slice(m.end, m.end + 2))) return false;
  const words = nextWords(text, m.end, 3);
  let k = 0;
  while (k < 2 && ACTOR_VERB_FILLERS.has(words[k] ?? "")) k++;
  if (!AGENTIVE_VERBS.has(words[k] ?? "")) return false;
  const prev = text
    .slice(Math.max(0, m.start - 20), m.start)
    .toLowerCase()
    .match(/([a-z]+)\s+(?:the\s+)?$/)?.[1];
  return !(prev && LOCATIVE_PREPS.has(prev));
}

const isCapitalOrCountry = (m: Mention) =>
  m.chosen?.place.featureCode === "PPLC" || m.chosen?.place.kind === "country";

export function detectMetonymy(ctx: PipelineContext, state: PipelineState): PipelineState {
  const byKey = new Map<string, Mention[]>();
  for (const m of state.mentions) {
    if (!isCapitalOrCountry(m) || m.forced || m.adjectival) continue;
    const capital = m.chosen?.place.featureCode === "PPLC";
    m.metonymic = (capital && isGovernmentUse(ctx.text, m)) || isActor(ctx.text, m);
    // One sense per discourse for a capital's name; a country is also where its towns lie.
    if (!capital) continue;
    const list = byKey.get(m.key) ?? [];
    list.push(m);
    byKey.set(m.key, list);
  }
  for (const list of byKey.values()) {
    const n = list.filter((m) => m.metonymic).length;
    if (n * 2 >= list.length && n > 0) for (const m of list) m.metonymic = true;
  }
  return state;
}
