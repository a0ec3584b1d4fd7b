/**
 * The basemap style, built in code: every source is inline GeoJSON and every font file is on the
 * page's origin, so the map makes no request anywhere else (no tiles, sprites or glyph URLs).
 * Sources start empty; basemap/installBasemap.ts fills them (the first view's light set, then the
 * detailed chunks as the zoom reaches them).
 *
 * Layer order, bottom to top: sea, land, country highlight, water, its outline, coastlines, region (admin-1) and
 * country borders, then the labels. The labels are raised above the incident markers once those are
 * added (LABEL_LAYERS, installBasemap.ts), so a marker never hides the name of its own place; among
 * labels the upper layers are placed first and win collisions: cities, then countries, towns, regions.
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  StyleSpecification,
} from "maplibre-gl";
import type { FeatureCollection } from "geojson";
import { MAP_FONT, MAP_FONT_BOLD, mapFontFaces } from "./fonts";
import { countryHighlightLayers } from "./incidentLayers";
import { currentTheme, type Theme } from "../panel/theme";

/** The basemap's colours in each theme (the incident markers keep theirs). */
export type BasemapPalette = Record<
  | "sea"
  | "land"
  | "coast"
  | "border"
  | "countryText"
  | "countryHalo"
  | "cityDot"
  | "cityText"
  | "cityHalo"
  | "water"
  | "admin1"
  | "admin1Text"
  | "townText"
  | "villageText",
  string
>;

export const BASEMAP_COLORS: Record<Theme, BasemapPalette> = {
  light: {
    sea: "#cfe0ea",
    land: "#f5f3ee",
    coast: "#9bb3c2",
    border: "#a59f95",
    countryText: "#5b5750",
    countryHalo: "#f5f3ee",
    cityDot: "#4b4842",
    cityText: "#2f2c28",
    cityHalo: "#ffffff",
    water: "#cfe0ea",
    admin1: "#c4bdb1",
    admin1Text: "#8a8378",
    townText: "#45413b",
    villageText: "#6b665e",
  },
  dark: {
    sea: "#15212b",
    land: "#2a2d31",
    coast: "#3f5666",
    border: "#62666c",
    countryText: "#b9bcc0",
    countryHalo: "#2a2d31",
    cityDot: "#c9ccd0",
    cityText: "#e6e7e9",
    cityHalo: "#1b1d20",
    water: "#15212b",
    admin1: "#4a4e54",
    admin1Text: "#8e9297",
    townText: "#d3d5d8",
    villageText: "#a4a8ad",
  },
};

const EMPTY: FeatureCollection = { type: "FeatureCollection", features: [] };

/** A city is drawn from its population-based zoom on (see cityMinZoom in cityLabels.ts). */
const CITY_ZOOM_FILTER: FilterSpecification = [">=", ["zoom"], ["get", "minzoom"]];

/** A town or village is drawn from its population-based zoom on (see townMinZoom in townTiers.ts). */
const TOWN_ZOOM_FILTER: ExpressionSpecification = [">=", ["zoom"], ["get", "minzoom"]];

export const BASEMAP_SOURCES = [
  "countries",
  "borders",
  "coastlines",
  "country-labels",
  "cities",
  "towns",
  "admin1-lines",
  "admin1-labels",
  "water",
] as const;
export type BasemapSource = (typeof BASEMAP_SOURCES)[number];

/** The symbol layers, bottom to top: raised above the incident markers (see the top comment). */
export const LABEL_LAYERS = [
  "admin1-labels",
  "town-labels",
  "city-dots",
  "city-labels",
  "country-labels",
] as const;

/** Attribution of the sources' data (MapLibre shows each source's once). */
const NATURAL_EARTH = "Natural Earth";
const OSM = "© OpenStreetMap contributors";

/** `layer` inserted after the first fill of `layers`: water between the lit countries' fill and outline. */
function afterFill(layers: LayerSpecification[], layer: LayerSpecification): LayerSpecification[] {
  const i = layers.findIndex((l) => l.type === "fill");
  return [...layers.slice(0, i + 1), layer, ...layers.slice(i + 1)];
}

export function buildStyle(theme: Theme = currentTheme()): StyleSpecification {
  const c = BASEMAP_COLORS[theme];
  return {
    version: 8,
    name: "Conflict Map offline basemap",
    "font-faces": mapFontFaces(),
    sources: {
      countries: { type: "geojson", data: EMPTY, promoteId: "iso2" },
      borders: { type: "geojson", data: EMPTY },
      coastlines: { type: "geojson", data: EMPTY },
      "country-labels": { type: "geojson", data: EMPTY },
      cities: { type: "geojson", data: EMPTY },
      towns: { type: "geojson", data: EMPTY, attribution: "GeoNames" },
      "admin1-lines": { type: "geojson", data: EMPTY, attribution: NATURAL_EARTH },
      "admin1-labels": { type: "geojson", data: EMPTY },
      water: { type: "geojson", data: EMPTY, attribution: OSM },
    },
    layers: [
      { id: "sea", type: "background", paint: { "background-color": c.sea } },
      { id: "land", type: "fill", source: "countries", paint: { "fill-color": c.land } },
      ...afterFill(countryHighlightLayers(), {
        id: "water",
        type: "fill",
        source: "water",
        paint: { "fill-color": c.water },
      }),
      {
        id: "coastlines",
        type: "line",
        source: "coastlines",
        paint: { "line-color": c.coast, "line-width": 0.8 },
      },
      {
        id: "admin1-lines",
        type: "line",
        source: "admin1-lines",
        minzoom: 4,
        paint: {
          "line-color": c.admin1,
          "line-width": ["interpolate", ["linear"], ["zoom"], 4, 0.5, 8, 1.1],
          "line-dasharray": [4, 2],
        },
      },
      {
        id: "borders",
        type: "line",
        source: "borders",
        paint: {
          "line-color": c.border,
          "line-width": ["interpolate", ["linear"], ["zoom"], 1, 0.5, 6, 1.2],
        },
      },
      {
        id: "admin1-labels",
        type: "symbol",
        source: "admin1-labels",
        minzoom: 5,
        // Bigger regions first: from 20,000 km² at zoom 5 to every region by zoom 8.
        filter: [">=", ["get", "rank"], ["-", 6.8, ["*", 0.5, ["zoom"]]]],
        layout: {
          "text-field": ["get", "name"],
          "text-font": [MAP_FONT],
          "text-size": ["interpolate", ["linear"], ["zoom"], 5, 10, 9, 12],
          "text-transform": "uppercase",
          "text-letter-spacing": 0.08,
          "text-max-width": 8,
          "text-padding": 6,
          "symbol-sort-key": ["-", ["get", "rank"]],
        },
        paint: { "text-color": c.admin1Text, "text-halo-color": c.countryHalo, "text-halo-width": 1.2 },
      },
      {
        id: "town-labels",
        type: "symbol",
        source: "towns",
        filter: TOWN_ZOOM_FILTER,
        layout: {
          // A town's dot is a bullet in its label, so the two are placed or hidden together (no
          // orphan dots where names collide); a village is its name alone, centred on its point.
          "text-field": [
            "case",
            [">=", ["get", "population"], 20_000],
            ["concat", "\u2022\u2002", ["get", "name"]],
            ["get", "name"],
          ],
          "text-font": [MAP_FONT],
          "text-size": [
            "interpolate",
            ["linear"],
            ["get", "population"],
            1000,
            10.5,
            20_000,
            11.5,
            300_000,
            12.5,
          ],
          "text-anchor": ["case", [">=", ["get", "population"], 20_000], "left", "center"],
          "text-offset": [
            "case",
            [">=", ["get", "population"], 20_000],
            ["literal", [-0.3, 0]],
            ["literal", [0, 0]],
          ],
          "text-padding": 3,
          "symbol-sort-key": ["-", ["get", "population"]],
        },
        paint: {
          "text-color": ["case", [">=", ["get", "population"], 20_000], c.townText, c.villageText],
          "text-halo-color": c.cityHalo,
          "text-halo-width": 1.3,
        },
      },
      {
        id: "country-labels",
        type: "symbol",
        source: "country-labels",
        filter: [">=", ["get", "rank"], ["-", 5.2, ["*", 0.9, ["zoom"]]]],
        layout: {
          "text-field": ["get", "name"],
          "text-font": [MAP_FONT],
          "text-size": ["interpolate", ["linear"], ["zoom"], 1, 10, 5, 14],
          "text-max-width": 7,
          "text-letter-spacing": 0.04,
          "symbol-sort-key": ["-", ["get", "rank"]],
          "text-padding": 4,
        },
        paint: { "text-color": c.countryText, "text-halo-color": c.countryHalo, "text-halo-width": 1.4 },
      },
      {
        id: "city-dots",
        type: "circle",
        source: "cities",
        filter: CITY_ZOOM_FILTER,
        paint: { "circle-radius": ["case", ["get", "capital"], 3, 2.2], "circle-color": c.cityDot },
      },
      {
        id: "city-labels",
        type: "symbol",
        source: "cities",
        filter: CITY_ZOOM_FILTER,
        layout: {
          "text-field": ["get", "name"],
          "text-font": [MAP_FONT_BOLD],
          "text-size": ["interpolate", ["linear"], ["zoom"], 2, 10.5, 6, 12.5],
          "text-anchor": "left",
          "text-offset": [0.5, 0],
          "text-optional": true,
          // Bigger cities are placed first, so they win when labels collide.
          "symbol-sort-key": ["-", ["get", "population"]],
        },
        paint: { "text-color": c.cityText, "text-halo-color": c.cityHalo, "text-halo-width": 1.4 },
      },
    ],
  };
}
