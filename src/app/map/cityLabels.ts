/**
 * The basemap's city labels, for orientation only (incidents carry their own coordinates). The list is
 * generated at build time from the gazetteer's GeoNames source (data/cities-labels.json, written by
 * scripts/build-labels.ts: national capitals and cities of a million or more) and served from the
 * page's origin. Bigger cities appear at lower zooms and win label collisions.
 */
import type { FeatureCollection, Point } from "geojson";
import type { CityLabel } from "../../gazetteer/build/labels";

export type { CityLabel };

export interface CityLabelProps {
  name: string;
  capital: boolean;
  population: number;
  /** The zoom from which the city is drawn (see cityMinZoom). */
  minzoom: number;
}

/**
 * The zoom at which a city's label appears: world-scale megacities first, then large cities and
 * capitals, small capitals last. Capitals count as if three times as populous.
 */
export function cityMinZoom(population: number, capital: boolean): number {
  const weight = population * (capital ? 3 : 1);
  if (weight >= 15_000_000) return 2;
  if (weight >= 5_000_000) return 3;
  if (weight >= 1_000_000) return 4;
  return 5;
}

function isCityLabel(v: unknown): v is CityLabel {
  if (typeof v !== "object" || v === null) return false;
  const c = v as Record<string, unknown>;
  return (
    typeof c.name === "string" &&
    typeof c.lat === "number" &&
    typeof c.lon === "number" &&
    typeof c.population === "number" &&
    typeof c.capital === "boolean"
  );
}

/** The labels in a parsed data/cities-labels.json; entries of the wrong shape are skipped. */
export function asCityLabels(json: unknown): CityLabel[] {
  return Array.isArray(json) ? json.filter(isCityLabel) : [];
}

export function cityFeatures(labels: readonly CityLabel[]): FeatureCollection<Point, CityLabelProps> {
  return {
    type: "FeatureCollection",
    features: labels.map((c) => ({
      type: "Feature",
      geometry: { type: "Point", coordinates: [c.lon, c.lat] },
      properties: {
        name: c.name,
        capital: c.capital,
        population: c.population,
        minzoom: cityMinZoom(c.population, c.capital),
      },
    })),
  };
}
