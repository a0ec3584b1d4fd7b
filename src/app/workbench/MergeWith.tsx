import { useId, useMemo, useState } from "react";
import { distanceKm } from "../../gazetteer/distance";
import { eventLabel } from "../model/eventTypes";
import { useAppStore } from "../store/appStore";
import { describeRange } from "../../time/days";
import type { WorkbenchIncident } from "./buildIncidents";

/** How far apart (km, days) two incidents may be to be offered for a merge by hand. */
const NEAR_KM = 150;
const NEAR_DAYS = 14;
const MAX_OFFERED = 12;

/** "Merge with…": the user's own call that two incidents the rules kept apart are one event. */
export function MergeWith({ incident }: { incident: WorkbenchIncident }) {
  const incidents = useAppStore((s) => s.incidents);
  const articles = useAppStore((s) => s.articles);
  const stored = useAppStore((s) => s.stored);
  const mergeIncidents = useAppStore((s) => s.mergeIncidents);
  const [other, setOther] = useState("");
  const id = useId();
  const offered = useMemo(() => {
    if (!stored.has(articles[incident.article]?.id ?? "")) return [];
    return incidents
      .filter(
        (i) =>
          i.key !== incident.key &&
          stored.has(articles[i.article]?.id ?? "") &&
          i.t0 <= incident.t1 + NEAR_DAYS &&
          i.t1 >= incident.t0 - NEAR_DAYS &&
          distanceKm(i.event, incident.event) <= NEAR_KM,
      )
      .slice(0, MAX_OFFERED);
  }, [incidents, articles, stored, incident]);
  if (offered.length === 0) return null;
  return (
    <form
      className="inline-form merge-with"
      onSubmit={(e) => {
        e.preventDefault();
        if (other) mergeIncidents(incident.key, other);
      }}
    >
      <label htmlFor={id}>Same event as</label>
      <select id={id} value={other} onChange={(e) => setOther(e.currentTarget.value)}>
        <option value="">choose an incident nearby…</option>
        {offered.map((i) => (
          <option key={i.key} value={i.key}>
            {eventLabel(i.event.type)} — {i.event.placeName}, {describeRange(i.t0, i.t1)} (
            {articles[i.article]?.title || articles[i.article]?.id})
          </option>
        ))}
      </select>
      <button type="submit" className="small" disabled={!other}>
        Merge
      </button>
    </form>
  );
}
