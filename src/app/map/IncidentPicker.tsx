import { useEffect, useRef, type ReactNode, type Ref } from "react";
import type { Incident } from "../model/incident";
import { IncidentSummary } from "../panel/IncidentSummary";

interface Props {
  title: string;
  incidents: readonly Incident[];
  /** Where the panel points (the clicked marker or bubble), in map pixels. */
  x: number;
  y: number;
  onOpen: (key: string) => void;
  onClose: () => void;
  className?: string;
  listLabel?: string;
  panelRef?: Ref<HTMLDivElement>;
  /** Between the head and the list ("Zoom in"). */
  before?: ReactNode;
  /** Below the list ("the first 200 of 5,000"). */
  after?: ReactNode;
}

/**
 * A panel that lets the user pick one of several incidents at one spot: a head with the title and
 * a close button, one button per incident; focus moves to the first, Escape closes it. The marker
 * chooser (several markers under one click) and the cluster list (a clicked bubble) are both this.
 */
export function IncidentPicker({
  title,
  incidents,
  x,
  y,
  onOpen,
  onClose,
  className,
  listLabel,
  panelRef,
  before,
  after,
}: Props) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    first.current?.focus({ preventScroll: true });
  }, [incidents]);
  return (
    <div
      ref={panelRef}
      className={className ? `chooser ${className}` : "chooser"}
      role="group"
      aria-label={title}
      style={{ left: x, top: y }}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="chooser-head">
        <span>{title}</span>
        <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      {before}
      <ul aria-label={listLabel}>
        {incidents.map((inc, i) => (
          <li key={inc.key}>
            <button type="button" ref={i === 0 ? first : undefined} onClick={() => onOpen(inc.key)}>
              <IncidentSummary incident={inc} />
            </button>
          </li>
        ))}
      </ul>
      {after}
    </div>
  );
}
