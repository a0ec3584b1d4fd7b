import { IsolatedText } from "./isolated";
import { useState } from "react";
import { batchCounts, type BatchItem } from "../store/ingestSlice";
import { useAppStore } from "../store/appStore";

const STATE_LABEL: Record<BatchItem["state"], string> = {
  waiting: "waiting",
  working: "working",
  done: "done",
  failed: "failed",
  duplicate: "already added",
  needsDate: "needs a date",
  cancelled: "cancelled",
};

/** Height of one row of the per-file list, in pixels (fixed, so the list can be windowed). */
const ROW_PX = 22;
/** Rows visible at once; more scroll. */
const VISIBLE_ROWS = 10;
/** Rows rendered beyond the visible ones on each side, so a quick scroll shows no gap. */
const OVERSCAN = 8;

/**
 * Every file's state, windowed: only the rows in view (and a few around them) are in the page, so a
 * 1,000-file batch costs the same to render as a 30-file one.
 */
function BatchItems({ items }: { items: readonly BatchItem[] }) {
  const [scrollTop, setScrollTop] = useState(0);
  const total = items.length;
  const first = Math.max(0, Math.floor(scrollTop / ROW_PX) - OVERSCAN);
  const last = Math.min(total, Math.ceil(scrollTop / ROW_PX) + VISIBLE_ROWS + OVERSCAN);
  return (
    <div
      className="batch-items"
      style={{ height: Math.min(total, VISIBLE_ROWS) * ROW_PX }}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      tabIndex={total > VISIBLE_ROWS ? 0 : -1}
    >
      <ol aria-label="Files in the batch" style={{ height: total * ROW_PX }}>
        {items.slice(first, last).map((item, k) => (
          <li
            key={item.id}
            className={`batch-item state-${item.state}`}
            style={{ top: (first + k) * ROW_PX, height: ROW_PX }}
            aria-posinset={first + k + 1}
            aria-setsize={total}
          >
            <span className="batch-number">{first + k + 1}.</span>{" "}
            <bdi className="batch-name">
              <IsolatedText text={item.name} />
            </bdi>{" "}
            <span className="batch-state">{STATE_LABEL[item.state]}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** The running (or last) batch: counts, a cancel button, every file's state, and every failure named. */
export function BatchProgress() {
  const batch = useAppStore((s) => s.batch);
  const cancelBatch = useAppStore((s) => s.cancelBatch);
  const setBatch = useAppStore((s) => s.setBatch);
  if (!batch) return null;
  const counts = batchCounts(batch);
  const total = batch.items.length;
  const finished = counts.done + counts.failed + counts.duplicate + counts.needsDate + counts.cancelled;
  const failures = batch.items.filter((i) => i.state === "failed");
  return (
    <section className="batch" aria-label="Batch">
      <p className="batch-counts" role="status">
        {batch.running ? "Processing: " : batch.cancelled ? "Cancelled: " : "Finished: "}
        <span>{counts.done} done</span> · <span>{counts.failed} failed</span> ·{" "}
        <span>{counts.waiting + counts.working} waiting</span>
        {counts.duplicate ? <> · {counts.duplicate} already added</> : null}
        {counts.needsDate ? <> · {counts.needsDate} need a date</> : null}
        {counts.cancelled ? <> · {counts.cancelled} cancelled</> : null}
      </p>
      <progress max={total} value={finished} aria-label="Batch progress" />
      {batch.running ? (
        <button type="button" className="secondary small" onClick={cancelBatch} disabled={batch.cancelled}>
          Cancel
        </button>
      ) : (
        <button type="button" className="secondary small" onClick={() => setBatch(null)}>
          Close batch
        </button>
      )}
      {!batch.running && failures.length > 0 ? (
        <div className="batch-summary" role="region" aria-label="Failures">
          <p>
            {failures.length} {failures.length === 1 ? "failure" : "failures"}:
          </p>
          <ul>
            {failures.map((f) => (
              <li key={f.id}>
                <IsolatedText text={f.detail || f.name} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <BatchItems items={batch.items} />
    </section>
  );
}
