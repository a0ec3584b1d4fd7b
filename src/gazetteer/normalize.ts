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
