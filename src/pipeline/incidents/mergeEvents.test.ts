import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EventOut } from "../contract";
import { mergeItems, overlaps, samePlace, type MergeItem } from "./mergeEvents";
import { mergeTolls } from "../events/casualties";

/** The reference: the quadratic algorithm the stage replaced (each event against every kept one). */
function mergeQuadratic(events: readonly MergeItem[]): EventOut[] {
  const kept: MergeItem[] = [];
  for (const e of events) {
    const i = kept.findIndex((k) => k.type === e.type && samePlace(k, e) && overlaps(k, e));
    if (i < 0) {
      kept.push(e);
      continue;
    }
    const k = kept[i]!;
    const winner = e.weight > k.weight ? e : k;
    kept[i] = { ...winner, id: k.id, ...mergeTolls(k, e) };
  }
  return kept.map(({ weight: _w, ...e }) => e);
}

// The stage reads each event's place and dates through its pointers (eventRecord.ts) into these items.
const merged = (events: MergeItem[]): EventOut[] => mergeItems(events).map(({ weight: _w, ...e }) => e);

const day = (n: number) => new Date(Date.UTC(2022, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

/** A synthetic event: few places, types and days, so that many of them merge. */
const eventArb = (id: number) =>
  fc
    .record({
      type: fc.constantFrom("attack", "shelling", "airstrike"),
      place: fc.integer({ min: 0, max: 5 }),
      jitter: fc.integer({ min: 0, max: 3 }),
      start: fc.integer({ min: 0, max: 8 }),
      length: fc.constantFrom(0, 0, 1, 6, 40),
      precision: fc.constantFrom("city", "city", "region", "near"),
      named: fc.boolean(),
      killed: fc.option(fc.integer({ min: 0, max: 50 })),
      weight: fc.integer({ min: 0, max: 3 }),
    })
    .map((r): MergeItem => {
      // Places 0-2 lie within a city's reach of each other; 3-5 are far apart, one across the antimeridian.
      const base = [
        [46.63, 32.6],
        [46.7, 32.7],
        [46.6, 32.45],
        [-17.8, 179.95],
        [-17.8, -179.95],
        [60.0, 10.0],
      ][r.place]!;
      return {
        id: `e${id}`,
        type: r.type as EventOut["type"],
        dateStart: day(r.start),
        dateEnd: day(r.start + r.length),
        datePrecision: "day",
        dateSource: "text",
        placeName: `P${r.place}${r.jitter}`,
        geonameId: r.named ? 1000 + r.place : null,
        countryCode: "XX",
        lat: base[0]! + r.jitter * 0.01,
        lon: base[1]! + r.jitter * 0.01,
        precision: r.precision as EventOut["precision"],
        killed: r.killed,
        wounded: null,
        trigger: { start: 0, end: 1, text: "x" },
        excerpt: { start: 0, end: 1, text: "x" },
        toponym: null,
        date: null,
        weight: r.weight,
      };
    });

const eventsArb = (max: number) =>
  fc.integer({ min: 0, max }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => eventArb(i))));

describe("mergeEvents", () => {
  it("gives the same events as comparing each event with every kept one", () => {
    fc.assert(
      fc.property(eventsArb(40), (events) => {
        expect(merged(structuredClone(events))).toEqual(mergeQuadratic(events));
      }),
      { numRuns: 300 },
    );
  });

  it("merges a large input of distinct and repeated incidents the same way", () => {
    const events = bigInput(20_000);
    const out = merged(structuredClone(events));
    // Every incident is reported twice: half of them merge away.
    expect(out).toHaveLength(10_000);
    expect(out).toEqual(mergeQuadraticOnBuckets(events));
  });
});

/** 10,000 incidents at distinct places and days, each reported twice. */
function bigInput(n: number): MergeItem[] {
  const out: MergeItem[] = [];
  for (let i = 0; i < n; i++) {
    const incident = i % (n / 2);
    out.push({
      id: `e${i}`,
      type: "attack",
      dateStart: day(incident % 300),
      dateEnd: day(incident % 300),
      datePrecision: "day",
      dateSource: "text",
      placeName: `Town ${incident}`,
      geonameId: 10_000 + incident,
      countryCode: "XX",
      lat: -60 + (incident % 100) * 1.2,
      lon: -170 + Math.floor(incident / 100) * 3.4,
      precision: "city",
      killed: i < n / 2 ? null : incident % 7,
      wounded: null,
      trigger: { start: 0, end: 1, text: "x" },
      excerpt: { start: 0, end: 1, text: "x" },
      toponym: null,
      date: null,
      weight: i < n / 2 ? 1 : 2,
    });
  }
  return out;
}

/** The quadratic reference, run per place (the big input's places are far apart), to stay quick. */
function mergeQuadraticOnBuckets(events: readonly MergeItem[]): EventOut[] {
  const byPlace = new Map<string, MergeItem[]>();
  for (const e of events) byPlace.set(e.placeName, [...(byPlace.get(e.placeName) ?? []), e]);
  const first = new Map(events.map((e, i) => [e.id, i]));
  return [...byPlace.values()]
    .flatMap((list) => mergeQuadratic(list))
    .sort((a, b) => first.get(a.id)! - first.get(b.id)!);
}
