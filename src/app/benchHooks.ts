/**
 * Benchmark hook, installed only under automation (navigator.webdriver): `window.__conflictBench`
 * adds synthetic articles so the slider's cost can be measured at realistic sizes. Not a test of the
 * pipeline; the incidents are random points with random dates.
 */
import type { ArticleResult, EventOut, EventType } from "../pipeline/contract";
import { useAppStore } from "./store/appStore";
import { formatDay, parseDay } from "../time/days";

declare global {
  interface Window {
    __conflictBench?: { addSyntheticIncidents: (count: number, days: number) => number };
  }
}

const TYPES: EventType[] = ["airstrike", "shelling", "fighting", "attack", "diplomacy", "ceasefire", "aid"];

function synthetic(count: number, days: number): ArticleResult[] {
  let seed = 42;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const base = parseDay("2016-01-01") as number;
  const text = "Synthetic incident for benchmarking.";
  const events: EventOut[] = Array.from({ length: count }, (_, i) => {
    const d = formatDay(base + Math.floor(rand() * days));
    return {
      id: `e${i}`,
      type: TYPES[i % TYPES.length] as EventType,
      dateStart: d,
      dateEnd: d,
      datePrecision: "day",
      dateSource: "published",
      placeName: `Place ${i}`,
      geonameId: null,
      countryCode: "SY",
      lat: 30 + rand() * 10,
      lon: 35 + rand() * 12,
      precision: i % 5 === 0 ? "near" : "city",
      killed: Math.floor(rand() * 20),
      wounded: null,
      trigger: { start: 0, end: 9, text: "Synthetic" },
      excerpt: { start: 0, end: text.length, text },
      toponym: null,
      date: null,
    };
  });
  return [
    {
      id: "synthetic",
      title: "Synthetic",
      published: "2016-01-01",
      text,
      toponyms: [],
      unresolved: [],
      dates: [],
      events,
    },
  ];
}

export function installBenchHooks(): void {
  if (!navigator.webdriver) return;
  window.__conflictBench = {
    addSyntheticIncidents: (count, days) => useAppStore.getState().addArticles(synthetic(count, days)).length,
  };
}
