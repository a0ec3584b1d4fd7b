/**
 * chrono's parse, run only where a date can be. Every parser's expression needs some word of its
 * own to match: a digit, a month or weekday name, a unit of time, "today", "recently" (its gate).
 * Each parser's expression is run on the windows of text around its gate's hits, WINDOW_MARGIN
 * characters either side (longer than any date expression), instead of over the whole text, the
 * way chrono does (Chrono.executeParser, whose loop this copies: the same results in the same order,
 * indices into the whole text, parsers reading the whole text through `context.text`). A parser
 * without a gate, or a text with long runs of whitespace (which an expression's `\s*` could span),
 * is run over the whole text. gatedParse.test.ts checks that the results equal chrono's.
 */
import { ParsingComponents, ParsingContext, ParsingResult } from "chrono-node";
import type { Chrono, Parser } from "chrono-node";

/** More than a date expression's length plus its whitespace: windows never cut one. */
const WINDOW_MARGIN = 100;
/** A text with a whitespace run this long is parsed whole (see the module comment). */
const LONG_WHITESPACE = /\s{24}/;
const WHITESPACE = /\s/;

const DIGIT = /\d+/g;
const MONTH = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/gi;
const WEEKDAY = /mon|tue|wed|thu|fri|sat|sun/gi;
/** The words of "today", "tonight", "yesterday", "tomorrow", "last night", "this morning|afternoon|evening". */
const DAY_WORD = /today|tonight|yesterday|tomorrow|night|this\s+(?:morning|afternoon|evening)/gi;
const RECENT = /recent|lately|day|week|month|year/gi;
const PERIOD = /week|month|year/gi;
/** "the first half of", "the end of": a part of a month or year. */
const PART_OF = /half|third|quarter|week|beginning|start|middle|end|close/gi;
/** "three days ago": "ago" after a space. */
const AGO = /\sago/gi;
/** "the same day", "a year earlier", "by that time". */
const ANAPHOR = /day|week|month|year|that\s+time/gi;
/** The year parser's "1994", "2011", "'98". */
const YEAR = /1[89]\d\d|20\d\d|['’]\d\d/g;

/** The gates the parsers declare with `gated` (chronoInstance.ts). */
export const GATES = {
  DIGIT,
  MONTH,
  WEEKDAY,
  DAY_WORD,
  RECENT,
  PERIOD,
  PART_OF,
  AGO,
  ANAPHOR,
  YEAR,
} as const;

const ownGates = new WeakMap<Parser, RegExp>();

/** Declares a parser's gate: its expression cannot match without a hit of `gate`. */
export function gated(parser: Parser, gate: RegExp): Parser {
  ownGates.set(parser, gate);
  return parser;
}

function gateOf(parser: Parser): RegExp | undefined {
  return ownGates.get(parser);
}

/** [start, end) windows around the gate's hits, merged; each starts and ends at whitespace or an edge. */
function windowsOf(text: string, gate: RegExp): number[] {
  const raw: number[] = [];
  gate.lastIndex = 0;
  for (let m = gate.exec(text); m; m = gate.exec(text)) {
    const start = m.index - WINDOW_MARGIN;
    const end = m.index + m[0].length + WINDOW_MARGIN;
    if (raw.length > 0 && start <= raw[raw.length - 1]!) raw[raw.length - 1] = end;
    else raw.push(start, end);
  }
  const out: number[] = [];
  for (let i = 0; i < raw.length; i += 2) {
    let start = Math.max(0, raw[i]!);
    let end = Math.min(text.length, raw[i + 1]!);
    while (start > 0 && !isSpace(text.charCodeAt(start))) start--;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    if (out.length > 0 && start <= out[out.length - 1]!) out[out.length - 1] = end;
    else out.push(start, end);
  }
  return out;
}

/** `\s` for the characters a text has (ASCII whitespace and the Unicode spaces). */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && WHITESPACE.test(String.fromCharCode(c)));
}

/** One parser over the windows (flat [start, end, start, end, ...]); chrono's loop otherwise. */
function executeParser(context: ParsingContext, parser: Parser, windows: readonly number[]): ParsingResult[] {
  const results: ParsingResult[] = [];
  const pattern = parser.pattern(context);
  const text = context.text;
  let w = 0;
  let from = windows.length > 0 ? windows[0]! : text.length;
  while (w < windows.length) {
    const end = windows[w + 1]!;
    if (from >= end) {
      w += 2;
      if (w < windows.length) from = Math.max(from, windows[w]!);
      continue;
    }
    const match = pattern.exec(text.substring(from, end));
    if (!match) {
      w += 2;
      if (w < windows.length) from = Math.max(from, windows[w]!);
      continue;
    }
    match.index += from;
    const result = parser.extract(context, match);
    if (!result) {
      from = match.index + 1;
      continue;
    }
    let parsed: ParsingResult;
    if (result instanceof ParsingResult) parsed = result;
    else if (result instanceof ParsingComponents) {
      parsed = context.createParsingResult(match.index, match[0]);
      parsed.start = result;
    } else parsed = context.createParsingResult(match.index, match[0], result);
    results.push(parsed);
    from = parsed.index + parsed.text.length;
  }
  return results;
}

/** The results of `chrono.parse(text, ref)`, equal to chrono's own (see the module comment). */
export function gatedParse(chrono: Chrono, text: string, ref: Date): ParsingResult[] {
  const context = new ParsingContext(text, ref);
  const whole = [0, text.length];
  const gatesOff = LONG_WHITESPACE.test(text);
  const windows = new Map<RegExp, number[]>();
  let results: ParsingResult[] = [];
  for (const parser of chrono.parsers) {
    const gate = gatesOff ? undefined : gateOf(parser);
    let win = whole;
    if (gate) {
      let cached = windows.get(gate);
      if (!cached) windows.set(gate, (cached = windowsOf(text, gate)));
      win = cached;
    }
    results = results.concat(executeParser(context, parser, win));
  }
  results.sort((a, b) => a.index - b.index);
  for (const refiner of chrono.refiners) results = refiner.refine(context, results);
  return results;
}
