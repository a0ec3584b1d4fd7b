/**
 * Keeps the map's clusters in step with the data and the time window, off the slider's hot path:
 * a window change only restarts a timer; once the window has been still for CLUSTER_SETTLE_MS the
 * worker builds the clusters of that window (one build at a time, the latest window wins) and the
 * page gets the per-row zooms for the GPU layer and the few count features for the map.
 */
import type { GeoJSONSource, Map as MlMap, PointLike } from "maplibre-gl";
import type { DayWindow, IncidentColumns } from "../../model/columns";
import type { DrawOrder, IncidentGlLayer } from "../incidentGlLayer";
import type { CountFeature, Members } from "./clusterIndex";
import { ClusterClient } from "./clusterClient";
import type { ViewQuery } from "./clusterMessages";
import {
  CLUSTER_BUBBLE_LAYER,
  CLUSTER_SOURCE,
  STACK_BADGE_LAYER,
  clusterLayers,
  clusterSource,
  countCollection,
  type CountProps,
} from "./clusterLayers";

export const CLUSTER_SETTLE_MS = 200;
const CLUSTER_IDLE_TIMEOUT_MS = 300;

interface Applied {
  build: number;
  cols: IncidentColumns;
  range: DayWindow;
  /** Per buffer row (see DrawOrder). */
  freeZoom: Uint8Array;
  features: CountFeature[];
  /** The view the features are for. */
  view: ViewQuery;
}

export class ClusterController {
  private readonly client = new ClusterClient();
  private cols: IncidentColumns | null = null;
  private order: DrawOrder | null = null;
  /** column row -> buffer row, built on the first pick after a data change. */
  private bufferRowOf: Uint32Array | null = null;
  private range: DayWindow | null = null;
  private applied: Applied | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private idle: number | null = null;
  private building = false;
  private viewing = 0;
  private viewInFlight = false;

  constructor(
    private readonly map: MlMap,
    private readonly layer: IncidentGlLayer,
  ) {}

  /** Adds the source and layers (above the markers; call before adding the selected-incident layer). */
  addLayers(): void {
    this.map.addSource(CLUSTER_SOURCE, clusterSource);
    for (const layer of clusterLayers()) this.map.addLayer(layer);
  }

  /**
   * New columns and their draw order. Resolves to the columns' point index for the hit test
   * (markerHits.ts), built in the cluster worker; null without a draw order or when the worker fails.
   */
  setData(cols: IncidentColumns, order: DrawOrder | null): Promise<ArrayBuffer | null> {
    this.cols = cols;
    this.order = order;
    this.bufferRowOf = null;
    this.applied = null;
    this.setFeatures([]);
    const indexed = order ? this.client.setData(cols, order.rows).catch(() => null) : Promise.resolve(null);
    this.schedule();
    return indexed;
  }

  /** On the slider's hot path: restarts a timer, nothing else. */
  setWindow(range: DayWindow): void {
    this.range = range;
    this.schedule();
  }

  /**
   * The build starts once the window has been still for CLUSTER_SETTLE_MS and the main thread is
   * idle (at most CLUSTER_IDLE_TIMEOUT_MS later), so its setData and repaint stay out of the frames
   * that draw a slider step.
   */
  private schedule(): void {
    this.cancelPending();
    this.timer = setTimeout(() => {
      this.timer = null;
      if (typeof requestIdleCallback !== "function") {
        void this.build();
        return;
      }
      this.idle = requestIdleCallback(
        () => {
          this.idle = null;
          void this.build();
        },
        { timeout: CLUSTER_IDLE_TIMEOUT_MS },
      );
    }, CLUSTER_SETTLE_MS);
  }

  private cancelPending(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    if (this.idle !== null) cancelIdleCallback(this.idle);
    this.timer = null;
    this.idle = null;
  }

  private viewQuery(): ViewQuery {
    const zoom = Math.floor(this.map.getZoom());
    const b = this.map.getBounds();
    const padX = (b.getEast() - b.getWest()) * 0.25;
    const padY = (b.getNorth() - b.getSouth()) * 0.25;
    const west = b.getWest() - padX;
    const east = b.getEast() + padX;
    const south = Math.max(-85.06, b.getSouth() - padY);
    const north = Math.min(85.06, b.getNorth() + padY);
    if (east - west >= 360 || west < -180 || east > 180) return { bbox: [-180, south, 180, north], zoom };
    return { bbox: [west, south, east, north], zoom };
  }

  private async build(): Promise<void> {
    const cols = this.cols;
    const range = this.range;
    if (!cols || !range || !this.order) return;
    if (this.building) return; // the build that ends reschedules if the window moved meanwhile
    this.building = true;
    try {
      const view = this.viewQuery();
      const built = await this.client.build(range, view);
      if (built && cols === this.cols) {
        this.applied = {
          build: built.build,
          cols,
          range,
          freeZoom: built.freeZoom,
          features: built.features,
          view,
        };
        this.layer.setFreeZoom(built.freeZoom);
        this.setFeatures(built.features);
      }
    } catch (err) {
      console.warn("clusters could not be built", err);
    } finally {
      this.building = false;
    }
    if (this.cols !== cols || this.range !== range) this.schedule();
    else this.refreshView();
  }

  /** After a move: the count features of the new view (same build). */
  refreshView(): void {
    const applied = this.applied;
    if (!applied || this.building) return;
    const view = this.viewQuery();
    if (view.zoom === applied.view.zoom && view.bbox.every((v, i) => v === applied.view.bbox[i])) return;
    const ticket = ++this.viewing;
    this.viewInFlight = true;
    this.client
      .view(applied.build, view)
      .then((features) => {
        if (ticket !== this.viewing) return;
        this.viewInFlight = false;
        if (!features || this.applied !== applied) return;
        applied.features = features;
        applied.view = view;
        this.setFeatures(features);
      })
      .catch((err: unknown) => {
        this.viewInFlight = false;
        console.warn("clusters could not be listed", err);
      });
  }

  private setFeatures(features: CountFeature[]): void {
    this.map.getSource<GeoJSONSource>(CLUSTER_SOURCE)?.setData(countCollection(features));
  }

  /** Whether a row is drawn on its own at this zoom (not hidden inside a cluster). */
  isDrawn(row: number, zoom: number): boolean {
    const applied = this.applied;
    if (!applied || !this.order || applied.cols !== this.cols) return true;
    if (!this.bufferRowOf) {
      const rows = this.order.rows;
      const inverse = new Uint32Array(rows.length);
      for (let i = 0; i < rows.length; i++) inverse[rows[i] as number] = i;
      this.bufferRowOf = inverse;
    }
    return (applied.freeZoom[this.bufferRowOf[row] as number] as number) <= Math.floor(zoom);
  }

  /** The cluster bubble or stack badge under a point, if any. */
  featureAt(point: PointLike): (CountProps & { lon: number; lat: number }) | null {
    if (!this.applied) return null;
    const [hit] = this.map.queryRenderedFeatures(point, {
      layers: [CLUSTER_BUBBLE_LAYER, STACK_BADGE_LAYER],
    });
    if (!hit || hit.geometry.type !== "Point") return null;
    const [lon, lat] = hit.geometry.coordinates as [number, number];
    const p = hit.properties as CountProps;
    return { kind: p.kind, id: Number(p.id), n: Number(p.n), label: String(p.label), lon, lat };
  }

  /** A cluster's or stack's incidents (rows, time order, at most `cap`), for the build on screen. */
  async members(kind: CountFeature["kind"], id: number, cap: number): Promise<Members | null> {
    const applied = this.applied;
    if (!applied) return null;
    return this.client.members(applied.build, kind, id, cap);
  }

  /** The cluster drawn for a row hidden inside it (a click where the row is, off its bubble). */
  async containing(row: number, zoom: number): Promise<(CountProps & { lon: number; lat: number }) | null> {
    const applied = this.applied;
    if (!applied) return null;
    const f = await this.client.containing(applied.build, row, zoom);
    return f ? { kind: f.kind, id: f.id, n: f.n, label: "", lon: f.lon, lat: f.lat } : null;
  }

  /** For the test hook: the count features on the map, and whether they are those of the current window. */
  features(): CountFeature[] {
    return this.applied?.features ?? [];
  }

  isCurrent(): boolean {
    const a = this.applied;
    return (
      a !== null &&
      !this.building &&
      !this.viewInFlight &&
      this.timer === null &&
      this.idle === null &&
      a.cols === this.cols &&
      a.range === this.range &&
      a.view.zoom === this.viewQuery().zoom
    );
  }

  dispose(): void {
    this.cancelPending();
    this.client.dispose();
  }
}
