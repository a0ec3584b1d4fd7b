import { describe, expect, it } from "vitest";
import { parseDay } from "../../time/days";
import { decodeIncidentSet, encodeIncidentSet } from "./binaryIncidentSet";
import { articlesOfSet } from "./setArticles";
import { readIncidentSet } from "./readIncidentSet";

function streamOf(bytes: Uint8Array, cuts: number[]): ReadableStream<Uint8Array> {
  const points = [0, ...cuts.filter((c) => c > 0 && c < bytes.length).sort((a, b) => a - b), bytes.length];
  let i = 0;
  return new ReadableStream({
    pull(controller) {
      if (i + 1 >= points.length) {
        controller.close();
        return;
      }
      controller.enqueue(bytes.slice(points[i], points[i + 1]));
      i++;
    },
  });
}

const feature = (id: string, lon: number, lat: number, props: Record<string, unknown>) => ({
  type: "Feature",
  id,
  geometry: { type: "Point", coordinates: [lon, lat] },
  properties: props,
});

const collection = {
  type: "FeatureCollection",
  crs: { type: "name", properties: { name: "urn:ogc:def:crs:OGC:1.3:CRS84" } },
  features: [
    feature("late", 32.53, 15.59, {
      dateStart: "2023-05-02",
      dateEnd: "2023-05-03",
      type: "shelling",
      precision: "city",
      killed: 4,
      wounded: 9,
      placeName: "Khartoum",
      countryCode: "SD",
      excerpt: 'Shelling in "Khartoum" {braces} and \\ backslash',
      article: { id: "a1", title: "Sudan report", published: "2023-05-03" },
    }),
    feature("early", 45.03, 12.79, {
      date_start: "2021-01-10",
      event_type: "airstrike",
      precision: "near",
      fatalities: 2,
      place: "Aden",
      country_code: "ye",
      excerpt: { start: 0, end: 5, text: "Airstrike near Aden" },
      userEdited: true,
    }),
    feature("bad", 0, 0, { dateStart: "not a date" }),
    { type: "Feature", geometry: { type: "LineString", coordinates: [] }, properties: {} },
    feature("country", 45.0, 15.5, {
      dateStart: "2022-02-01",
      dateEnd: "2022-02-28",
      datePrecision: "month",
      type: "mystery",
      precision: "country",
      placeName: "Yemen",
      countryCode: "YE",
      excerpt: "Airstrike near Aden",
    }),
  ],
};

describe("reading an incident set", () => {
  const bytes = new TextEncoder().encode(JSON.stringify(collection, null, 1));

  it("reads a GeoJSON FeatureCollection however it is cut into chunks", async () => {
    let seed = 3;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const reference = await readIncidentSet(streamOf(bytes, []), "file.geojson");
    for (let trial = 0; trial < 30; trial++) {
      const cuts = Array.from({ length: 1 + Math.floor(rand() * 20) }, () => Math.floor(rand() * bytes.length));
      const { set, skipped } = await readIncidentSet(streamOf(bytes, cuts), "file.geojson");
      expect(set.length).toBe(3);
      expect(skipped).toBe(2);
      expect([...set.t0]).toEqual([...reference.set.t0]);
      expect(set.excerpts).toEqual(reference.set.excerpts);
    }
  });

  it("keeps every field, sorted by time, with the strings shared", async () => {
    const { set, skipped, firstProblem, format } = await readIncidentSet(streamOf(bytes, [100, 200]), "file.geojson");
    expect(format).toBe("geojson");
    expect(skipped).toBe(2);
    expect(firstProblem).toMatch(/no valid start date/);
    expect(set.ids).toEqual(["early", "country", "late"]);
    expect([...set.t0]).toEqual([parseDay("2021-01-10"), parseDay("2022-02-01"), parseDay("2023-05-02")]);
    expect(set.t1[1]).toBe(parseDay("2022-02-28"));
    // One copy of the excerpt two incidents share.
    expect(set.excerpts.filter((e) => e === "Airstrike near Aden")).toHaveLength(1);
    const articles = articlesOfSet(set);
    const events = articles.flatMap((a) => a.events);
    const late = events.find((e) => e.id === "late");
    expect(late).toMatchObject({
      type: "shelling",
      dateStart: "2023-05-02",
      dateEnd: "2023-05-03",
      placeName: "Khartoum",
      countryCode: "SD",
      precision: "city",
      killed: 4,
      wounded: 9,
    });
    expect(late?.excerpt.text).toBe('Shelling in "Khartoum" {braces} and \\ backslash');
    expect(events.find((e) => e.id === "early")).toMatchObject({ type: "airstrike", countryCode: "YE", killed: 2 });
    expect(events.find((e) => e.id === "country")).toMatchObject({ type: "other", datePrecision: "month" });
    expect(articles.map((a) => a.id).sort()).toEqual(["a1", "file.geojson"]);
    expect(set.flags[0]).toBe(1);
  });

  it("round-trips through the binary format", async () => {
    const { set } = await readIncidentSet(streamOf(bytes, []), "file.geojson");
    const encoded = encodeIncidentSet(set);
    const again = await readIncidentSet(streamOf(encoded, [7, 33, 90]), "file.cmis");
    expect(again.format).toBe("binary");
    expect(articlesOfSet(again.set)).toEqual(articlesOfSet(set));
  });

  it("says what is wrong with a bad file", async () => {
    const read = (text: string) => readIncidentSet(streamOf(new TextEncoder().encode(text), []), "x");
    await expect(read("")).rejects.toThrow(/empty/);
    await expect(read('{"type":"FeatureCollection","features":[{"type":"Feature"')).rejects.toThrow(/middle/);
    await expect(read('{"type":"FeatureCollection","features":[{"a": tru}]}')).rejects.toThrow(/malformed/);
    await expect(read('{"hello": "world"}')).rejects.toThrow(/no incidents found/);
    const { set } = await readIncidentSet(streamOf(bytes, []), "f");
    const cut = encodeIncidentSet(set).slice(0, 40);
    expect(() => decodeIncidentSet(cut)).toThrow(/cut short/);
  });
});
