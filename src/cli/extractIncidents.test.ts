/** extract --incidents: the merged incidents of a batch as GeoJSON, on the real command. */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { tempDir } from "../testing/tempDir";

interface Collection {
  type: string;
  features: {
    geometry: { type: string; coordinates: number[] };
    properties: { location: string; reports: { article: string }[] };
  }[];
}

describe("extract --incidents", () => {
  it("prints one FeatureCollection where two articles about one event are one incident", () => {
    const file = join(tempDir("cm-incidents-", onTestFinished), "batch.jsonl");
    const line = (id: string, text: string) =>
      JSON.stringify({ id, title: id, text, published: "2021-03-03" });
    writeFileSync(
      file,
      [
        line("r1", "An airstrike hit Mosul on Monday, killing five people, officials said."),
        line("r2", "Warplanes bombed Mosul on Monday, killing seven civilians, witnesses said."),
        "{broken",
        line("r3", "Fighting broke out in Goma on Tuesday, police said."),
      ].join("\n"),
    );
    const r = spawnSync(
      process.execPath,
      ["--import", "tsx", "src/cli/extract.ts", "--threads", "1", "--incidents", file],
      {
        encoding: "utf8",
      },
    );
    const collection = JSON.parse(r.stdout) as Collection;
    expect(collection.type).toBe("FeatureCollection");
    const byPlace = Object.fromEntries(
      collection.features.map((f) => [
        f.properties.location,
        f.properties.reports.map((x) => x.article).sort(),
      ]),
    );
    expect(byPlace).toEqual({ Mosul: ["r1", "r2"], Goma: ["r3"] });
    expect(collection.features.every((f) => f.geometry.type === "Point")).toBe(true);
    expect(r.stderr).toMatch(/error: .*batch\.jsonl:3: not valid JSON/);
    expect(r.status).toBe(1);
  });
});
