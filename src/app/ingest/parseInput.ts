/**
 * Turns what the user gave (pasted text, .txt files, .jsonl files) into pipeline inputs, with a clear
 * message for everything that cannot be used — and without losing the parts that can.
 * Pure: runs in the ingest worker and in unit tests.
 */
import type { ArticleInput } from "../../pipeline/contract";
import { parseDay } from "../time/days";

/** Longest article body accepted, in characters (about 40 pages of news text). */
export const MAX_ARTICLE_CHARS = 200_000;
/** Largest file read at all. */
export const MAX_FILE_BYTES = 20_000_000;

export type Source =
  | { kind: "paste"; title: string; published: string; body: string }
  | { kind: "txt"; name: string; text: string; published: string }
  | { kind: "jsonl"; name: string; text: string; published: string };

export interface Problem {
  level: "error" | "warning";
  text: string;
}

export interface Parsed {
  articles: ArticleInput[];
  problems: Problem[];
}

/** Text that is really a binary file read as UTF-8: NUL bytes, or many undecodable or control characters. */
export function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  const sample = text.slice(0, 8192);
  if (sample.length === 0) return false;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) odd++;
  }
  return odd / sample.length > 0.02;
}

/** Why a body cannot be processed, or null if it can. */
export function bodyProblem(body: string): string | null {
  if (body.trim().length === 0) return "it is empty";
  if (looksBinary(body)) return "it does not look like text (a binary file?)";
  if (body.length > MAX_ARTICLE_CHARS) {
    return `it is ${body.length.toLocaleString("en")} characters long; the limit is ${MAX_ARTICLE_CHARS.toLocaleString("en")} (split it into articles)`;
  }
  return null;
}

function publishedOrProblem(value: string, where: string, problems: Problem[]): string | undefined {
  const v = value.trim();
  if (v === "") return undefined;
  if (parseDay(v) !== null) return v;
  problems.push({ level: "warning", text: `${where}: publication date “${v}” is not YYYY-MM-DD; ignored.` });
  return undefined;
}

let pasteCounter = 0;

export function parseSource(source: Source): Parsed {
  const problems: Problem[] = [];
  switch (source.kind) {
    case "paste": {
      const title = source.title.trim();
      const where = title ? `Article “${title}”` : "Pasted article";
      const problem = bodyProblem(source.body);
      if (problem)
        return { articles: [], problems: [{ level: "error", text: `${where} was not added: ${problem}.` }] };
      const published = publishedOrProblem(source.published, where, problems);
      pasteCounter++;
      return {
        articles: [
          {
            id: `pasted-${Date.now().toString(36)}-${pasteCounter}`,
            title: title || "Pasted article",
            text: source.body,
            published,
          },
        ],
        problems,
      };
    }
    case "txt": {
      const problem = bodyProblem(source.text);
      if (problem)
        return {
          articles: [],
          problems: [{ level: "error", text: `${source.name} was not added: ${problem}.` }],
        };
      const firstLine = source.text.trim().split(/\r?\n/, 1)[0] ?? "";
      const published = publishedOrProblem(source.published, source.name, problems);
      return {
        articles: [
          { id: source.name, title: firstLine.slice(0, 200) || source.name, text: source.text, published },
        ],
        problems,
      };
    }
    case "jsonl":
      return parseJsonl(source.name, source.text, source.published);
  }
}

/** One article per line: {"id","text","title"?,"published"?,"url"?}. A bad line is reported by number and skipped. */
export function parseJsonl(name: string, text: string, defaultPublished = ""): Parsed {
  const problems: Problem[] = [];
  const articles: ArticleInput[] = [];
  if (looksBinary(text))
    return {
      articles,
      problems: [
        { level: "error", text: `${name} was not added: it does not look like text (a binary file?).` },
      ],
    };
  const lines = text.split(/\r?\n/);
  const badLine = (n: number, why: string) =>
    problems.push({
      level: "error",
      text: `${name}, line ${n}: ${why}. The line was skipped; the other lines were kept.`,
    });
  lines.forEach((line, i) => {
    const n = i + 1;
    if (line.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      badLine(n, `not valid JSON (${err instanceof Error ? err.message : String(err)})`);
      return;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value))
      return badLine(n, "not a JSON object");
    const obj = value as Record<string, unknown>;
    if (typeof obj.text !== "string") return badLine(n, 'has no "text" string');
    const id = typeof obj.id === "string" && obj.id.trim() ? obj.id : `${name}:${n}`;
    const problem = bodyProblem(obj.text);
    if (problem) return badLine(n, `article “${id}” ${problem}`);
    const where = `${name}, line ${n}`;
    const published = publishedOrProblem(
      typeof obj.published === "string" ? obj.published : defaultPublished,
      where,
      problems,
    );
    articles.push({
      id,
      text: obj.text,
      title: typeof obj.title === "string" ? obj.title : id,
      published,
      url: typeof obj.url === "string" ? obj.url : undefined,
    });
  });
  if (articles.length === 0 && problems.length === 0) {
    problems.push({ level: "error", text: `${name} was not added: it has no articles (it is empty).` });
  }
  return { articles, problems };
}
