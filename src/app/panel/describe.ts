/** Words for people about an incident's provenance: precision, how the date was found, casualties. */
import type { ArticleResult, EventOut, ToponymOut } from "../../pipeline/contract";
import { datingWords } from "../../pipeline/eventDate";
import { bearing, distance } from "@turf/turf";

/** Eight compass points, clockwise from north. */
const COMPASS = ["north", "north-east", "east", "south-east", "south", "south-west", "west", "north-west"];

/**
 * "about 25 km east" when the incident was put on a side of its town the text names ("the eastern
 * countryside of X": src/pipeline/incidents/placeForEvent.ts, sidePoint), or null at the town's point.
 */
function offsetText(event: EventOut, toponym: ToponymOut | undefined): string | null {
  if (!toponym || !Number.isFinite(toponym.lat) || !Number.isFinite(toponym.lon)) return null;
  const from: [number, number] = [toponym.lon, toponym.lat];
  const to: [number, number] = [event.lon, event.lat];
  const km = distance(from, to, { units: "kilometers" });
  if (!(km >= 1)) return null;
  const side = COMPASS[Math.round((((bearing(from, to) % 360) + 360) % 360) / 45) % 8];
  return `about ${Math.round(km)} km ${side}`;
}

export function precisionText(event: EventOut, article: ArticleResult | undefined): string {
  const toponym = event.toponym === null ? undefined : article?.toponyms[event.toponym];
  const anchor = toponym?.name ?? event.placeName;
  switch (event.precision) {
    case "exact":
      return "exact point";
    case "city":
      return "city";
    case "near": {
      const offset = offsetText(event, toponym);
      return offset ? `near ${anchor}: ${offset} of it` : `near ${anchor} (somewhere around it)`;
    }
    case "region":
      return "region";
    case "country":
      return "whole country (no place inside it named)";
    default:
      return String(event.precision);
  }
}

export function dateHowText(event: EventOut, article: ArticleResult | undefined): string {
  if (event.dateSource === "published" || event.date === null) {
    return "publication date or the day before (the text gives no date for it)";
  }
  const date = datingWords(article, event);
  if (!date) return "from the text";
  return date.how ? `“${date.text}”: ${date.how}` : `from “${date.text}” (${date.precision})`;
}

export function casualtiesText(event: EventOut): string {
  const parts: string[] = [];
  if (event.killed !== null) parts.push(`${event.killed} killed`);
  if (event.wounded !== null) parts.push(`${event.wounded} wounded`);
  return parts.length > 0 ? parts.join(", ") : "none reported";
}

export function scoreText(score: number | undefined): string {
  return score === undefined || !Number.isFinite(score) ? "—" : score.toFixed(2);
}

/** Readable names of the resolution features (ToponymOut.why); an unknown one is spelt out from its name. */
const FEATURE_LABELS: Record<string, string> = {
  prior: "kind and population",
  parent: "inside the place named with it (“X, Parent”)",
  listKind: "same kind as the list it stands in",
  near: "near the article’s other places",
  ownName: "called by its own name",
  countryContext: "in the country of the article’s other places",
  admin1Context: "in the region of the article’s other places",
  homeCountry: "in the dateline’s country",
  homeAdmin1: "in the dateline’s region",
  namedCountry: "in a country the article names",
};

export function featureLabel(name: string): string {
  const known = FEATURE_LABELS[name];
  if (known) return known;
  const words = name
    .replace(/[_-]+/g, " ")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .trim();
  return words || name;
}

export interface WhyPlace {
  /** The largest contributions first (by size), at most `top` of them. */
  features: { name: string; label: string; value: number }[];
  total: number | null;
  runnerUp: { name: string; countryCode: string; score: number | null; total: number | null } | null;
}

const finite = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);

/**
 * Why the pipeline chose a toponym's place, read generically from `why` (named numbers, their total,
 * the runner-up): whatever features a resolver writes are shown. Null when there is nothing to show.
 */
export function whyPlace(toponym: ToponymOut | undefined, top = 4): WhyPlace | null {
  const why = toponym?.why;
  if (!why || typeof why !== "object") return null;
  const features = Object.entries(why.features ?? {})
    .filter((e): e is [string, number] => finite(e[1]) && e[1] !== 0)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1))
    .slice(0, top)
    .map(([name, value]) => ({ name, label: featureLabel(name), value }));
  const r = why.runnerUp;
  const runnerUp =
    r && typeof r.name === "string"
      ? {
          name: r.name,
          countryCode: typeof r.countryCode === "string" ? r.countryCode : "",
          score: finite(r.score) ? r.score : null,
          total: finite(r.total) ? r.total : null,
        }
      : null;
  if (features.length === 0 && !runnerUp) return null;
  return { features, total: finite(why.total) ? why.total : null, runnerUp };
}

/** A feature's contribution with its sign ("+6.04", "−1.50"). */
export function signed(value: number): string {
  const text = Math.abs(value).toFixed(2);
  return value < 0 ? `−${text}` : `+${text}`;
}
