/** Line-oriented input for the commands: stdin or a file, one item per line. */
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

export async function* lines(file: string | undefined): AsyncGenerator<string> {
  const input = file === undefined || file === '-' ? process.stdin : createReadStream(file);
  const rl = createInterface({ input, crlfDelay: Infinity });
  for await (const line of rl) yield line;
}

export function readBinary(file: string | undefined): Uint8Array {
  return new Uint8Array(readFileSync(file === undefined || file === '-' ? 0 : file));
}

/** Writes to stdout, waiting when the pipe is full, so that large outputs are not lost. */
export async function out(text: string): Promise<void> {
  if (!process.stdout.write(text)) await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
}
