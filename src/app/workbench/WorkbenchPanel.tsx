import "./workbench.css";
import { useEffect, useId, useRef, useState } from "react";
import { exportCsv } from "../../reports/exportCsv";
import { importGeoJson } from "../../reports/importGeoJson";
import { reextractStale, setPublicationDate } from "../ingest/ingestClient";
import { SavingState } from "./SavingState";
import { IsolatedText } from "../ingest/isolated";
import { useAppStore } from "../store/appStore";
import { selectFilteredIncidents } from "../store/filteredIncidents";
import { incidentsInWindow, windowRange } from "../store/selectors";
import type { StoredArticle } from "../../workbench/storedArticle";
import { memoryOnlyMessage } from "./storage";
import { downloadText } from "./download";
import { exportIncidents } from "./exportSource";
import { isWebUrl } from "./identity";

/** Articles listed at most (the count is always complete). */
const MAX_LISTED = 200;

function exportShown(format: "geojson" | "csv"): number {
  const s = useAppStore.getState();
  const shown = incidentsInWindow(selectFilteredIncidents(s), windowRange(s.day, s.windowLength));
  const collection = exportIncidents(
    shown.map((i) => i.key),
    s.built,
    s.articles,
    s.stored,
    s.corrections,
    s.mergeDecisions,
  );
  const stamp = new Date().toISOString().slice(0, 10);
  if (format === "geojson")
    downloadText(`incidents-${stamp}.geojson`, "application/geo+json", JSON.stringify(collection, null, 1));
  else downloadText(`incidents-${stamp}.csv`, "text/csv", exportCsv(collection));
  return collection.features.length;
}

function DateForm({ record, label }: { record: StoredArticle; label: string }) {
  const [value, setValue] = useState(record.input.published ?? "");
  const id = useId();
  const title = record.input.title || record.key;
  return (
    <form
      className="date-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (value) void setPublicationDate(record.key, value);
      }}
    >
      <label htmlFor={id}>
        {label} “<bdi>{title}</bdi>”
      </label>
      <input id={id} type="date" value={value} required onChange={(e) => setValue(e.currentTarget.value)} />
      <button type="submit" className="small">
        Set date
      </button>
    </form>
  );
}

/** The user's own work: what is stored (or why not), articles waiting for a date, export and import. */
export function WorkbenchPanel() {
  const stored = useAppStore((s) => s.stored);
  const storageProblem = useAppStore((s) => s.storageProblem);
  const undated = useAppStore((s) => s.built.undated);
  const articles = useAppStore((s) => s.articles);
  const removeArticle = useAppStore((s) => s.removeArticle);
  const report = useAppStore((s) => s.report);
  const importInput = useRef<HTMLInputElement>(null);
  const [listOpen, setListOpen] = useState(false);
  const [notes, setNotes] = useState<{ level: "info" | "error"; text: string }[]>([]);
  const tell = (lines: { level: "info" | "error"; text: string }[]) => {
    setNotes(lines);
    report(lines);
  };
  const orphaned = useAppStore((s) => s.built.orphaned.length);
  const workbenchLoaded = stored.size > 0;
  useEffect(() => {
    // Once the stored work is there: articles a previous pipeline extracted are extracted again.
    if (workbenchLoaded) void reextractStale();
  }, [workbenchLoaded]);
  const records = [...stored.values()];
  const waiting = records.filter((r) => r.publishedFrom === null);
  const waitingCount = (key: string) => {
    const index = articles.findIndex((a) => a.id === key);
    return undated.get(index)?.length ?? 0;
  };

  const onImport = async (files: FileList | null) => {
    const file = files?.[0];
    if (importInput.current) importInput.current.value = "";
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch (err) {
      tell([{ level: "error", text: `${file.name} could not be read (${String(err)}).` }]);
      return;
    }
    const imported = importGeoJson(text, file.name);
    const res = useAppStore.getState().importWork(imported);
    tell([
      ...imported.problems.map((text) => ({ level: "error" as const, text })),
      ...(imported.articles.length > 0 || imported.problems.length === 0
        ? [
            {
              level: "info" as const,
              text: `${file.name}: ${imported.featureCount} incidents from ${res.added} new articles imported${res.known ? ` (${res.known} articles were already here)` : ""}, with ${res.corrections} corrections.`,
            },
          ]
        : []),
    ]);
  };

  return (
    <section className="panel-section workbench" aria-label="Your articles">
      <SavingState />
      {storageProblem ? (
        <p className="storage-warning" role="alert">
          {memoryOnlyMessage(storageProblem)}
        </p>
      ) : null}
      {orphaned > 0 ? (
        <p className="note">
          {orphaned} of your corrections no longer match their article’s text (it was extracted again) and are
          not applied.
        </p>
      ) : null}
      {waiting.length > 0 ? (
        <div className="needs-date" role="region" aria-label="Articles that need a date">
          <h3>Needs a date ({waiting.length})</h3>
          <p className="help">
            These articles give no publication date. Their places and absolute dates are on the map; relative
            dates (“on Saturday”) wait for it.
          </p>
          <ul>
            {waiting.slice(0, MAX_LISTED).map((r) => (
              <li key={r.key}>
                <DateForm record={r} label="Publication date of" />
                <span className="sub">{waitingCount(r.key)} incidents wait for this date</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <details className="your-articles" onToggle={(e) => setListOpen(e.currentTarget.open)}>
        <summary>Your articles ({records.length})</summary>
        {/* Rendered only while open: a 1,000-article batch updates the store every 200 ms. */}
        {listOpen ? (
          <ul aria-label="Your articles">
            {records.slice(0, MAX_LISTED).map((r) => (
              <li key={r.key}>
                <bdi className="article-title">{r.input.title || r.key}</bdi>{" "}
                <span className="sub">
                  {r.input.published ? `published ${r.input.published}` : "no date"}
                  {r.publishedFrom === "text" ? " (read from the text)" : ""}
                  {isWebUrl(r.input.url) ? (
                    <>
                      {" · "}
                      <a href={r.input.url} target="_blank" rel="noopener noreferrer">
                        source
                      </a>
                    </>
                  ) : null}
                </span>{" "}
                {r.publishedFrom !== null ? <DateForm record={r} label="Change the date of" /> : null}
                <button
                  type="button"
                  className="secondary small"
                  onClick={() => removeArticle(r.key)}
                  aria-label={`Remove “${r.input.title || r.key}” and its incidents`}
                >
                  Remove
                </button>
              </li>
            ))}
            {records.length > MAX_LISTED ? <li>… and {records.length - MAX_LISTED} more</li> : null}
          </ul>
        ) : null}
      </details>
      <div className="form-actions">
        <button
          type="button"
          onClick={() => {
            const n = exportShown("geojson");
            tell([{ level: "info", text: `Exported ${n} incidents as GeoJSON.` }]);
          }}
        >
          Export GeoJSON
        </button>
        <button
          type="button"
          onClick={() => {
            const n = exportShown("csv");
            tell([{ level: "info", text: `Exported ${n} incidents as CSV.` }]);
          }}
        >
          Export CSV
        </button>
        <label className="button-like">
          Import GeoJSON
          <input
            ref={importInput}
            type="file"
            accept=".geojson,.json,application/geo+json,application/json"
            className="visually-hidden"
            onChange={(e) => void onImport(e.currentTarget.files)}
          />
        </label>
      </div>
      <div role="log" aria-label="Import and export" aria-live="polite">
        {notes.map((n, i) => (
          <p key={i} className={`msg msg-${n.level}`} dir="auto">
            <IsolatedText text={n.text} />
          </p>
        ))}
      </div>
    </section>
  );
}
