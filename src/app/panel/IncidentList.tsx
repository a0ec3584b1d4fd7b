import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from "react";
import { findIndexByKey } from "../data/findByKey";
import { useAppStore } from "../store/appStore";
import { useVisibleIncidents } from "../store/hooks";
import { IncidentSummary } from "./IncidentSummary";

/** Every row has this height (px; see .incident-row in app.css), so the list can be virtualised. */
export const ROW_HEIGHT = 52;
/** Rows rendered above and below the scrolled-to part. */
const OVERSCAN = 3;
/** Rows rendered before the scroller has been measured. */
const FIRST_PAINT_ROWS = 30;

/**
 * The incidents of the current window (after the filters), in time order. Virtualised: only the rows
 * in view are in the DOM, so 100k incidents in the window cost the same as 30. Arrow keys, Home and
 * End move between rows; choosing one flies there and opens it.
 */
export function IncidentList() {
  const visible = useVisibleIncidents();
  const total = useAppStore((s) => s.incidents.length);
  const selectedKey = useAppStore((s) => s.selectedKey);
  const chooseAndFly = useAppStore((s) => s.chooseAndFly);
  const scroller = useRef<HTMLDivElement>(null);
  const [first, setFirst] = useState(0);
  const [viewRows, setViewRows] = useState(FIRST_PAINT_ROWS);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setViewRows(Math.max(1, Math.ceil(el.clientHeight / ROW_HEIGHT)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // A window change starts the list from the top.
  const [shown, setShown] = useState(visible);
  if (shown !== visible) {
    setShown(visible);
    setFirst(0);
  }
  // Only when scrolled: writing scrollTop forces a layout on every slider step otherwise.
  const scrolled = useRef(false);
  useEffect(() => {
    if (scroller.current && scrolled.current) {
      scroller.current.scrollTop = 0;
      scrolled.current = false;
    }
  }, [visible]);

  // The selected incident (from the map, say) is scrolled into view.
  useEffect(() => {
    const el = scroller.current;
    if (!el || selectedKey === null) return;
    const i = findIndexByKey(visible, useAppStore.getState().sets, selectedKey);
    if (i < 0) return;
    const top = i * ROW_HEIGHT;
    if (top < el.scrollTop || top + ROW_HEIGHT > el.scrollTop + el.clientHeight) {
      el.scrollTop = Math.max(0, top - el.clientHeight / 2);
    }
  }, [selectedKey, visible]);

  // Keyboard moves: the row is rendered first, then focused. Only while the keyboard is in the list
  // (or lost with a row scrolled out of the DOM): a scroll caused by something else (a correction,
  // a batch's new incidents) must not pull the focus back from the details or a form.
  useEffect(() => {
    const el = scroller.current;
    if (focusIndex === null || !el) return;
    const active = document.activeElement;
    if (active !== null && active !== document.body && !el.contains(active)) return;
    el.querySelector<HTMLButtonElement>(`li[aria-posinset="${focusIndex + 1}"] button`)?.focus();
  }, [focusIndex, first]);

  const from = Math.max(0, first - OVERSCAN);
  const to = Math.min(visible.length, first + viewRows + OVERSCAN);
  const rows = visible.slice(from, to);

  const moveFocus = (index: number) => {
    const el = scroller.current;
    if (!el || visible.length === 0) return;
    const i = Math.max(0, Math.min(visible.length - 1, index));
    const top = i * ROW_HEIGHT;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight)
      el.scrollTop = top + ROW_HEIGHT - el.clientHeight;
    setFirst(Math.floor(el.scrollTop / ROW_HEIGHT));
    setFocusIndex(i);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const at = Number((e.target as HTMLElement).closest("li")?.getAttribute("aria-posinset") ?? 0) - 1;
    if (at < 0) return;
    const target =
      e.key === "ArrowDown"
        ? at + 1
        : e.key === "ArrowUp"
          ? at - 1
          : e.key === "Home"
            ? 0
            : e.key === "End"
              ? visible.length - 1
              : e.key === "PageDown"
                ? at + viewRows
                : e.key === "PageUp"
                  ? at - viewRows
                  : null;
    if (target === null) return;
    e.preventDefault();
    moveFocus(target);
  };

  return (
    <section className="panel-section incident-list" aria-labelledby="incident-list-heading">
      <a className="skip-link" href="#after-incident-list">
        Skip the incident list
      </a>
      <h2 id="incident-list-heading">
        Incidents <span className="count">{visible.length} in window</span>
      </h2>
      {visible.length === 0 ? (
        <p className="empty" role="status">
          {total === 0 ? "No incidents loaded yet." : "No incidents in this time window and these filters."}
        </p>
      ) : null}
      <div
        ref={scroller}
        className="incident-scroller"
        style={{
          // Row changes stay inside the list: no layout or paint of the rest of the page.
          contain: "layout paint style",
          height: Math.min(visible.length, 9) * ROW_HEIGHT + (visible.length > 9 ? ROW_HEIGHT / 2 : 0),
        }}
        onScroll={(e) => {
          scrolled.current = e.currentTarget.scrollTop > 0;
          setFirst(Math.floor(e.currentTarget.scrollTop / ROW_HEIGHT));
        }}
      >
        <ul
          role="list"
          aria-label="Incidents"
          style={{ height: visible.length * ROW_HEIGHT }}
          onKeyDown={onKeyDown}
        >
          {rows.map((inc, n) => {
            const i = from + n;
            // Keyed by a slot (the position modulo the rows rendered), not the incident: a slider step
            // brings a new set of rows, and their DOM is updated in place instead of being made again.
            // Keyboard focus is by position too (aria-posinset, the effect above).
            return (
              <li
                key={i % (viewRows + 2 * OVERSCAN)}
                data-key={inc.key}
                className="incident-row"
                aria-setsize={visible.length}
                aria-posinset={i + 1}
                style={{ top: i * ROW_HEIGHT }}
              >
                <button
                  type="button"
                  className={inc.key === selectedKey ? "selected" : undefined}
                  aria-current={inc.key === selectedKey ? "true" : undefined}
                  onClick={() => chooseAndFly(inc.key)}
                  onFocus={() => setFocusIndex(i)}
                >
                  <IncidentSummary incident={inc} />
                </button>
              </li>
            );
          })}
        </ul>
      </div>
      <div id="after-incident-list" tabIndex={-1} className="skip-target" />
    </section>
  );
}
