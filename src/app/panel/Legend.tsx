import { EVENT_TYPES } from "../model/eventTypes";

/** What colours, sizes and shapes of markers mean. */
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
      <ul className="legend-shapes">
        <li>
          <span className="shape dot" aria-hidden="true" /> city or exact place
        </li>
        <li>
          <span className="shape ring" aria-hidden="true" /> near a place
        </li>
        <li>
          <span className="shape halo" aria-hidden="true" /> whole country (country shaded)
        </li>
        <li>Larger markers: more people killed or wounded.</li>
      </ul>
    </details>
  );
}
