import { describeFigure, type MergedIncident } from "../../reports/mergeReports";
import { useAppStore } from "../store/appStore";
import { describeRange } from "../../time/days";
import { isWebUrl } from "./identity";

/** Every report of a merged incident side by side, why they were merged, and a Split for each. */
export function MergedReports({ group }: { group: MergedIncident }) {
  const splitReport = useAppStore((s) => s.splitReport);
  const stored = useAppStore((s) => s.stored);
  const removeArticle = useAppStore((s) => s.removeArticle);
  if (group.reports.length < 2) return null;
  return (
    <section className="merged-reports" aria-label="Reports of this incident">
      <h3>{group.reports.length} reports of this incident</h3>
      <div className="why-merged">
        <p>Why merged:</p>
        <ul>
          {group.reasons.map((r, i) => (
            <li key={i}>
              <bdi>{r}</bdi>
            </li>
          ))}
        </ul>
      </div>
      <p>
        Killed: {describeFigure(group.killed)}
        {group.wounded ? <> · Wounded: {describeFigure(group.wounded)}</> : null}
      </p>
      <ul className="reports">
        {group.reports.map((r) => (
          <li key={r.key} className="report">
            <p className="report-source">
              {isWebUrl(r.url) ? (
                <a href={r.url} target="_blank" rel="noopener noreferrer">
                  <bdi>{r.articleTitle}</bdi>
                </a>
              ) : (
                <bdi>{r.articleTitle}</bdi>
              )}
              <span className="sub">
                {" "}
                · <bdi>{r.placeName}</bdi> · {describeRange(r.t0, r.t1)}
                {r.dateWords ? (
                  <>
                    {" (“"}
                    <bdi>{r.dateWords}</bdi>
                    {"”)"}
                  </>
                ) : null}
                {r.killed !== null ? ` · ${r.killed} killed` : ""}
                {r.wounded !== null ? ` · ${r.wounded} wounded` : ""}
              </span>
            </p>
            <blockquote className="excerpt" dir="auto">
              <bdi>{r.excerpt}</bdi>
            </blockquote>
            <button
              type="button"
              className="secondary small"
              onClick={() => splitReport(group.key, r.key)}
              aria-label={`Split the report of “${r.articleTitle}” into an incident of its own`}
            >
              Split
            </button>
            {stored.has(r.articleKey) ? (
              <button
                type="button"
                className="secondary small"
                onClick={() => removeArticle(r.articleKey)}
                aria-label={`Remove the article “${r.articleTitle}” and its incidents`}
              >
                Remove article
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
