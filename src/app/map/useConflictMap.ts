/**
 * The only code that talks to MapLibre. The map is created once per mounted container and removed on
 * unmount; React state flows in through `inputs` (applied imperatively, only when it changed) and user
 * actions flow out through `callbacks`. The map reports its own moves (origin "map") and only moves
 * itself for an app request (origin "app"), so the two never feed back into each other.
 *
 * Incident data path: the filtered, time-sorted incidents become binary columns (model/columns.ts)
 * once per change of that array; the columns go to the GPU layer (incidentGlLayer.ts) and a picking
 * index (markerHits.ts). A time-window change — from the store, or from `setMapTimeWindow`
 * (mapTime.ts) without React — sets two uniforms, updates the lit countries and repaints; the
 * clusters of the window follow once it has settled, from a worker (clusters/clusterController.ts).
 *
 * A click hits, in order: a cluster bubble or stack badge (its list), the markers drawn on their
 * own (one: select it; several at one point, zoomed in: spread them apart; else the chooser), the
 * place of markers hidden in a cluster (that cluster's list), then a lit country.
 */
import * as maplibregl from "maplibre-gl";
import type { Map as MlMap } from "maplibre-gl";
// MapLibre's worker, copied as-is into the build and loaded from the page's origin.
import maplibreWorkerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import { useEffect, useRef, type RefObject } from "react";
import {
  columnsFromIncidents,
  countriesInWindow,
  countryRows,
  countInWindow,
  type CountryRows,
  type DayWindow,
  type IncidentColumns,
} from "../model/columns";
import { findIndexByKey } from "../data/findByKey";
import type { LoadedSet } from "../data/setIncidents";
import type { Incident } from "../model/incident";
import type { DayRange } from "../store/selectors";
import type { MapView, ViewRequest } from "../store/viewSlice";
import { buildStyle } from "./basemapStyle";
import { installBasemap } from "./basemap/installBasemap";
import { IncidentGlLayer } from "./incidentGlLayer";
import { ClusterController } from "./clusters/clusterController";
import type { CountFeature } from "./clusters/clusterIndex";
import { COUNTRY_HIGHLIGHT_LAYER, HIGHLIGHT_STATE } from "./incidentLayers";
import { MarkerHits } from "./markerHits";
import { connectMapTime } from "./mapTime";
import { installMapTestHook, recordFilterTiming } from "./mapTestHook";

export interface MapInputs {
  /** The incidents to draw (after the non-time filters), sorted by time. Turned into columns when it changes. */
  incidents: readonly Incident[];
  /** The time window. */
  range: DayRange;
  selectedKey: string | null;
  viewRequest: ViewRequest | null;
  /** An incident is being placed by hand: a click is its new point, never a pick or a cluster. */
  placing?: boolean;
  /** The loaded sets behind `incidents` (to find the selected one by key without making every key). */
  sets?: readonly LoadedSet[];
}

export interface MapCallbacks {
  /**
   * Incidents under a click, in time order (empty: a click on nothing). x/y: pixels in the container;
   * lngLat: the clicked point on the map.
   */
  onPick: (keys: string[], x: number, y: number, lngLat: { lon: number; lat: number }) => void;
  /** The map moved (by the user, or after an app request); origin "map". */
  onView: (view: MapView) => void;
  /** The camera started moving: floating UI anchored to pixels should go. */
  onMoveStart: () => void;
  /** A cluster bubble or a stack badge was clicked: its incidents (capped at LIST_CAP). */
  onCluster: (list: ClusterList) => void;
  /** A click on several incidents at one point (at most SPIDER_MAX): spread them apart. */
  onSpider: (spider: Spider) => void;
}

/** Incidents listed from a cluster (or a stack too big to spread apart). */
export interface ClusterList {
  kind: CountFeature["kind"];
  /** The first LIST_CAP incidents in time order, of `total`. */
  incidents: Incident[];
  total: number;
  lon: number;
  lat: number;
  /** The zoom at which the cluster splits (null: a stack, it never does). */
  expansionZoom: number | null;
  /** Pixels in the map container. */
  x: number;
  y: number;
}

/** Incidents at one point, spread around it; x/y: the point, in pixels in the map container. */
export interface Spider {
  incidents: Incident[];
  x: number;
  y: number;
}

export const LIST_CAP = 200;
export const SPIDER_MAX = 12;
/** From this zoom on, a stack is spread apart; below it, it is listed (the chooser). */
export const SPIDER_MIN_ZOOM = 7;

maplibregl.setWorkerUrl(new URL(maplibreWorkerUrl, window.location.href).href);

/** What the map draws, derived once per change of the incidents array. */
interface MapData {
  incidents: readonly Incident[];
  cols: IncidentColumns;
  picker: MarkerHits;
  countries: CountryRows;
}

function initialBounds(incidents: readonly Incident[]): maplibregl.LngLatBounds | undefined {
  if (window.location.hash.length > 1 || incidents.length === 0) return undefined;
  const bounds = new maplibregl.LngLatBounds();
  for (const inc of incidents) bounds.extend([inc.event.lon, inc.event.lat]);
  return bounds;
}

/** The row of `incidents[index]` in columns built from them (the identity unless they were unsorted). */
function rowOf(cols: IncidentColumns, index: number): number | null {
  if (index < 0) return null;
  if (cols.source[index] === index) return index;
  const row = cols.source.indexOf(index);
  return row < 0 ? null : row;
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
  const flownSeq = useRef<number>(inputs.viewRequest?.seq ?? 0);
  const applyRef = useRef<(() => void) | null>(null);

  useEffect(() => {
    inputsRef.current = inputs;
    callbacksRef.current = callbacks;
  });

  // Create the map once; remove it on unmount.
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const layer = new IncidentGlLayer("markers");
    const selectedLayer = new IncidentGlLayer("selected");
    let data: MapData | null = null;
    let range: DayWindow | null = null;
    let selected: { data: MapData; key: string | null } | null = null;
    let lit = new Set<string>();

    const map = new maplibregl.Map({
      container: element,
      style: buildStyle(),
      hash: true,
      center: [30, 25],
      zoom: 1.5,
      ...(() => {
        const bounds = initialBounds(inputsRef.current.incidents);
        return bounds ? { bounds, fitBoundsOptions: { padding: 80, maxZoom: 5 } } : {};
      })(),
      maxZoom: 12,
      attributionControl: { compact: true, customAttribution: "Natural Earth (world-atlas)" },
      cancelPendingTileRequestsWhileZooming: false,
    });
    mapRef.current = map;
    const clusters = new ClusterController(map, layer);
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), "top-left");
    map.addControl(new maplibregl.ScaleControl({ unit: "metric" }), "bottom-left");

    const setLit = (next: Set<string>) => {
      for (const code of lit) {
        if (code && !next.has(code))
          map.setFeatureState({ source: "countries", id: code }, { [HIGHLIGHT_STATE]: false });
      }
      for (const code of next) {
        if (code && !lit.has(code))
          map.setFeatureState({ source: "countries", id: code }, { [HIGHLIGHT_STATE]: true });
      }
      lit = next;
    };

    /** The time window: uniforms, lit countries, repaint. A window already applied costs nothing. */
    const applyWindow = (next: DayWindow, force = false) => {
      if (!force && range && range.start === next.start && range.end === next.end) return;
      const started = performance.now();
      range = { start: next.start, end: next.end };
      layer.setWindow(range);
      clusters.setWindow(range);
      if (data) setLit(countriesInWindow(data.cols, data.countries, range));
      recordFilterTiming(performance.now() - started);
    };

    /** Pushes the inputs into the map, touching only what changed. */
    const apply = () => {
      const { incidents, range: wanted, selectedKey } = inputsRef.current;
      if (data?.incidents !== incidents) {
        const cols = columnsFromIncidents(incidents);
        const picker = new MarkerHits(cols);
        data = { incidents, cols, picker, countries: countryRows(cols) };
        void clusters.setData(cols, layer.setColumns(cols)).then((index) => {
          if (index) picker.adopt(index);
        });
        selectedLayer.setColumns(cols);
        applyWindow(range ?? wanted, true);
      }
      applyWindow(wanted);
      if (selected?.data !== data || selected.key !== selectedKey) {
        const index = findIndexByKey(incidents, inputsRef.current.sets ?? [], selectedKey);
        selectedLayer.setSelectedRow(rowOf(data.cols, index));
        selected = { data, key: selectedKey };
      }
    };
    applyRef.current = apply;

    let removeBasemap = () => {};
    const disconnectTime = connectMapTime(
      (next) => {
        if (loadedRef.current) applyWindow(next);
      },
      () => map.triggerRepaint(),
    );
    map.on("load", () => {
      loadedRef.current = true;
      map.addLayer(layer);
      clusters.addLayers();
      map.addLayer(selectedLayer);
      apply();
      // After the incident layer: the basemap raises its labels above it. The selected incident
      // alone goes back on top of everything, labels included: a town label's bullet sits exactly
      // on its place and would cover the selected marker's centre.
      removeBasemap = installBasemap(map);
      map.moveLayer(selectedLayer.id);
    });
    map.on("movestart", (e) => {
      if ((e as { originalEvent?: unknown }).originalEvent || !loadedRef.current)
        callbacksRef.current.onMoveStart();
    });
    map.on("moveend", () => {
      clusters.refreshView();
      const c = map.getCenter();
      callbacksRef.current.onView({ lon: c.lng, lat: c.lat, zoom: map.getZoom() });
    });

    /** Rows of the incident markers drawn on their own under a point, in time order. */
    const rowsAt = (lngLat: maplibregl.LngLat): number[] => {
      if (!data || !range) return [];
      const m = maplibregl.MercatorCoordinate.fromLngLat(lngLat);
      const zoom = map.getZoom();
      return data.picker.pick(m.x, m.y, zoom, range, (row) => clusters.isDrawn(row, zoom));
    };

    /** Keys of the incidents drawn under a point, in time order. */
    const keysAt = (point: maplibregl.Point, lngLat: maplibregl.LngLat): string[] => {
      if (!data || !range) return [];
      const { cols, incidents } = data;
      const keyOf = (row: number) => (incidents[cols.source[row] as number] as Incident).key;
      const rows = rowsAt(lngLat);
      if (rows.length > 0) return rows.map(keyOf);
      // A lit country: its whole-country incidents in the window.
      const codes = new Set(
        map
          .queryRenderedFeatures(point, { layers: [COUNTRY_HIGHLIGHT_LAYER] })
          .map((f) => String(f.properties.iso2))
          .filter((code) => code && lit.has(code)),
      );
      if (codes.size === 0) return [];
      const out: number[] = [];
      const { rows: countryRowIds } = data.countries;
      for (const row of countryRowIds) {
        if (
          (cols.t0[row] as number) <= range.end &&
          (cols.t1[row] as number) >= range.start &&
          codes.has(cols.countryCodes[cols.country[row] as number] ?? "")
        )
          out.push(row);
      }
      return out.map(keyOf);
    };

    /** A cluster's or a stack's incidents, listed (or spread apart: a small stack). */
    const openCount = async (hit: { kind: CountFeature["kind"]; id: number; lon: number; lat: number }) => {
      const at = data;
      const members = await clusters.members(hit.kind, hit.id, LIST_CAP);
      if (!members || !at || at !== data) return;
      const incidents = members.rows.map((row) => at.incidents[at.cols.source[row] as number] as Incident);
      const p = map.project([hit.lon, hit.lat]);
      if (hit.kind === "stack" && members.total <= SPIDER_MAX) {
        if (map.getZoom() >= SPIDER_MIN_ZOOM) callbacksRef.current.onSpider({ incidents, x: p.x, y: p.y });
        else
          callbacksRef.current.onPick(
            incidents.map((i) => i.key),
            p.x,
            p.y,
            { lon: hit.lon, lat: hit.lat },
          );
        return;
      }
      const { total, expansionZoom } = members;
      callbacksRef.current.onCluster({
        kind: hit.kind,
        incidents,
        total,
        lon: hit.lon,
        lat: hit.lat,
        expansionZoom,
        x: p.x,
        y: p.y,
      });
    };

    map.on("click", (e) => {
      if (inputsRef.current.placing) {
        callbacksRef.current.onPick([], e.point.x, e.point.y, { lon: e.lngLat.lng, lat: e.lngLat.lat });
        return;
      }
      const hit = clusters.featureAt(e.point);
      if (hit) {
        void openCount(hit);
        return;
      }
      const rows = rowsAt(e.lngLat);
      if (data && rows.length > 1 && rows.length <= SPIDER_MAX && map.getZoom() >= SPIDER_MIN_ZOOM) {
        const { cols, incidents } = data;
        const first = rows[0] as number;
        const samePoint = rows.every((r) => cols.x[r] === cols.x[first] && cols.y[r] === cols.y[first]);
        if (samePoint) {
          const p = map.project([cols.lon[first] as number, cols.lat[first] as number]);
          const stacked = rows.map((r) => incidents[cols.source[r] as number] as Incident);
          callbacksRef.current.onSpider({ incidents: stacked, x: p.x, y: p.y });
          return;
        }
      }
      if (data && range && rows.length === 0) {
        // Where incidents are hidden inside a cluster whose bubble is elsewhere: that cluster.
        const m = maplibregl.MercatorCoordinate.fromLngLat(e.lngLat);
        const zoom = map.getZoom();
        const [hidden] = data.picker.pick(m.x, m.y, zoom, range);
        if (hidden !== undefined) {
          const at = { lon: e.lngLat.lng, lat: e.lngLat.lat };
          void clusters.containing(hidden, zoom).then((cluster) => {
            if (cluster) void openCount(cluster);
            else callbacksRef.current.onPick([], e.point.x, e.point.y, at);
          });
          return;
        }
      }
      const keys = keysAt(e.point, e.lngLat);
      callbacksRef.current.onPick(keys, e.point.x, e.point.y, { lon: e.lngLat.lng, lat: e.lngLat.lat });
    });
    let hoverFrame = 0;
    map.on("mousemove", (e) => {
      if (hoverFrame || map.isMoving() || e.originalEvent.buttons !== 0) return;
      hoverFrame = requestAnimationFrame(() => {
        hoverFrame = 0;
        const hot = clusters.featureAt(e.point) !== null || keysAt(e.point, e.lngLat).length > 0;
        map.getCanvas().style.cursor = hot ? "pointer" : "";
      });
    });

    const removeHook = installMapTestHook(map, {
      isReady: () => loadedRef.current && layer.isUploaded() && selectedLayer.isUploaded(),
      incidents: () => inputsRef.current.incidents,
      markersInWindow: () => (data && range ? countInWindow(data.cols, range) : 0),
      window: () => range,
      dataDrawnAt: () => layer.drawnAt,
      clusters: () => clusters.features(),
      clustersCurrent: () => clusters.isCurrent(),
    });

    return () => {
      removeBasemap();
      cancelAnimationFrame(hoverFrame);
      disconnectTime();
      removeHook();
      clusters.dispose();
      loadedRef.current = false;
      mapRef.current = null;
      applyRef.current = null;
      map.remove();
    };
  }, [container]);

  // State changes: applied to the map without re-creating anything.
  useEffect(() => {
    if (loadedRef.current) applyRef.current?.();
  }, [inputs.incidents, inputs.range, inputs.selectedKey]);

  // App-originated camera moves.
  useEffect(() => {
    const map = mapRef.current;
    const request = inputs.viewRequest;
    if (!map || !request || request.seq === flownSeq.current) return;
    flownSeq.current = request.seq;
    map.flyTo({ center: [request.lon, request.lat], zoom: request.zoom, essential: true, duration: 900 });
  }, [inputs.viewRequest]);
}
