/**
 * Writing to stdout that respects back-pressure and ends quietly when the reader goes away
 * (`extract ... | head -1`): no stack trace, the status of what was done so far.
 */
let exitStatus: () => number = () => 0;

process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE" || e.code === "ERR_STREAM_DESTROYED") process.exit(exitStatus());
  process.stderr.write(`error: cannot write the output (${e.code ?? e.message})\n`);
  process.exit(1);
});
// A closed stderr is no reason to stop either.
process.stderr.on("error", () => {});

export async function writeOrExit(text: string | Uint8Array, status: () => number): Promise<void> {
  exitStatus = status;
  if (process.stdout.write(text)) return;
  await new Promise<void>((resolve) => process.stdout.once("drain", resolve));
}
