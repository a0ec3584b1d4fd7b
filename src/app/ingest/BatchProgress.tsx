import { IsolatedText } from "./isolated";
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

/** Rows shown at most; the counts and the failures are always complete. */
const MAX_ROWS = 200;

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
      <ol className="batch-items" aria-label="Files in the batch">
        {batch.items.slice(0, MAX_ROWS).map((item) => (
          <li key={item.id} className={`batch-item state-${item.state}`}>
            <bdi className="batch-name">
              <IsolatedText text={item.name} />
            </bdi>{" "}
            <span className="batch-state">{STATE_LABEL[item.state]}</span>
          </li>
        ))}
        {total > MAX_ROWS ? <li>… and {total - MAX_ROWS} more</li> : null}
      </ol>
    </section>
  );
}
