/**
 * The incident markers: one GeoJSON source holding every incident (sorted by time, set once and
 * again only when articles are added) and circle layers filtered by the time window through
 * MapLibre's `global-state`, so a slider step changes two numbers instead of re-sending data.
 */
import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  LineLayerSpecification,
} from "maplibre-gl";
import type { Feature, FeatureCollection, Point } from "geojson";
import type { Incident } from "../model/incident";
import { EVENT_TYPES } from "../model/eventTypes";
import { ALL_DAYS } from "../store/selectors";

export const INCIDENT_SOURCE = "incidents";

/** Global-state keys read by the layers below. */
export const STATE = {
  tStart: "tStart",
  tEnd: "tEnd",
  countries: "highlightCountries",
  selected: "selectedKey",
} as const;

export const INITIAL_STATE = {
  [STATE.tStart]: { default: ALL_DAYS.start },
  [STATE.tEnd]: { default: ALL_DAYS.end },
  [STATE.countries]: { default: [] as string[] },
  [STATE.selected]: { default: "" },
};

export interface IncidentProps {
  key: string;
  type: string;
  precision: string;
  t0: number;
  t1: number;
  casualties: number;
}

export function incidentFeatures(incidents: readonly Incident[]): FeatureCollection<Point, IncidentProps> {
  return {
    type: "FeatureCollection",
    features: incidents.map((inc, i): Feature<Point, IncidentProps> => ({
      type: "Feature",
      id: i,
      geometry: { type: "Point", coordinates: [inc.event.lon, inc.event.lat] },
      properties: {
        key: inc.key,
        type: inc.event.type,
        precision: inc.event.precision,
        t0: inc.t0,
        t1: inc.t1,
        casualties: inc.casualties,
      },
    })),
  };
}

const inWindow: ExpressionSpecification = [
  "all",
  ["<=", ["get", "t0"], ["global-state", STATE.tEnd]],
  [">=", ["get", "t1"], ["global-state", STATE.tStart]],
];

const typeColor: ExpressionSpecification = [
  "match",
  ["get", "type"],
  ...EVENT_TYPES.flatMap((e) => [e.type, e.color]),
  "#6d4c41",
] as unknown as ExpressionSpecification;

/** Marker radius in pixels by reported casualties (killed + wounded). */
const casualtyRadius: ExpressionSpecification = [
  "interpolate",
  ["linear"],
  ["get", "casualties"],
  0,
  6,
  10,
  8.5,
  100,
  12,
  1000,
  18,
];

const isPrecision = (...values: string[]): ExpressionSpecification => [
  "in",
  ["get", "precision"],
  ["literal", values],
];

/** Layer ids a click or hover looks at, topmost first. */
export const CLICKABLE_LAYERS = ["incident-points", "incident-near", "incident-country"];

export const COUNTRY_HIGHLIGHT_LAYER = "country-highlight";

export function countryHighlightLayers(): (FillLayerSpecification | LineLayerSpecification)[] {
  const filter: ExpressionSpecification = ["in", ["get", "iso2"], ["global-state", STATE.countries]];
  return [
    {
      id: COUNTRY_HIGHLIGHT_LAYER,
      type: "fill",
      source: "countries",
      filter,
      paint: { "fill-color": "#f2b705", "fill-opacity": 0.16 },
    },
    {
      id: "country-highlight-outline",
      type: "line",
      source: "countries",
      filter,
      paint: { "line-color": "#b58500", "line-width": 1.5, "line-dasharray": [3, 2] },
    },
  ];
}

export function incidentLayers(): CircleLayerSpecification[] {
  return [
    {
      // Whole-country incidents: a wide soft halo at the country's point (plus the polygon highlight).
      id: "incident-country",
      type: "circle",
      source: INCIDENT_SOURCE,
      filter: ["all", inWindow, isPrecision("country")],
      paint: {
        "circle-color": typeColor,
        "circle-opacity": 0.22,
        "circle-radius": ["interpolate", ["linear"], ["zoom"], 1, 18, 4, 34, 7, 60],
        "circle-blur": 0.4,
        "circle-stroke-color": typeColor,
        "circle-stroke-width": 1.5,
        "circle-stroke-opacity": 0.6,
      },
    },
    {
      // Near a place: a ring around the place's point.
      id: "incident-near",
      type: "circle",
      source: INCIDENT_SOURCE,
      filter: ["all", inWindow, isPrecision("near", "region")],
      paint: {
        "circle-color": typeColor,
        "circle-opacity": 0.12,
        "circle-radius": ["+", 6, casualtyRadius],
        "circle-stroke-color": typeColor,
        "circle-stroke-width": 3,
      },
    },
    {
      // A city or an exact point: a solid dot.
      id: "incident-points",
      type: "circle",
      source: INCIDENT_SOURCE,
      filter: ["all", inWindow, isPrecision("city", "exact")],
      paint: {
        "circle-color": typeColor,
        "circle-radius": casualtyRadius,
        "circle-stroke-color": "#ffffff",
        "circle-stroke-width": 1.5,
      },
    },
    {
      id: "incident-selected",
      type: "circle",
      source: INCIDENT_SOURCE,
      filter: ["==", ["get", "key"], ["global-state", STATE.selected]],
      paint: {
        "circle-color": "rgba(0,0,0,0)",
        "circle-radius": ["+", 5, casualtyRadius],
        "circle-stroke-color": "#111827",
        "circle-stroke-width": 3,
      },
    },
  ];
}
