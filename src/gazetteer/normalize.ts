const LOOSE_CHANGES = / |(.)\1|[aeiou]h$|^(?:ash|[ae][bdnrstz])/;

/** Arabic articles written as words ("al-", "el ", "ash-", "ez-"), as normalizeName leaves them. */
export const ARTICLES: ReadonlySet<string> = new Set([
  "al",
  "el",
  "ar",
  "as",
  "ash",
  "ad",
  "an",
  "at",
  "az",
  "ez",
  "es",
  "ed",
  "ul",
  "adh",
  "ath",
]);

/**
 * A coarser key for spelling variants of transliterated names, used only when the exact key finds
 * nothing: articles are dropped, also when joined to an assimilated consonant ("ezzor" = "ez zor"),
 * doubled letters are single, a final "h" after a vowel goes, and spaces go.
 * "deir ez zor", "deir ezzor" -> "deirzor"; "jisr ash shughur", "jisr al shughur" -> "jisrshughur";
 * "al quneitra" -> "quneitra"; "lattakia" -> "latakia"; "raqqah" -> "raqa".
 */
export function looseKey(key: string): string {
  // Fast path: one word with no doubled letter, no final vowel + h and no article prefix is its own key.
  if (!LOOSE_CHANGES.test(key)) return key;
  let out = "";
  for (const word of key.split(" ")) {
    if (ARTICLES.has(word)) continue;
    out += word.replace(/^(?:ash(?=sh)|[ae]([bdnrstz])(?=\1))/, "");
  }
  return out.replace(/(.)\1+/g, "$1").replace(/([aeiou])h$/, "$1");
}

/**
 * The one key function for names: both the index and the recognisers use it.
 * Strips diacritics, case, dots and apostrophes; hyphens and runs of spaces become one space.
 * "São Paulo" -> "sao paulo", "U.S." -> "us", "Sana'a" -> "sanaa", "Deir ez-Zor" -> "deir ez zor".
 */
export function normalizeName(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[.'’‘`ʼ]/g, "")
    .replace(/[-‐‑–\s]+/g, " ")
    .trim();
}
