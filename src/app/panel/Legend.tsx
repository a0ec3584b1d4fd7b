import { EVENT_TYPES } from "../model/eventTypes";
import { REGION_RADIUS_M } from "../map/markerStyle";

/** What colours, sizes and shapes of markers mean (the shapes are those of map/markerStyle.ts). */
export function Legend() {
  return (
    <details className="panel-section legend">
      <summary>Legend</summary>
      <ul className="legend-types">
        {EVENT_TYPES.map((e) => (
          <li key={e.type}>
            <span className="swatch" style={{ background: e.color }} aria-hidden="true" /> {e.label}
          </li>
        ))}
      </ul>
      <ul className="legend-shapes" aria-label="Place precision and counts">
        <li>
          <span className="shape exact" aria-hidden="true" /> exact place
        </li>
        <li>
          <span className="shape dot" aria-hidden="true" /> city or town
        </li>
        <li>
          <span className="shape ring" aria-hidden="true" /> near a place
        </li>
        <li>
          <span className="shape area" aria-hidden="true" /> somewhere in a region (dashed area, about{" "}
          {REGION_RADIUS_M / 1000} km around its centre)
        </li>
        <li>
          <span className="shape halo" aria-hidden="true" /> whole country (country shaded)
        </li>
        <li>
          <span className="shape cluster" aria-hidden="true">
            12
          </span>{" "}
          a cluster of nearby incidents: click to list them or zoom in
        </li>
        <li>
          <span className="shape badge" aria-hidden="true">
            3
          </span>{" "}
          several incidents at one point: click to list them (zoomed in: to spread them apart)
        </li>
        <li>Larger markers: more people killed or wounded.</li>
      </ul>
    </details>
  );
}
