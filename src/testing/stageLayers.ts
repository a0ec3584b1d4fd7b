/**
 * Compact, line-per-item text of the layers a stage assigns (its `assigns` in stages.ts), for the
 * per-stage fixture tests: one reader sees what each stage added, and a diff shows what changed.
 * Scores are left out on purpose: a re-fitted weight moves them all, while the decisions stay.
 */
import { eventOut, layersOf } from "../pipeline/incidents/eventRecord";
import type { Layer } from "../pipeline/stages";
import type { Mention, PipelineState, ScoredPlace } from "../pipeline/state";
import { TokenFlag } from "../pipeline/tokens";
import { Cue } from "../pipeline/events/clauses";

const place = (p: ScoredPlace["place"]) => `${p.name} (${p.countryCode || "-"} ${p.featureCode})`;
const quote = (s: string) => JSON.stringify(s);
const cueNames = (bits: number) =>
  Object.entries(Cue)
    .filter(([, bit]) => bits & bit)
    .map(([name]) => name)
    .join("+");

function mentionLine(m: Mention, i: number): string {
  const flags = [
    m.forced ? `forced=${place(m.forced)}` : "",
    m.inName ? "inName" : "",
    m.adjectival ? "adjectival" : "",
  ].filter(Boolean);
  return `#${i} ${quote(m.text)} key=${quote(m.key)} sentence=${m.sentence} candidates=${m.candidates.length}${flags.length ? " " + flags.join(" ") : ""}`;
}

function fieldValue(state: PipelineState, m: Mention, field: string): string | undefined {
  switch (field) {
    case "parent":
      return m.parent === undefined
        ? undefined
        : `#${m.parent} ${quote(state.mentions[m.parent]?.text ?? "?")}`;
    case "chosen":
      return m.chosen ? place(m.chosen.place) : undefined;
    case "alternatives":
      return m.alternatives?.length
        ? m.alternatives
            .slice(0, 3)
            .map((a) => place(a.place))
            .join(", ")
        : undefined;
    default: {
      const v = (m as unknown as Record<string, unknown>)[field];
      return v === undefined || v === false ? undefined : String(v);
    }
  }
}

const FLAG_NAMES = Object.entries(TokenFlag) as [string, number][];

/** Each token with its offsets and flags. */
function tokenLines(state: PipelineState, text: string): string[] {
  const { tokens } = state;
  const lines: string[] = [];
  for (let i = 0; i < tokens.count; i++) {
    const f = tokens.flags[i]!;
    const flags = FLAG_NAMES.filter(([, bit]) => f & bit).map(([name]) => name);
    lines.push(
      `${i} ${quote(text.slice(tokens.start[i], tokens.end[i]))} ${tokens.start[i]}-${tokens.end[i]}` +
        (flags.length ? " " + flags.join(" ") : ""),
    );
  }
  return lines;
}

/** The lines of one layer of the state. */
export function layerLines(state: PipelineState, layer: Layer, text: string, published: string): string[] {
  if (layer.startsWith("mentions.")) {
    const field = layer.slice("mentions.".length);
    return state.mentions.flatMap((m, i) => {
      const v = fieldValue(state, m, field);
      return v === undefined ? [] : [`#${i} ${quote(m.text)}: ${v}`];
    });
  }
  switch (layer) {
    case "tokens":
      return tokenLines(state, text);
    case "sentences":
      return state.sentences.map((s, i) => `[${i}] ¶${s.paragraph} ${quote(text.slice(s.start, s.end))}`);
    case "words":
      return state.words.map((ws, i) => `[${i}] ${ws.map((w) => (w.num ? `#${w.w}` : w.w)).join(" ")}`);
    case "wordCues":
      return state.wordCues.map((cs, i) => {
        const ws = state.words[i] ?? [];
        const marked = ws.flatMap((w, k) => (cs[k] ? [`${w.w}=${cueNames(cs[k])}`] : []));
        return `[${i}] ${marked.join(" ") || "-"}`;
      });
    case "clauses":
      return state.clauses.map(
        (c) =>
          `[${c.sentence}] words ${c.wordStart}-${c.wordEnd} ${quote(text.slice(c.start, c.end))} tense=${c.tense ?? "-"}` +
          (c.modal ? " modal" : "") +
          (c.negated ? " negated" : ""),
      );
    case "mentions":
      return state.mentions.map(mentionLine);
    case "nameCandidates":
      return state.nameCandidates.map(
        (c) =>
          `${c.finder} ${quote(text.slice(state.tokens.start[c.tokenStart], state.tokens.end[c.tokenEnd - 1]))} ` +
          `key=${quote(c.key)} candidates=${c.candidates.length}`,
      );
    case "demonymCandidates":
      return state.demonymCandidates.map((d) => `${quote(d.key)} -> ${d.countryCode}`);
    case "persons": {
      const { tokens } = state;
      const words: string[] = [];
      for (let i = 0; i < tokens.count; i++)
        if (state.persons.inPerson[i]) words.push(text.slice(tokens.start[i], tokens.end[i]));
      return [
        `in a person's name: ${words.map(quote).join(" ")}`,
        `surnames: ${[...state.persons.surnames].join(", ")}`,
      ];
    }
    case "dropped":
      return state.dropped.map((d) => `${quote(d.text)} by ${d.filter}: ${d.reason}`);
    case "listKinds":
      return [...state.listKinds].map(([m, kind]) => `${quote(m.text)}: ${kind}`);
    case "demonymCountries":
      return [...state.demonymCountries].map(([cc, n]) => `${cc} x${n}`);
    case "unresolved":
      return state.unresolved.map((u) => `${quote(u.text)}: ${u.reason}`);
    case "dateline": {
      const d = state.dateline;
      if (!d) return [];
      return [
        `place=${quote(d.place.text)}` +
          (d.parent ? ` parent=${quote(d.parent.text)}` : "") +
          (d.date
            ? ` date=${quote(d.date.text)} (${d.date.year ?? "?"}-${d.date.month}-${d.date.day})`
            : "") +
          (d.agency ? ` agency=${quote(d.agency)}` : ""),
      ];
    }
    case "dates":
      return state.dates.map(
        (d) =>
          `${quote(d.text)} -> ${d.dateStart ?? "?"}..${d.dateEnd ?? "?"} ${d.precision}` +
          (d.vague ? " vague" : "") +
          (d.unresolved ? ` ${d.unresolved}` : ""),
      );
    case "triggers":
      return state.triggers.map(
        (t) =>
          `[${t.sentence}] ${quote(t.text)} tokens ${t.tokenStart}-${t.tokenEnd} ${t.type} weight=${t.weight.toFixed(2)}` +
          [
            t.negated && "negated",
            t.hypothetical && "hypothetical",
            !t.reports && "reports-nothing",
            t.main && "main",
          ]
            .filter(Boolean)
            .map((f) => ` ${f}`)
            .join(""),
      );
    case "casualties":
      return state.casualties.map(
        (c) =>
          `[${c.sentence}] for ${quote(state.triggers[c.trigger]?.text ?? "?")}: killed=${c.killed ?? "-"}` +
          `${c.killedQualifier ? ` (${c.killedQualifier})` : ""} wounded=${c.wounded ?? "-"}` +
          `${c.woundedQualifier ? ` (${c.woundedQualifier})` : ""}${c.cumulative ? " cumulative" : ""}` +
          c.spans.map((x) => ` ${quote(x.text)}=${x.kind}:${x.value ?? "?"}`).join(""),
      );
    case "events":
      return state.events
        .map((r) => eventOut(r, layersOf(state, published)))
        .map(
          (e) =>
            `${e.type} ${e.dateStart}..${e.dateEnd} (${e.datePrecision}, ${e.dateSource}) at ${e.placeName} ` +
            `(${e.countryCode || "-"}, ${e.precision}) killed=${e.killed ?? "-"}${e.killedQualifier ? ` (${e.killedQualifier})` : ""} ` +
            `wounded=${e.wounded ?? "-"}${e.woundedQualifier ? ` (${e.woundedQualifier})` : ""} trigger=${quote(e.trigger.text)}`,
        );
    default:
      return [`(no serialiser for layer ${layer})`];
  }
}
