/**
 * Stage: metonymy. A capital named for its government ("Beijing said", "Tokyo doubts
 * Ottawa's seriousness", "sanctions on Ottawa") is a toponym but not where anything happened.
 * One sense per discourse: when most uses of a capital's name in an article are metonymic, all are.
 */
import { METONYMY_BEFORE, METONYMY_NOUNS, METONYMY_VERBS } from "../lexicon/cueWords";
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

export function detectMetonymy(ctx: PipelineContext, state: PipelineState): PipelineState {
  const byKey = new Map<string, Mention[]>();
  for (const m of state.mentions) {
    if (m.chosen?.place.featureCode !== "PPLC" || m.forced) continue;
    m.metonymic = isGovernmentUse(ctx.text, m);
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
