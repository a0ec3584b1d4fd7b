import type { ArticleResult } from "../../pipeline/contract";

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * Keeps the entries of an extracted-data file that have the contract's shape (a light check:
 * the file is ours, but a stale or hand-edited one must not crash the page).
 */
export function asArticles(data: unknown): ArticleResult[] {
  if (!Array.isArray(data)) return [];
  return data.filter(
    (a): a is ArticleResult =>
      isObject(a) &&
      typeof a.id === "string" &&
      typeof a.text === "string" &&
      Array.isArray(a.events) &&
      Array.isArray(a.toponyms) &&
      Array.isArray(a.dates),
  );
}

/** Makes `id` unique among `taken` by appending " (2)", " (3)", ... */
export function uniqueId(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  for (let n = 2; ; n++) {
    const candidate = `${id} (${n})`;
    if (!taken.has(candidate)) return candidate;
  }
}
