/**
 * The only code that talks to MapLibre. The map is created once per mounted container and removed on
 * unmount; React state flows in through `inputs` (applied imperatively, only when it changed) and user
 * actions flow out through `callbacks`. The map reports its own moves (origin "map") and only moves
 * itself for an app request (origin "app"), so the two never feed back into each other.
 */
import * as maplibregl from "maplibre-gl";
import type { GeoJSONSource, Map as MlMap, MapGeoJSONFeature } from "maplibre-gl";
// MapLibre's worker, copied as-is into the build and loaded from the page's origin.
import maplibreWorkerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import { useEffect, useRef, type RefObject } from "react";
import type { Incident } from "../model/incident";
import type { DayRange } from "../store/selectors";
import type { MapView, ViewRequest } from "../store/viewSlice";
import { BASEMAP_SOURCES, buildStyle } from "./basemapStyle";
import { loadBasemapData, type BasemapData } from "./basemapData";
import {
  CLICKABLE_LAYERS,
  COUNTRY_HIGHLIGHT_LAYER,
  INCIDENT_SOURCE,
  STATE,
  incidentFeatures,
} from "./incidentLayers";
import { installMapTestHook, recordFilterTiming } from "./mapTestHook";

export interface MapInputs {
  /** Every incident, sorted by time. Re-sent to the map only when this array changes (articles added). */
  incidents: readonly Incident[];
  /** The time window; applied through global state. */
  range: DayRange;
  /** Incidents in the window (for clicks on a highlighted country). */
  visible: readonly Incident[];
  /** Countries whose whole-country incidents are in the window. */
  countries: readonly string[];
  selectedKey: string | null;
  viewRequest: ViewRequest | null;
}

export interface MapCallbacks {
  /** Incidents under a click, in time order (empty: a click on nothing). x/y: pixels in the container. */
  onPick: (keys: string[], x: number, y: number) => void;
  /** The map moved (by the user, or after an app request); origin "map". */
  onView: (view: MapView) => void;
  /** The camera started moving: floating UI anchored to pixels should go. */
  onMoveStart: () => void;
}

const PICK_TOLERANCE_PX = 5;

maplibregl.setWorkerUrl(new URL(maplibreWorkerUrl, window.location.href).href);

function initialBounds(incidents: readonly Incident[]): maplibregl.LngLatBounds | undefined {
  if (window.location.hash.length > 1 || incidents.length === 0) return undefined;
  const bounds = new maplibregl.LngLatBounds();
  for (const inc of incidents) bounds.extend([inc.event.lon, inc.event.lat]);
  return bounds;
}

function setBasemap(map: MlMap, data: BasemapData): void {
  const byId: Record<(typeof BASEMAP_SOURCES)[number], GeoJSON.GeoJSON> = {
    countries: data.countries,
    borders: data.borders,
    coastlines: data.coastlines,
    "country-labels": data.countryLabels,
    cities: data.cities,
  };
  for (const id of BASEMAP_SOURCES) map.getSource<GeoJSONSource>(id)?.setData(byId[id]);
}

export function useConflictMap(
  container: RefObject<HTMLDivElement | null>,
  inputs: MapInputs,
  callbacks: MapCallbacks,
): void {
  const mapRef = useRef<MlMap | null>(null);
  const loadedRef = useRef(false);
  const inputsRef = useRef(inputs);
  const callbacksRef = useRef(callbacks);
  const sentIncidents = useRef<readonly Incident[] | null>(null);
  const appliedState = useRef<Record<string, unknown>>({});
  const flownSeq = useRef<number>(inputs.viewRequest?.seq ?? 0);

  useEffect(() => {
    inputsRef.current = inputs;
    callbacksRef.current = callbacks;
  });

  /** Pushes the inputs into the map, touching only what changed. */
  const apply = useRef((map: MlMap) => {
    const { incidents, range, countries, selectedKey } = inputsRef.current;
    if (sentIncidents.current !== incidents) {
      map.getSource<GeoJSONSource>(INCIDENT_SOURCE)?.setData(incidentFeatures(incidents));
      sentIncidents.current = incidents;
    }
    const next: Record<string, unknown> = {
      [STATE.tStart]: range.start,
      [STATE.tEnd]: range.end,
      [STATE.countries]: countries,
      [STATE.selected]: selectedKey ?? "",
    };
    const started = performance.now();
    let changed = false;
    for (const [key, value] of Object.entries(next)) {
      const before = appliedState.current[key];
      const same = Array.isArray(value) ? JSON.stringify(before) === JSON.stringify(value) : before === value;
      if (same) continue;
      map.setGlobalStateProperty(key, value);
      appliedState.current[key] = value;
      changed = true;
    }
    if (changed) recordFilterTiming(performance.now() - started);
  });

  // Create the map once; remove it on unmount.
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const { incidents } = inputsRef.current;
    const bounds = initialBounds(incidents);
    const map = new maplibregl.Map({
      container: element,
      style: buildStyle(incidents),
      hash: true,
      center: [30, 25],
      zoom: 1.5,
      ...(bounds ? { bounds, fitBoundsOptions: { padding: 80, maxZoom: 5 } } : {}),
      maxZoom: 12,
      attributionControl: { compact: true, customAttribution: "Natural Earth (world-atlas)" },
      cancelPendingTileRequestsWhileZooming: false,
    });
    sentIncidents.current = incidents;
    mapRef.current = map;
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), "top-left");
    map.addControl(new maplibregl.ScaleControl({ unit: "metric" }), "bottom-left");

    let disposed = false;
    map.on("load", () => {
      loadedRef.current = true;
      apply.current(map);
      loadBasemapData()
        .then((data) => {
          if (!disposed) setBasemap(map, data);
        })
        .catch((err: unknown) => console.warn("basemap could not be loaded", err));
    });
    map.on("movestart", (e) => {
      if ((e as { originalEvent?: unknown }).originalEvent || !loadedRef.current)
        callbacksRef.current.onMoveStart();
    });
    map.on("moveend", () => {
      const c = map.getCenter();
      callbacksRef.current.onView({ lon: c.lng, lat: c.lat, zoom: map.getZoom() });
    });
    map.on("click", (e) => {
      const { x, y } = e.point;
      const box: [[number, number], [number, number]] = [
        [x - PICK_TOLERANCE_PX, y - PICK_TOLERANCE_PX],
        [x + PICK_TOLERANCE_PX, y + PICK_TOLERANCE_PX],
      ];
      const hits = map.queryRenderedFeatures(box, { layers: CLICKABLE_LAYERS });
      let keys = uniqueKeysInTimeOrder(hits);
      if (keys.length === 0) {
        const codes = new Set(
          map
            .queryRenderedFeatures(e.point, { layers: [COUNTRY_HIGHLIGHT_LAYER] })
            .map((f) => String(f.properties.iso2)),
        );
        keys = inputsRef.current.visible
          .filter((i) => i.event.precision === "country" && codes.has(i.event.countryCode))
          .map((i) => i.key);
      }
      callbacksRef.current.onPick(keys, x, y);
    });
    for (const layer of [...CLICKABLE_LAYERS, COUNTRY_HIGHLIGHT_LAYER]) {
      map.on("mouseenter", layer, () => (map.getCanvas().style.cursor = "pointer"));
      map.on("mouseleave", layer, () => (map.getCanvas().style.cursor = ""));
    }
    const removeHook = installMapTestHook(
      map,
      () => loadedRef.current,
      () => inputsRef.current.incidents,
    );

    return () => {
      disposed = true;
      removeHook();
      loadedRef.current = false;
      mapRef.current = null;
      appliedState.current = {};
      map.remove();
    };
  }, [container]);

  // State changes: applied to the map without re-creating anything.
  useEffect(() => {
    const map = mapRef.current;
    if (map && loadedRef.current) apply.current(map);
  }, [inputs.incidents, inputs.range, inputs.countries, inputs.selectedKey]);

  // App-originated camera moves.
  useEffect(() => {
    const map = mapRef.current;
    const request = inputs.viewRequest;
    if (!map || !request || request.seq === flownSeq.current) return;
    flownSeq.current = request.seq;
    map.flyTo({ center: [request.lon, request.lat], zoom: request.zoom, essential: true, duration: 900 });
  }, [inputs.viewRequest]);
}

function uniqueKeysInTimeOrder(features: MapGeoJSONFeature[]): string[] {
  const byId = new Map<number, string>();
  for (const f of features) byId.set(Number(f.id), String(f.properties.key));
  return [...byId.entries()].sort((a, b) => a[0] - b[0]).map(([, key]) => key);
}
