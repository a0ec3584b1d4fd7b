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
  type DayRange,
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

/**
 * The timeline: histogram (click, brush), slider, window mode, play / pause with speed and loop.
 * Split into parts that each subscribe to what they show, so that a slider step re-renders only the
 * day's readout, the slider, the step buttons, the histogram's window shade and the announcer; the
 * mode choice, speed, loop and the histogram's bars render again only when they change.
 */
export function Timeline() {
  const hasDay = useAppStore((s) => s.day !== null);
  const domain = useTimeDomain();
  const histogram = useHistogram();
  usePlayback();

  if (!domain || !hasDay || !histogram) {
    return (
      <footer className="timeline" id="timeline" tabIndex={-1} aria-label="Timeline">
        <p className="empty">No dated incidents yet.</p>
      </footer>
    );
  }

  return (
    <footer className="timeline" id="timeline" tabIndex={-1} aria-label="Timeline">
      <div className="timeline-controls">
        <div className="play-controls">
          <StepButton direction="previous" />
          <PlayButton />
          <StepButton direction="next" />
          <SpeedAndLoop />
        </div>
        <DayReadout domain={domain} />
        <WindowChoice domain={domain} />
      </div>
      <div className="timeline-track">
        <Histogram histogram={histogram} domain={domain} onPickBin={onPickBin} onBrush={onBrush} />
        <DaySlider domain={domain} />
      </div>
      <Announcer domain={domain} />
    </footer>
  );
}

/** The incident day before or after the selected one (after the filters), or null. */
function useStepTarget(direction: "previous" | "next"): number | null {
  return useAppStore((s) => {
    if (s.day === null) return null;
    const days = incidentDays(selectFilteredIncidents(s));
    return direction === "previous" ? previousIncidentDay(days, s.day) : nextIncidentDay(days, s.day);
  });
}

function StepButton({ direction }: { direction: "previous" | "next" }) {
  const target = useStepTarget(direction);
  return (
    <button
      type="button"
      onClick={() => {
        if (target !== null) useAppStore.getState().setDay(target);
      }}
      disabled={target === null}
      aria-label={direction === "previous" ? "Previous incident day" : "Next incident day"}
    >
      {direction === "previous" ? "◀" : "▶▶"}
    </button>
  );
}

function PlayButton() {
  const playing = useAppStore((s) => s.playing);
  return (
    <button
      type="button"
      className="play"
      onClick={() => useAppStore.getState().setPlaying(!playing)}
      aria-label={playing ? "Pause" : "Play"}
    >
      {playing ? "❚❚" : "▶"}
    </button>
  );
}

function SpeedAndLoop() {
  const playSpeed = useAppStore((s) => s.playSpeed);
  const playLoop = useAppStore((s) => s.playLoop);
  const { setPlaySpeed, setPlayLoop } = useAppStore.getState();
  return (
    <>
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
        <input type="checkbox" checked={playLoop} onChange={(e) => setPlayLoop(e.currentTarget.checked)} />
        Loop
      </label>
    </>
  );
}

/** The window in words and how many incidents it shows. */
function DayReadout({ domain }: { domain: DayRange }) {
  const text = useWindowText(domain);
  const visibleCount = useVisibleCount();
  return (
    <output className="timeline-day" htmlFor="timeline-slider">
      <strong>{text}</strong>
      <span className="sub">
        {visibleCount} incident{visibleCount === 1 ? "" : "s"} in the window
      </span>
    </output>
  );
}

function useWindowText(domain: DayRange): string {
  const day = useAppStore((s) => s.day);
  const windowLength = useAppStore((s) => s.windowLength);
  const range = useWindowRange();
  return day !== null ? windowText(day, windowLength, range, domain) : "";
}

/** Window mode, the number of days of "last N days", the ends of a range. */
function WindowChoice({ domain }: { domain: DayRange }) {
  const windowLength = useAppStore((s) => s.windowLength);
  const { mode, days: modeDays } = windowMode(windowLength);
  const [lastDays, setLastDays] = useState(mode === "last" ? modeDays : 7);
  const { setWindowLength } = useAppStore.getState();
  const chooseMode = (m: WindowMode) => {
    const day = useAppStore.getState().day ?? domain.end;
    if (m === "range") setWindowLength(lengthOf("range", Math.min(day - domain.start + 1, 30)));
    else setWindowLength(lengthOf(m, lastDays));
  };
  return (
    <>
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
      {mode === "range" ? <RangeInputs domain={domain} /> : null}
    </>
  );
}

function RangeInputs({ domain }: { domain: DayRange }) {
  const range = useWindowRange();
  const setRangeEnds = (from: number | null, to: number | null) => {
    const start = from ?? range.start;
    const end = to ?? range.end;
    if (end >= start) useAppStore.getState().setWindow(end, lengthOf("range", end - start + 1));
  };
  return (
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
  );
}

function DaySlider({ domain }: { domain: DayRange }) {
  const day = useAppStore((s) => s.day) ?? domain.end;
  const previous = useStepTarget("previous");
  const next = useStepTarget("next");
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const target =
      e.key === "ArrowLeft" || e.key === "ArrowDown"
        ? previous
        : e.key === "ArrowRight" || e.key === "ArrowUp"
          ? next
          : undefined;
    if (target === undefined) return;
    e.preventDefault();
    if (target !== null) useAppStore.getState().setDay(target);
  };
  return (
    <input
      id="timeline-slider"
      type="range"
      min={domain.start}
      max={domain.end}
      step={1}
      value={day}
      aria-label="Selected day (arrow keys: previous or next incident day)"
      aria-valuetext={formatDay(day)}
      onChange={(e) => useAppStore.getState().setDay(Number(e.currentTarget.value))}
      onKeyDown={onKeyDown}
    />
  );
}

/** The window and its count for screen readers, once the window has stayed put (never while playing). */
function Announcer({ domain }: { domain: DayRange }) {
  const playing = useAppStore((s) => s.playing);
  const text = useWindowText(domain);
  const visibleCount = useVisibleCount();
  const announcement = useDebounced(
    playing ? "" : `Time window: ${text}. ${visibleCount} incidents.`,
    ANNOUNCE_MS,
  );
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="window-announcer">
      {announcement}
    </p>
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
