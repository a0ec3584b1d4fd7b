/**
 * The basemap style, built in code: every source is inline GeoJSON and every font file is on the
 * page's origin, so the map makes no request anywhere else (no tiles, sprites or glyph URLs).
 */
import type { FilterSpecification, StyleSpecification } from "maplibre-gl";
import type { FeatureCollection } from "geojson";
import { MAP_FONT, MAP_FONT_BOLD, mapFontFaces } from "./fonts";
import { countryHighlightLayers } from "./incidentLayers";

const EMPTY: FeatureCollection = { type: "FeatureCollection", features: [] };

/** A city is drawn from its population-based zoom on (see cityMinZoom in cityLabels.ts). */
const CITY_ZOOM_FILTER: FilterSpecification = [">=", ["zoom"], ["get", "minzoom"]];

export const BASEMAP_SOURCES = ["countries", "borders", "coastlines", "country-labels", "cities"] as const;

export function buildStyle(): StyleSpecification {
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
      { id: "sea", type: "background", paint: { "background-color": "#cfe0ea" } },
      { id: "land", type: "fill", source: "countries", paint: { "fill-color": "#f5f3ee" } },
      ...countryHighlightLayers(),
      {
        id: "coastlines",
        type: "line",
        source: "coastlines",
        paint: { "line-color": "#9bb3c2", "line-width": 0.8 },
      },
      {
        id: "borders",
        type: "line",
        source: "borders",
        paint: {
          "line-color": "#a59f95",
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
        paint: { "text-color": "#5b5750", "text-halo-color": "#f5f3ee", "text-halo-width": 1.4 },
      },
      {
        id: "city-dots",
        type: "circle",
        source: "cities",
        filter: CITY_ZOOM_FILTER,
        paint: { "circle-radius": ["case", ["get", "capital"], 3, 2.2], "circle-color": "#4b4842" },
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
        paint: { "text-color": "#2f2c28", "text-halo-color": "#ffffff", "text-halo-width": 1.4 },
      },
    ],
  };
}
