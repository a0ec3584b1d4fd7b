/**
 * The clusters' counts on the map: a small GeoJSON source (a few hundred features: one per cluster
 * and per stack in view, from the cluster worker) drawn by circle and symbol layers above the
 * markers. A cluster is a dark bubble with its count; a stack (several incidents at one point,
 * not clustered) keeps its markers and gets a small count badge beside them.
 */
import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  GeoJSONSourceSpecification,
  SymbolLayerSpecification,
} from "maplibre-gl";
import type { FeatureCollection, Point } from "geojson";
import { MAP_FONT_BOLD } from "../fonts";
import type { CountFeature } from "./clusterIndex";

export const CLUSTER_SOURCE = "incident-clusters";
export const CLUSTER_BUBBLE_LAYER = "cluster-bubbles";
export const STACK_BADGE_LAYER = "stack-badges";
/** Where a stack's badge sits from its point, in CSS pixels. */
export const STACK_BADGE_OFFSET: [number, number] = [11, -11];

export interface CountProps {
  kind: CountFeature["kind"];
  id: number;
  n: number;
  label: string;
}

/** 7, 950, 1.2k, 12k, 1.3M */
export function countLabel(n: number): string {
  if (n < 1000) return String(n);
  if (n < 10_000) return `${(Math.floor(n / 100) / 10).toFixed(1).replace(/\.0$/, "")}k`;
  if (n < 1_000_000) return `${Math.floor(n / 1000)}k`;
  return `${(Math.floor(n / 100_000) / 10).toFixed(1).replace(/\.0$/, "")}M`;
}

export function countCollection(features: readonly CountFeature[]): FeatureCollection<Point, CountProps> {
  return {
    type: "FeatureCollection",
    features: features.map((f) => ({
      type: "Feature",
      geometry: { type: "Point", coordinates: [f.lon, f.lat] },
      properties: { kind: f.kind, id: f.id, n: f.n, label: countLabel(f.n) },
    })),
  };
}

export const clusterSource: GeoJSONSourceSpecification = {
  type: "geojson",
  data: { type: "FeatureCollection", features: [] },
};

const isCluster: ExpressionSpecification = ["==", ["get", "kind"], "cluster"];
const isStack: ExpressionSpecification = ["==", ["get", "kind"], "stack"];

/** Bubble radius in CSS pixels by count (also the click target). */
export const BUBBLE_RADIUS: ExpressionSpecification = ["step", ["get", "n"], 13, 10, 16, 100, 20, 1000, 24];

export function clusterLayers(): (CircleLayerSpecification | SymbolLayerSpecification)[] {
  return [
    {
      id: CLUSTER_BUBBLE_LAYER,
      type: "circle",
      source: CLUSTER_SOURCE,
      filter: isCluster,
      paint: {
        "circle-radius": BUBBLE_RADIUS,
        "circle-color": "#334155",
        "circle-opacity": 0.92,
        "circle-stroke-color": "#ffffff",
        "circle-stroke-width": 2,
      },
    },
    {
      id: "cluster-counts",
      type: "symbol",
      source: CLUSTER_SOURCE,
      filter: isCluster,
      layout: {
        "text-field": ["get", "label"],
        "text-font": [MAP_FONT_BOLD],
        "text-size": 12,
        "text-allow-overlap": true,
        "text-ignore-placement": true,
      },
      paint: { "text-color": "#ffffff" },
    },
    {
      id: STACK_BADGE_LAYER,
      type: "circle",
      source: CLUSTER_SOURCE,
      filter: isStack,
      paint: {
        "circle-radius": 8,
        "circle-translate": STACK_BADGE_OFFSET,
        "circle-color": "#ffffff",
        "circle-stroke-color": "#334155",
        "circle-stroke-width": 1.5,
      },
    },
    {
      id: "stack-counts",
      type: "symbol",
      source: CLUSTER_SOURCE,
      filter: isStack,
      layout: {
        "text-field": ["get", "label"],
        "text-font": [MAP_FONT_BOLD],
        "text-size": 10,
        "text-allow-overlap": true,
        "text-ignore-placement": true,
      },
      paint: { "text-color": "#1f2937", "text-translate": STACK_BADGE_OFFSET },
    },
  ];
}
