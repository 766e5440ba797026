/** Pieces shared by the fuzz targets. */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromHex } from '../../../asn1/runtime/values.js';

export const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures');

export function fixture(rel: string): Uint8Array {
  return new Uint8Array(readFileSync(join(fixturesDir, rel)));
}

export function hexFixture(rel: string): Uint8Array {
  return fromHex(readFileSync(join(fixturesDir, rel), 'utf8').replace(/\s+/g, ''));
}

export function listFixtures(relDir: string, ext: string): string[] {
  return readdirSync(join(fixturesDir, relDir))
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => `${relDir}/${f}`);
}

/**
 * Thrown by a target when a function that must never throw did (a whole-log parser, a
 * stream decoder that counts bad input): never an expected error, whatever it wraps.
 */
export class MustNotThrow extends Error {
  constructor(what: string, cause: unknown) {
    super(`${what} threw ${cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause)}`);
    this.name = 'MustNotThrow';
    if (cause instanceof Error && cause.stack) this.stack = `${this.name}: ${this.message}\n${cause.stack.split('\n').slice(1).join('\n')}`;
  }
}

export function mustNotThrow<T>(what: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw new MustNotThrow(what, e);
  }
}

/** For decoders that report bad input instead of throwing: no exception is expected. */
export const nothingExpected = (): undefined => undefined;
