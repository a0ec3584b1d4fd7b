/** The extract command on real files: order kept, bad input reported per article, exit status. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function extract(...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "src/cli/extract.ts", ...args], {
    encoding: "utf8",
  });
  const lines = r.stdout
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string; error?: string; events?: unknown[]; published?: string });
  return { status: r.status, lines, stderr: r.stderr };
}

describe("npm run extract", () => {
  const dir = mkdtempSync(join(tmpdir(), "cm-extract-"));

  it("reads a .txt seed with its metadata and succeeds", () => {
    const r = extract("seeds/004_149e1b2e533969c3.txt");
    expect(r.status).toBe(0);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]!.published).toBe("2016-09-20");
    expect(r.lines[0]!.events!.length).toBeGreaterThan(0);
  });

  it("keeps going past a malformed JSONL line, an empty text and a binary file, in input order", () => {
    const jsonl = join(dir, "batch.jsonl");
    writeFileSync(
      jsonl,
      [
        JSON.stringify({ id: "a", text: "Rockets hit Kabul on Friday.", published: "2020-06-13" }),
        "{not json",
        JSON.stringify({ id: "c", text: "", published: "2020-06-13" }),
        JSON.stringify({ id: "d", text: "Clashes in Sanaa on Monday.", published: "2020-06-13" }),
      ].join("\n"),
    );
    const bin = join(dir, "image.txt");
    writeFileSync(
      bin,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3, 0, 0, 0, 0]),
    );
    const r = extract("--published", "2020-06-13", jsonl, bin);
    expect(r.status).toBe(1);
    expect(r.lines.map((l) => l.id)).toEqual(["a", "batch.jsonl:2", "c", "d", "image.txt"]);
    expect(r.lines.map((l) => l.error ?? "ok")).toEqual([
      "ok",
      expect.stringMatching(/batch\.jsonl:2: not valid JSON/),
      expect.stringMatching(/empty/),
      "ok",
      expect.stringMatching(/binary/),
    ]);
    expect(r.stderr).toMatch(/error: batch\.jsonl:2/);
  });

  it("explains how to call it when given no file", () => {
    const r = extract();
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage: npm run -s extract/);
  });
});
