/** `npm run explain` on real files: every stage in order, and resolution's features. */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../testing/tempDir";
import { PIPELINE } from "../pipeline/stages";

function explain(...args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", "src/cli/explain.ts", ...args], {
    encoding: "utf8",
  });
}

describe("npm run explain", () => {
  const dir = tempDir("cm-explain-");
  const text =
    "Militants shelled Mopti, Mali, on Tuesday, killing four people. " +
    "Malian officials in Bamako said the army responded near Sévaré.";

  it("traces every stage in order and shows why a place won", () => {
    const file = join(dir, "mopti.txt");
    writeFileSync(file, text);
    const r = explain(file, "--published", "2022-03-10");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const heads = r.stdout
      .split("\n")
      .map((l) => /^(\d+)\. (\S+) \(\d+\.\d+ ms\)/.exec(l))
      .filter((m) => m !== null);
    expect(heads.map((m) => m[2])).toEqual(PIPELINE.map((s) => s.name));
    const resolve = r.stdout.slice(r.stdout.indexOf(". resolve ("), r.stdout.indexOf(". metonymy ("));
    expect(resolve).toMatch(/"Mopti" 18-23 -> Mopti, ML/);
    // The features of the fitted model (resolutionWeights.json), each weight × value.
    expect(resolve).toMatch(/won: +total [\d.]+ = \w+ -?[\d.]+ \+ .*parent [\d.]+/);
    expect(resolve).toMatch(/runner-up: .* score 0\.\d{3}, total -?[\d.]+ = \w+ -?[\d.]+/);
    const dates = r.stdout.slice(r.stdout.indexOf(". dates ("));
    expect(dates).toMatch(/"on Tuesday" \d+-\d+ -> 2022-03-08\.\.2022-03-08 day/);
    expect(r.stdout).toMatch(/^result: \d+ toponyms, 1 dates, [1-9]\d* events$/m);
  });

  it("shows the spans the name filters dropped with their reasons, the triggers and the casualties", () => {
    const file = join(dir, "dropped.txt");
    writeFileSync(
      file,
      "UN officials said gunmen attacked a bus near Mosul, killing two people. The Washington Post said more.",
    );
    const r = explain(file, "--published", "2022-03-10");
    expect(r.status).toBe(0);
    const section = (from: string, to: string) =>
      r.stdout.slice(r.stdout.indexOf(`. ${from} (`), r.stdout.indexOf(`. ${to} (`));
    const filters = section("name-filters", "dateline");
    expect(filters).toMatch(/dropped: [1-9]/);
    expect(filters).toMatch(/"UN" 0-2 by acronym: a short acronym/);
    expect(filters).toMatch(/"Washington" \d+-\d+ by street-or-title: part of a name headed by "post"/);
    expect(section("triggers", "casualties")).toMatch(
      /"attacked" \d+-\d+ attack weight [\d.]+ in sentence 0, main/,
    );
    expect(section("casualties", "assembly")).toMatch(/sentence 0, for "attacked": killed 2/);
  });

  it("reads the first line of a JSONL file, and reports a missing file", () => {
    const file = join(dir, "two.jsonl");
    writeFileSync(
      file,
      [
        JSON.stringify({ id: "first", text, published: "2022-03-10" }),
        JSON.stringify({ id: "second", text: "Clashes in Gao.", published: "2022-03-10" }),
      ].join("\n"),
    );
    const r = explain(file);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^article "first", published 2022-03-10/);
    expect(r.stdout).not.toMatch(/"Gao"/);
    const missing = explain(join(dir, "nope.txt"));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/nope\.txt: no such file/);
    expect(missing.stdout).toBe("");
  });
});
