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
 *
 * Written as one pass over the characters (the recognisers ask it for every unknown multi-word
 * name); looseKey.test.ts holds it to the regular-expression form it replaced:
 *   for each word of key.split(" "): drop it if an article, else
 *     out += word.replace(/^(?:ash(?=sh)|[ae]([bdnrstz])(?=\1))/, "");
 *   return out.replace(/(.)\1+/g, "$1").replace(/([aeiou])h$/, "$1");
 */
export function looseKey(key: string): string {
  // Fast path: one word with no doubled letter, no final vowel + h and no article prefix is its own key.
  if (!LOOSE_CHANGES.test(key)) return key;
  let joined = "";
  for (let from = 0; from <= key.length;) {
    let to = key.indexOf(" ", from);
    if (to < 0) to = key.length;
    const word = key.slice(from, to);
    from = to + 1;
    if (!ARTICLES.has(word)) joined += word.slice(assimilatedArticle(word));
  }
  // Runs of one character become one ("." in the expression above matches no line terminator).
  let out = "";
  let previous = -1;
  for (let i = 0; i < joined.length; i++) {
    const c = joined.charCodeAt(i);
    if (c !== previous || isLineTerminator(c)) out += joined[i];
    previous = c;
  }
  const last = out.length - 1;
  return last >= 1 && out.charCodeAt(last) === 0x68 /* h */ && VOWELS.has(out[last - 1]!)
    ? out.slice(0, last)
    : out;
}

const VOWELS: ReadonlySet<string> = new Set(["a", "e", "i", "o", "u"]);
const ASSIMILATING: ReadonlySet<string> = new Set(["b", "d", "n", "r", "s", "t", "z"]);
const isLineTerminator = (c: number) => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;

/** How many leading characters are an article joined to its assimilated consonant: "ash|shughur", "e|zzor". */
function assimilatedArticle(word: string): number {
  if (word.startsWith("ashsh")) return 3;
  const a = word[0];
  return (a === "a" || a === "e") && ASSIMILATING.has(word[1] ?? "") && word[2] === word[1] ? 2 : 0;
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
