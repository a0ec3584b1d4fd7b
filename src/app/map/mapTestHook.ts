/**
 * A read-only test hook for e2e tests and benchmarks, installed only when the browser is driven by
 * automation (navigator.webdriver): `window.__conflictMap`.
 *
 *   isReady()          the style is loaded, the markers are on the GPU and the map is not moving
 *   markerPoint(key)   where an incident's marker is drawn, in page (client) pixels, or null
 *   markersInWindow()  how many incident markers the time window lets the map draw
 *   mapWindow()        the time window the markers are drawn with ({start, end} day numbers), or null
 *   dataDrawnAt()      performance.now() of the first frame drawn after the last incident data change
 *   filterTimings()    main-thread milliseconds spent in each time-window update (uniforms + lit countries)
 *   cityLabels()       the city names the basemap draws in the current view (after label collisions)
 *   renderedNames(id)  the names a basemap symbol layer draws in the current view (town-labels, ...)
 *   renderedCount(id)  how many features a basemap layer draws in the current view (admin1-lines, water)
 *   basemap()          what the basemap has loaded (countries set, chunk files, fetches pending)
 *   layerOrder()       the map's layer ids, bottom to top
 *   incidentPlaces()   where each incident the map holds is placed ({lon, lat})
 *   clusters()         the count features drawn (kind "cluster" or "stack", n incidents, label), with
 *                      their place and their point in page pixels
 *   clustersCurrent()  the clusters drawn are those of the current data, window and zoom
 *   pointOf(lon, lat)  where a place is drawn, in page pixels
 *   zoom()             the map's zoom
 *
 * It never moves the map or changes state: tests act through the page like a person would.
 */
import type { Map as MlMap } from "maplibre-gl";
import type { DayWindow } from "../model/columns";
import type { Incident } from "../model/incident";
import { basemapStatus, type BasemapStatus } from "./basemap/installBasemap";
import type { CountFeature } from "./clusters/clusterIndex";
import { countLabel } from "./clusters/clusterLayers";

export interface DrawnCount {
  kind: CountFeature["kind"];
  n: number;
  label: string;
  lon: number;
  lat: number;
  x: number;
  y: number;
}

export interface ConflictMapTestHook {
  isReady: () => boolean;
  markerPoint: (key: string) => { x: number; y: number } | null;
  markersInWindow: () => number;
  mapWindow: () => DayWindow | null;
  dataDrawnAt: () => number;
  filterTimings: () => number[];
  cityLabels: () => string[];
  renderedNames: (layerId: string) => string[];
  renderedCount: (layerId: string) => number;
  basemap: () => BasemapStatus;
  layerOrder: () => string[];
  incidentPlaces: () => { lon: number; lat: number }[];
  clusters: () => DrawnCount[];
  clustersCurrent: () => boolean;
  pointOf: (lon: number, lat: number) => { x: number; y: number };
  zoom: () => number;
}

declare global {
  interface Window {
    __conflictMap?: ConflictMapTestHook;
  }
}

const timings: number[] = [];

export function recordFilterTiming(ms: number): void {
  timings.push(ms);
  if (timings.length > 5000) timings.splice(0, timings.length - 5000);
}

export interface MapHookSources {
  isReady: () => boolean;
  incidents: () => readonly Incident[];
  markersInWindow: () => number;
  window: () => DayWindow | null;
  dataDrawnAt: () => number;
  clusters: () => CountFeature[];
  clustersCurrent: () => boolean;
}

export function installMapTestHook(map: MlMap, sources: MapHookSources): () => void {
  if (!navigator.webdriver) return () => {};
  window.__conflictMap = {
    isReady: () => sources.isReady() && map.loaded() && !map.isMoving() && map.areTilesLoaded(),
    markerPoint: (key) => {
      const inc = sources.incidents().find((i) => i.key === key);
      if (!inc) return null;
      const p = map.project([inc.event.lon, inc.event.lat]);
      const rect = map.getContainer().getBoundingClientRect();
      return { x: rect.left + p.x, y: rect.top + p.y };
    },
    markersInWindow: sources.markersInWindow,
    mapWindow: () => {
      const w = sources.window();
      return w ? { start: w.start, end: w.end } : null;
    },
    dataDrawnAt: sources.dataDrawnAt,
    filterTimings: () => [...timings],
    clusters: () => {
      const rect = map.getContainer().getBoundingClientRect();
      return sources.clusters().map((f) => {
        const p = map.project([f.lon, f.lat]);
        const { kind, n, lon, lat } = f;
        return { kind, n, label: countLabel(n), lon, lat, x: rect.left + p.x, y: rect.top + p.y };
      });
    },
    clustersCurrent: sources.clustersCurrent,
    pointOf: (lon, lat) => {
      const p = map.project([lon, lat]);
      const rect = map.getContainer().getBoundingClientRect();
      return { x: rect.left + p.x, y: rect.top + p.y };
    },
    zoom: () => map.getZoom(),
    cityLabels: () => {
      if (!map.getLayer("city-labels")) return [];
      const names = map
        .queryRenderedFeatures({ layers: ["city-labels"] })
        .map((f) => String(f.properties.name));
      return [...new Set(names)].sort();
    },
    renderedNames: (layerId) => {
      if (!map.getLayer(layerId)) return [];
      const names = map.queryRenderedFeatures({ layers: [layerId] }).map((f) => String(f.properties.name));
      return [...new Set(names)].sort();
    },
    renderedCount: (layerId) =>
      map.getLayer(layerId) ? map.queryRenderedFeatures({ layers: [layerId] }).length : 0,
    basemap: basemapStatus,
    layerOrder: () => map.getLayersOrder(),
    incidentPlaces: () => sources.incidents().map((i) => ({ lon: i.event.lon, lat: i.event.lat })),
  };
  return () => {
    delete window.__conflictMap;
  };
}
