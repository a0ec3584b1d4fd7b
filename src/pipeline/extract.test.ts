import { describe, expect, it } from "vitest";
import { realGazetteer } from "../testing/realGazetteer";
import { MAX_ARTICLE_CHARS } from "./cleanInput";
import { extractArticle } from "./extract";

const extract = (text: string, published: string | null = "2020-06-13") =>
  extractArticle({ id: "x", text, ...(published ? { published } : {}) }, realGazetteer());

describe("extractArticle on bad input", () => {
  it("explains empty, binary and oversized articles instead of failing", () => {
    expect(extract("   \n").error).toMatch(/empty/);
    expect(extract("\u0000\u0001\u0002PK\u0003\u0004".repeat(50)).error).toMatch(/binary/);
    expect(extract("word ".repeat(MAX_ARTICLE_CHARS / 5 + 1)).error).toMatch(/too long/);
  });

  it("explains a missing or impossible publication date", () => {
    expect(extract("Shelling hit Aleppo.", null).error).toMatch(/YYYY-MM-DD/);
    expect(extract("Shelling hit Aleppo.", "2020-02-31").error).toMatch(/not a real day/);
    expect(extract("Shelling hit Aleppo.", "last Tuesday").error).toMatch(/YYYY-MM-DD/);
  });

  it("accepts a timestamp or a day-month-year publication date", () => {
    expect(extract("Shelling hit Aleppo.", "2016-09-20T14:05:00Z").published).toBe("2016-09-20");
    expect(extract("Shelling hit Aleppo.", "20-09-2016").published).toBe("2016-09-20");
  });

  it("turns HTML into text and keeps offsets consistent with the returned text", () => {
    const r = extract("<p>Rockets hit <b>Kabul</b> on Friday.</p><script>alert(1)</script>");
    expect(r.error).toBeUndefined();
    expect(r.text).toBe("Rockets hit Kabul on Friday.");
    for (const t of r.toponyms) expect(r.text.slice(t.start, t.end)).toBe(t.text);
    for (const d of r.dates) expect(r.text.slice(d.start, d.end)).toBe(d.text);
    expect(r.events[0]?.excerpt.text).toBe("Rockets hit Kabul on Friday.");
  });

  it("returns empty layers for an article with no places and no dates", () => {
    const r = extract("Nothing of note happened here, and nobody was there to see it.");
    expect(r.error).toBeUndefined();
    expect([r.toponyms, r.dates, r.events]).toEqual([[], [], []]);
  });
});
