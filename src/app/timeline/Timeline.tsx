import { useEffect, useState, type KeyboardEvent } from "react";
import { useAppStore } from "../store/appStore";
import { selectFilteredIncidents } from "../store/filteredIncidents";
import { useHistogram, useTimeDomain, useVisibleCount, useWindowRange } from "../store/hooks";
import {
  incidentDays,
  lengthOf,
  nextIncidentDay,
  previousIncidentDay,
  windowMode,
  type WindowMode,
} from "../store/selectors";
import type { StackedBin } from "../store/selectorsHistogram";
import { PLAY_SPEEDS } from "../store/timeSlice";
import { formatDay, parseDay } from "../../time/days";
import { Histogram } from "./Histogram";
import { usePlayback } from "./usePlayback";
import { windowText } from "./windowText";

const MODES: readonly { mode: WindowMode; label: string }[] = [
  { mode: "day", label: "Day" },
  { mode: "last", label: "Last days" },
  { mode: "cumulative", label: "Up to day" },
  { mode: "range", label: "Range" },
  { mode: "all", label: "All" },
];

/** Waits this long after the window stops changing before announcing it to screen readers. */
const ANNOUNCE_MS = 600;

/** A click on a bin: a day moves the day (keeping the mode); a week or month becomes the range. */
function onPickBin(bin: StackedBin): void {
  const { windowLength, setDay, setWindow } = useAppStore.getState();
  const current = windowMode(windowLength).mode;
  if (bin.start === bin.end && current !== "range" && current !== "all") setDay(bin.end);
  else setWindow(bin.end, lengthOf("range", bin.end - bin.start + 1));
}

/** A brushed range becomes the window. */
function onBrush(start: number, end: number): void {
  useAppStore.getState().setWindow(end, lengthOf("range", end - start + 1));
}

/** The timeline: histogram (click, brush), slider, window mode, play / pause with speed and loop. */
export function Timeline() {
  const day = useAppStore((s) => s.day);
  const windowLength = useAppStore((s) => s.windowLength);
  const playing = useAppStore((s) => s.playing);
  const playSpeed = useAppStore((s) => s.playSpeed);
  const playLoop = useAppStore((s) => s.playLoop);
  const filtered = useAppStore(selectFilteredIncidents);
  const { setDay, setWindow, setWindowLength, setPlaying, setPlaySpeed, setPlayLoop } =
    useAppStore.getState();
  const domain = useTimeDomain();
  const histogram = useHistogram();
  const range = useWindowRange();
  const visibleCount = useVisibleCount();
  usePlayback();

  const { mode, days: modeDays } = windowMode(windowLength);
  const [lastDays, setLastDays] = useState(mode === "last" ? modeDays : 7);
  const text = day !== null && domain ? windowText(day, windowLength, range, domain) : "";
  const announcement = useDebounced(
    playing ? "" : `Time window: ${text}. ${visibleCount} incidents.`,
    ANNOUNCE_MS,
  );

  if (!domain || day === null || !histogram) {
    return (
      <footer className="timeline" id="timeline" tabIndex={-1} aria-label="Timeline">
        <p className="empty">No dated incidents yet.</p>
      </footer>
    );
  }

  const incidentDayList = incidentDays(filtered);
  const previous = previousIncidentDay(incidentDayList, day);
  const next = nextIncidentDay(incidentDayList, day);
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
  const chooseMode = (m: WindowMode) => {
    if (m === "range") setWindowLength(lengthOf("range", Math.min(day - domain.start + 1, 30)));
    else setWindowLength(lengthOf(m, lastDays));
  };
  const setRangeEnds = (from: number | null, to: number | null) => {
    const start = from ?? range.start;
    const end = to ?? range.end;
    if (end >= start) setWindow(end, lengthOf("range", end - start + 1));
  };

  return (
    <footer className="timeline" id="timeline" tabIndex={-1} aria-label="Timeline">
      <div className="timeline-controls">
        <div className="play-controls">
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
            className="play"
            onClick={() => setPlaying(!playing)}
            aria-label={playing ? "Pause" : "Play"}
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
          <label className="inline">
            Speed
            <select value={playSpeed} onChange={(e) => setPlaySpeed(Number(e.currentTarget.value))}>
              {PLAY_SPEEDS.map((s) => (
                <option key={s} value={s}>
                  {s} day{s === 1 ? "" : "s"}/s
                </option>
              ))}
            </select>
          </label>
          <label className="inline">
            <input
              type="checkbox"
              checked={playLoop}
              onChange={(e) => setPlayLoop(e.currentTarget.checked)}
            />
            Loop
          </label>
        </div>
        <output className="timeline-day" htmlFor="timeline-slider">
          <strong>{text}</strong>
          <span className="sub">
            {visibleCount} incident{visibleCount === 1 ? "" : "s"} in the window
          </span>
        </output>
        <fieldset className="window-choice">
          <legend>Window</legend>
          {MODES.map((m) => (
            <label key={m.mode}>
              <input
                type="radio"
                name="window-mode"
                value={m.mode}
                checked={mode === m.mode}
                onChange={() => chooseMode(m.mode)}
              />
              <span>{m.label}</span>
            </label>
          ))}
        </fieldset>
        {mode === "last" ? (
          <label className="inline">
            Days
            <input
              type="number"
              className="days-input"
              min={1}
              max={3650}
              value={lastDays}
              onChange={(e) => {
                const n = Number(e.currentTarget.value);
                setLastDays(n);
                if (n >= 1) setWindowLength(lengthOf("last", n));
              }}
            />
          </label>
        ) : null}
        {mode === "range" ? (
          <span className="range-inputs">
            <label className="inline">
              From
              <input
                type="date"
                value={formatDay(range.start)}
                min={formatDay(domain.start)}
                max={formatDay(range.end)}
                onChange={(e) => setRangeEnds(parseDay(e.currentTarget.value), null)}
              />
            </label>
            <label className="inline">
              To
              <input
                type="date"
                value={formatDay(range.end)}
                min={formatDay(range.start)}
                max={formatDay(domain.end)}
                onChange={(e) => setRangeEnds(null, parseDay(e.currentTarget.value))}
              />
            </label>
          </span>
        ) : null}
      </div>
      <div className="timeline-track">
        <Histogram
          histogram={histogram}
          domain={domain}
          range={range}
          onPickBin={onPickBin}
          onBrush={onBrush}
        />
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
      </div>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="window-announcer">
        {announcement}
      </p>
    </footer>
  );
}

/** `value`, once it has stayed the same for `ms`. */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const t = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(t);
  }, [value, ms]);
  return settled;
}
