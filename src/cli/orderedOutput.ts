/**
 * Output in input order with a bounded number of batches in flight: results may come back from the
 * pool in any order, but lines are written only when everything before them is written, and the
 * reader waits whenever `limit` batches are pending. Memory stays flat with the size of the input.
 */
import type { EncodedLines } from "./encodedLines";

export class OrderedOutput {
  private readonly pending: Promise<EncodedLines>[] = [];

  constructor(
    private readonly limit: number,
    private readonly write: (lines: EncodedLines) => Promise<void>,
  ) {}

  /** Queues a batch's lines (already known or to come), first waiting for room. */
  async add(lines: Promise<EncodedLines> | EncodedLines): Promise<void> {
    while (this.pending.length >= this.limit) await this.flushOne();
    this.pending.push(Promise.resolve(lines));
  }

  get size(): number {
    return this.pending.length;
  }

  private async flushOne(): Promise<void> {
    const head = this.pending[0]!;
    const lines = await head;
    this.pending.shift();
    await this.write(lines);
  }

  async finish(): Promise<void> {
    while (this.pending.length > 0) await this.flushOne();
  }
}
