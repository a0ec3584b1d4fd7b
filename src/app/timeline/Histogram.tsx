import { memo, useRef, useState, type PointerEvent } from "react";
import { EVENT_TYPES } from "../model/eventTypes";
import { useWindowRange } from "../store/hooks";
import type { DayRange } from "../store/selectors";
import { axisTicks, binIndex, type StackedBin, type StackedHistogram } from "../store/selectorsHistogram";
import { describeRange } from "../../time/days";

const HEIGHT = 40;
/** Below this many pixels of pointer travel a press is a click, not a brush. */
const CLICK_PX = 4;
/** Half the hover tip's width, for keeping it on screen. */
const TIP_HALF_WIDTH_PX = 135;

/**
 * Incidents per bin (days, weeks or months) stacked by type, spans hatched on top, with an axis, the
 * window shaded and counts on hover. Clicking a bin or brushing a range calls back; the keyboard
 * equivalents are the slider and the range's date fields next to it, and the counts the hover shows
 * are also a table behind a "Counts per period" disclosure (reachable by Tab, read as a table).
 */
export const Histogram = memo(function Histogram({
  histogram,
  domain,
  onPickBin,
  onBrush,
}: {
  histogram: StackedHistogram;
  domain: DayRange;
  onPickBin: (bin: StackedBin) => void;
  onBrush: (start: number, end: number) => void;
}) {
  const { bins, unit } = histogram;
  const span = domain.end - domain.start + 1;
  const x = (day: number) => ((day - domain.start) / span) * 100;
  const box = useRef<HTMLDivElement>(null);
  const [hover, setHover] = useState<{ bin: StackedBin; left: number } | null>(null);
  const [brush, setBrush] = useState<{ from: number; to: number; px: number } | null>(null);

  const dayAt = (clientX: number): number => {
    const rect = box.current?.getBoundingClientRect();
    if (!rect || rect.width === 0) return domain.start;
    const f = Math.min(1, Math.max(0, (clientX - rect.left) / rect.width));
    return Math.min(domain.end, domain.start + Math.floor(f * span));
  };
  const binAt = (clientX: number) => bins[binIndex(bins, dayAt(clientX))];

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    const d = dayAt(e.clientX);
    setBrush({ from: d, to: d, px: e.clientX });
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const bin = binAt(e.clientX);
    const rect = box.current?.getBoundingClientRect();
    // The tip (at most 18rem wide, centred on the pointer) stays inside the histogram.
    const half = Math.min(rect ? rect.width / 2 : 0, TIP_HALF_WIDTH_PX);
    setHover(
      bin && rect ? { bin, left: Math.min(rect.width - half, Math.max(half, e.clientX - rect.left)) } : null,
    );
    if (brush) setBrush({ ...brush, to: dayAt(e.clientX) });
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    if (!brush) return;
    setBrush(null);
    if (Math.abs(e.clientX - brush.px) < CLICK_PX) {
      const bin = binAt(e.clientX);
      if (bin) onPickBin(bin);
    } else {
      const to = dayAt(e.clientX);
      onBrush(Math.min(brush.from, to), Math.max(brush.from, to));
    }
  };

  const ticks = axisTicks(domain);

  return (
    <div className="histogram-box">
      <div
        ref={box}
        className="histogram-hit"
        data-unit={unit}
        data-incidents={histogram.counted}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => setBrush(null)}
        onPointerLeave={() => setHover(null)}
      >
        <WindowShade domain={domain} />
        <svg
          className="histogram"
          style={{ position: "relative" }}
          viewBox={`0 0 100 ${HEIGHT}`}
          preserveAspectRatio="none"
          aria-hidden="true"
        >
          <defs>
            <pattern id="span-hatch" width="1.2" height="3" patternUnits="userSpaceOnUse">
              <rect width="1.2" height="3" className="span-bg" />
              <line x1="0" y1="3" x2="1.2" y2="0" className="span-line" />
            </pattern>
          </defs>
          <Bars histogram={histogram} domain={domain} />
          {brush && brush.to !== brush.from ? (
            <rect
              className="histogram-brush"
              x={x(Math.min(brush.from, brush.to))}
              y={0}
              width={x(Math.max(brush.from, brush.to) + 1) - x(Math.min(brush.from, brush.to))}
              height={HEIGHT}
            />
          ) : null}
        </svg>
        {hover ? (
          <div className="histogram-tip" role="presentation" style={{ left: hover.left }}>
            <BinCounts bin={hover.bin} />
          </div>
        ) : null}
      </div>
      <div className="histogram-axis" aria-hidden="true">
        {ticks.map((t) => (
          <span key={t.day} className={x(t.day) > 88 ? "end" : undefined} style={{ left: `${x(t.day)}%` }}>
            {t.label}
          </span>
        ))}
      </div>
      <BinTable histogram={histogram} />
    </div>
  );
});

/**
 * The time window shaded over the bars: the only part of the histogram a slider step re-renders. A
 * composited layer moved by a transform: a step repaints neither it nor the bars.
 */
function WindowShade({ domain }: { domain: DayRange }) {
  const range = useWindowRange();
  const span = domain.end - domain.start + 1;
  const x = (day: number) => ((day - domain.start) / span) * 100;
  const windowStart = Math.max(domain.start, range.start);
  const windowEnd = Math.min(domain.end, range.end);
  if (windowEnd < windowStart) return null;
  return (
    <div
      className="histogram-window"
      aria-hidden="true"
      style={{
        position: "absolute",
        inset: 0,
        background: "var(--window)",
        pointerEvents: "none",
        transformOrigin: "0 0",
        willChange: "transform",
        transform: `translateX(${x(windowStart)}%) scaleX(${(x(windowEnd + 1) - x(windowStart)) / 100})`,
      }}
    />
  );
}

/**
 * Every non-empty bin's counts as a table, built once per histogram (never on a slider step) and
 * only while the disclosure is open (a closed one adds no rows to the page).
 */
const BinTable = memo(function BinTable({ histogram }: { histogram: StackedHistogram }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="histogram-counts" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Counts per period</summary>
      {open ? <CountsTable histogram={histogram} /> : null}
    </details>
  );
});

function CountsTable({ histogram }: { histogram: StackedHistogram }) {
  const shown = histogram.bins.filter((b) => b.total > 0);
  const types = EVENT_TYPES.map((e, i) => ({ ...e, i })).filter((e) =>
    shown.some((b) => (b.byType[e.i] ?? 0) > 0),
  );
  const spans = shown.some((b) => b.spans > 0);
  return (
    <div
      className="histogram-counts-scroll"
      tabIndex={0}
      role="region"
      aria-label="Counts per period"
      style={{ maxHeight: "10rem", overflow: "auto", fontSize: "0.8rem" }}
    >
      <table style={{ width: "100%", tableLayout: "fixed", overflowWrap: "anywhere" }}>
        <caption className="visually-hidden">Incidents per {histogram.unit}, by type</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">Incidents</th>
            {types.map((t) => (
              <th scope="col" key={t.type}>
                {t.label}
              </th>
            ))}
            {spans ? <th scope="col">Dated to a span</th> : null}
          </tr>
        </thead>
        <tbody>
          {shown.map((b) => (
            <tr key={b.start}>
              <th scope="row">{describeRange(b.start, b.end)}</th>
              <td>{b.total}</td>
              {types.map((t) => (
                <td key={t.type}>{b.byType[t.i] ?? 0}</td>
              ))}
              {spans ? <td>{b.spans}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The bars depend on the histogram and the domain only, so a slider step re-renders none of them. */
const Bars = memo(function Bars({ histogram, domain }: { histogram: StackedHistogram; domain: DayRange }) {
  const span = domain.end - domain.start + 1;
  const x = (day: number) => ((day - domain.start) / span) * 100;
  return (
    <>
      {histogram.bins.map((b) =>
        b.total === 0 ? null : <Stack key={b.start} bin={b} max={histogram.max} x={x} />,
      )}
    </>
  );
});

function Stack({ bin, max, x }: { bin: StackedBin; max: number; x: (day: number) => number }) {
  const left = x(bin.start) + 0.03;
  const width = Math.max(0.25, x(bin.end + 1) - x(bin.start) - 0.06);
  const scale = (HEIGHT - 2) / max;
  const tops: number[] = [];
  bin.byType.reduce((top, n, i) => (tops[i] = top - n * scale), HEIGHT);
  const parts = bin.byType.map((n, i) =>
    n === 0 ? null : (
      <rect
        key={i}
        x={left}
        width={width}
        y={tops[i]}
        height={n * scale}
        fill={EVENT_TYPES[i]?.color ?? "#777"}
      />
    ),
  );
  const y = tops[tops.length - 1] ?? HEIGHT;
  const spanH = bin.spans * scale;
  return (
    <g className="bar">
      {parts}
      {bin.spans > 0 ? (
        <rect
          className="bar-span"
          x={left}
          width={width}
          y={y - spanH}
          height={spanH}
          fill="url(#span-hatch)"
        />
      ) : null}
    </g>
  );
}

function BinCounts({ bin }: { bin: StackedBin }) {
  return (
    <>
      <strong>{describeRange(bin.start, bin.end)}</strong>
      <span className="tip-total">
        {bin.total} incident{bin.total === 1 ? "" : "s"}
      </span>
      <ul>
        {bin.byType.map((n, i) =>
          n === 0 ? null : (
            <li key={i}>
              <span className="swatch" style={{ background: EVENT_TYPES[i]?.color }} />{" "}
              {EVENT_TYPES[i]?.label}: {n}
            </li>
          ),
        )}
        {bin.spans > 0 ? (
          <li>
            <span className="swatch hatched" /> dated only to a span overlapping this: {bin.spans}
          </li>
        ) : null}
      </ul>
    </>
  );
}
