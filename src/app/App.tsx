import { StrictMode, useEffect } from "react";
import { MapView } from "./map/MapView";
import { FilterPanel } from "./panel/FilterPanel";
import { IncidentDetails } from "./panel/IncidentDetails";
import { IncidentList } from "./panel/IncidentList";
import { AddArticlePanel, AfterFirstView, LoadIncidentSet, WorkbenchPanel } from "./lazyPanels";
import { Legend } from "./panel/Legend";
import { ThemeToggle } from "./panel/ThemeToggle";
import { useTheme } from "./panel/theme";
import { ArticleReader } from "./reader/ArticleReader";
import { Timeline } from "./timeline/Timeline";
import { useUrlSync } from "./url/urlSync";

/**
 * Map filling the page, a side panel (details, filters, list, reader, add articles), the timeline at
 * the bottom.
 *
 * The map is an imperative island and stays OUTSIDE StrictMode: StrictMode's simulated unmount in
 * development removes the map, and MapLibre's `Hash.remove()` then strips `#zoom/lat/lon` from the
 * URL before the second map reads it, so `npm start` lost the view on every load. Everything else is
 * checked by StrictMode as before.
 */
export function App() {
  const theme = useTheme();
  return (
    <div className="app">
      <StrictMode>
        <Chrome />
      </StrictMode>
      <main className="app-map" id="map">
        {/* A new theme is a new basemap style: the map is made again, keeping the URL's view. */}
        <KeepMapHash key={`hash-${theme}`} />
        <MapView key={`map-${theme}`} />
      </main>
      <StrictMode>
        <SidePanel />
        <Timeline />
      </StrictMode>
    </div>
  );
}

function Chrome() {
  useUrlSync();
  return (
    <header className="app-header">
      <a className="skip-link" href="#timeline">
        Skip to the timeline
      </a>
      <h1>Conflict Map</h1>
      <p className="tagline">
        Incidents reported in news articles — every marker links to the words that placed it.
      </p>
      <ThemeToggle />
    </header>
  );
}

function SidePanel() {
  return (
    <aside className="side-panel" aria-label="Incidents and details">
      <IncidentDetails />
      <FilterPanel />
      <IncidentList />
      <ArticleReader />
      <Legend />
      <AfterFirstView>
        <AddArticlePanel />
        <LoadIncidentSet />
        <WorkbenchPanel />
      </AfterFirstView>
    </aside>
  );
}

let savedMapHash: string | null = null;

/**
 * Rendered just before the map with the same key: when the map is made again, this one's cleanup
 * runs before the old map's (which strips the hash) and its effect before the new map's (which
 * reads it), so the view survives.
 */
function KeepMapHash() {
  useEffect(() => {
    const hash = savedMapHash;
    if (hash && window.location.hash !== hash) {
      const { pathname, search } = window.location;
      window.history.replaceState(window.history.state, "", `${pathname}${search}${hash}`);
    }
    return () => {
      savedMapHash = window.location.hash;
    };
  }, []);
  return null;
}
