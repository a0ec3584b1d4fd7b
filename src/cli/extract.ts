/**
 * npm run -s extract -- [--published YYYY-MM-DD] [--title T] [--meta articles.json] FILE...
 * One JSON line per article on stdout (the contract in DESIGN.md), in input order. A bad article
 * gives a line with "error" and a non-zero exit status; the others are still processed.
 */
import { loadGazetteerFromDisk } from "../gazetteer/loadFromDisk";
import { extractArticle } from "../pipeline/extract";
import { readArticles, type ReadOptions } from "./readArticles";

const USAGE =
  "usage: npm run -s extract -- [--published YYYY-MM-DD] [--title TITLE] [--meta articles.json] FILE.txt|FILE.jsonl ...";

function parseArgs(argv: string[]): { files: string[]; options: ReadOptions } {
  const files: string[] = [];
  const options: ReadOptions = { metadataFiles: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value\n${USAGE}`);
      return v;
    };
    if (a === "--published") options.published = value();
    else if (a === "--title") options.title = value();
    else if (a === "--meta") options.metadataFiles!.push(value());
    else if (a === "-h" || a === "--help") {
      console.log(USAGE);
      process.exit(0);
    } else if (a.startsWith("--")) throw new Error(`unknown option ${a}\n${USAGE}`);
    else files.push(a);
  }
  if (files.length === 0) throw new Error(USAGE);
  return { files, options };
}

function main(): number {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message);
    return 2;
  }
  const gazetteer = loadGazetteerFromDisk();
  let failed = 0;
  for (const item of readArticles(args.files, args.options)) {
    if ("error" in item) {
      failed++;
      process.stdout.write(JSON.stringify({ id: item.id, error: item.error }) + "\n");
      console.error(`error: ${item.error}`);
      continue;
    }
    const result = extractArticle(item.article, gazetteer);
    if (result.error) {
      failed++;
      console.error(`error: ${result.id}: ${result.error}`);
    }
    process.stdout.write(JSON.stringify(result) + "\n");
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = main();
