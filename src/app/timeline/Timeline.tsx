import { useMemo, type KeyboardEvent } from "react";
import { useAppStore } from "../store/appStore";
import {
  WINDOW_LENGTHS,
  histogram,
  incidentDays,
  nextIncidentDay,
  previousIncidentDay,
  timeDomain,
  windowRange,
  type WindowLength,
} from "../store/selectors";
import { describeDay, describeRange, formatDay } from "../time/days";
import { Histogram } from "./Histogram";
import { usePlayback } from "./usePlayback";

/** The time slider: selected day, window length, step to previous/next incident day, play/pause. */
export function Timeline() {
  const incidents = useAppStore((s) => s.incidents);
  const day = useAppStore((s) => s.day);
  const windowLength = useAppStore((s) => s.windowLength);
  const playing = useAppStore((s) => s.playing);
  const setDay = useAppStore((s) => s.setDay);
  const setWindowLength = useAppStore((s) => s.setWindowLength);
  const setPlaying = useAppStore((s) => s.setPlaying);
  usePlayback();

  const domain = useMemo(() => timeDomain(incidents), [incidents]);
  const days = incidentDays(incidents);
  const bins = useMemo(() => (domain ? histogram(incidents, domain) : []), [incidents, domain]);
  const range = useMemo(() => windowRange(day, windowLength), [day, windowLength]);

  if (!domain || day === null) {
    return (
      <footer className="timeline" aria-label="Timeline">
        <p className="empty">No dated incidents yet.</p>
      </footer>
    );
  }

  const previous = previousIncidentDay(days, day);
  const next = nextIncidentDay(days, day);
  const step = (target: number | null) => {
    if (target !== null) setDay(target);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowLeft" || e.key === "ArrowDown") {
      e.preventDefault();
      step(previous);
    } else if (e.key === "ArrowRight" || e.key === "ArrowUp") {
      e.preventDefault();
      step(next);
    }
  };
  const windowText =
    windowLength === "all" ? "all dates" : describeRange(Math.max(range.start, domain.start), range.end);

  return (
    <footer className="timeline" aria-label="Timeline">
      <div className="timeline-controls">
        <button
          type="button"
          onClick={() => step(previous)}
          disabled={previous === null}
          aria-label="Previous incident day"
        >
          ◀
        </button>
        <button
          type="button"
          onClick={() => setPlaying(!playing)}
          aria-pressed={playing}
          aria-label={playing ? "Pause" : "Play through incident days"}
        >
          {playing ? "❚❚" : "▶"}
        </button>
        <button
          type="button"
          onClick={() => step(next)}
          disabled={next === null}
          aria-label="Next incident day"
        >
          ▶▶
        </button>
        <output className="timeline-day" htmlFor="timeline-slider" aria-live="polite">
          <strong>{describeDay(day)}</strong>
          <span className="sub">window: {windowText}</span>
        </output>
        <fieldset className="window-choice">
          <legend>Window</legend>
          {WINDOW_LENGTHS.map((w) => (
            <label key={w.value}>
              <input
                type="radio"
                name="window-length"
                value={w.value}
                checked={windowLength === w.value}
                onChange={() => setWindowLength(w.value as WindowLength)}
              />
              <span>{w.label}</span>
            </label>
          ))}
        </fieldset>
      </div>
      <div className="timeline-track">
        <Histogram bins={bins} domain={domain} range={range} />
        <input
          id="timeline-slider"
          type="range"
          min={domain.start}
          max={domain.end}
          step={1}
          value={day}
          aria-label="Selected day (arrow keys: previous or next incident day)"
          aria-valuetext={formatDay(day)}
          onChange={(e) => setDay(Number(e.currentTarget.value))}
          onKeyDown={onKeyDown}
        />
        <div className="timeline-ends" aria-hidden="true">
          <span>{formatDay(domain.start)}</span>
          <span>{formatDay(domain.end)}</span>
        </div>
      </div>
    </footer>
  );
}
