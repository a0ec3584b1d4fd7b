import type { Incident } from "../model/incident";
import { eventColor, eventLabel } from "../model/eventTypes";
import { describeRange } from "../../time/days";

/** One line about an incident: type swatch, type, place, date, casualties. Used in the list and the chooser. */
export function IncidentSummary({ incident }: { incident: Incident }) {
  const { event } = incident;
  const precision =
    event.precision === "near" ? " (near)" : event.precision === "country" ? " (country)" : "";
  return (
    <span className="summary">
      <span className="swatch" style={{ background: eventColor(event.type) }} aria-hidden="true" />
      <span className="summary-text">
        <span className="summary-title">
          {eventLabel(event.type)} — <bdi>{event.placeName}</bdi>
          {precision}
        </span>
        <span className="summary-meta">
          {describeRange(incident.t0, incident.t1)}
          {incident.casualties > 0 ? ` · ${event.killed ?? 0} killed` : ""}
        </span>
      </span>
    </span>
  );
}
