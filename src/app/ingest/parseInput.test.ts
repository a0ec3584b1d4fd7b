import { describe, expect, it } from "vitest";
import { MAX_ARTICLE_CHARS, bodyProblem, looksBinary, parseJsonl, parseSource } from "./parseInput";

describe("parseJsonl", () => {
  it("keeps good lines and reports bad ones by number", () => {
    const text = [
      JSON.stringify({ id: "a", text: "Shelling hit Homs on Monday.", published: "2016-10-10" }),
      "{not json",
      "",
      JSON.stringify(["array"]),
      JSON.stringify({ id: "b", title: "B", text: "Talks in Geneva." }),
      JSON.stringify({ id: "c" }),
    ].join("\n");
    const { articles, problems } = parseJsonl("feed.jsonl", text);
    expect(articles.map((a) => a.id)).toEqual(["a", "b"]);
    expect(articles[0]?.published).toBe("2016-10-10");
    expect(problems.map((p) => p.text)).toEqual([
      expect.stringMatching(/^feed\.jsonl, line 2: not valid JSON .*other lines were kept/),
      expect.stringMatching(/^feed\.jsonl, line 4: not a JSON object/),
      expect.stringMatching(/^feed\.jsonl, line 6: has no "text" string/),
    ]);
  });

  it("warns about an unreadable date and keeps the article", () => {
    const { articles, problems } = parseJsonl(
      "f.jsonl",
      JSON.stringify({ id: "a", text: "x y", published: "Oct 5" }),
    );
    expect(articles).toHaveLength(1);
    expect(articles[0]?.published).toBeUndefined();
    expect(problems[0]?.level).toBe("warning");
  });

  it("says so when the file is empty", () => {
    expect(parseJsonl("f.jsonl", "\n\n").problems[0]?.text).toMatch(/empty/);
  });
});

describe("bodies", () => {
  it("rejects empty, binary and huge bodies", () => {
    expect(bodyProblem("   \n")).toMatch(/empty/);
    expect(bodyProblem("PK\u0003\u0004\u0000\u0000binary")).toMatch(/binary/);
    expect(bodyProblem("a".repeat(MAX_ARTICLE_CHARS + 1))).toMatch(/limit/);
    expect(bodyProblem("Ordinary text.")).toBeNull();
  });
  it("treats markup as ordinary text", () => {
    expect(looksBinary("<script>alert(1)</script> in Aleppo")).toBe(false);
  });
});

describe("parseSource", () => {
  it("makes an article from pasted text", () => {
    const { articles, problems } = parseSource({
      kind: "paste",
      title: " T ",
      published: "2016-10-15",
      body: "Body.",
    });
    expect(problems).toEqual([]);
    expect(articles[0]).toMatchObject({ title: "T", published: "2016-10-15", text: "Body." });
  });
  it("reports an empty paste without adding anything", () => {
    const { articles, problems } = parseSource({ kind: "paste", title: "", published: "", body: "" });
    expect(articles).toEqual([]);
    expect(problems[0]?.text).toMatch(/^Pasted article was not added: it is empty/);
  });
  it("takes a .txt file's first line as its title", () => {
    const { articles } = parseSource({
      kind: "txt",
      name: "x.txt",
      text: "Title here\n\nBody.",
      published: "",
    });
    expect(articles[0]).toMatchObject({ id: "x.txt", title: "Title here" });
  });
});
