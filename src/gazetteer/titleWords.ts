/**
 * Leading title words that news copy abbreviates: "Mount Pleasant" is written "Mt. Pleasant", "Saint
 * Marys" "St. Marys", "Fort Worth" "Ft. Worth". The gazetteer indexes a place under both spellings
 * of its leading word, whichever its data carries, so either form in the text finds it.
 */
const PAIRS: readonly (readonly [full: string, short: string])[] = [
  ["saint", "st"],
  ["sainte", "ste"],
  ["mount", "mt"],
  ["fort", "ft"],
];

/** The key with its leading title word in the other spelling, or undefined ("mount pleasant" -> "mt pleasant"). */
export function titleWordVariant(key: string): string | undefined {
  const space = key.indexOf(" ");
  if (space < 0) return undefined;
  const head = key.slice(0, space);
  for (const [full, short] of PAIRS) {
    if (head === full) return short + key.slice(space);
    if (head === short) return full + key.slice(space);
  }
  return undefined;
}
