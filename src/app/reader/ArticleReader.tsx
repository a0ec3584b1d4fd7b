import { Fragment, memo, useMemo, useState } from "react";
import type { ArticleResult } from "../../pipeline/contract";
import { useAppStore } from "../store/appStore";
import { excerptSegments, hasBidiControl } from "../panel/excerptSegments";
import { IncidentSummary } from "../panel/IncidentSummary";
import { describeDay, parseDay } from "../../time/days";
import { isWebUrl } from "../workbench/identity";
import { articleMarks, type ArticleMark } from "./articleMarks";

/** Zoom the map flies to for a place chosen in the text. */
const PLACE_ZOOM = 6.5;

/**
 * The articles, and one of them in full with every recognised place and date highlighted (rendered as
 * text, never HTML); choosing a place flies the map there, choosing a date moves the timeline to it.
 */
export function ArticleReader() {
  const articles = useAppStore((s) => s.articles);
  const incidents = useAppStore((s) => s.incidents);
  const [openId, setOpenId] = useState<string | null>(null);
  const open = articles.find((a) => a.id === openId);
  const counts = useMemo(() => {
    const n = new Array<number>(articles.length).fill(0);
    for (const inc of incidents) n[inc.article] = (n[inc.article] ?? 0) + 1;
    return n;
  }, [articles, incidents]);

  return (
    <section className="panel-section reader" aria-labelledby="reader-heading">
      <h2 id="reader-heading">
        Articles <span className="count">{articles.length}</span>
      </h2>
      {open ? (
        <Reader article={open} onClose={() => setOpenId(null)} />
      ) : (
        <ul className="article-list" aria-label="Articles">
          {articles.map((a, i) => (
            <ArticleRow key={a.id} article={a} count={counts[i] ?? 0} onOpen={setOpenId} />
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * One article of the list. Memoised: a store update of a batch (40 more articles) renders the new
 * rows and those whose count changed, not every row with its date formatted again.
 */
const ArticleRow = memo(function ArticleRow({
  article: a,
  count,
  onOpen,
}: {
  article: ArticleResult;
  count: number;
  onOpen: (id: string) => void;
}) {
  return (
    <li>
      <button type="button" onClick={() => onOpen(a.id)}>
        <bdi className="summary-title">{a.title || a.id}</bdi>
        <span className="summary-meta">
          {published(a)} · {count} incident{count === 1 ? "" : "s"}
        </span>
      </button>
    </li>
  );
});

function published(a: ArticleResult): string {
  const d = parseDay(a.published);
  return d === null ? a.published || "no date" : describeDay(d);
}

function Reader({ article, onClose }: { article: ArticleResult; onClose: () => void }) {
  const incidents = useAppStore((s) => s.incidents);
  const articles = useAppStore((s) => s.articles);
  const requestView = useAppStore((s) => s.requestView);
  const setDay = useAppStore((s) => s.setDay);
  const chooseAndFly = useAppStore((s) => s.chooseAndFly);
  const index = articles.indexOf(article);
  const own = useMemo(() => incidents.filter((i) => i.article === index), [incidents, index]);
  const marks = useMemo(() => articleMarks(article), [article]);
  const segments = useMemo(
    () => excerptSegments(article.text, { start: 0, end: article.text.length }, marks),
    [article, marks],
  );
  const choose = (mark: ArticleMark) => {
    const t = mark.target;
    if (t.kind === "place") requestView({ lon: t.lon, lat: t.lat, zoom: PLACE_ZOOM });
    else if (t.kind === "date") setDay(t.day);
  };

  return (
    <article className="reader-article" aria-labelledby="reader-title">
      <div className="details-head">
        <h3 id="reader-title">
          <bdi>{article.title || article.id}</bdi>
        </h3>
        <button type="button" className="secondary small" onClick={onClose}>
          All articles
        </button>
      </div>
      <p className="sub">
        published {published(article)}
        {isWebUrl(article.url) ? (
          <>
            {" · "}
            <a href={article.url} target="_blank" rel="noopener noreferrer">
              source
            </a>
          </>
        ) : null}
      </p>
      <p className="mark-legend">
        <mark className="mark-place">place</mark>{" "}
        <mark className="mark-metonymic">named, not a location</mark>{" "}
        <mark className="mark-unresolved">not placed</mark> <mark className="mark-date">date</mark> — choose a
        place to see it on the map, a date to move the timeline there.
      </p>
      <div className="reader-text" data-testid="reader-text" dir="auto">
        {segments.map((s, i) => {
          const mark = s.mark === undefined ? undefined : marks[s.mark];
          // A run that carries a bidirectional control is isolated, so it cannot reorder the rest.
          const text = hasBidiControl(s.text) ? <bdi>{s.text}</bdi> : s.text;
          if (!mark || s.kind === null) return <Fragment key={i}>{text}</Fragment>;
          if (mark.target.kind === "none") {
            return (
              <mark key={i} className={`mark-${s.kind}`} title={mark.target.label}>
                {text}
              </mark>
            );
          }
          return (
            <button
              key={i}
              type="button"
              className={`mark mark-${s.kind}`}
              title={mark.target.label}
              aria-label={mark.target.label}
              onClick={() => choose(mark)}
            >
              {text}
            </button>
          );
        })}
      </div>
      <h4>Its incidents ({own.length})</h4>
      <ul className="reader-incidents" aria-label="Incidents of this article">
        {own.map((inc) => (
          <li key={inc.key}>
            <button type="button" onClick={() => chooseAndFly(inc.key)}>
              <IncidentSummary incident={inc} />
            </button>
          </li>
        ))}
      </ul>
    </article>
  );
}
