/**
 * A short fuzzing budget on every decoder of received data (the long runs are
 * `npm run fuzz -- --target all --iterations N`). Each target must end every input in a value
 * or its typed decode error, quickly, without growing; the inputs must reach past the first
 * checks (some accepted) and, where the decoder has typed errors, be rejected for several
 * different reasons. FUZZ_ITERATIONS raises the budget.
 */
import { describe, expect, it } from 'vitest';
import { fuzz, type Failure } from './engine.js';
import { publicTargets } from './targets/index.js';

const N = Number(process.env.FUZZ_ITERATIONS ?? 3000);
/** Decoders that count bad input instead of throwing (no typed error to see). */
const COUNTING = new Set(['nmea', 'ubx', 'fwbridge']);
/** The verifier accepts each signed message once (a second time is a replay): a few only. */
const MIN_ACCEPTED: Record<string, number> = { 'dot2-verify': 10 };

describe.each(publicTargets().map((t) => [t.name, t] as const))('fuzz target %s', (name, target) => {
  it(`${N} inputs: a value or the typed decode error, nothing else`, { timeout: 120_000 }, async () => {
    const session = await target.setup();
    expect(session.seeds.length).toBeGreaterThan(0);
    const failures: Failure[] = [];
    const s = fuzz(name, session, { seed: 20261201, iterations: N, timeBoundMs: 1000, onFailure: (f) => failures.push(f) });
    expect(failures.map((f) => `${f.kind}: ${f.detail} on ${Buffer.from(f.input).toString('hex').slice(0, 200)}`)).toEqual([]);
    expect(s.iterations).toBe(N);
    expect(s.accepted).toBeGreaterThanOrEqual(MIN_ACCEPTED[name] ?? N / 50);
    if (!COUNTING.has(name)) expect(Object.keys(s.rejected).length).toBeGreaterThanOrEqual(3);
    expect(s.heapGrowthMb).toBeLessThan(64);
  });
});

describe('fuzz runs are repeatable', () => {
  it('the same seed gives the same outcomes', async () => {
    const t = publicTargets().find((x) => x.name === 'wsmp')!;
    const a = fuzz(t.name, await t.setup(), { seed: 5, iterations: 500 });
    const b = fuzz(t.name, await t.setup(), { seed: 5, iterations: 500 });
    expect({ ...b, worstMs: 0, heapGrowthMb: 0 }).toEqual({ ...a, worstMs: 0, heapGrowthMb: 0 });
    const c = fuzz(t.name, await t.setup(), { seed: 6, iterations: 500 });
    expect(c.rejected).not.toEqual(a.rejected);
  });
});
