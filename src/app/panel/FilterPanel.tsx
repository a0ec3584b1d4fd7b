import { memo, useEffect, useId, useLayoutEffect, useRef, useState } from "react";
import type { EventType, PlacePrecision } from "../../pipeline/contract";
import { EVENT_TYPES } from "../model/eventTypes";
import { useAppStore } from "../store/appStore";
import { activeFilterCount, type Filters } from "../store/filterSlice";
import { selectFilteredIncidents } from "../store/filteredIncidents";
import { useHiddenInWindow } from "../store/hooks";

const PRECISIONS: readonly { value: PlacePrecision; label: string }[] = [
  { value: "exact", label: "Exact point" },
  { value: "city", label: "Town or city" },
  { value: "near", label: "Near a place" },
  { value: "region", label: "Region" },
  { value: "country", label: "Whole country" },
];

/** Typing settles this long before the search runs (one filter pass per pause, not per key). */
const SEARCH_DEBOUNCE_MS = 200;

/** Toggles `value` in a list where "empty" means "all of `every`". */
function toggle<T>(list: readonly T[], every: readonly T[], value: T, on: boolean): T[] {
  const current = list.length === 0 ? [...every] : [...list];
  const next = on ? [...new Set([...current, value])] : current.filter((v) => v !== value);
  return next.length === every.length ? [] : next;
}

/** The filters and the search box; says how many incidents they hide. */
export function FilterPanel() {
  const filters = useAppStore((s) => s.filters);
  const total = useAppStore((s) => s.incidents.length);
  const shown = useAppStore((s) => selectFilteredIncidents(s).length);
  const setFilters = useAppStore((s) => s.setFilters);
  const resetFilters = useAppStore((s) => s.resetFilters);
  // Counts only (numbers): a slider step that leaves them as they are re-renders nothing here.
  const hiddenInWindow = useHiddenInWindow();
  const id = useId();
  const [search, setSearch] = useState(filters.search);
  const [lastSearch, setLastSearch] = useState(filters.search);
  // The store changed the search (a link, Clear filters): show it.
  if (filters.search !== lastSearch) {
    setLastSearch(filters.search);
    setSearch(filters.search);
  }
  useEffect(() => {
    if (search === useAppStore.getState().filters.search) return;
    const t = window.setTimeout(() => useAppStore.getState().setFilters({ search }), SEARCH_DEBOUNCE_MS);
    return () => window.clearTimeout(t);
  }, [search]);

  const active = activeFilterCount(filters);
  // Open at first when a link set filters; from then on the user opens and closes it.
  const [openAtFirst] = useState(() => active > (filters.search ? 1 : 0));
  const hidden = total - shown;
  const allTypes = EVENT_TYPES.map((e) => e.type);
  const allPrecisions = PRECISIONS.map((p) => p.value);
  const set = (change: Partial<Filters>) => setFilters(change);

  return (
    <section className="panel-section filters" role="group" aria-label="Filters">
      <h2>Filters</h2>
      <div className="search-row">
        <label htmlFor={`${id}-search`}>Search incidents</label>
        <input
          id={`${id}-search`}
          type="search"
          placeholder="Words in the excerpt or the place name"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") setFilters({ search: e.currentTarget.value });
          }}
        />
      </div>
      <p className="filter-status" role="status">
        {active === 0
          ? `No filter on: all ${total} incidents shown.`
          : `The filters hide ${hidden} of ${total} incidents (${hiddenInWindow} in this window).`}{" "}
        {active > 0 ? (
          <button type="button" className="secondary small" onClick={resetFilters}>
            Clear filters
          </button>
        ) : null}
      </p>
      <details className="filter-more" open={openAtFirst || undefined}>
        <summary>More filters{active > 0 ? ` (${active} on)` : ""}</summary>
        <fieldset className="filter-types">
          <legend>Incident type</legend>
          {EVENT_TYPES.map((e) => (
            <label key={e.type}>
              <input
                type="checkbox"
                checked={filters.types.length === 0 || filters.types.includes(e.type)}
                onChange={(ev) =>
                  set({ types: toggle<EventType>(filters.types, allTypes, e.type, ev.currentTarget.checked) })
                }
              />
              <span className="swatch" style={{ background: e.color }} aria-hidden="true" /> {e.label}
            </label>
          ))}
        </fieldset>
        <fieldset className="filter-precision">
          <legend>Place precision</legend>
          {PRECISIONS.map((p) => (
            <label key={p.value}>
              <input
                type="checkbox"
                checked={filters.precisions.length === 0 || filters.precisions.includes(p.value)}
                onChange={(ev) =>
                  set({
                    precisions: toggle<PlacePrecision>(
                      filters.precisions,
                      allPrecisions,
                      p.value,
                      ev.currentTarget.checked,
                    ),
                  })
                }
              />
              {p.label}
            </label>
          ))}
        </fieldset>
        <div className="filter-row">
          <label htmlFor={`${id}-article`}>Article</label>
          <ArticleSelect
            id={`${id}-article`}
            value={filters.article}
            onChange={(article) => set({ article })}
          />
        </div>
        <div className="filter-row">
          <label htmlFor={`${id}-casualties`}>Casualties at least</label>
          <input
            id={`${id}-casualties`}
            type="number"
            min={0}
            step={1}
            value={filters.minCasualties}
            onChange={(e) =>
              set({ minCasualties: Math.max(0, Math.floor(Number(e.currentTarget.value) || 0)) })
            }
          />
        </div>
        <label className="filter-check">
          <input
            type="checkbox"
            checked={filters.exactOnly}
            onChange={(e) => set({ exactOnly: e.currentTarget.checked })}
          />
          Exact places only (a point or a town; not near, region or country)
        </label>
        <label className="filter-check">
          <input
            type="checkbox"
            checked={filters.mineOnly}
            onChange={(e) => set({ mineOnly: e.currentTarget.checked })}
          />
          My corrections only
        </label>
      </details>
    </section>
  );
}

/**
 * The article filter: one option per article, so thousands during a big batch. Uncontrolled (the
 * chosen value is written to the element when it or the options change): a controlled <select> has
 * React walk every option to set `selected` on each commit, 66 ms at 1,000 articles on every store
 * update of a batch. The options are memoised on the articles array.
 */
const ArticleSelect = memo(function ArticleSelect({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string | null;
  onChange: (article: string | null) => void;
}) {
  const articles = useAppStore((s) => s.articles);
  const ref = useRef<HTMLSelectElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el && el.value !== (value ?? "")) el.value = value ?? "";
  }, [value, articles]);
  return (
    <select
      ref={ref}
      id={id}
      defaultValue={value ?? ""}
      onChange={(e) => onChange(e.currentTarget.value || null)}
    >
      <ArticleOptions articles={articles} />
    </select>
  );
});

const ArticleOptions = memo(function ArticleOptions({
  articles,
}: {
  articles: readonly { id: string; title?: string | null }[];
}) {
  return (
    <>
      <option value="">All articles</option>
      {articles.map((a) => (
        <option key={a.id} value={a.id}>
          {a.title || a.id}
        </option>
      ))}
    </>
  );
});
