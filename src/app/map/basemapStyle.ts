/**
 * The basemap style, built in code: every source is inline GeoJSON and every font file is on the
 * page's origin, so the map makes no request anywhere else (no tiles, sprites or glyph URLs).
 */
import type { FilterSpecification, StyleSpecification } from "maplibre-gl";
import type { FeatureCollection } from "geojson";
import { MAP_FONT, MAP_FONT_BOLD, mapFontFaces } from "./fonts";
import { countryHighlightLayers } from "./incidentLayers";
import { currentTheme, type Theme } from "../panel/theme";

/** The basemap's colours in each theme (the incident markers keep theirs). */
export const BASEMAP_COLORS: Record<Theme, Record<string, string>> = {
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
  },
};

const EMPTY: FeatureCollection = { type: "FeatureCollection", features: [] };

/** A city is drawn from its population-based zoom on (see cityMinZoom in cityLabels.ts). */
const CITY_ZOOM_FILTER: FilterSpecification = [">=", ["zoom"], ["get", "minzoom"]];

export const BASEMAP_SOURCES = ["countries", "borders", "coastlines", "country-labels", "cities"] as const;

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
    },
    layers: [
      { id: "sea", type: "background", paint: { "background-color": c.sea } },
      { id: "land", type: "fill", source: "countries", paint: { "fill-color": c.land } },
      ...countryHighlightLayers(),
      {
        id: "coastlines",
        type: "line",
        source: "coastlines",
        paint: { "line-color": c.coast, "line-width": 0.8 },
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
