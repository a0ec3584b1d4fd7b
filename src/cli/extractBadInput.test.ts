/**
 * One bad input among good ones, for each kind a user runs into: the real extract command on real
 * temp files. Each gives one clear line on stderr naming the input, every other article is still
 * extracted, and the exit status says something failed.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../testing/tempDir";
import { RAW_CONTROL, runExtract } from "./cliTestHelpers";

const REPORT = "Rebels shelled the outskirts of Goma on Friday, killing two people, the army said.";
const dir = tempDir("cm-extract-bad-");
let n = 0;
function file(name: string, content: string | Buffer): string {
  const sub = join(dir, String(++n));
  mkdirSync(sub, { recursive: true });
  const path = join(sub, name);
  writeFileSync(path, content);
  return path;
}
const good = () => file("good.txt", REPORT);
const errorLines = (stderr: string) => stderr.split("\n").filter((l) => l.startsWith("error:"));
// --threads 1: one gazetteer to load per run, the same code path as a pool of any size.
const extract = (...args: string[]) => runExtract("--threads", "1", "--published", "2021-06-04", ...args);

describe("extract: one bad input never aborts the batch", () => {
  it("a directory among the files", () => {
    const folder = join(dir, "a-folder");
    mkdirSync(folder);
    const r = extract(good(), folder, good());
    expect(r.lines.map((l) => l.id)).toEqual(["good.txt", "a-folder", "good.txt"]);
    expect(r.lines.filter((l) => !l.error)).toHaveLength(2);
    expect(errorLines(r.stderr)).toEqual([
      `error: ${folder}: is a directory (give the files in it, e.g. dir/*.txt)`,
    ]);
    expect(r.status).toBe(1);
  });

  it("a missing file", () => {
    const missing = join(dir, "nowhere", "gone.txt");
    const r = extract(missing, good());
    expect(r.lines.map((l) => [l.id, l.error ?? "ok"])).toEqual([
      ["gone.txt", `${missing}: no such file`],
      ["good.txt", "ok"],
    ]);
    expect(errorLines(r.stderr)).toEqual([`error: ${missing}: no such file`]);
    expect(r.status).toBe(1);
  });

  it("an unreadable file (symbolic links in a loop)", () => {
    const a = join(dir, "loop-a.txt");
    symlinkSync(join(dir, "loop-b.txt"), a);
    symlinkSync(a, join(dir, "loop-b.txt"));
    const r = extract(good(), a);
    expect(r.lines.map((l) => l.error ?? "ok")).toEqual([
      "ok",
      `${a}: cannot be read (its symbolic links form a loop)`,
    ]);
    expect(errorLines(r.stderr)).toHaveLength(1);
    expect(r.status).toBe(1);
  });

  it("a malformed sidecar articles.json: named once, its files still extracted", () => {
    const txt = file("report.txt", REPORT);
    const sidecar = join(dir, String(n), "articles.json");
    writeFileSync(sidecar, '{"articles": [{"file": "report.txt", "title": "x",}]}');
    writeFileSync(join(dir, String(n), "second.txt"), REPORT);
    const r = extract(txt, join(dir, String(n), "second.txt"));
    expect(r.lines.map((l) => [l.id, l.error ?? "ok"])).toEqual([
      ["report.txt", "ok"],
      ["second.txt", "ok"],
    ]);
    expect(errorLines(r.stderr)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^error: ${sidecar.replace(/[.]/g, "\\.")}: not valid JSON \\(.+\\); its metadata was not used$`,
        ),
      ),
    ]);
    expect(r.status).toBe(1);
  });

  it("a byte-order mark at the start of a .txt and of a .jsonl", () => {
    const txt = file("bom.txt", "\ufeff" + REPORT);
    const jsonl = file("bom.jsonl", "\ufeff" + JSON.stringify({ id: "j1", text: REPORT }) + "\n");
    const r = extract(txt, jsonl);
    expect(r.lines.map((l) => [l.id, l.error ?? "ok", l.text])).toEqual([
      ["bom.txt", "ok", REPORT],
      ["j1", "ok", REPORT],
    ]);
    expect(r.status).toBe(0);
  });

  it("upper-case extensions", () => {
    const r = extract(
      file("UPPER.TXT", REPORT),
      file("FEED.JSONL", JSON.stringify({ id: "u2", text: REPORT })),
      file("PAGE.HTML", `<html><body><article><p>${REPORT} ${REPORT} ${REPORT}</p></article></body></html>`),
      file("NOTE.MD", `# Goma\n\n${REPORT}`),
    );
    expect(r.lines.map((l) => [l.id, l.error ?? "ok"])).toEqual([
      ["UPPER.TXT", "ok"],
      ["u2", "ok"],
      ["PAGE.HTML", "ok"],
      ["NOTE.MD", "ok"],
    ]);
    expect(r.status).toBe(0);
  });

  it("a closed pipe (| head -1) ends quietly, without a stack trace", () => {
    const many = Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: `p${i}`, text: REPORT })).join(
      "\n",
    );
    const jsonl = file("many.jsonl", many);
    const r = spawnSync(
      "bash",
      [
        "-c",
        'set -o pipefail; "$0" --import tsx src/cli/extract.ts --threads 1 --published 2021-06-04 "$1" | head -1; echo "status ${PIPESTATUS[0]}" >&2',
        process.execPath,
        jsonl,
      ],
      { encoding: "utf8" },
    );
    expect(r.stdout.split("\n").filter(Boolean)).toHaveLength(1);
    expect(JSON.parse(r.stdout).id).toBe("p0");
    expect(r.stderr.trim()).toBe("status 0");
  });

  it("control characters in a file name and in a malformed line are escaped, never echoed raw", () => {
    const evil = file(
      "evil\u001b[2J\u009b31m\u202e.jsonl",
      `{"id": "x", "text": \u001b]0;owned\u0007}\n${JSON.stringify({ id: "ok", text: REPORT })}`,
    );
    const r = extract(evil);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(errorLines(r.stderr)).toEqual([
      expect.stringMatching(/evil\\x1B\[2J\\x9B31m\\u202E\.jsonl:1: not valid JSON/),
    ]);
    expect(r.lines.map((l) => l.id)).toEqual(["evil\\x1B[2J\\x9B31m\\u202E.jsonl:1", "ok"]);
    expect(r.status).toBe(1);
  });

  it("an article without any publication date is still extracted when no date is given", () => {
    const r = runExtract("--threads", "1", file("undated.txt", REPORT));
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatchObject({ id: "undated.txt", published: "" });
    expect(r.lines[0]!.error).toBeUndefined();
    expect((r.lines[0] as { toponyms?: { name: string }[] }).toponyms!.map((t) => t.name)).toContain("Goma");
    expect(r.status).toBe(0);
  });
});
