/** The app's store instance, and its seeding with the extracted articles, the user's stored work and the URL's `?t=` / `&w=`. */
import extractedUrl from "../../../data/extracted.json?url";
import { asArticles } from "../model/articles";
import { readTimeQuery } from "../time/timeQuery";
import {
  browserJournal,
  loadWorkbenchData,
  openWorkbenchStorage,
  setJournal,
  setWorkbenchStorage,
} from "../workbench/persistence";
import { memoryOnlyMessage } from "../workbench/storage";
import { clampDay, timeDomain } from "./selectors";
import { createAppStore } from "./store";

const query = readTimeQuery(window.location.search);

export const useAppStore = createAppStore({
  articles: [],
  day: null,
  windowLength: query.windowLength ?? "week",
});

/**
 * Opens the user's stored work (or falls back to memory, saying why), replays the changes a reload
 * interrupted (the journal), and loads it into the store. Never throws.
 */
async function loadWorkbench(): Promise<void> {
  const store = useAppStore.getState();
  const { storage, problem } = await openWorkbenchStorage();
  setJournal(browserJournal());
  setWorkbenchStorage(storage, (failure) => useAppStore.getState().setStorageProblem(failure));
  try {
    const { data, problems } = await loadWorkbenchData(storage);
    store.loadWorkbench(data, problem);
    if (problems.length > 0) store.report(problems.map((text) => ({ level: "warning" as const, text })));
  } catch (err) {
    store.loadWorkbench({ articles: [], corrections: [], mergeDecisions: [] }, problem);
    store.report([
      {
        level: "error",
        text: `Your stored articles could not be read (${String(err)}). ${memoryOnlyMessage("Nothing was changed")}`,
      },
    ]);
  }
}

/** Loads the extracted articles (same origin, bundled by Vite) and the user's work into the store. Never throws. */
export async function seedAppStore(): Promise<void> {
  const store = useAppStore.getState();
  try {
    const response = await fetch(extractedUrl);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    store.addArticles(asArticles(await response.json()));
  } catch (err) {
    store.report([{ level: "error", text: `The extracted incidents could not be loaded (${String(err)}).` }]);
  }
  await loadWorkbench();
  useAppStore.setState({ day: clampDay(query.day, timeDomain(useAppStore.getState().incidents)) });
}
