/**
 * Fills the basemap's sources (basemapStyle.ts) in three steps, so that the first visit loads only
 * what its first view needs:
 *   1. once the first frame with the incident markers is drawn (firstFrame.ts; the first view's
 *      budget ends there): the light 1:110m countries and the big cities' labels;
 *   2. once the map is next idle (that set drawn): the 1:50m countries when the zoom is at least
 *      DETAILED_COUNTRIES_ZOOM, and the chunk index;
 *   3. after every move: the chunks (towns by size, admin-1 regions, water) that the view's zoom and
 *      bounds reach and that are not loaded yet (chunks.ts), at most FETCHES_AT_ONCE at a time.
 * It also raises the label layers above the incident markers, which are added before it runs.
 */
import type { GeoJSONSource, Map as MlMap } from "maplibre-gl";
import type { Feature } from "geojson";
import indexUrl from "../../../../data/basemap-index.json?url";
import { whenIncidentsDrawn } from "../../firstFrame";
import { fetchJson, loadCities, loadCountryLayers, COUNTRY_URLS, type CountryLayers } from "../basemapData";
import { LABEL_LAYERS, type BasemapSource } from "../basemapStyle";
import { chunkFeatures, type ChunkFeatures } from "./chunkFeatures";
import { asChunkIndex, chunksToLoad, type BBox, type ChunkIndex, type ChunkRef } from "./chunks";
import { TOWN_TIERS } from "./townTiers";

/** From this zoom the 1:110m outlines are visibly coarse: the 1:50m set replaces them. */
export const DETAILED_COUNTRIES_ZOOM = 2.5;
const FETCHES_AT_ONCE = 4;
/** Longest wait for the markers' first frame before the basemap loads anyway (no data, a slow GPU). */
const MARKERS_WAIT_MS = 3000;

type ChunkSource = keyof ChunkFeatures;

/** What the basemap has loaded, for the map test hook. */
export interface BasemapStatus {
  countries: "none" | "light" | "detailed";
  loaded: string[];
  pending: number;
}

const status: BasemapStatus = { countries: "none", loaded: [], pending: 0 };

export function basemapStatus(): BasemapStatus {
  return { ...status, loaded: [...status.loaded] };
}

function setSource(map: MlMap, id: BasemapSource, data: GeoJSON.GeoJSON): void {
  map.getSource<GeoJSONSource>(id)?.setData(data);
}

function setCountries(map: MlMap, layers: CountryLayers): void {
  setSource(map, "countries", layers.countries);
  setSource(map, "borders", layers.borders);
  setSource(map, "coastlines", layers.coastlines);
  setSource(map, "country-labels", layers.countryLabels);
}

/** The labels above everything added so far (the incident layer among them), in their own order. */
export function raiseLabels(map: MlMap): void {
  for (const id of LABEL_LAYERS) if (map.getLayer(id)) map.moveLayer(id);
}

function viewBox(map: MlMap): BBox {
  const b = map.getBounds();
  return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
}

/**
 * After the first visit the service worker (public/sw.js) keeps what the page fetched; this asks it
 * to keep the basemap for every zoom up to the towns of 20,000 too (villages and detailed water are
 * kept as they are viewed).
 */
function askToCache(index: ChunkIndex): void {
  const sw = typeof navigator === "undefined" ? undefined : navigator.serviceWorker;
  if (!sw) return;
  const villages = TOWN_TIERS[TOWN_TIERS.length - 1]?.id ?? "villages";
  const files = index.chunks
    .filter((c) => !c.file.startsWith(`${villages}-`) && (c.layer !== "water" || c.minzoom === 0))
    .map((c) => new URL(index.base + c.file, window.location.href).href);
  const urls = [
    new URL(indexUrl, window.location.href).href,
    new URL(COUNTRY_URLS.detailed, window.location.href).href,
    ...files,
  ];
  void sw
    .getRegistration()
    .then((registration) => registration?.active?.postMessage({ type: "cache-urls", urls }))
    .catch(() => undefined);
}

export function installBasemap(map: MlMap): () => void {
  let disposed = false;
  let index: ChunkIndex | null = null;
  const loaded = new Set<string>();
  const inFlight = new Set<string>();
  const features: Record<ChunkSource, Feature[]> = {
    towns: [],
    "admin1-lines": [],
    "admin1-labels": [],
    water: [],
  };
  const dirty = new Set<ChunkSource>();
  let flushTimer: ReturnType<typeof setTimeout> | null = null;
  status.countries = "none";
  status.loaded = [];
  status.pending = 0;

  raiseLabels(map);

  const flush = () => {
    flushTimer = null;
    if (disposed) return;
    for (const id of dirty) setSource(map, id, { type: "FeatureCollection", features: features[id] });
    dirty.clear();
  };

  const fetchChunk = async (chunk: ChunkRef, base: string) => {
    inFlight.add(chunk.file);
    status.pending++;
    try {
      const added = chunkFeatures(chunk.layer, await fetchJson(base + chunk.file));
      if (disposed) return;
      for (const [id, list] of Object.entries(added) as [ChunkSource, Feature[]][]) {
        features[id].push(...list);
        dirty.add(id);
      }
      loaded.add(chunk.file);
      status.loaded.push(chunk.file);
      flushTimer ??= setTimeout(flush, 60);
    } catch (err: unknown) {
      // Offline and never cached, or gone: tried again after the next move.
      console.warn("basemap chunk not loaded", chunk.file, err);
    } finally {
      inFlight.delete(chunk.file);
      status.pending--;
    }
  };

  let detailedCountries: Promise<void> | null = null;
  const update = () => {
    if (disposed) return;
    const zoom = map.getZoom();
    if (!detailedCountries && zoom >= DETAILED_COUNTRIES_ZOOM) {
      detailedCountries = loadCountryLayers("detailed")
        .then((layers) => {
          if (disposed) return;
          setCountries(map, layers);
          status.countries = "detailed";
        })
        .catch((err: unknown) => {
          detailedCountries = null;
          console.warn("detailed countries not loaded", err);
        });
    }
    if (!index) return;
    const wanted = chunksToLoad(index, viewBox(map), zoom, loaded).filter((c) => !inFlight.has(c.file));
    const slots = FETCHES_AT_ONCE - inFlight.size;
    const base = index.base;
    for (const chunk of wanted.slice(0, Math.max(0, slots))) {
      void fetchChunk(chunk, base).then(() => {
        if (!disposed && inFlight.size === 0) update();
      });
    }
  };

  const start = () => {
    if (disposed) return;
    update();
    fetchJson(indexUrl)
      .then((json) => {
        if (disposed) return;
        index = asChunkIndex(json);
        askToCache(index);
        update();
      })
      .catch((err: unknown) => console.warn("basemap index not loaded", err));
    map.on("moveend", update);
  };

  whenIncidentsDrawn(MARKERS_WAIT_MS)
    .then(() => (disposed ? null : Promise.all([loadCountryLayers("light"), loadCities()])))
    .then((light) => {
      if (!light) return;
      const [countries, cities] = light;
      if (disposed) return;
      setCountries(map, countries);
      setSource(map, "cities", cities);
      status.countries = "light";
      // The first idle after the light set is drawn.
      map.once("idle", start);
    })
    .catch((err: unknown) => console.warn("basemap could not be loaded", err));

  return () => {
    disposed = true;
    if (flushTimer) clearTimeout(flushTimer);
    map.off("moveend", update);
    map.off("idle", start);
  };
}
