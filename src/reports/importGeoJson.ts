/**
 * Reads a GeoJSON written by `exportGeoJson` back: the articles (what was given and what the pipeline
 * made of it), the corrections and the merge decisions, from which the page rebuilds the very same
 * incidents. Anything malformed is reported and skipped; nothing throws.
 */
import type { ArticleResult } from "../pipeline/contract";
import type { Correction } from "../workbench/corrections";
import type { StoredArticle } from "../workbench/storedArticle";
import { EXPORT_FORMAT, EXPORT_VERSION } from "./exportGeoJson";
import type { MergeDecision } from "./mergeReports";

export interface Imported {
  articles: StoredArticle[];
  corrections: Correction[];
  mergeDecisions: MergeDecision[];
  /** Incidents listed in the file (its features). */
  featureCount: number;
  problems: string[];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function isResult(v: unknown): v is ArticleResult {
  return (
    isObject(v) &&
    typeof v.id === "string" &&
    typeof v.text === "string" &&
    Array.isArray(v.events) &&
    Array.isArray(v.toponyms) &&
    Array.isArray(v.dates)
  );
}

function isArticle(v: unknown): v is StoredArticle {
  return (
    isObject(v) &&
    typeof v.key === "string" &&
    isObject(v.input) &&
    typeof v.input.text === "string" &&
    (v.result === null || isResult(v.result))
  );
}

function isCorrection(v: unknown): v is Correction {
  return (
    isObject(v) &&
    typeof v.id === "string" &&
    typeof v.articleKey === "string" &&
    isObject(v.anchor) &&
    typeof v.anchor.quote === "string" &&
    isObject(v.change) &&
    typeof v.change.kind === "string" &&
    typeof v.createdAt === "number"
  );
}

function isDecision(v: unknown): v is MergeDecision {
  return (
    isObject(v) &&
    typeof v.id === "string" &&
    (v.kind === "split" || v.kind === "merge") &&
    typeof v.key === "string" &&
    Array.isArray(v.others) &&
    v.others.every((o) => typeof o === "string") &&
    typeof v.createdAt === "number"
  );
}

export function importGeoJson(text: string, fileName = "the file"): Imported {
  const empty: Imported = {
    articles: [],
    corrections: [],
    mergeDecisions: [],
    featureCount: 0,
    problems: [],
  };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (err) {
    return {
      ...empty,
      problems: [`${fileName} is not valid JSON (${err instanceof Error ? err.message : String(err)}).`],
    };
  }
  if (!isObject(data) || data.type !== "FeatureCollection" || !Array.isArray(data.features))
    return { ...empty, problems: [`${fileName} is not a GeoJSON FeatureCollection.`] };
  const bundle = data.conflictMap;
  if (!isObject(bundle) || bundle.format !== EXPORT_FORMAT)
    return {
      ...empty,
      featureCount: data.features.length,
      problems: [
        `${fileName} is GeoJSON, but not a Conflict Map export (it lacks the articles behind its incidents).`,
      ],
    };
  const problems: string[] = [];
  if (typeof bundle.version === "number" && bundle.version > EXPORT_VERSION)
    problems.push(
      `${fileName} was written by a newer version (format ${bundle.version}); some of it may be missed.`,
    );
  const pick = <T>(list: unknown, guard: (v: unknown) => v is T, what: string): T[] => {
    if (!Array.isArray(list)) return [];
    const ok = list.filter(guard);
    if (ok.length < list.length)
      problems.push(`${fileName}: ${list.length - ok.length} malformed ${what} skipped.`);
    return ok;
  };
  const articles = pick(bundle.articles, isArticle, "article(s)").map((a) => ({
    ...a,
    source: {
      kind: "import" as const,
      name: isObject(a.source) && typeof a.source.name === "string" ? a.source.name : fileName,
    },
  }));
  return {
    articles,
    corrections: pick(bundle.corrections, isCorrection, "correction(s)"),
    mergeDecisions: pick(bundle.mergeDecisions, isDecision, "merge decision(s)"),
    featureCount: data.features.length,
    problems,
  };
}
