/**
 * The offline basemap's geometry: world-atlas's Natural Earth 1:50m countries (TopoJSON, bundled by Vite,
 * served from the page's origin), turned into GeoJSON at load time with topojson-client; and the city
 * labels generated from the gazetteer's source at build time (data/cities-labels.json, same origin).
 */
import { area, booleanPointInPolygon, centroid, pointOnFeature, polygon } from "@turf/turf";
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Point, Polygon } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import countriesUrl from "world-atlas/countries-50m.json?url";
import citiesUrl from "../../../data/cities-labels.json?url";
import { asCityLabels, cityFeatures, type CityLabel, type CityLabelProps } from "./cityLabels";
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

export interface BasemapData {
  countries: FeatureCollection<Polygon | MultiPolygon, CountryProps>;
  borders: Feature<MultiLineString>;
  coastlines: Feature<MultiLineString>;
  countryLabels: FeatureCollection<Point, LabelProps>;
  cities: FeatureCollection<Point, CityLabelProps>;
}

type CountryTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

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

/** The label point of a country: inside its largest polygon. */
function labelPoint(geometry: Polygon | MultiPolygon): [number, number] {
  const rings = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  let best = polygon(rings[0] as number[][][]);
  let bestArea = -1;
  for (const r of rings) {
    const p = polygon(r);
    const a = area(p);
    if (a > bestArea) [best, bestArea] = [p, a];
  }
  const c = centroid(best);
  const point = booleanPointInPolygon(c, best) ? c : pointOnFeature(best);
  return point.geometry.coordinates as [number, number];
}

function lines(m: MultiLineString): Feature<MultiLineString> {
  return {
    type: "Feature",
    properties: {},
    geometry: { type: "MultiLineString", coordinates: splitAtAntimeridian(m.coordinates) },
  };
}

export function basemapFromTopology(
  topology: CountryTopology,
  cityLabels: readonly CityLabel[],
): BasemapData {
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
  const countryLabels: BasemapData["countryLabels"] = {
    type: "FeatureCollection",
    features: countries.features
      .filter((f) => f.geometry && f.properties.name !== "Antarctica")
      .map((f) => ({
        type: "Feature",
        geometry: { type: "Point", coordinates: labelPoint(f.geometry) },
        properties: { name: f.properties.name, rank: Math.log10(area(f) / 1e6 + 1) },
      })),
  };
  return {
    countries: withCodes,
    borders: lines(mesh(topology, object, (a, b) => a !== b)),
    coastlines: lines(mesh(topology, object, (a, b) => a === b)),
    countryLabels,
    cities: cityFeatures(cityLabels),
  };
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`basemap: HTTP ${response.status} for ${url}`);
  return response.json();
}

export async function loadBasemapData(): Promise<BasemapData> {
  const [topology, cities] = await Promise.all([fetchJson(countriesUrl), fetchJson(citiesUrl)]);
  return basemapFromTopology(topology as CountryTopology, asCityLabels(cities));
}
