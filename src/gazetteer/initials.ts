/**
 * Dotted initials of a multi-word name ("L.A.", "N.Y.", "D.C."). The gazetteer indexes the initials of
 * big cities under a key of their own, "#la", that no normalised text produces, so only a dotted
 * initialism in the text looks them up ("LA" alone stays the state's postal code).
 */
import { normalizeName } from "./normalize";

const CONNECTORS = new Set(["of", "de", "del", "la", "el", "al", "the", "and"]);

/** "#la" for "Los Angeles"; undefined for a one-word name. */
export function initialsKey(name: string): string | undefined {
  const words = normalizeName(name)
    .split(" ")
    .filter((w) => w && !CONNECTORS.has(w));
  return words.length >= 2 ? "#" + words.map((w) => w[0]).join("") : undefined;
}

/** "L.A." -> "#la"; undefined unless the token is a dotted initialism of two or three letters. */
export function dottedInitialsKey(token: string): string | undefined {
  return /^(?:[A-Z]\.){2,3}$/.test(token) ? "#" + token.replace(/\./g, "").toLowerCase() : undefined;
}
