/**
 * The exports' admin1 column: the first-level region of the incident's place, as the gazetteer has it,
 * carried by the pipeline's output (ToponymOut.admin1) into the CSV and GeoJSON.
 */
import { describe, expect, it } from "vitest";
import { buildIncidents } from "../app/workbench/buildIncidents";
import { anchorOf, type Correction } from "../workbench/corrections";
import { exportIncidents } from "../app/workbench/exportSource";
import { extractArticle } from "../pipeline/extract";
import type { ArticleResult } from "../pipeline/contract";
import { realGazetteer } from "../testing/realGazetteer";
import { exportCsv } from "./exportCsv";

const gazetteer = realGazetteer();

/** The gazetteer's own answer: the region of the most populous place of that name. */
function regionOf(name: string): { code: string; name: string } {
  const place = [...gazetteer.lookup(name.toLowerCase())]
    .filter((p) => p.kind === "city")
    .sort((a, b) => b.population - a.population)[0]!;
  const region = gazetteer.admin1(place.countryCode, place.admin1)!;
  return { code: place.admin1, name: region.name };
}

function exportOf(articles: ArticleResult[], corrections: Correction[] = []) {
  const built = buildIncidents(articles, corrections, []);
  return exportIncidents(
    built.incidents.map((i) => i.key),
    built,
    articles,
    new Map(),
    corrections,
    [],
  );
}

describe("admin1 in the exports", () => {
  const article = extractArticle(
    {
      id: "a1",
      published: "2023-06-10",
      text: "Artillery shells hit Mopti, Mali on Monday, killing 4 civilians, local officials said.",
    },
    gazetteer,
  );

  it("the pipeline's toponym carries the first-level region of its place", () => {
    const mopti = article.toponyms.find((t) => t.text === "Mopti")!;
    expect(mopti.admin1).toEqual(regionOf("Mopti"));
    const mali = article.toponyms.find((t) => t.text === "Mali")!;
    expect(mali.admin1).toBeUndefined();
  });

  it("fills the GeoJSON and CSV admin1 column from it", () => {
    const collection = exportOf([article]);
    const expected = regionOf("Mopti").name;
    expect(collection.features).toHaveLength(1);
    expect(collection.features[0]!.properties.admin1).toBe(expected);
    const [header, row] = exportCsv(collection).split("\r\n");
    const at = header!.split(",").indexOf("admin1");
    expect(row!.split(",")[at]).toBe(expected);
  });

  it("follows a correction to another candidate, and is empty for a point placed on the map", () => {
    const event = article.events[0]!;
    const mopti = article.toponyms[event.toponym!]!;
    const other = mopti.alternatives[0]!;
    const toOther: Correction = {
      id: "c1",
      articleKey: "a1",
      anchor: anchorOf(article, event),
      change: {
        kind: "place",
        placeName: other.name,
        countryCode: other.countryCode,
        geonameId: other.geonameId,
        lat: other.lat,
        lon: other.lon,
        precision: "region",
        via: "alternative",
      },
      createdAt: 1,
    };
    const p = exportOf([article], [toOther]).features[0]!.properties;
    expect(p.location).toBe(other.name);
    expect(p.admin1).toBe(other.admin1?.name ?? "");
    expect(p.admin1).not.toBe("");
    const onMap: Correction = {
      ...toOther,
      id: "c2",
      change: {
        ...toOther.change,
        placeName: "Point placed on the map",
        geonameId: null,
        via: "map",
      } as Correction["change"],
      createdAt: 2,
    };
    expect(exportOf([article], [onMap]).features[0]!.properties.admin1).toBe("");
  });
});
