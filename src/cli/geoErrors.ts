/**
 * Error listings for a geoparse development set, with the scorer's matching rule (a system
 * toponym overlapping a gold one recognises it): the false positives (system toponyms that
 * overlap no gold toponym) and the acc@161 misses (recognised, placed beyond 161 km), each
 * grouped by phrase, most frequent first, with one context line. `npm run eval -- --errors`.
 */
import type { ArticleResult, ToponymOut } from "../pipeline/contract";
import { distanceKm } from "../gazetteer/distance";

export interface GoldToponym {
  start: number;
  end: number;
  phrase: string;
  lat: number;
  lon: number;
}

export interface GoldGeoRecord {
  id: string;
  text: string;
  toponyms?: GoldToponym[];
}

export interface ErrorGroup {
  phrase: string;
  count: number;
  /** The first occurrence: the article id, a context window and (for misses) what was chosen. */
  example: string;
}

export interface GeoErrors {
  falsePositives: ErrorGroup[];
  misses: ErrorGroup[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

const context = (text: string, start: number, end: number): string =>
  `${text.slice(Math.max(0, start - 40), start)}[${text.slice(start, end)}]${text.slice(end, end + 40)}`.replace(
    /\s+/g,
    " ",
  );

function add(groups: Map<string, ErrorGroup>, phrase: string, example: () => string): void {
  const g = groups.get(phrase);
  if (g) g.count++;
  else groups.set(phrase, { phrase, count: 1, example: example() });
}

const sorted = (groups: Map<string, ErrorGroup>): ErrorGroup[] =>
  [...groups.values()].sort((a, b) => b.count - a.count || a.phrase.localeCompare(b.phrase));

const chosen = (p: ToponymOut) =>
  `${p.name} (${p.countryCode} ${p.featureCode} ${p.lat.toFixed(2)},${p.lon.toFixed(2)})`;

export function geoErrors(gold: readonly GoldGeoRecord[], system: readonly ArticleResult[]): GeoErrors {
  const byId = new Map(system.map((r) => [String(r.id), r]));
  const fps = new Map<string, ErrorGroup>();
  const misses = new Map<string, ErrorGroup>();
  for (const g of gold) {
    const toponyms = byId.get(String(g.id))?.toponyms ?? [];
    const goldToponyms = g.toponyms ?? [];
    for (const p of toponyms)
      if (!goldToponyms.some((t) => overlaps(p, t)))
        add(fps, p.text, () => `${g.id}: ${context(g.text, p.start, p.end)} -> ${chosen(p)}`);
    for (const t of goldToponyms) {
      const p = toponyms.find((s) => overlaps(s, t));
      if (!p) continue;
      const km = distanceKm(p, t);
      if (km > 161)
        add(
          misses,
          t.phrase,
          () =>
            `${g.id}: ${context(g.text, t.start, t.end)} -> ${chosen(p)}, gold ${t.lat.toFixed(2)},${t.lon.toFixed(2)}, ${Math.round(km)} km`,
        );
    }
  }
  return { falsePositives: sorted(fps), misses: sorted(misses) };
}

export function formatGeoErrors(name: string, errors: GeoErrors, limit = 60): string[] {
  const lines: string[] = [];
  const total = (gs: ErrorGroup[]) => gs.reduce((n, g) => n + g.count, 0);
  lines.push(`## ${name}: false positives (${total(errors.falsePositives)})`);
  for (const g of errors.falsePositives.slice(0, limit)) lines.push(`${g.count}\t${g.phrase}\t${g.example}`);
  lines.push(`## ${name}: acc@161 misses (${total(errors.misses)})`);
  for (const g of errors.misses.slice(0, limit)) lines.push(`${g.count}\t${g.phrase}\t${g.example}`);
  return lines;
}
