/**
 * Progress of the extract command on stderr, only when stderr is a terminal: one line rewritten in
 * place at most a few times a second, cleared before any message and at the end.
 */
export class Progress {
  private shown = false;
  private last = 0;
  private readonly start = performance.now();

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly enabled = stream.isTTY === true,
  ) {}

  update(done: number, failed: number): void {
    if (!this.enabled) return;
    const now = performance.now();
    if (now - this.last < 250) return;
    this.last = now;
    const rate = done / Math.max(0.001, (now - this.start) / 1000);
    this.stream.write(
      `\r\x1b[K${done.toLocaleString("en-US")} articles done, ${failed.toLocaleString("en-US")} failed (${Math.round(rate).toLocaleString("en-US")}/s)`,
    );
    this.shown = true;
  }

  /** Writes a message line, keeping the progress line below it. */
  message(line: string): void {
    this.clear();
    this.stream.write(line + "\n");
  }

  clear(): void {
    if (!this.shown) return;
    this.stream.write("\r\x1b[K");
    this.shown = false;
  }
}
