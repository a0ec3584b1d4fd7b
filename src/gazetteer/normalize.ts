/** Leading Arabic articles, written apart or joined ("al-", "el ", "ash-"). */
const ARTICLE = /^(?:al|el|ar|as|ash|ad|an|at|az|ez|es|ul) /;

/**
 * A coarser key for spelling variants of transliterated names: an Arabic article in front is
 * dropped and so are the spaces. "deir ez zor" and "deir ezzor" -> "deirezzor"; "al quneitra" -> "quneitra".
 */
export function looseKey(key: string): string {
  return key.replace(ARTICLE, "").replace(/ /g, "");
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
