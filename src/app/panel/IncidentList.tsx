import { useMemo, useState } from "react";
import { useAppStore } from "../store/appStore";
import { incidentsInWindow, windowRange } from "../store/selectors";
import { IncidentSummary } from "./IncidentSummary";

/** Items rendered at first; more on request, so that a wide window over many incidents stays fast. */
const PAGE = 200;

/** The incidents of the current time window, in time order. Choosing one flies there and opens it. */
export function IncidentList() {
  const incidents = useAppStore((s) => s.incidents);
  const day = useAppStore((s) => s.day);
  const windowLength = useAppStore((s) => s.windowLength);
  const selectedKey = useAppStore((s) => s.selectedKey);
  const chooseAndFly = useAppStore((s) => s.chooseAndFly);
  const [limit, setLimit] = useState(PAGE);
  const visible = useMemo(
    () => incidentsInWindow(incidents, windowRange(day, windowLength)),
    [incidents, day, windowLength],
  );

  return (
    <section className="panel-section incident-list" aria-labelledby="incident-list-heading">
      <h2 id="incident-list-heading">
        Incidents <span className="count">{visible.length} in window</span>
      </h2>
      {visible.length === 0 ? (
        <p className="empty" role="status">
          {incidents.length === 0 ? "No incidents loaded yet." : "No incidents in this time window."}
        </p>
      ) : null}
      <ul role="list" aria-label="Incidents">
        {visible.slice(0, limit).map((inc) => (
          <li key={inc.key} data-key={inc.key}>
            <button
              type="button"
              className={inc.key === selectedKey ? "selected" : undefined}
              aria-current={inc.key === selectedKey ? "true" : undefined}
              onClick={() => chooseAndFly(inc.key)}
            >
              <IncidentSummary incident={inc} />
            </button>
          </li>
        ))}
      </ul>
      {visible.length > limit ? (
        <button type="button" className="secondary small more" onClick={() => setLimit(limit + PAGE)}>
          Show {Math.min(PAGE, visible.length - limit)} more of {visible.length - limit} not shown
        </button>
      ) : null}
    </section>
  );
}
