import { useId, useState } from "react";
import type { ArticleResult, EventType, PlacePrecision } from "../../pipeline/contract";
import { EVENT_TYPES, eventLabel } from "../model/eventTypes";
import { useAppStore } from "../store/appStore";
import { correctionsOfEvent, describeChange, type CorrectedEvent } from "../../workbench/corrections";
import { useSaving } from "./SavingState";

function precisionOf(featureCode: string | undefined): PlacePrecision {
  if (!featureCode) return "city";
  if (featureCode.startsWith("PCL")) return "country";
  if (featureCode.startsWith("ADM")) return "region";
  return "city";
}

/**
 * The user's corrections of one report: another candidate for its place, a point on the map, its date,
 * type or casualties, or "not an incident"; each listed with an Undo.
 */
export function CorrectionsEditor({
  reportKey,
  article,
  event,
}: {
  reportKey: string;
  article: ArticleResult;
  event: CorrectedEvent;
}) {
  const saving = useSaving();
  const correct = useAppStore((s) => s.correct);
  const undoCorrection = useAppStore((s) => s.undoCorrection);
  const corrections = useAppStore((s) => s.corrections);
  const placingKey = useAppStore((s) => s.placingKey);
  const startPlacing = useAppStore((s) => s.startPlacing);
  const cancelPlacing = useAppStore((s) => s.cancelPlacing);
  const figure = (n: number | null) => (n === null ? "" : String(n));
  const [date, setDate] = useState(event.dateStart);
  const [killed, setKilled] = useState(figure(event.killed));
  const [wounded, setWounded] = useState(figure(event.wounded));
  // The fields follow the event when a correction (or its undo) changes it, without remounting the
  // editor: a remount would drop the keyboard focus from the button just pressed.
  const shown = `${event.dateStart}|${event.killed}|${event.wounded}`;
  const [synced, setSynced] = useState(shown);
  if (synced !== shown) {
    setSynced(shown);
    setDate(event.dateStart);
    setKilled(figure(event.killed));
    setWounded(figure(event.wounded));
  }
  const id = useId();
  const original = article.events.find((e) => e.id === event.id);
  const toponym = original && original.toponym !== null ? article.toponyms[original.toponym] : undefined;
  const mine = correctionsOfEvent(article, event.id, corrections);
  const asNumber = (s: string) => (s.trim() === "" ? null : Math.max(0, Math.round(Number(s))));

  return (
    <section className="corrections" aria-label="Correct this incident">
      <h3>Correct</h3>
      {toponym && toponym.alternatives.length > 0 ? (
        <div className="alternatives">
          <p>“{toponym.text}” could also mean:</p>
          <ul>
            {toponym.alternatives.map((a, i) => (
              <li key={i}>
                <button
                  type="button"
                  className="secondary small"
                  onClick={() =>
                    correct(reportKey, {
                      kind: "place",
                      placeName: a.name,
                      countryCode: a.countryCode,
                      geonameId: a.geonameId,
                      lat: a.lat,
                      lon: a.lon,
                      precision: precisionOf(a.featureCode),
                      via: "alternative",
                    })
                  }
                >
                  <bdi>{a.name}</bdi>
                  {a.countryCode ? ` (${a.countryCode})` : ""}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {placingKey === reportKey ? (
        <p className="placing" role="status">
          Click the map where it happened.{" "}
          <button type="button" className="secondary small" onClick={cancelPlacing}>
            Cancel placing
          </button>
        </p>
      ) : (
        <button type="button" className="secondary small" onClick={() => startPlacing(reportKey)}>
          Place on map
        </button>
      )}
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (date)
            correct(reportKey, { kind: "date", dateStart: date, dateEnd: date, datePrecision: "day" });
        }}
      >
        <label htmlFor={`${id}-date`}>Date of the incident</label>
        <input id={`${id}-date`} type="date" value={date} onChange={(e) => setDate(e.currentTarget.value)} />
        <button type="submit" className="small">
          Set date
        </button>
      </form>
      <label htmlFor={`${id}-type`}>Type</label>
      <select
        id={`${id}-type`}
        value={event.type}
        onChange={(e) => correct(reportKey, { kind: "type", type: e.currentTarget.value as EventType })}
      >
        {EVENT_TYPES.map((t) => (
          <option key={t.type} value={t.type}>
            {t.label}
          </option>
        ))}
      </select>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          correct(reportKey, { kind: "casualties", killed: asNumber(killed), wounded: asNumber(wounded) });
        }}
      >
        <label htmlFor={`${id}-killed`}>Killed</label>
        <input
          id={`${id}-killed`}
          type="number"
          min={0}
          value={killed}
          onChange={(e) => setKilled(e.currentTarget.value)}
        />
        <label htmlFor={`${id}-wounded`}>Wounded</label>
        <input
          id={`${id}-wounded`}
          type="number"
          min={0}
          value={wounded}
          onChange={(e) => setWounded(e.currentTarget.value)}
        />
        <button type="submit" className="small">
          Set casualties
        </button>
      </form>
      <button
        type="button"
        className="secondary small"
        onClick={() => correct(reportKey, { kind: "notIncident" })}
      >
        Not an incident
      </button>
      {mine.length > 0 ? (
        <ul className="correction-list" aria-label="Your corrections">
          {mine.map((c) => (
            <li key={c.id}>
              {describeChange(c.change)}{" "}
              <button
                type="button"
                className="secondary small"
                onClick={() => undoCorrection(c.id)}
                aria-label={`Undo: ${describeChange(c.change)}`}
              >
                Undo
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="sub">Type now: {eventLabel(event.type)}</p>
      {saving ? (
        <p className="sub saving-note" aria-live="polite">
          Saving…
        </p>
      ) : null}
    </section>
  );
}
