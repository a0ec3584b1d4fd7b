import { useEffect, useRef } from "react";
import { eventColor, eventLabel } from "../../model/eventTypes";
import { describeRange } from "../../../time/days";
import type { Spider as SpiderData } from "../useConflictMap";
import { spiderLayout } from "./spiderLayout";

interface Props {
  spider: SpiderData;
  selectedKey: string | null;
  onOpen: (key: string) => void;
  onClose: () => void;
}

/**
 * Incidents stacked at one point, spread around it (spiderfy): one marker button per incident on a
 * leg from the point, in the incident's colour; the selected one is highlighted (and raised above
 * the others, app.css). Escape closes it.
 */
export function Spider({ spider, selectedKey, onOpen, onClose }: Props) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    first.current?.focus();
  }, [spider]);
  const offsets = spiderLayout(spider.incidents.length);
  const reach = Math.max(...offsets.map((o) => Math.hypot(o.dx, o.dy))) + 14;
  const order = spider.incidents.map((inc, i) => ({ inc, at: offsets[i] ?? { dx: 0, dy: 0 } }));
  return (
    <div
      className="spider"
      role="group"
      aria-label={`${spider.incidents.length} incidents at this point`}
      style={{ left: spider.x, top: spider.y }}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <svg
        className="spider-legs"
        aria-hidden="true"
        width={2 * reach}
        height={2 * reach}
        style={{ left: -reach, top: -reach }}
      >
        {order.map(({ inc, at }) => (
          <line key={inc.key} x1={reach} y1={reach} x2={reach + at.dx} y2={reach + at.dy} />
        ))}
      </svg>
      {order.map(({ inc, at }) => {
        const selected = inc.key === selectedKey;
        return (
          <button
            key={inc.key}
            type="button"
            ref={inc.key === spider.incidents[0]?.key ? first : undefined}
            className={selected ? "spider-leg selected" : "spider-leg"}
            aria-pressed={selected}
            data-key={inc.key}
            aria-label={`${eventLabel(inc.event.type)}, ${inc.event.placeName}${inc.event.precision === "near" ? " (near)" : ""}, ${describeRange(inc.t0, inc.t1)}`}
            style={{ left: at.dx, top: at.dy, background: eventColor(inc.event.type) }}
            onClick={() => onOpen(inc.key)}
          />
        );
      })}
    </div>
  );
}
