/** Word lists and regular-expression fragments shared by the date parsers. */
import { ONES } from "../lexicon/numberWords";

/** Month names as written in English prose (capitalised; "Sept." and three-letter forms allowed). */
export const MONTH_RE =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|" +
  "Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.|" +
  "Jan|Feb|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)";

export function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, "");
  const table: Record<string, number> = {
    jan: 1,
    feb: 2,
    mar: 3,
    apr: 4,
    may: 5,
    jun: 6,
    jul: 7,
    aug: 8,
    sep: 9,
    sept: 9,
    oct: 10,
    nov: 11,
    dec: 12,
  };
  return table[w] ?? table[w.slice(0, 3)] ?? null;
}

export const WEEKDAY_RE = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

export function weekdayNumber(word: string): number | null {
  const i = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"].indexOf(word.slice(0, 3).toLowerCase());
  return i >= 0 ? i : null;
}

const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, ...ONES };

export const SMALL_NUMBER_RE =
  "(?:\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";

export function smallNumber(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  return NUMBER_WORDS[word.toLowerCase()] ?? null;
}

/**
 * Nouns that, right after a four-digit number, show it is a count or a measure ("2014 people",
 * "1500 troops", "2000 km"), not a year.
 */
export const COUNT_NOUNS = new Set(
  (
    "people persons men women children kids civilians residents troops soldiers fighters militants rebels " +
    "police policemen officers workers employees staff jobs members voters students refugees migrants " +
    "families households homes houses buildings villages cases deaths victims casualties dead injured " +
    "wounded prisoners detainees hostages protesters demonstrators supporters delegates votes seats " +
    "km kilometres kilometers miles metres meters feet ft m kg tonnes tons pounds lb barrels litres liters " +
    "gallons hectares acres square cubic dollars euros pounds yen yuan rupees francs points units vehicles " +
    "cars trucks planes aircraft ships tanks rockets missiles shells rounds bombs mines guns weapons " +
    "hours minutes seconds days weeks months years times percent per cent % gmt utc hrs local " +
    "calories words pages copies tickets barrels"
  ).split(" "),
);

/** Verbs that, after "to", make the clause point to the future ("agreed to meet on Friday"). */
export const FUTURE_INFINITIVES = new Set(
  (
    "be begin start meet hold vote resume visit travel return sign announce open close reopen continue " +
    "end launch release remain discuss talk take make go come arrive leave attend decide give present " +
    "publish hear rule deliver testify appear face stand run play host convene gather reconvene respond " +
    "reply consider review approve debate examine unveil introduce debut fly"
  ).split(" "),
);
