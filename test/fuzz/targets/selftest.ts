/**
 * Broken decoders that prove the harness catches each kind of failure (hidden from
 * `--target all`): one that throws a TypeError, one that hangs, one that is slow, one that
 * keeps what it is given.
 */
import type { FuzzSession, FuzzTarget } from '../engine.js';
import { randomBytes } from '../mutate.js';

function session(run: (input: Uint8Array) => void): Promise<FuzzSession> {
  return Promise.resolve({
    seeds: [Uint8Array.of(0)],
    generate: (rand) => randomBytes(rand, 8),
    run,
    expected: (e) => (e instanceof SyntaxError ? 'SYNTAX' : undefined),
  });
}

const kept: Uint8Array[] = [];

export const selfTestTargets: FuzzTarget[] = [
  {
    name: 'selftest-throw',
    summary: 'throws a TypeError on inputs starting 0x42 (and a typed error on 0x43)',
    hidden: true,
    setup: () =>
      session((b) => {
        if (b[0] === 0x43) throw new SyntaxError('typed rejection');
        const missing = undefined as unknown as { x: number };
        if (b[0] === 0x42 && missing.x > 0) return;
      }),
  },
  {
    name: 'selftest-hang',
    summary: 'never returns on inputs starting 0xab',
    hidden: true,
    setup: () =>
      session((b) => {
        if (b[0] === 0xab && b.length > 1) for (;;);
      }),
  },
  {
    name: 'selftest-slow',
    summary: 'takes 400 ms on inputs starting 0x55',
    hidden: true,
    setup: () =>
      session((b) => {
        if (b[0] === 0x55 && b.length > 1) {
          const t = performance.now();
          while (performance.now() - t < 400);
        }
      }),
  },
  {
    name: 'selftest-leak',
    summary: 'keeps 16 KiB for every input',
    hidden: true,
    setup: () =>
      session(() => {
        kept.push(new Uint8Array(16384).fill(1));
      }),
  },
];
