/** The app's store instance, and its seeding with the extracted articles and the URL's `?t=` / `&w=`. */
import extractedUrl from "../../../data/extracted.json?url";
import { asArticles } from "../model/articles";
import { readTimeQuery } from "../time/timeQuery";
import { clampDay, timeDomain } from "./selectors";
import { createAppStore } from "./store";

const query = readTimeQuery(window.location.search);

export const useAppStore = createAppStore({
  articles: [],
  day: null,
  windowLength: query.windowLength ?? "week",
});

/** Loads the extracted articles (same origin, bundled by Vite) into the store. Never throws. */
export async function seedAppStore(): Promise<void> {
  const store = useAppStore.getState();
  try {
    const response = await fetch(extractedUrl);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    store.addArticles(asArticles(await response.json()));
  } catch (err) {
    store.report([{ level: "error", text: `The extracted incidents could not be loaded (${String(err)}).` }]);
  }
  useAppStore.setState({ day: clampDay(query.day, timeDomain(useAppStore.getState().incidents)) });
}
