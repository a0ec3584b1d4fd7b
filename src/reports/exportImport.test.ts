import { describe, expect, it } from "vitest";
import { buildIncidents } from "../app/workbench/buildIncidents";
import { anchorOf, type Correction } from "../workbench/corrections";
import { exportIncidents } from "../app/workbench/exportSource";
import { fixtureArticle } from "../workbench/fixtures";
import type { ArticleResult } from "../pipeline/contract";
import { CSV_COLUMNS, csvCell, exportCsv } from "./exportCsv";
import { importGeoJson } from "./importGeoJson";
import type { MergeDecision } from "./mergeReports";

const a = fixtureArticle(
  "outlet-a",
  [
    {
      sentence: 'Militants attacked a checkpoint in Menaka on Friday, killing 5 "soldiers", officials said.',
      trigger: "attacked",
      place: "Menaka",
      lat: 15.92,
      lon: 2.4,
      killed: 5,
    },
    {
      sentence: '=HYPERLINK("x") Aid reached Ansongo.',
      trigger: "Aid",
      place: "Ansongo",
      type: "aid",
      lat: 15.66,
      lon: 0.5,
    },
  ],
  { url: "https://news.example.org/menaka" },
);
const b = fixtureArticle("outlet-b", [
  {
    sentence: "At least 8 soldiers died when gunmen attacked a post near Menaka.",
    trigger: "attacked",
    place: "Menaka",
    lat: 15.93,
    lon: 2.41,
    killed: 8,
  },
]);
const articles: ArticleResult[] = [a, b];
const corrections: Correction[] = [
  {
    id: "c1",
    articleKey: "outlet-a",
    anchor: anchorOf(a, a.events[1]!),
    change: { kind: "date", dateStart: "2023-06-01", dateEnd: "2023-06-01", datePrecision: "day" },
    createdAt: 1,
  },
];
const decisions: MergeDecision[] = [];

function exportAll(list: readonly ArticleResult[], cs: readonly Correction[], ds: readonly MergeDecision[]) {
  const built = buildIncidents(list, cs, ds);
  return exportIncidents(
    built.incidents.map((i) => i.key),
    built,
    list,
    new Map(),
    cs,
    ds,
    "2023-06-10T00:00:00.000Z",
  );
}

describe("exportGeoJson", () => {
  const collection = exportAll(articles, corrections, decisions);
  it("writes one feature a merged incident, with every report and why they were merged", () => {
    expect(collection.features).toHaveLength(2);
    const menaka = collection.features.find((f) => f.properties.location === "Menaka")!;
    expect(menaka.properties.reports.map((r) => r.article).sort()).toEqual(["outlet-a", "outlet-b"]);
    expect(menaka.properties.fatalities).toBe(5);
    expect(menaka.properties.notes).toMatch(/merged: .*same kind of event/);
    expect(menaka.properties.notes).toMatch(/killed: 5–8/);
    expect(menaka.properties.country).toBe("Mali");
    expect(menaka.geometry.coordinates).toHaveLength(2);
  });
  it("marks the user's corrections", () => {
    const aid = collection.features.find((f) => f.properties.location === "Ansongo")!;
    expect(aid.properties.user_corrected).toBe(true);
    expect(aid.properties.event_date).toBe("2023-06-01");
    expect(aid.properties.notes).toMatch(/user correction: date set to 2023-06-01/);
  });
});

describe("importGeoJson", () => {
  it("reads an export back without loss: the same incidents, corrections and decisions", () => {
    const split: MergeDecision = {
      id: "s",
      kind: "split",
      key: "outlet-b::e0",
      others: ["outlet-a::e0"],
      createdAt: 3,
    };
    const first = exportAll(articles, corrections, [split]);
    expect(first.features).toHaveLength(3);
    const imported = importGeoJson(JSON.stringify(first), "work.geojson");
    expect(imported.problems).toEqual([]);
    expect(imported.featureCount).toBe(3);
    const results = imported.articles.map((x) => x.result!);
    const again = exportAll(results, imported.corrections, imported.mergeDecisions);
    expect(again.features).toEqual(first.features);
    expect(again.conflictMap.corrections).toEqual(first.conflictMap.corrections);
    expect(again.conflictMap.mergeDecisions).toEqual([split]);
  });
  it("explains what is wrong with a file it cannot read, and reads nothing from it", () => {
    expect(importGeoJson("{nope", "x.geojson").problems[0]).toMatch(/^x.geojson is not valid JSON/);
    expect(importGeoJson('{"type":"Feature"}', "x.geojson").problems[0]).toMatch(
      /not a GeoJSON FeatureCollection/,
    );
    const foreign = importGeoJson('{"type":"FeatureCollection","features":[{}]}', "acled.geojson");
    expect(foreign.articles).toEqual([]);
    expect(foreign.problems[0]).toMatch(/not a Conflict Map export/);
  });
  it("skips malformed records and says how many", () => {
    const c = exportAll(articles, corrections, decisions);
    const broken = {
      ...c,
      conflictMap: { ...c.conflictMap, articles: [...c.conflictMap.articles, { key: 3 }] },
    };
    const imported = importGeoJson("\uFEFF" + JSON.stringify(broken), "b.geojson");
    expect(imported.articles).toHaveLength(2);
    expect(imported.problems).toEqual(["b.geojson: 1 malformed article(s) skipped."]);
  });
});

describe("exportCsv", () => {
  const csv = exportCsv(exportAll(articles, corrections, decisions));
  const lines = csv.trimEnd().split("\r\n");
  it("has the ACLED-like header and one row an incident", () => {
    expect(lines[0]).toBe(CSV_COLUMNS.join(","));
    expect(lines[0]).toMatch(
      /^event_date,time_precision,event_type,location,admin1,country,latitude,longitude,fatalities,source,notes,excerpt,date_words,place_words,user_corrected/,
    );
  });
  it("quotes text and neutralises formulas", () => {
    expect(csv).toContain('killing 5 ""soldiers"", officials said.');
    expect(csvCell('=HYPERLINK("x") Aid')).toBe('"\'=HYPERLINK(""x"") Aid"');
    expect(csvCell(-4.5)).toBe("-4.5");
    expect(csvCell(null)).toBe("");
  });
  it("says which rows the user corrected", () => {
    const col = CSV_COLUMNS.indexOf("user_corrected");
    expect(lines.slice(1).some((l) => l.includes(",yes,"))).toBe(true);
    expect(col).toBeGreaterThan(0);
  });
});

describe("bidirectional controls in exports", () => {
  it("keeps them in titles and excerpts, in the CSV, the GeoJSON and back through an import", () => {
    const rlo = "\u202E";
    const bidi = fixtureArticle(
      "bidi",
      [
        {
          sentence: `Gunmen attacked Menaka ${rlo}at dawn, killing 2.`,
          trigger: "attacked",
          place: "Menaka",
          lat: 15.92,
          lon: 2.4,
          killed: 2,
        },
      ],
      { title: `Attack ${rlo}in Menaka` },
    );
    const collection = exportAll([bidi], [], []);
    const p = collection.features[0]!.properties;
    expect(p.source).toBe(`Attack ${rlo}in Menaka`);
    expect(p.excerpt).toContain(`${rlo}at dawn`);
    const csv = exportCsv(collection);
    expect(csv).toContain(`Attack ${rlo}in Menaka`);
    expect(csv).toContain(`${rlo}at dawn`);
    const back = importGeoJson(JSON.stringify(collection), "bidi.geojson");
    expect(back.articles[0]!.result!.title).toBe(`Attack ${rlo}in Menaka`);
  });
});
