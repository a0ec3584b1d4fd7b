/** The shared input formats on real bytes, parsed with real linkedom: every format and every bad input. */
import { describe, expect, it } from "vitest";
import { parseInputEntries, parseInputFile } from "./parseInputFile";
import { parseHtmlWithLinkedom } from "./linkedomParser";
import { MAX_ARTICLE_CHARS, MAX_FILE_BYTES } from "./limits";
import type { ParseOptions } from "./types";

const enc = new TextEncoder();
const options: ParseOptions = { parseHtml: parseHtmlWithLinkedom };
const parse = (name: string, content: string | Uint8Array, opts: Partial<ParseOptions> = {}) =>
  parseInputFile(
    { name, bytes: typeof content === "string" ? enc.encode(content) : content },
    { ...options, ...opts },
  );

const REPORT =
  "Artillery fire hit the outskirts of Kharkiv on Friday, killing three civilians, regional officials said. " +
  "Residents of nearby villages said the shelling lasted most of the night and damaged a school. ";
const page = (head: string, body: string) =>
  `<!DOCTYPE html><html><head>${head}</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>` +
  `<article>${body}</article><footer>Copyright the newspaper</footer></body></html>`;
const paragraphs = `<p>${REPORT.repeat(3)}</p><p>A second paragraph about <b>Kharkiv</b> and its region, ${REPORT}</p>`;

describe("parseInputFile: formats", () => {
  it("reads a .txt file as one article named by its file, whatever the case of the extension", () => {
    for (const name of ["report.txt", "REPORT.TXT", "dir/sub/Report.Txt"]) {
      const r = parse(name, REPORT);
      expect(r.problems).toEqual([]);
      expect(r.articles).toEqual([{ id: name.split("/").pop(), text: REPORT, source: name, format: "txt" }]);
    }
  });

  it("drops a UTF-8 byte-order mark and reads UTF-16 with its mark", () => {
    expect(parse("a.txt", "\ufeff" + REPORT).articles[0]!.text).toBe(REPORT);
    const utf16 = new Uint8Array(2 + REPORT.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < REPORT.length; i++) utf16[2 + 2 * i] = REPORT.charCodeAt(i);
    expect(parse("b.txt", utf16).articles[0]!.text).toBe(REPORT);
  });

  it("turns Markdown into plain text: no marks left, every word where the text says it is", () => {
    const md =
      "# Shelling near Kharkiv\n\nShelling hit *Kharkiv* on [Friday](https://example.org), officials said.\n\n- one **school** damaged\n- `two` roads closed\n";
    const r = parse("note.MD", md);
    const a = r.articles[0]!;
    expect(a.format).toBe("md");
    expect(a.title).toBe("Shelling near Kharkiv");
    expect(a.text).toBe(
      "Shelling near Kharkiv\n\nShelling hit Kharkiv on Friday, officials said.\n\none school damaged\n\ntwo roads closed",
    );
    const at = a.text.indexOf("Kharkiv on");
    expect(a.text.slice(at, at + 7)).toBe("Kharkiv");
    expect(a.text).not.toMatch(/[*`[\]#]/);
  });

  it("extracts the article of an .html page with its title, canonical URL and date; navigation and footer dropped", () => {
    const html = page(
      '<title>Night of shelling - The Daily</title><meta property="article:published_time" content="2022-03-04T21:30:00+02:00">' +
        '<link rel="canonical" href="https://news.example.org/kharkiv">',
      `<h1>Night of shelling</h1>${paragraphs}`,
    );
    const r = parse("page.HTM", html);
    expect(r.problems).toEqual([]);
    const a = r.articles[0]!;
    expect(a).toMatchObject({
      id: "page.HTM",
      format: "html",
      published: "2022-03-04",
      url: "https://news.example.org/kharkiv",
    });
    expect(a.title).toMatch(/Night of shelling/);
    expect(a.text).toContain(REPORT.trim());
    expect(a.text).toContain("A second paragraph about Kharkiv and its region");
    expect(a.text).toMatch(/school\.\n\nA second paragraph/);
    expect(a.text).not.toMatch(/Home|Copyright|</);
  });

  it("finds the publication date in <time datetime>, JSON-LD or other meta tags", () => {
    const cases: [string, string, string][] = [
      ["", `<p><time datetime="2021-11-02T08:00:00Z">2 Nov</time></p>${paragraphs}`, "2021-11-02"],
      [
        '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2020-05-06"}]}</script>',
        paragraphs,
        "2020-05-06",
      ],
      ['<meta itemprop="datePublished" content="2019-07-08">', paragraphs, "2019-07-08"],
      ['<meta name="date" content="2018-01-31">', paragraphs, "2018-01-31"],
    ];
    for (const [head, body, day] of cases)
      expect(parse("p.html", page(head, body)).articles[0]!.published).toBe(day);
  });

  it("keeps an article without any publication date, with no problem", () => {
    const r = parse("undated.html", page("<title>x</title>", paragraphs));
    expect(r.problems).toEqual([]);
    expect(r.articles[0]!.published).toBeUndefined();
    expect(parse("undated.txt", REPORT).articles[0]!.published).toBeUndefined();
  });

  it("takes metadata given beside the file over the file's own, and the default date last", () => {
    const html = page('<meta property="article:published_time" content="2022-03-04">', paragraphs);
    const metadata = (name: string) =>
      name === "given.html" ? { title: "Given", published: "2022-03-01" } : undefined;
    expect(parse("given.html", html, { metadata, published: "2000-01-01" }).articles[0]).toMatchObject({
      title: "Given",
      published: "2022-03-01",
    });
    expect(parse("other.html", html, { metadata, published: "2000-01-01" }).articles[0]!.published).toBe(
      "2022-03-04",
    );
    expect(parse("other.txt", REPORT, { metadata, published: "2000-01-01" }).articles[0]!.published).toBe(
      "2000-01-01",
    );
  });

  it("reads .jsonl one article a line, with a byte-order mark, CRLF line ends and numeric ids", () => {
    const jsonl =
      "\ufeff" +
      [
        JSON.stringify({
          id: "k1",
          text: REPORT,
          title: "One",
          published: "2022-03-04T10:00:00Z",
          url: "https://x.example/1",
        }),
        JSON.stringify({ id: 7, text: REPORT }),
        "",
        JSON.stringify({ text: REPORT }),
      ].join("\r\n");
    const r = parse("Batch.JSONL", jsonl, { published: "2022-01-01" });
    expect(r.problems).toEqual([]);
    expect(r.articles.map((a) => [a.id, a.source, a.published, a.title])).toEqual([
      ["k1", "Batch.JSONL:1", "2022-03-04", "One"],
      ["7", "Batch.JSONL:2", "2022-01-01", undefined],
      ["Batch.JSONL:4", "Batch.JSONL:4", "2022-01-01", undefined],
    ]);
    expect(r.articles[0]!.url).toBe("https://x.example/1");
  });
});

describe("parseInputFile: bad input, each a clear problem and nothing else lost", () => {
  it("names a malformed JSONL line by file:line and keeps every other line, in order", () => {
    const jsonl = [
      JSON.stringify({ id: "a", text: REPORT }),
      "{not json",
      "[1,2]",
      JSON.stringify({ id: "d", title: "no text" }),
      JSON.stringify({ id: "e", text: "   " }),
      JSON.stringify({ id: "f", text: REPORT }),
    ].join("\n");
    const entries = parseInputEntries({ name: "feed.jsonl", bytes: enc.encode(jsonl) }, options);
    expect(entries.map((e) => ("article" in e ? e.article.id : e.problem.message))).toEqual([
      "a",
      expect.stringMatching(/^feed\.jsonl:2: not valid JSON \(.+\); the line was skipped$/),
      expect.stringMatching(/^feed\.jsonl:3: not a JSON object/),
      expect.stringMatching(/^feed\.jsonl:4: it has no "text" string/),
      expect.stringMatching(/^feed\.jsonl:5: the article text is empty/),
      "f",
    ]);
    expect(entries[3]).toMatchObject({ problem: { id: "d", source: "feed.jsonl:4" } });
  });

  it("says an empty file is empty, in every format", () => {
    for (const name of ["e.txt", "e.md", "e.html", "e.jsonl"]) {
      const r = parse(name, "");
      expect(r.articles).toEqual([]);
      expect(r.problems).toEqual([
        {
          source: name,
          message: expect.stringMatching(new RegExp(`^${name.replace(".", "\\.")}: the file is empty`)),
        },
      ]);
    }
    expect(parse("blank.txt", "  \n\t\n").problems[0]!.message).toMatch(/blank\.txt: the file is empty/);
  });

  it("finds binary data anywhere in the file, not only at its start", () => {
    const text = enc.encode(REPORT.repeat(100));
    const withNulAt = (at: number) => {
      const b = new Uint8Array(text.length + 1);
      b.set(text.subarray(0, at));
      b[at] = 0;
      b.set(text.subarray(at), at + 1);
      return b;
    };
    expect(parse("start.txt", withNulAt(0)).problems[0]!.message).toMatch(
      /^start\.txt: contains binary data \(a NUL byte at byte 0\)/,
    );
    expect(parse("late.txt", withNulAt(15_000)).problems[0]!.message).toMatch(
      /contains binary data \(a NUL byte at byte 15,000\)/,
    );
    const controls = text.slice();
    for (let i = 12_300; i < 12_700; i += 4) controls[i] = 0x01;
    expect(parse("ctl.html", controls).problems[0]!.message).toMatch(
      /^ctl\.html: contains binary data \(100 control bytes near byte 12,288\)/,
    );
    expect(parse("ok.txt", text).problems).toEqual([]);
  });

  it("says which byte is not UTF-8, with a fatal decoder", () => {
    const bytes = enc.encode(REPORT + "caf\u00e9");
    bytes[bytes.length - 1] = 0x20; // the second byte of é replaced: a lone lead byte
    const r = parse("latin.txt", bytes);
    expect(r.articles).toEqual([]);
    expect(r.problems[0]!.message).toBe(
      `latin.txt: not valid UTF-8 text (byte 0xC3 at byte ${REPORT.length + 3}); save it as UTF-8`,
    );
  });

  it("skips only the JSONL line that is not UTF-8", () => {
    const good = enc.encode(JSON.stringify({ id: "a", text: REPORT }) + "\n");
    const bad = enc.encode(JSON.stringify({ id: "b", text: "caf?" }) + "\n");
    bad[bad.indexOf(0x3f)] = 0xe9;
    const r = parse("mixed.jsonl", new Uint8Array([...good, ...bad, ...good]));
    expect(r.articles.map((a) => a.source)).toEqual(["mixed.jsonl:1", "mixed.jsonl:3"]);
    expect(r.problems).toEqual([
      {
        source: "mixed.jsonl:2",
        message: "mixed.jsonl:2: the line is not valid UTF-8 text; the line was skipped",
      },
    ]);
  });

  it("refuses an oversized file and an oversized article with the limits, keeping the pipeline's limit", () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61);
    expect(parse("huge.txt", big).problems[0]!.message).toMatch(
      /^huge\.txt: the file is too large \(20,000,001 bytes; the limit is 20,000,000 bytes\)$/,
    );
    const long = "word ".repeat(MAX_ARTICLE_CHARS / 5) + "x";
    expect(parse("long.txt", long).problems[0]!.message).toBe(
      "long.txt: the article is too long: 2,000,001 characters (the limit is 2,000,000)",
    );
    const line = JSON.stringify({ id: "long", text: long });
    const r = parse("long.jsonl", `${line}\n${JSON.stringify({ id: "short", text: REPORT })}`);
    expect(r.problems[0]!.message).toMatch(/^long\.jsonl:1: the article is too long/);
    expect(r.articles.map((a) => a.id)).toEqual(["short"]);
  });

  it("says when an HTML page has no article", () => {
    const r = parse(
      "empty-page.html",
      "<html><head><title>Menu</title><script>var x = 1;</script></head><body><nav></nav></body></html>",
    );
    expect(r.articles).toEqual([]);
    expect(r.problems[0]!.message).toMatch(/^empty-page\.html: the page has no article text/);
  });

  it("decodes HTML entities, an out-of-range code point included, without throwing", () => {
    const r = parse(
      "entities.html",
      page(
        "",
        `<p>The governor&#X2019;s office said &#99999999; and &#0; and &#x110000; were sent. ${REPORT.repeat(3)}</p>`,
      ),
    );
    expect(r.problems).toEqual([]);
    expect(r.articles[0]!.text).toMatch(
      /^The governor’s office said \uFFFD and \uFFFD and \uFFFD were sent\./,
    );
  });

  it("names an unsupported kind of file", () => {
    expect(parse("photo.JPG", "x").problems[0]!.message).toBe(
      "photo.JPG: not a supported kind of file (expected .txt, .md, .html or .jsonl, got .jpg)",
    );
  });

  it("never echoes control characters raw in a message, from a file name or a quoted line", () => {
    const r = parse("evil\u001b[2J\u202e.jsonl", '{"id": \u001b[31m}\n');
    const message = r.problems[0]!.message;
    expect(message).toMatch(/^evil\\x1B\[2J\\u202E\.jsonl:1: not valid JSON/);
    // eslint-disable-next-line no-control-regex
    expect(message).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/);
  });
});
