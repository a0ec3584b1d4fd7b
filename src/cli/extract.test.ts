/** The extract command on real files: order kept, bad input reported per article, exit status. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../testing/tempDir";
import { runExtract as extract } from "./cliTestHelpers";

describe("npm run extract", () => {
  const dir = tempDir("cm-extract-");

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
        JSON.stringify({ id: "d", text: "Clashes in Mogadishu on Monday.", published: "2020-06-13" }),
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
    expect(r.stderr).toMatch(/error: .*batch\.jsonl:2: not valid JSON/);
  });

  it("keeps input order across the worker pool for hundreds of articles", () => {
    const jsonl = join(dir, "many.jsonl");
    const texts = [
      "Shelling hit Kharkiv on Friday.",
      "Talks were held in Geneva on Monday.",
      "An airstrike hit Idlib.",
    ];
    writeFileSync(
      jsonl,
      Array.from({ length: 400 }, (_, i) =>
        JSON.stringify({ id: `m${i}`, text: texts[i % 3], published: "2021-05-05" }),
      ).join("\n"),
    );
    const r = extract("--threads", "2", jsonl);
    expect(r.status).toBe(0);
    expect(r.lines.map((l) => l.id)).toEqual(Array.from({ length: 400 }, (_, i) => `m${i}`));
  });

  it("reads .md and .html files through the shared input formats", () => {
    const md = join(dir, "note.md");
    writeFileSync(md, "# Clashes\n\nFighting broke out in **Mogadishu** on Monday, police said.\n");
    const html = join(dir, "page.html");
    const para =
      "Government forces shelled villages near Kharkiv on Friday, killing four people, officials said. ";
    writeFileSync(
      html,
      `<html><head><title>Shelling</title><meta property="article:published_time" content="2022-03-04T09:00:00Z"></head>` +
        `<body><nav>Home</nav><article><p>${para.repeat(4)}</p><p>The governor&#X2019;s office and &#99999999; said more.</p></article></body></html>`,
    );
    const r = extract("--published", "2021-01-04", md, html);
    expect(r.lines.map((l) => l.id)).toEqual(["note.md", "page.html"]);
    expect(r.lines[0]!.text).toBe("Clashes\n\nFighting broke out in Mogadishu on Monday, police said.");
    expect(r.lines[1]!.published).toBe("2021-01-04");
    expect(r.lines[1]!.text).toContain("The governor’s office and \uFFFD said more.");
    expect(r.lines[1]!.events!.length).toBeGreaterThan(0);
    expect(r.status).toBe(0);
  });

  it("explains how to call it when given no file", () => {
    const r = extract();
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage: npm run -s extract/);
  });
});
