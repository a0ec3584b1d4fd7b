/**
 * Arabic place names as the press writes them: with or without the article, and with its other
 * spellings ("Al Anbar" / "Anbar", "Ad Dali" / "Al Dali" / "Dali", "At Turbah" / "Turbah").
 * normalizeName already folds hyphens, spaces, apostrophes and diacritics ("al-Mukha" = "Al Mukha");
 * the loose key (normalize.ts) folds doubled letters when the exact key finds nothing.
 * These are variant keys, never a place's own name, so resolution weighs them as variants.
 * Only for places of countries where Arabic is spoken (npm countries-list): elsewhere "El" is
 * Spanish and belongs to the name ("El Paso").
 */
import { countries } from "countries-list";
import { ARTICLES } from "../normalize";
import { usableKey } from "./text";

export const ARABIC_SPEAKING: ReadonlySet<string> = new Set(
  Object.entries(countries)
    .filter(([, c]) => (c.languages as readonly string[]).includes("ar"))
    .map(([code]) => code),
);

/**
 * The bare name (article dropped) is kept only when it is long and the place is known enough to be
 * written so ("Anbar" for Al Anbar): a short or small one ("Oued", "Nazi", "Ittihad" for villages)
 * is more often a word, a people or an organisation's name.
 */
const MIN_BARE_LENGTH = 5;
export const MIN_BARE_POPULATION = 50_000;

/**
 * The other spellings of a key that starts with an Arabic article: bare (when `bare` allows it),
 * and with "al".
 */
export function articleVariants(key: string, bare = true): string[] {
  const space = key.indexOf(" ");
  if (space < 0 || !ARTICLES.has(key.slice(0, space))) return [];
  return withArticle(key, space, bare);
}

/**
 * A first-level region's key without an article also takes "al" ("Al Quneitra" for the
 * governorate indexed as "Quneitra"): the press writes both.
 */
export function regionArticleVariants(key: string, bare = true): string[] {
  const space = key.indexOf(" ");
  if (space < 0 || !ARTICLES.has(key.slice(0, space))) return [`al ${key}`];
  return withArticle(key, space, bare);
}

function withArticle(key: string, space: number, bare: boolean): string[] {
  const rest = key.slice(space + 1);
  const out: string[] = [];
  if (bare && rest.length >= MIN_BARE_LENGTH && usableKey(rest)) out.push(rest);
  if (!key.startsWith("al ")) out.push(`al ${rest}`);
  return out;
}
