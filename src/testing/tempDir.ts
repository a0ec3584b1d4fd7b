/**
 * A fresh directory under the system's temp dir for one test file or one test, removed when it ends:
 * at module or describe scope the cleanup is `afterAll`; inside a test pass `onTestFinished`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

export function tempDir(prefix: string, cleanup: (fn: () => void) => void = afterAll): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanup(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
