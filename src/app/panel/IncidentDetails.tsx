import { useEffect, useMemo, useRef } from "react";
import type { ToponymOut } from "../../pipeline/contract";
import type { Incident } from "../model/incident";
import { eventColor, eventLabel } from "../model/eventTypes";
import { useAppStore } from "../store/appStore";
import { useSelectedIncident, type SelectedIncident } from "../store/hooks";
import { windowRange } from "../store/selectors";
import { describeDay, describeRange, parseDay } from "../../time/days";
import { casualtiesText, dateHowText, precisionText, scoreText, signed, whyPlace } from "./describe";
import { excerptSegments, type Mark } from "./excerptSegments";
import { CorrectionsEditor } from "../workbench/CorrectionsEditor";
import { MergedReports } from "../workbench/MergedReports";
import { MergeWith } from "../workbench/MergeWith";
import { isWebUrl } from "../workbench/identity";
import type { WorkbenchIncident } from "../workbench/buildIncidents";
import { describeFigure } from "../../reports/mergeReports";

/** The selected incident: the excerpt that reported it, with its place and date words marked, and its provenance. */
export function IncidentDetails() {
  const selected = useSelectedIncident();
  const clearSelection = useAppStore((s) => s.clearSelection);
  const key = selected?.incident.key;
  const heading = useRef<HTMLHeadingElement>(null);

  // Keyed on the incident's key, not its object: a correction or a batch's store update that
  // rebuilds the selected incident must not pull the keyboard focus back to the heading.
  useEffect(() => {
    if (key === undefined) return;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const node = heading.current;
    node?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape" && !e.defaultPrevented) clearSelection();
    };
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("keydown", onKey);
      const focusLost = document.activeElement === document.body || node?.contains(document.activeElement);
      if (returnTo?.isConnected && focusLost) returnTo.focus();
    };
  }, [key, clearSelection]);

  if (!selected) return null;
  return <Details selected={selected} headingRef={heading} onClose={clearSelection} />;
}

/** Why the pipeline chose the place: its largest score features and the runner-up (ToponymOut.why). */
function WhyThisPlace({ toponym, placeName }: { toponym: ToponymOut | undefined; placeName: string }) {
  const why = whyPlace(toponym);
  if (!toponym || !why) return null;
  const corrected = toponym.name !== placeName;
  return (
    <section className="why-place" aria-label="Why this place">
      <h3>Why this place</h3>
      {corrected ? (
        <p className="sub">
          The pipeline had chosen <bdi>{toponym.name}</bdi>; you placed it elsewhere.
        </p>
      ) : null}
      {why.features.length > 0 ? (
        <ul className="why-features">
          {why.features.map((f) => (
            <li key={f.name}>
              <span className="why-label">{f.label}</span>{" "}
              <span className="why-value">{signed(f.value)}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {why.total !== null ? <p className="sub">total {why.total.toFixed(2)}</p> : null}
      {why.runnerUp ? (
        <p className="sub why-runner-up">
          Runner-up: <bdi>{why.runnerUp.name}</bdi>
          {why.runnerUp.countryCode ? ` (${why.runnerUp.countryCode})` : ""}, score{" "}
          {scoreText(why.runnerUp.score ?? undefined)}
          {why.runnerUp.total !== null ? ` (total ${why.runnerUp.total.toFixed(2)})` : ""}
        </p>
      ) : null}
    </section>
  );
}

function Details({
  selected,
  headingRef,
  onClose,
}: {
  selected: SelectedIncident;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  onClose: () => void;
}) {
  const { article, toponym, date } = selected;
  const incident: Incident & Partial<Pick<WorkbenchIncident, "userEdited">> = selected.incident;
  const { event } = incident;
  const built = useAppStore((s) => s.built);
  const group = useMemo(() => built.groupOf(incident.key), [built, incident.key]);
  const stored = useAppStore((s) => (article ? s.stored.has(article.id) : false));
  const removeArticle = useAppStore((s) => s.removeArticle);
  const day = useAppStore((s) => s.day);
  const windowLength = useAppStore((s) => s.windowLength);
  const range = windowRange(day, windowLength);
  const outside = incident.t1 < range.start || incident.t0 > range.end;
  const marks: Mark[] = [];
  if (toponym) marks.push({ start: toponym.start, end: toponym.end, kind: "place" });
  if (date) marks.push({ start: date.start, end: date.end, kind: "date" });
  if (event.trigger) marks.push({ start: event.trigger.start, end: event.trigger.end, kind: "trigger" });
  const segments = article
    ? excerptSegments(article.text, event.excerpt, marks)
    : [{ text: event.excerpt.text, kind: null }];
  const published = article ? parseDay(article.published) : null;
  const titleId = "incident-details-title";

  return (
    <section className="panel-section details" role="dialog" aria-labelledby={titleId} aria-modal="false">
      <div className="details-head">
        <span className="swatch large" style={{ background: eventColor(event.type) }} aria-hidden="true" />
        <h2 id={titleId} ref={headingRef} tabIndex={-1}>
          {eventLabel(event.type)} — <bdi>{event.placeName}</bdi>
        </h2>
        <button type="button" className="icon-button" aria-label="Close details (Escape)" onClick={onClose}>
          ×
        </button>
      </div>
      {outside ? <p className="note">Outside the current time window.</p> : null}
      {incident.userEdited ? <p className="note user-edited">Corrected by you.</p> : null}

      <blockquote className="excerpt" dir="auto">
        {segments.map((s, i) =>
          s.kind === null ? (
            <bdi key={i}>{s.text}</bdi>
          ) : (
            <mark
              key={i}
              className={`mark-${s.kind}`}
              title={s.kind === "trigger" ? "event words" : `${s.kind} words`}
            >
              <bdi>{s.text}</bdi>
            </mark>
          ),
        )}
      </blockquote>
      <p className="mark-legend" aria-hidden="true">
        <mark className="mark-place">place</mark> <mark className="mark-date">date</mark>{" "}
        <mark className="mark-trigger">event</mark>
      </p>

      <dl className="facts">
        <dt>Date</dt>
        <dd>
          {describeRange(incident.t0, incident.t1)}
          <span className="sub">{dateHowText(event, article)}</span>
        </dd>
        <dt>Place</dt>
        <dd>
          <bdi>{event.placeName}</bdi>
          {event.countryCode ? ` (${event.countryCode})` : ""}
          <span className="sub">
            {precisionText(event, article)} · {event.lat.toFixed(3)}, {event.lon.toFixed(3)}
          </span>
        </dd>
        <dt>Place score</dt>
        <dd>
          {scoreText(toponym?.score)}
          {toponym?.cue ? <span className="sub">decided by: {toponym.cue}</span> : null}
        </dd>
        <dt>Casualties</dt>
        <dd>
          {casualtiesText(event)}
          {group && group.reports.length > 1 && group.killed && group.killed.min !== group.killed.max ? (
            <span className="sub">killed across the reports: {describeFigure(group.killed)}</span>
          ) : null}
        </dd>
        <dt>Article</dt>
        <dd>
          <bdi className="article-title">{article?.title || article?.id || "unknown article"}</bdi>
          <span className="sub">
            published {published === null ? article?.published || "—" : describeDay(published)}
            {isWebUrl(article?.url) ? (
              <>
                {" · "}
                <a href={article?.url} target="_blank" rel="noopener noreferrer">
                  source
                </a>
              </>
            ) : null}
          </span>
        </dd>
      </dl>
      <WhyThisPlace toponym={toponym} placeName={event.placeName} />
      {group ? <MergedReports group={group} /> : null}
      <MergeWith incident={incident} />
      {article ? (
        <CorrectionsEditor key={incident.key} reportKey={incident.key} article={article} event={event} />
      ) : null}
      {article && stored ? (
        <button
          type="button"
          className="secondary small"
          onClick={() => removeArticle(article.id)}
          aria-label={`Remove article “${article.title || article.id}” and its incidents`}
        >
          Remove article
        </button>
      ) : null}
    </section>
  );
}
