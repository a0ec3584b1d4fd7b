/**
 * Property-based tests of the whole pipeline (fast-check) with the real gazetteer: over arbitrary and
 * adversarial text and publication dates, extractArticle never throws and its output always
 * validates against the contract (validateResult: offsets inside the text and matching their words,
 * ISO dates with start <= end, coordinates and enums in range).
 *
 * The seed is fixed so that a run is reproducible; set FC_SEED to explore others, FC_RUNS to run more.
 * On failure fast-check prints the seed and the shrunk counterexample.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { realGazetteer } from "../testing/realGazetteer";
import { extractArticle } from "./extract";
import { validateResult } from "./validateResult";

const SEED = Number(process.env.FC_SEED ?? 20261201);
const RUNS = Number(process.env.FC_RUNS ?? 1);

const PLACES = [
  "Mosul",
  "Kirkuk",
  "Kabul",
  "Khartoum",
  "Omdurman",
  "Paris",
  "Georgia",
  "Texas",
  "Mali",
  "Gaza",
];
const WORDS = [
  "the",
  "and",
  "in",
  "near",
  "on",
  "of",
  "killed",
  "wounded",
  "shelled",
  "airstrikes",
  "attack",
  "talks",
  "ceasefire",
  "said",
  "no one was hurt",
  "without casualties",
  "about 20 civilians were killed",
  "dozens",
  "at least 12",
  "killing 12 and wounding 3",
  "the death toll rose to 45",
  "on Saturday",
  "yesterday",
  "last week",
  "last year",
  "next month",
  "in March",
  "on 3 June 2023",
  "between 3 and 5 June",
  "from March to May 2016",
  "in recent months",
  "recently",
  "the following day",
  "in 10000",
  "in 0001",
  "31 December 9999",
  "KHARTOUM, June 3 (Reuters) -",
  "Moscow said",
];
const MARKUP = [
  "<p>",
  "</p>",
  "<div class='x'>",
  "<b>",
  "</b>",
  "<br>",
  "<script>alert(1)</script>",
  "<style>p{}</style>",
  "<!-- c -->",
  "<a href='javascript:x'>",
  "<span",
  "&amp;",
  "&nbsp;",
  "&#X2019;",
  "&#x2019;",
  "&#99999999;",
  "&#0;",
  "&#xD800;",
  "&bogus;",
  "&#;",
];
const ODD = [
  "\u202e",
  "\u200f",
  "\u0301",
  "\ud83d\ude00",
  "\ud800",
  "\udc00",
  "\u0000",
  "\ufeff",
  "\t",
  "\r\n",
  "\n\n",
  ".",
  ",",
  "—",
  "“",
  "’s",
  "-",
  "'",
];

/** A piece of an article: words, names, phrases, markup, odd characters, long or capitalised tokens. */
const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...PLACES) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 100_000 }).map(String) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom("a", "X", "é", "1", "ب"), fc.integer({ min: 50, max: 3000 }))
      .map(([c, n]) => c.repeat(n)),
  },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.constantFrom("Al", "Bab", "North", "New", "Saint", "United", "Mandab", "River"), {
        maxLength: 6,
      })
      .map((w) => w.join(" ")),
  },
);

const articleOf = (minLength: number, maxLength: number): fc.Arbitrary<string> =>
  fc
    .array(fc.tuple(piece, fc.constantFrom(" ", " ", " ", "", ". ", ", ", "\n")), {
      minLength,
      maxLength,
      size: "max",
    })
    .map((parts) => parts.map(([p, sep]) => p + sep).join(""));
const article = articleOf(1, 60);

const isoDay = fc
  .date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const published: fc.Arbitrary<string | undefined | null> = fc.oneof(
  { weight: 4, arbitrary: isoDay },
  { weight: 2, arbitrary: fc.constantFrom(undefined, null, "", "  ") },
  {
    weight: 2,
    arbitrary: fc.constantFrom("0001-01-01", "0001-01-02", "9999-12-31", "9999-12-28", "2016-02-29"),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "2016-02-30",
      "0000-01-01",
      "10000-01-01",
      "yesterday",
      "2016-10-15T08:00:00Z",
      "15-10-2016",
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

describe("extractArticle on arbitrary input", () => {
  it("never throws and always gives output that validates against the contract", () => {
    const gazetteer = realGazetteer();
    fc.assert(
      fc.property(article, published, fc.boolean(), (text, pub, wrap) => {
        const input = { id: "p", text: wrap ? `<p>${text}</p>` : text, published: pub as string };
        const r = extractArticle(input, gazetteer);
        const problems = validateResult(r);
        expect(problems, JSON.stringify({ input, problems }).slice(0, 2000)).toEqual([]);
      }),
      { seed: SEED, numRuns: 1000 * RUNS },
    );
  });

  it("extracts the same article with and without a date consistently", () => {
    const gazetteer = realGazetteer();
    fc.assert(
      fc.property(article, isoDay, (text, day) => {
        const dated = extractArticle({ id: "p", text, published: day }, gazetteer);
        const undated = extractArticle({ id: "p", text }, gazetteer);
        expect(validateResult(undated)).toEqual([]);
        // The same places; every date the dated article reads, the undated one reads at the same words,
        // and resolves the same way unless it waits for the publication date; it reads more only where
        // the dated article's date fell outside the calendar (and then it waits).
        expect(undated.toponyms.map((t) => [t.start, t.end])).toEqual(
          dated.toponyms.map((t) => [t.start, t.end]),
        );
        const byStart = new Map(dated.dates.map((d) => [d.start, d]));
        for (const d of undated.dates) {
          const twin = byStart.get(d.start);
          if (d.unresolved === undefined)
            expect(twin && [twin.end, twin.dateStart, twin.dateEnd]).toEqual([d.end, d.dateStart, d.dateEnd]);
          else if (twin) expect(twin.end).toBe(d.end);
        }
        const undatedStarts = new Set(undated.dates.map((d) => d.start));
        for (const d of dated.dates) expect(undatedStarts.has(d.start)).toBe(true);
      }),
      { seed: SEED + 1, numRuns: 300 * RUNS },
    );
  });

  it("holds for long articles too", () => {
    const gazetteer = realGazetteer();
    fc.assert(
      fc.property(articleOf(300, 1500), published, (text, pub) => {
        const r = extractArticle({ id: "p", text, published: pub as string }, gazetteer);
        expect(validateResult(r)).toEqual([]);
      }),
      { seed: SEED + 2, numRuns: 40 * RUNS },
    );
  });

  it("validates hand-picked adversarial articles", () => {
    const gazetteer = realGazetteer();
    const texts = [
      "&#99999999; Shelling hit Mosul on Saturday.",
      "<p>&#X2019;Airstrikes hit Kabul &#xD800; yesterday</p>",
      "<div>".repeat(5000) + "Fighting in Kirkuk",
      "Airstrikes hit Mosul in 10000, killing 12.",
      "no one was hurt no one was hurt ".repeat(200) + "in Mosul.",
    ];
    for (const text of texts) {
      for (const pub of ["0001-01-01", "9999-12-31", undefined]) {
        const r = extractArticle({ id: "a", text, ...(pub ? { published: pub } : {}) }, gazetteer);
        expect(validateResult(r), text.slice(0, 60)).toEqual([]);
        expect(r.error).toBeUndefined();
      }
    }
  });
});
