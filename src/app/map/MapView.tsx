import { useCallback, useMemo, useRef, useState } from "react";
import "maplibre-gl/dist/maplibre-gl.css";
import { useAppStore } from "../store/appStore";
import { selectFilteredIncidents } from "../store/filteredIncidents";
import { windowRange } from "../store/selectors";
import { ClusterList } from "./clusters/ClusterList";
import { Spider } from "./clusters/Spider";
import { MarkerChooser } from "./MarkerChooser";
import {
  useConflictMap,
  type ClusterList as ClusterListData,
  type Spider as SpiderData,
} from "./useConflictMap";

/** The map area: the MapLibre canvas, the chooser for overlapping markers, a cluster's list, a spread stack. */
export function MapView() {
  const container = useRef<HTMLDivElement>(null);
  const incidents = useAppStore(selectFilteredIncidents);
  const day = useAppStore((s) => s.day);
  const windowLength = useAppStore((s) => s.windowLength);
  const selectedKey = useAppStore((s) => s.selectedKey);
  const viewRequest = useAppStore((s) => s.viewRequest);
  const placing = useAppStore((s) => s.placingKey !== null);
  const sets = useAppStore((s) => s.sets);
  const select = useAppStore((s) => s.select);
  const chooseAndFly = useAppStore((s) => s.chooseAndFly);
  const requestView = useAppStore((s) => s.requestView);
  const openChooser = useAppStore((s) => s.openChooser);
  const closeChooser = useAppStore((s) => s.closeChooser);
  const reportViewFromMap = useAppStore((s) => s.reportViewFromMap);
  const [clusterList, setClusterList] = useState<ClusterListData | null>(null);
  const [spider, setSpider] = useState<SpiderData | null>(null);

  const range = useMemo(() => windowRange(day, windowLength), [day, windowLength]);

  const closeOverlays = useCallback(() => {
    closeChooser();
    setClusterList(null);
    setSpider(null);
  }, [closeChooser]);

  const onPick = useCallback(
    // While an incident is being placed by hand, a click on the map is its new point, not a pick.
    (keys: string[], x: number, y: number, lngLat: { lon: number; lat: number }) => {
      const state = useAppStore.getState();
      if (state.placingKey !== null) {
        state.placeSelectedAt(lngLat.lon, lngLat.lat);
        return;
      }
      setClusterList(null);
      setSpider(null);
      const [first] = keys;
      if (first === undefined) closeChooser();
      else if (keys.length === 1) select(first);
      else openChooser({ keys, x, y });
    },
    [select, openChooser, closeChooser],
  );

  const onCluster = useCallback(
    (list: ClusterListData) => {
      closeChooser();
      setSpider(null);
      setClusterList(list);
    },
    [closeChooser],
  );

  const onSpider = useCallback(
    (next: SpiderData) => {
      closeChooser();
      setClusterList(null);
      setSpider(next);
    },
    [closeChooser],
  );

  useConflictMap(
    container,
    { incidents, range, selectedKey, viewRequest, placing, sets },
    { onPick, onView: reportViewFromMap, onMoveStart: closeOverlays, onCluster, onSpider },
  );

  return (
    <div className="map-area">
      <div
        ref={container}
        className="map-canvas"
        role="region"
        aria-label="Map of incidents. Drag to pan, scroll to zoom; the incident list gives the same incidents by keyboard."
      />
      <MarkerChooser />
      {clusterList && (
        <ClusterList
          list={clusterList}
          onOpen={(key) => {
            setClusterList(null);
            chooseAndFly(key);
          }}
          onZoomIn={() => {
            const { lon, lat, expansionZoom } = clusterList;
            setClusterList(null);
            if (expansionZoom !== null) requestView({ lon, lat, zoom: expansionZoom });
          }}
          onClose={() => setClusterList(null)}
        />
      )}
      {spider && (
        <Spider spider={spider} selectedKey={selectedKey} onOpen={select} onClose={() => setSpider(null)} />
      )}
    </div>
  );
}
