/** The app's store instance, and its seeding with the extracted articles, the user's stored work and the URL's `?t=` / `&w=`. */
import extractedUrl from "../../../data/extracted.json?url";
import { asArticles } from "../model/articles";
import { readTimeQuery } from "../time/timeQuery";
import { firstViewDone } from "../firstView";
import {
  beginOpening,
  browserJournal,
  heldWritesDone,
  loadWorkbenchData,
  openWorkbenchStorage,
  setJournal,
  setWorkbenchStorage,
} from "../workbench/persistence";
import { memoryOnlyMessage } from "../workbench/storage";
import { clampDay, timeDomain } from "./selectors";
import { createAppStore } from "./store";

const query = readTimeQuery(window.location.search);
/** The day set from the URL before the stored work was loaded. */
let seededDay: number | null = null;

export const useAppStore = createAppStore({
  articles: [],
  day: null,
  windowLength: query.windowLength ?? "week",
});

/**
 * Opens the user's stored work (or falls back to memory, saying why), replays the changes a reload
 * interrupted (the journal, with any write made since the page started), and loads it into the
 * store. Never throws.
 */
async function loadWorkbench(): Promise<void> {
  const store = useAppStore.getState();
  const { storage, problem } = await openWorkbenchStorage();
  const failure = (text: string) => useAppStore.getState().setStorageProblem(text);
  try {
    let loaded: Awaited<ReturnType<typeof loadWorkbenchData>>;
    if (storage.persistent) {
      loaded = await loadWorkbenchData(storage);
      setWorkbenchStorage(storage, failure);
    } else {
      // In memory there is no replay: the writes held meanwhile run first, then it is read.
      setWorkbenchStorage(storage, failure);
      await heldWritesDone();
      loaded = await loadWorkbenchData(storage);
    }
    const { data, problems } = loaded;
    const empty =
      data.articles.length === 0 && data.corrections.length === 0 && data.mergeDecisions.length === 0;
    // Nothing stored (a first visit): the incidents are not rebuilt, so the map is not redrawn.
    if (empty) store.setStorageProblem(problem);
    else {
      const before = useAppStore.getState().day;
      store.loadWorkbench(data, problem);
      // The day the URL asked for may lie among the stored articles: clamped again, unless moved meanwhile.
      if (useAppStore.getState().day === before && before === seededDay)
        useAppStore.setState({ day: clampDay(query.day, timeDomain(useAppStore.getState().incidents)) });
    }
    if (problems.length > 0) store.report(problems.map((text) => ({ level: "warning" as const, text })));
  } catch (err) {
    setWorkbenchStorage(storage, failure);
    store.loadWorkbench({ articles: [], corrections: [], mergeDecisions: [] }, problem);
    store.report([
      {
        level: "error",
        text: `Your stored articles could not be read (${String(err)}). ${memoryOnlyMessage("Nothing was changed")}`,
      },
    ]);
  }
}

/**
 * Loads the extracted articles (same origin, bundled by Vite) into the store; the user's work
 * follows once the first view is drawn (Dexie and the database are not part of it): `workbench`
 * settles then. Never throws.
 */
export async function seedAppStore(): Promise<{ workbench: Promise<void> }> {
  const store = useAppStore.getState();
  // The journal is read at once (localStorage); writes before the database is open wait for it.
  setJournal(browserJournal());
  beginOpening();
  try {
    const response = await fetch(extractedUrl);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    store.addArticles(asArticles(await response.json()));
  } catch (err) {
    store.report([{ level: "error", text: `The extracted incidents could not be loaded (${String(err)}).` }]);
  }
  seededDay = clampDay(query.day, timeDomain(useAppStore.getState().incidents));
  useAppStore.setState({ day: seededDay });
  const workbench = firstViewDone().done.then(loadWorkbench);
  return { workbench };
}
