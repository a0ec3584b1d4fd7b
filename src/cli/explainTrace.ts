/**
 * The lines `npm run explain` prints after one stage: its name and time, then a compact summary of
 * each layer it assigns (counts; a line per mention, date or event with its text and offsets).
 * Resolution shows each name's winner and runner-up with the named parts of their scores.
 * Article text is printed through escapeControls: a trace never writes raw control characters.
 */
import { escapeControls } from "../ingest";
import type { Layer, StageSpec } from "../pipeline/stages";
import type { Mention, PipelineState, ScoredPlace } from "../pipeline/state";
import { SCORE_FEATURES, type ScoreWhy } from "../pipeline/toponyms/scoreFeatures";

const INDENT = "    ";
const MAX_QUOTE = 70;

function quote(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const cut = flat.length > MAX_QUOTE ? flat.slice(0, MAX_QUOTE - 1) + "…" : flat;
  return JSON.stringify(escapeControls(cut));
}

const span = (s: { start: number; end: number; text: string }) => `${quote(s.text)} ${s.start}-${s.end}`;
const num = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(2));

function placeName(s: ScoredPlace): string {
  const p = s.place;
  return `${escapeControls(p.name)}, ${p.countryCode || "--"} (${p.featureCode || p.kind})`;
}

/** The non-zero features, in their fixed order, and the gates that limited the context. */
export function describeWhy(why: ScoreWhy): string {
  const parts = SCORE_FEATURES.filter((k) => why.features[k] !== 0).map(
    (k) => `${k} ${num(why.features[k])}`,
  );
  const gate = why.outshone
    ? ` [a bigger namesake lies abroad${why.regionOnly ? ": only its own region's context counted" : ""}]`
    : "";
  return `total ${num(why.total)} = ${parts.join(" + ") || "0"}${gate}`;
}

function resolution(state: PipelineState): string[] {
  const lines: string[] = [];
  const explained = new Set<string>();
  for (const m of state.mentions) {
    const c = m.chosen;
    if (!c) continue;
    lines.push(`${INDENT}${span(m)} -> ${placeName(c)} score ${c.score.toFixed(3)}`);
    if (!c.why) {
      lines.push(`${INDENT}  fixed by a descriptive reference${m.adjectival ? " (adjectival)" : ""}`);
      continue;
    }
    if (explained.has(m.key)) {
      lines.push(`${INDENT}  (as above)`);
      continue;
    }
    explained.add(m.key);
    lines.push(`${INDENT}  won:       ${describeWhy(c.why)}`);
    const r = c.why.runnerUp;
    if (r?.why)
      lines.push(
        `${INDENT}  runner-up: ${placeName(r)} score ${r.score.toFixed(3)}, ${describeWhy(r.why)}`,
        `${INDENT}  margin ${num(c.why.total - r.why.total)}`,
      );
    else lines.push(`${INDENT}  no other candidate`);
  }
  return lines;
}

function mentionFlag(m: Mention, field: string, state: PipelineState): string | undefined {
  switch (field) {
    case "parent":
      return m.parent === undefined ? undefined : `parent ${quote(state.mentions[m.parent]?.text ?? "?")}`;
    case "cue":
      return m.cue;
    default: {
      const v = (m as unknown as Record<string, unknown>)[field];
      return v === undefined || v === false ? undefined : "";
    }
  }
}

function layerLines(layer: Layer, state: PipelineState, text: string): string[] {
  switch (layer) {
    case "tokens":
      return [`tokens: ${state.tokens.count}`];
    case "sentences":
      return [
        `sentences: ${state.sentences.length}`,
        ...state.sentences.map(
          (s, i) => `${INDENT}#${i} ${s.start}-${s.end} ${quote(text.slice(s.start, s.end))}`,
        ),
      ];
    case "words":
      return [`words: ${state.words.reduce((n, ws) => n + ws.length, 0)} in ${state.words.length} sentences`];
    case "clauses":
      return [
        `clauses: ${state.clauses.length}`,
        ...state.clauses.map(
          (c) =>
            `${INDENT}#${c.sentence} ${span({ start: c.start, end: c.end, text: text.slice(c.start, c.end) })}` +
            ` tense=${c.tense ?? "none"}${c.modal ? " modal" : ""}${c.negated ? " negated" : ""}`,
        ),
      ];
    case "mentions":
      return [
        `mentions: ${state.mentions.length}`,
        ...state.mentions.map(
          (m) =>
            `${INDENT}${span(m)} ${m.candidates.length} candidates` +
            (m.forced ? ` fixed ${escapeControls(m.forced.name)}` : "") +
            (m.adjectival ? " adjectival" : "") +
            (m.inName ? " in-name" : ""),
        ),
      ];
    case "nameCandidates":
      return [
        `nameCandidates: ${state.nameCandidates.length}`,
        ...state.nameCandidates.map((c) => {
          const start = state.tokens.start[c.tokenStart]!;
          const end = state.tokens.end[c.tokenEnd - 1]!;
          return `${INDENT}${span({ start, end, text: text.slice(start, end) })} ${c.finder}, ${c.candidates.length} candidates`;
        }),
      ];
    case "demonymCandidates":
      return [
        `demonymCandidates: ${state.demonymCandidates.map((d) => `${quote(d.key)} ${d.countryCode}`).join(", ") || "none"}`,
      ];
    case "persons":
      return [
        `persons: ${state.persons.surnames.size} surnames (${[...state.persons.surnames].map(quote).join(", ")})`,
      ];
    case "dropped":
      return [
        `dropped: ${state.dropped.length}`,
        ...state.dropped.map((d) => `${INDENT}${span(d)} by ${d.filter}: ${d.reason}`),
      ];
    case "listKinds":
      return [
        `listKinds: ${state.listKinds.size}`,
        ...[...state.listKinds].map(([m, kind]) => `${INDENT}${span(m)} ${kind}`),
      ];
    case "demonymCountries":
      return [
        `demonymCountries: ${[...state.demonymCountries].map(([cc, n]) => `${cc}×${n}`).join(", ") || "none"}`,
      ];
    case "unresolved":
      return [
        `unresolved: ${state.unresolved.length}`,
        ...state.unresolved.map((u) => `${INDENT}${span(u)} ${escapeControls(u.reason)}`),
      ];
    case "dateline": {
      const d = state.dateline;
      if (!d) return ["dateline: none"];
      const parts = [`place ${span(d.place)}`];
      if (d.parent) parts.push(`parent ${span(d.parent)}`);
      if (d.date) parts.push(`date ${span(d.date)}`);
      if (d.agency) parts.push(`agency ${quote(d.agency)}`);
      return [`dateline: ${d.start}-${d.end} ${parts.join(", ")}`];
    }
    case "mentions.chosen":
      return [`mentions.chosen: ${state.mentions.filter((m) => m.chosen).length}`, ...resolution(state)];
    case "mentions.alternatives":
      return [
        `mentions.alternatives: ${state.mentions.filter((m) => m.alternatives?.length).length} mentions with runners-up kept`,
      ];
    case "dates":
      return [
        `dates: ${state.dates.length}`,
        ...state.dates.map(
          (d) =>
            `${INDENT}${span(d)} -> ${d.dateStart ?? "?"}..${d.dateEnd ?? "?"} ${d.precision}` +
            (d.vague ? " vague" : "") +
            (d.unresolved ? ` (${d.unresolved})` : "") +
            (d.how ? ` (${escapeControls(d.how)})` : ""),
        ),
      ];
    case "triggers":
      return [
        `triggers: ${state.triggers.length}`,
        ...state.triggers.map(
          (t) =>
            `${INDENT}${span(t)} ${t.type} weight ${num(t.weight)} in sentence ${t.sentence}` +
            [
              t.negated && "negated",
              t.hypothetical && "hypothetical",
              !t.reports && "reports nothing",
              t.main && "main",
            ]
              .filter(Boolean)
              .map((f) => `, ${f}`)
              .join(""),
        ),
      ];
    case "casualties":
      return [
        `casualties: ${state.casualties.length} sentences`,
        ...state.casualties.map(
          (c) =>
            `${INDENT}sentence ${c.sentence}, for ${quote(state.triggers[c.trigger]?.text ?? "?")}: ` +
            `killed ${c.killed ?? "-"}${c.killedQualifier ? ` (${c.killedQualifier})` : ""}, ` +
            `wounded ${c.wounded ?? "-"}${c.woundedQualifier ? ` (${c.woundedQualifier})` : ""}` +
            (c.cumulative ? ", a cumulative toll" : "") +
            c.spans.map((x) => `; ${span(x)} ${x.kind} ${x.value ?? "?"}`).join(""),
        ),
      ];
    case "events":
      return [
        `events: ${state.events.length}`,
        ...state.events.map((e) => {
          const t = state.triggers[e.trigger];
          const m = state.mentions[e.mention];
          const place = m?.chosen?.place;
          const date = e.date === null ? undefined : state.dates[e.date];
          const dated = date?.range ?? date;
          const when = dated
            ? `on date #${e.date} ${span(date!)} ${dated.dateStart ?? "?"}..${dated.dateEnd ?? "?"}`
            : "on the publication day or the day before (no date of its own)";
          return (
            `${INDENT}${t ? `${t.type} ${span(t)}` : "?"} (trigger #${e.trigger}) at mention #${e.mention}` +
            ` ${m ? span(m) : "?"}` +
            ` = ${escapeControls(place?.name ?? "?")}, ${place?.countryCode || "--"} (${e.precision}` +
            `${e.point ? `, beside it at ${e.point.lat.toFixed(3)}, ${e.point.lon.toFixed(3)}` : ""}) ${when}` +
            (e.killed !== null ? ` killed ${e.killed}` : "") +
            (e.wounded !== null ? ` wounded ${e.wounded}` : "")
          );
        }),
      ];
    default: {
      if (layer.startsWith("mentions.")) {
        const field = layer.slice("mentions.".length);
        const marked = state.mentions.flatMap((m) => {
          const flag = mentionFlag(m, field, state);
          return flag === undefined ? [] : [`${INDENT}${span(m)}${flag ? " " + flag : ""}`];
        });
        return [`${layer}: ${marked.length}`, ...marked];
      }
      return [`${layer}: assigned`];
    }
  }
}

/** The trace of one stage; `text` is the article text the stages read (after HTML cleaning). */
export function traceStage(
  text: string,
  index: number,
  stage: StageSpec,
  state: PipelineState,
  ms: number,
): string[] {
  const head = `${index + 1}. ${stage.name} (${ms.toFixed(2)} ms) — ${stage.why}`;
  return [head, ...stage.assigns.flatMap((l) => layerLines(l, state, text).map((line) => "  " + line))];
}
