import { useEffect, useRef } from "react";
import { useAppStore } from "../store/appStore";
import { IncidentSummary } from "../panel/IncidentSummary";

/** When a click hits several incidents at once, lets the user pick one. */
export function MarkerChooser() {
  const chooser = useAppStore((s) => s.chooser);
  const incidents = useAppStore((s) => s.incidents);
  const select = useAppStore((s) => s.select);
  const closeChooser = useAppStore((s) => s.closeChooser);
  const first = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (chooser) first.current?.focus();
  }, [chooser]);

  if (!chooser) return null;
  // One pass, no index of every incident (a million of them would cost more than the scan).
  const wanted = new Set(chooser.keys);
  const items = incidents.filter((i) => wanted.has(i.key));

  return (
    <div
      className="chooser"
      role="group"
      aria-label={`${items.length} incidents here`}
      style={{ left: chooser.x, top: chooser.y }}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          closeChooser();
        }
      }}
    >
      <div className="chooser-head">
        <span>{items.length} incidents here</span>
        <button type="button" className="icon-button" aria-label="Close" onClick={closeChooser}>
          ×
        </button>
      </div>
      <ul>
        {items.map((inc, i) => (
          <li key={inc.key}>
            <button type="button" ref={i === 0 ? first : undefined} onClick={() => select(inc.key)}>
              <IncidentSummary incident={inc} />
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
