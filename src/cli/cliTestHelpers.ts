/** Runs the real extract command as a child process, as a user would, and reads what it printed. */
import { spawnSync } from "node:child_process";

export interface ExtractRun {
  status: number | null;
  lines: {
    id: string;
    error?: string;
    events?: unknown[];
    published?: string;
    text?: string;
    title?: string;
  }[];
  stdout: string;
  stderr: string;
}

export function runExtract(...args: string[]): ExtractRun {
  const r = spawnSync(process.execPath, ["--import", "tsx", "src/cli/extract.ts", ...args], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const lines = r.stdout
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as ExtractRun["lines"][number]);
  return { status: r.status, lines, stdout: r.stdout, stderr: r.stderr };
}

/** Control characters that must never reach a terminal raw (tab and line feed excepted). */
// eslint-disable-next-line no-control-regex
export const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
