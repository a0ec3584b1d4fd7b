/**
 * The offline basemap's countries: world-atlas's Natural Earth countries (TopoJSON, served from the
 * page's origin by Vite), turned into GeoJSON at load time with topojson-client — the light 1:110m
 * set for the first view, the 1:50m set once the first view is drawn and the zoom asks for it
 * (installBasemap.ts) — and the city labels generated from the gazetteer's source at build time
 * (data/cities-labels.json, same origin).
 */
import { area } from "@turf/turf";
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Point, Polygon } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import countries50mUrl from "world-atlas/countries-50m.json?url";
import countries110mUrl from "world-atlas/countries-110m.json?url";
import citiesUrl from "../../../data/cities-labels.json?url";
import { asCityLabels, cityFeatures, type CityLabel, type CityLabelProps } from "./cityLabels";
import { interiorPoint } from "./basemap/interiorPoint";
import { NAME_TO_ALPHA2, NUMERIC_TO_ALPHA2 } from "./countryCodes";

export interface CountryProps {
  name: string;
  /** ISO alpha-2, "" when unknown. */
  iso2: string;
}

export interface LabelProps {
  name: string;
  /** log10 of the country's area in km², ranks labels (bigger first). */
  rank: number;
}

export interface CountryLayers {
  countries: FeatureCollection<Polygon | MultiPolygon, CountryProps>;
  borders: Feature<MultiLineString>;
  coastlines: Feature<MultiLineString>;
  countryLabels: FeatureCollection<Point, LabelProps>;
}

export interface BasemapData extends CountryLayers {
  cities: FeatureCollection<Point, CityLabelProps>;
}

export type CountryTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

type Position = number[];

/**
 * Natural Earth rings that cross the antimeridian jump from +180 to -180 between two points, which a
 * flat map draws as a band across the world. Unwrapping the longitudes (adding or removing 360 after a
 * jump) keeps each ring continuous; MapLibre draws the part beyond 180 on the neighbouring world copy.
 */
export function unwrapRing(ring: readonly Position[]): Position[] {
  let shift = 0;
  return ring.map((p, i) => {
    const prev = ring[i - 1];
    if (prev && p[0] !== undefined && prev[0] !== undefined) {
      const d = p[0] - prev[0];
      if (d > 180) shift -= 360;
      else if (d < -180) shift += 360;
    }
    return [(p[0] ?? 0) + shift, p[1] ?? 0];
  });
}

/** Lines are cut where they jump across the antimeridian instead. */
export function splitAtAntimeridian(lines: readonly Position[][]): Position[][] {
  const out: Position[][] = [];
  for (const line of lines) {
    let current: Position[] = [];
    line.forEach((p, i) => {
      const prev = line[i - 1];
      if (prev && Math.abs((p[0] ?? 0) - (prev[0] ?? 0)) > 180) {
        if (current.length > 1) out.push(current);
        current = [];
      }
      current.push(p);
    });
    if (current.length > 1) out.push(current);
  }
  return out;
}

function unwrapGeometry(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  return g.type === "Polygon"
    ? { type: "Polygon", coordinates: g.coordinates.map(unwrapRing) }
    : { type: "MultiPolygon", coordinates: g.coordinates.map((poly) => poly.map(unwrapRing)) };
}

function lines(m: MultiLineString): Feature<MultiLineString> {
  return {
    type: "Feature",
    properties: {},
    geometry: { type: "MultiLineString", coordinates: splitAtAntimeridian(m.coordinates) },
  };
}

/**
 * The country layers of a world-atlas topology. Each country is labelled once, at the interior point
 * of its largest polygon (interiorPoint.ts); a name shared by several features is labelled on the
 * biggest.
 */
export function countryLayersFromTopology(topology: CountryTopology): CountryLayers {
  const object = topology.objects.countries;
  const countries = feature(topology, object) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const withCodes: BasemapData["countries"] = {
    type: "FeatureCollection",
    features: countries.features.map((f) => ({
      type: "Feature",
      geometry: unwrapGeometry(f.geometry),
      properties: {
        name: f.properties.name,
        iso2: NUMERIC_TO_ALPHA2[String(f.id)] ?? NAME_TO_ALPHA2[f.properties.name] ?? "",
      },
    })),
  };
  const byName = new Map<string, Feature<Point, LabelProps>>();
  for (const f of countries.features) {
    if (!f.geometry || f.properties.name === "Antarctica") continue;
    const rank = Math.log10(area(f) / 1e6 + 1);
    const known = byName.get(f.properties.name);
    if (known && known.properties.rank >= rank) continue;
    byName.set(f.properties.name, {
      type: "Feature",
      geometry: { type: "Point", coordinates: interiorPoint(unwrapGeometry(f.geometry)) },
      properties: { name: f.properties.name, rank },
    });
  }
  return {
    countries: withCodes,
    borders: lines(mesh(topology, object, (a, b) => a !== b)),
    coastlines: lines(mesh(topology, object, (a, b) => a === b)),
    countryLabels: { type: "FeatureCollection", features: [...byName.values()] },
  };
}

export function basemapFromTopology(
  topology: CountryTopology,
  cityLabels: readonly CityLabel[],
): BasemapData {
  return { ...countryLayersFromTopology(topology), cities: cityFeatures(cityLabels) };
}

export async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`basemap: HTTP ${response.status} for ${url}`);
  return response.json();
}

/** The country files: the light set draws the first view, the detailed one replaces it. */
export const COUNTRY_URLS = { light: countries110mUrl, detailed: countries50mUrl } as const;

export async function loadCountryLayers(detail: keyof typeof COUNTRY_URLS): Promise<CountryLayers> {
  return countryLayersFromTopology((await fetchJson(COUNTRY_URLS[detail])) as CountryTopology);
}

export async function loadCities(): Promise<BasemapData["cities"]> {
  return cityFeatures(asCityLabels(await fetchJson(citiesUrl)));
}
