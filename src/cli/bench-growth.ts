/**
 * npm run bench:growth [-- --write] [--repeat N]
 * Prints figures, asserts nothing: how the whole pipeline's time grows with adversarial input. Each
 * input is extracted at n, 2n and 4n (4n is the size named in the issue) and timed (median of N runs,
 * gazetteer loaded beforehand); time that stays linear doubles from one column to the next (ratio ~2).
 * --write also stores the table in docs/bench-growth.md.
 */
import { writeFileSync } from "node:fs";
import { format, resolveConfig } from "prettier";
import { extractArticle } from "../pipeline/extract";
import { loadGazetteerFromDisk } from "../gazetteer/loadFromDisk";

interface Input {
  name: string;
  /** What n counts. */
  unit: string;
  /** The size named in the issue (4n). */
  size: number;
  make: (n: number) => string;
  published?: string;
}

const PLACES = [
  "Mosul",
  "Kirkuk",
  "Kabul",
  "Herat",
  "Khartoum",
  "Omdurman",
  "Kandahar",
  "Basra",
  "Gao",
  "Timbuktu",
];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** A paragraph of wire copy, varied by k: places, dates, casualties, quotes. */
function paragraph(k: number): string {
  const a = PLACES[k % PLACES.length]!;
  const b = PLACES[(k * 7 + 3) % PLACES.length]!;
  const day = WEEKDAYS[k % 7]!;
  return (
    `Artillery shelled ${a} on ${day}, killing ${(k % 40) + 1} people and wounding about ${(k % 90) + 2}, ` +
    `officials said. Fighting spread to the outskirts of ${b} on ${(k % 28) + 1} March 2016, and no one was ` +
    `hurt in a second blast near ${a}, residents told reporters.\n\n`
  );
}

function fill(n: number, unit: (k: number) => string): string {
  const parts: string[] = [];
  let length = 0;
  for (let k = 0; length < n; k++) {
    const p = unit(k);
    parts.push(p);
    length += p.length;
  }
  return parts.join("").slice(0, n);
}

const INPUTS: Input[] = [
  { name: "article of wire copy", unit: "characters", size: 2_000_000, make: (n) => fill(n, paragraph) },
  {
    name: "one line without spaces",
    unit: "characters",
    size: 200_000,
    make: (n) => fill(n, (k) => `${PLACES[k % PLACES.length]}shelled${k % 97},killing${k % 13}.`),
  },
  {
    name: "capitalised words",
    unit: "words",
    size: 10_000,
    make: (n) =>
      Array.from(
        { length: n },
        (_, k) =>
          ["Kabul", "North", "Al", "Bab", "Mosul", "Saint", "United", `Zorb${k}`, "River", "New"][k % 10],
      ).join(" "),
  },
  {
    name: "unterminated tags (<div class=x …)",
    unit: "tags",
    size: 100_000,
    make: (n) => "<p>" + "<div class=x ".repeat(n),
  },
  {
    name: "unclosed elements (<script>x …)",
    unit: "tags",
    size: 100_000,
    make: (n) => "<p>" + "<script>x ".repeat(n),
  },
  {
    name: "“killing 12 and wounding 3” (no stop)",
    unit: "repetitions",
    size: 15_000,
    make: (n) => "killing 12 and wounding 3 ".repeat(n),
  },
  {
    name: "“Shelling hit Mosul, killing 12 and wounding 3.”",
    unit: "repetitions",
    size: 15_000,
    make: (n) => "Shelling hit Mosul, killing 12 and wounding 3. ".repeat(n),
  },
  {
    name: "undated: “on Saturday” sentences",
    unit: "repetitions",
    size: 15_000,
    make: (n) => "Rockets hit Kirkuk on Saturday. ".repeat(n),
    published: "",
  },
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const write = args.includes("--write");
  const ri = args.indexOf("--repeat");
  const repeat = ri >= 0 ? Math.max(1, Number(args[ri + 1]) || 3) : 3;
  const gazetteer = loadGazetteerFromDisk();
  // Warm the JIT on ordinary text so the first row is not charged for it.
  for (let k = 0; k < 20; k++)
    extractArticle({ id: "w", text: fill(20_000, paragraph), published: "2016-03-30" }, gazetteer);

  const header =
    "| input | 4n (issue's size) | t(n) ms | t(2n) ms | t(4n) ms | t(2n)/t(n) | t(4n)/t(2n) | events at 4n |";
  const rows: string[] = [header, "|---|---|---|---|---|---|---|---|"];
  console.log(header);
  for (const input of INPUTS) {
    const times: number[] = [];
    let events = 0;
    for (const n of [input.size / 4, input.size / 2, input.size]) {
      const text = input.make(n);
      const runs: number[] = [];
      for (let r = 0; r < repeat; r++) {
        const t0 = performance.now();
        const result = extractArticle(
          {
            id: "g",
            text,
            ...(input.published === "" ? {} : { published: input.published ?? "2016-03-30" }),
          },
          gazetteer,
        );
        runs.push(performance.now() - t0);
        if (result.error) throw new Error(`${input.name}: ${result.error}`);
        events = result.events.length + (result.undatedEvents?.length ?? 0);
      }
      times.push(median(runs));
    }
    const [t1, t2, t4] = times as [number, number, number];
    const row =
      `| ${input.name} | ${input.size.toLocaleString("en-US")} ${input.unit} | ${t1.toFixed(0)} | ${t2.toFixed(0)} | ` +
      `${t4.toFixed(0)} | ${(t2 / t1).toFixed(2)} | ${(t4 / t2).toFixed(2)} | ${events.toLocaleString("en-US")} |`;
    rows.push(row);
    console.log(row);
  }
  const when = new Date().toISOString().slice(0, 10);
  const env = `Node ${process.version}, ${process.platform}/${process.arch}, median of ${repeat} runs, gazetteer loaded`;
  console.log(env);
  if (write) {
    const doc = [
      "# Growth benchmark",
      "",
      "Produced by `npm run bench:growth -- --write` on " + when + ` (${env}).`,
      "",
      "Each adversarial input is extracted whole (`extractArticle`, every stage) at n, 2n and 4n, where 4n is the",
      "size the issue names. Time that grows linearly doubles from one column to the next: a ratio near 2.",
      "Timings are noisy on a shared machine; the ratios come from the same run.",
      "",
      ...rows,
      "",
    ].join("\n");
    // Formatted as the repository's prettier check expects (tables aligned).
    const path = "docs/bench-growth.md";
    writeFileSync(path, await format(doc, { ...(await resolveConfig(path)), parser: "markdown" }));
    console.log("wrote docs/bench-growth.md");
  }
}

await main();
