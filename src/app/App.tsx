import { AddArticlePanel } from "./ingest/AddArticlePanel";
import { LoadIncidentSet } from "./data/LoadIncidentSet";
import { MapView } from "./map/MapView";
import { IncidentDetails } from "./panel/IncidentDetails";
import { IncidentList } from "./panel/IncidentList";
import { Legend } from "./panel/Legend";
import { Timeline } from "./timeline/Timeline";
import { useTimeQuerySync } from "./time/useTimeQuerySync";
import { WorkbenchPanel } from "./workbench/WorkbenchPanel";

/** Map filling the page, a side panel (details, list, add articles), the timeline at the bottom. */
export function App() {
  useTimeQuerySync();
  return (
    <div className="app">
      <header className="app-header">
        <h1>Conflict Map</h1>
        <p className="tagline">
          Incidents reported in news articles — every marker links to the words that placed it.
        </p>
      </header>
      <main className="app-map">
        <MapView />
      </main>
      <aside className="side-panel" aria-label="Incidents and details">
        <IncidentDetails />
        <IncidentList />
        <Legend />
        <AddArticlePanel />
        <WorkbenchPanel />
        <LoadIncidentSet />
      </aside>
      <Timeline />
    </div>
  );
}
