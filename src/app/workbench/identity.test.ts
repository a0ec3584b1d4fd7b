import { describe, expect, it } from "vitest";
import {
  contentHash,
  findDuplicate,
  IdentityIndex,
  isWebUrl,
  normaliseUrl,
  type ArticleIdentity,
} from "./identity";

describe("contentHash", () => {
  it("is the same for copies that differ in spacing, case and quotes", () => {
    const a = "Shelling hit  Mopti on Monday.\r\nIt’s the third attack.";
    const b = "shelling hit mopti on monday. it's the third attack.  ";
    expect(contentHash(a)).toBe(contentHash(b));
  });
  it("differs when one word differs", () => {
    expect(contentHash("Shelling hit Mopti on Monday.")).not.toBe(contentHash("Shelling hit Gao on Monday."));
  });
});

describe("normaliseUrl", () => {
  it("drops scheme, www, fragment, trailing slash and tracking parameters", () => {
    expect(normaliseUrl("https://www.Example.org/news/a/?utm_source=x&id=3#top")).toBe(
      "example.org/news/a?id=3",
    );
    expect(normaliseUrl("http://example.org/news/a?id=3")).toBe("example.org/news/a?id=3");
  });
  it("refuses what is not http(s)", () => {
    expect(normaliseUrl("javascript:alert(1)")).toBeNull();
    expect(normaliseUrl("data:text/html,hi")).toBeNull();
    expect(normaliseUrl("not a url")).toBeNull();
    expect(isWebUrl("ftp://example.org/x")).toBe(false);
    expect(isWebUrl("https://example.org/x")).toBe(true);
  });
});

describe("findDuplicate", () => {
  const stored: ArticleIdentity[] = [
    { key: "a", title: "First", urlKey: "example.org/a", contentHash: contentHash("Text of A.") },
    { key: "b", title: "Second", urlKey: null, contentHash: contentHash("Text of B.") },
  ];
  it("matches by URL even when the text changed", () => {
    expect(findDuplicate({ url: "https://www.example.org/a/", text: "Updated text." }, stored)).toEqual({
      key: "a",
      title: "First",
      by: "url",
    });
  });
  it("matches by text when the URL is missing or different", () => {
    expect(findDuplicate({ text: "text of  b." }, stored)).toMatchObject({ key: "b", by: "text" });
    expect(findDuplicate({ url: "https://other.org/x", text: "Text of B." }, stored)).toMatchObject({
      key: "b",
    });
  });
  it("finds nothing for a new article", () => {
    expect(findDuplicate({ url: "https://example.org/c", text: "Text of C." }, stored)).toBeNull();
  });
});

describe("IdentityIndex", () => {
  it("answers as findDuplicate does over the same articles", () => {
    const known: ArticleIdentity[] = [
      {
        key: "a",
        title: "A",
        urlKey: normaliseUrl("https://example.org/a"),
        contentHash: contentHash("one"),
      },
      { key: "b", title: "B", urlKey: null, contentHash: contentHash("two") },
      {
        key: "c",
        title: "C",
        urlKey: normaliseUrl("https://example.org/c"),
        contentHash: contentHash("two"),
      },
    ];
    const index = new IdentityIndex(known);
    const probes = [
      { url: "https://www.example.org/a/", text: "other" },
      { url: "https://example.org/c", text: "one" },
      { text: "  TWO " },
      { url: "https://example.org/new", text: "three" },
    ];
    for (const p of probes) expect(index.find(p)).toEqual(findDuplicate(p, known));
    expect(index.find({ text: "two" })?.key).toBe("b");
    index.add({ key: "d", title: "D", urlKey: null, contentHash: contentHash("three") });
    expect(index.find({ text: "three" })?.key).toBe("d");
  });
});
