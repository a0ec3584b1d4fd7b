/**
 * Scores findDates on MEANTIME (WikiNews, TimeML DATE timexes): runs it on every record, writes the
 * system JSONL to a temp file, runs ../shared/eval/score.mjs dates and prints its JSON line.
 *
 *   npx tsx src/cli/eval-dates.ts [GOLD.jsonl] [--errors]
 *
 * --errors also prints, per gold date, what the system said (to stderr), for error analysis.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { DateOut } from "../pipeline/contract";
import { findDates } from "../pipeline/dates/findDates";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "../..");
export const DEFAULT_DATES_GOLD = resolve(repo, "../shared/eval/dates-meantime.jsonl");
const SCORER = resolve(repo, "../shared/eval/score.mjs");

interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
  relative?: boolean;
}
interface GoldRecord {
  id: string;
  published: string;
  text: string;
  timexes: GoldTimex[];
}

function readGold(path: string): GoldRecord[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldRecord);
}

export interface DatesRun {
  records: { id: string; dates: DateOut[] }[];
  words: number;
  ms: number;
}

export function runFindDates(gold: GoldRecord[]): DatesRun {
  // One untimed pass first, so that the figure is steady-state throughput, not JIT warm-up.
  for (const g of gold) findDates(g.text, g.published);
  const t0 = performance.now();
  const records = gold.map((g) => ({ id: g.id, dates: findDates(g.text, g.published) }));
  const ms = performance.now() - t0;
  const words = gold.reduce((n, g) => n + (g.text.match(/\S+/g)?.length ?? 0), 0);
  return { records, words, ms };
}

function score(goldPath: string, records: { id: string; dates: DateOut[] }[]): Record<string, number | null> {
  const dir = mkdtempSync(join(tmpdir(), "eval-dates-"));
  const sysPath = join(dir, "system.jsonl");
  writeFileSync(sysPath, records.map((r) => JSON.stringify(r)).join("\n") + "\n");
  let out: string;
  try {
    out = execFileSync(process.execPath, [SCORER, "dates", goldPath, sysPath], { encoding: "utf8" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const last = out.trim().split("\n").pop() ?? "{}";
  return JSON.parse(last) as Record<string, number | null>;
}

export async function runDatesEval(
  goldPath: string = DEFAULT_DATES_GOLD,
): Promise<Record<string, number | null>> {
  const gold = readGold(goldPath);
  const run = runFindDates(gold);
  const figures = score(goldPath, run.records);
  return { ...figures, wordsPerSecond: Math.round(run.words / (run.ms / 1000)) };
}

function calendarInterval(value: string): [string, string] | null {
  let m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(value);
  if (m) return [value, value];
  m = /^(\d{4})-(\d\d)$/.exec(value);
  if (m) {
    const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
    return [`${value}-01`, `${value}-${String(last).padStart(2, "0")}`];
  }
  if (/^\d{4}$/.test(value)) return [`${value}-01-01`, `${value}-12-31`];
  m = /^(\d{4})-W(\d\d)$/.exec(value);
  if (m) {
    const jan4 = Date.UTC(Number(m[1]), 0, 4);
    const mon = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 864e5 + (Number(m[2]) - 1) * 7 * 864e5;
    return [new Date(mon).toISOString().slice(0, 10), new Date(mon + 6 * 864e5).toISOString().slice(0, 10)];
  }
  return null;
}

function printErrors(gold: GoldRecord[], run: DatesRun): void {
  const byId = new Map(run.records.map((r) => [r.id, r.dates]));
  for (const g of gold) {
    const dates = byId.get(g.id) ?? [];
    for (const t of g.timexes) {
      const iv = t.type === "DATE" ? calendarInterval(t.value) : null;
      if (!iv) continue;
      const p = dates.find((d) => d.start < t.end && t.start < d.end);
      const ok = p && p.dateStart === iv[0] && p.dateEnd === iv[1];
      if (ok) continue;
      const ctx = g.text.slice(Math.max(0, t.start - 50), t.end + 30).replace(/\n/g, " | ");
      process.stderr.write(
        `${p ? "WRONG" : "MISS "} ${g.published} gold=${t.value} ${p ? `sys=${p.dateStart}..${p.dateEnd} [${p.text}]` : ""}  «${ctx}»\n`,
      );
    }
  }
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const args = process.argv.slice(2);
  const goldPath = args.find((a) => !a.startsWith("--")) ?? DEFAULT_DATES_GOLD;
  const gold = readGold(goldPath);
  const run = runFindDates(gold);
  if (args.includes("--errors")) printErrors(gold, run);
  const figures = score(goldPath, run.records);
  console.log(JSON.stringify({ ...figures, wordsPerSecond: Math.round(run.words / (run.ms / 1000)) }));
}
