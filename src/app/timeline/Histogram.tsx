import { memo } from "react";
import type { DayRange, HistogramBin } from "../store/selectors";

/** Incidents per day (or per bin of days) over the timeline, with the current window shaded. */
export const Histogram = memo(function Histogram({
  bins,
  domain,
  range,
}: {
  bins: readonly HistogramBin[];
  domain: DayRange;
  range: DayRange;
}) {
  const span = domain.end - domain.start + 1;
  const max = Math.max(1, ...bins.map((b) => b.count));
  const x = (day: number) => ((day - domain.start) / span) * 100;
  const windowStart = Math.max(domain.start, range.start);
  const windowEnd = Math.min(domain.end, range.end);
  return (
    <svg className="histogram" viewBox="0 0 100 30" preserveAspectRatio="none" aria-hidden="true">
      {windowEnd >= windowStart ? (
        <rect
          className="histogram-window"
          x={x(windowStart)}
          y={0}
          width={x(windowEnd + 1) - x(windowStart)}
          height={30}
        />
      ) : null}
      {bins.map((b) =>
        b.count === 0 ? null : (
          <rect
            key={b.start}
            className={b.end >= range.start && b.start <= range.end ? "bar in" : "bar"}
            x={x(b.start) + 0.05}
            width={Math.max(0.3, x(b.end + 1) - x(b.start) - 0.1)}
            y={30 - (b.count / max) * 28}
            height={(b.count / max) * 28}
          />
        ),
      )}
    </svg>
  );
});
