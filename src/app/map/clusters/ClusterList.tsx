import { useLayoutEffect, useRef } from "react";
import type { ClusterList as ClusterListData } from "../useConflictMap";
import { IncidentPicker } from "../IncidentPicker";

interface Props {
  list: ClusterListData;
  onOpen: (key: string) => void;
  onZoomIn: () => void;
  onClose: () => void;
}

/**
 * The incidents of a clicked cluster (or of a big stack): a panel beside the bubble, a sheet at the
 * bottom of the map on a phone (app.css), each incident a button that opens its details; "Zoom in"
 * splits the cluster.
 */
export function ClusterList({ list, onOpen, onZoomIn, onClose }: Props) {
  const panel = useRef<HTMLDivElement>(null);
  // Kept inside the map: beside the bubble when it fits, moved in from the edges when not (on a
  // phone, app.css makes it a sheet at the bottom instead).
  useLayoutEffect(() => {
    const el = panel.current;
    const area = el?.parentElement;
    if (!el || !area) return;
    const margin = 8;
    const w = el.offsetWidth;
    const h = el.offsetHeight;
    const left = Math.max(margin - 12, Math.min(list.x, area.clientWidth - w - 12 - margin));
    const top = Math.max(h / 2 + margin, Math.min(list.y, area.clientHeight - h / 2 - margin));
    el.style.left = `${left}px`;
    el.style.top = `${top}px`;
  }, [list]);

  // Named like the chooser ("N incidents here"): it is one too, for a whole cluster.
  const title =
    list.kind === "cluster" ? `${list.total} incidents here, in a cluster` : `${list.total} incidents here`;
  const shown = list.incidents.length;
  return (
    <IncidentPicker
      panelRef={panel}
      className="cluster-list"
      title={title}
      listLabel="Incidents in the cluster"
      incidents={list.incidents}
      x={list.x}
      y={list.y}
      onOpen={onOpen}
      onClose={onClose}
      before={
        list.expansionZoom !== null && (
          <button type="button" className="small cluster-zoom" onClick={onZoomIn}>
            Zoom in
          </button>
        )
      }
      after={
        shown < list.total && (
          <p className="cluster-more">
            The first {shown} of {list.total} in time order; zoom in for the rest.
          </p>
        )
      }
    />
  );
}
