import { describe, expect, it } from "vitest";
import { hasBidiControl, excerptSegments as segmentsWithMarks } from "./excerptSegments";

/** The runs without the mark index (checked on its own below). */
const excerptSegments = (...args: Parameters<typeof segmentsWithMarks>) =>
  segmentsWithMarks(...args).map(({ text, kind }) => ({ text, kind }));

const text = "Before. Airstrikes hit Aleppo on Saturday, killing 4. After.";
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

describe("excerptSegments", () => {
  const span = at("Airstrikes hit Aleppo on Saturday, killing 4.");

  it("marks place and date words inside the excerpt", () => {
    const segs = excerptSegments(text, span, [
      { ...at("Aleppo"), kind: "place" },
      { ...at("on Saturday"), kind: "date" },
    ]);
    expect(segs).toEqual([
      { text: "Airstrikes hit ", kind: null },
      { text: "Aleppo", kind: "place" },
      { text: " ", kind: null },
      { text: "on Saturday", kind: "date" },
      { text: ", killing 4.", kind: null },
    ]);
    expect(segs.map((s) => s.text).join("")).toBe(text.slice(span.start, span.end));
  });

  it("clips marks to the excerpt and ignores ones outside it", () => {
    const segs = excerptSegments(text, at("hit Aleppo"), [
      { ...at("Airstrikes hit"), kind: "trigger" },
      { ...at("Before"), kind: "place" },
    ]);
    expect(segs).toEqual([
      { text: "hit", kind: "trigger" },
      { text: " Aleppo", kind: null },
    ]);
  });

  it("lets the first mark win an overlap", () => {
    const segs = excerptSegments(text, at("Aleppo on"), [
      { ...at("Aleppo"), kind: "place" },
      { ...at("Aleppo on"), kind: "date" },
    ]);
    expect(segs).toEqual([
      { text: "Aleppo", kind: "place" },
      { text: " on", kind: "date" },
    ]);
  });

  it("survives offsets out of range and empty spans", () => {
    expect(excerptSegments(text, { start: 5, end: 5 }, [])).toEqual([]);
    expect(excerptSegments("abc", { start: 1, end: 99 }, [{ start: -4, end: 2, kind: "place" }])).toEqual([
      { text: "b", kind: "place" },
      { text: "c", kind: null },
    ]);
  });

  it("keeps markup in the text as text", () => {
    const html = "<b>Shelling</b> in <i>Homs</i>";
    expect(excerptSegments(html, { start: 0, end: html.length }, [])).toEqual([{ text: html, kind: null }]);
  });

  it("says which mark each run belongs to", () => {
    const segs = segmentsWithMarks("in Tromsø and Bergen", { start: 0, end: 20 }, [
      { start: 14, end: 20, kind: "unresolved" },
      { start: 3, end: 9, kind: "metonymic" },
    ]);
    expect(segs.map((s) => [s.text, s.kind, s.mark])).toEqual([
      ["in ", null, undefined],
      ["Tromsø", "metonymic", 1],
      [" and ", null, undefined],
      ["Bergen", "unresolved", 0],
    ]);
  });
});

describe("hasBidiControl", () => {
  it("finds embedding, override and isolate controls, and nothing else", () => {
    for (const c of [
      "\u202A",
      "\u202B",
      "\u202C",
      "\u202D",
      "\u202E",
      "\u2066",
      "\u2067",
      "\u2068",
      "\u2069",
    ])
      expect(hasBidiControl(`a${c}b`)).toBe(true);
    expect(hasBidiControl("Plain text, Arabic مرحبا and marks \u200E\u200F")).toBe(false);
  });
});
