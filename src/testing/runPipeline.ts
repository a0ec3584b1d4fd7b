/** Test helper: runs the whole pipeline on a text with the real gazetteer. */
import { realGazetteer } from "./realGazetteer";
import type { ArticleResult } from "../pipeline/contract";
import { extractArticle } from "../pipeline/extract";

export function run(text: string, published = "2020-06-13"): ArticleResult {
  return extractArticle({ id: "t", text, published }, realGazetteer());
}

/** The toponyms found, as "surface text -> country code". */
export function places(text: string, published?: string): string[] {
  return run(text, published).toponyms.map((t) => `${t.text} -> ${t.countryCode}`);
}
