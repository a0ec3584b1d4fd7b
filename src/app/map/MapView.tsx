import { useCallback, useMemo, useRef } from "react";
import "maplibre-gl/dist/maplibre-gl.css";
import { useAppStore } from "../store/appStore";
import { selectFilteredIncidents } from "../store/filteredIncidents";
import { windowRange } from "../store/selectors";
import { MarkerChooser } from "./MarkerChooser";
import { useConflictMap } from "./useConflictMap";

/** The map area: the MapLibre canvas plus the chooser for overlapping markers. */
export function MapView() {
  const container = useRef<HTMLDivElement>(null);
  const incidents = useAppStore(selectFilteredIncidents);
  const day = useAppStore((s) => s.day);
  const windowLength = useAppStore((s) => s.windowLength);
  const selectedKey = useAppStore((s) => s.selectedKey);
  const viewRequest = useAppStore((s) => s.viewRequest);
  const select = useAppStore((s) => s.select);
  const openChooser = useAppStore((s) => s.openChooser);
  const closeChooser = useAppStore((s) => s.closeChooser);
  const reportViewFromMap = useAppStore((s) => s.reportViewFromMap);

  const range = useMemo(() => windowRange(day, windowLength), [day, windowLength]);

  const onPick = useCallback(
    // The clicked point (4th argument) is for placing an incident by clicking; not used here.
    (keys: string[], x: number, y: number) => {
      const [first] = keys;
      if (first === undefined) closeChooser();
      else if (keys.length === 1) select(first);
      else openChooser({ keys, x, y });
    },
    [select, openChooser, closeChooser],
  );

  useConflictMap(
    container,
    { incidents, range, selectedKey, viewRequest },
    { onPick, onView: reportViewFromMap, onMoveStart: closeChooser },
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
    </div>
  );
}
