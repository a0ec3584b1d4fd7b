/**
 * npm run explain -- FILE [--published YYYY-MM-DD]
 * A trace of the real stage loop on one article (a .txt, .html or .md file, or the first line of a
 * .jsonl): after each stage its name, time and what it assigned; for resolution, each name's
 * winner and runner-up with the named parts of their scores. Times are of a second run (the first
 * warms the gazetteer's lazy indexes). Prints to stdout; a file that cannot
 * be read is reported on stderr with exit status 1.
 */
import { escapeControls } from "../ingest";
import { loadGazetteerFromDisk } from "../gazetteer/loadFromDisk";
import { extractArticle } from "../pipeline/extract";
import { traceStage } from "./explainTrace";
import { readArticles } from "./readArticles";

const USAGE = "usage: npm run explain -- FILE [--published YYYY-MM-DD]";

function parseArgs(argv: readonly string[]): { file: string; published?: string } | string {
  let file: string | undefined;
  let published: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--published") {
      published = argv[++i];
      if (!published) return "--published needs a date (YYYY-MM-DD)";
    } else if (a.startsWith("--")) return `unknown option ${a}`;
    else if (file) return "one file at a time";
    else file = a;
  }
  if (!file) return "no file given";
  return { file, ...(published ? { published } : {}) };
}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === "string") {
    console.error(`error: ${args}\n${USAGE}`);
    return 2;
  }
  const item = readArticles([args.file], args.published ? { published: args.published } : {})[0];
  if (!item || "error" in item) {
    console.error(`error: ${item ? item.error : `${escapeControls(args.file)}: no article in the file`}`);
    return 1;
  }
  const { article } = item;
  const gazetteer = loadGazetteerFromDisk();
  // One untraced run first: the gazetteer builds some indexes on first use, which would
  // otherwise show as the first stages' time.
  extractArticle(article, gazetteer);
  const out: string[] = [];
  let index = 0;
  const result = extractArticle(article, gazetteer, {
    onStage: (stage, state, ms, ctx) => out.push(...traceStage(ctx.text, index++, stage, state, ms)),
  });
  console.log(
    `article ${JSON.stringify(escapeControls(result.id))}, published ${result.published || "(none)"}, ` +
      `${result.text.length} characters`,
  );
  if (result.error) {
    console.error(`error: ${escapeControls(result.error)}`);
    return 1;
  }
  console.log(out.join("\n"));
  console.log(
    `result: ${result.toponyms.length} toponyms, ${result.dates.length} dates, ${result.events.length} events` +
      (result.undatedEvents ? `, ${result.undatedEvents.length} waiting for a publication date` : ""),
  );
  return 0;
}

process.exitCode = main();
