/**
 * The CanBus conformance suite: the rules of hal/can/types.ts as tests, run against every
 * implementation (the virtual bus always, SocketCAN over vcan in the vcan tier, the firmware
 * bridge's bus). Call it inside a test file:
 *
 *     canBusConformance('virtual', async () => [new VirtualCanBus('c'), new VirtualCanBus('c')], { ... });
 *
 * `makePair` returns two buses on one channel, NOT yet opened (the suite opens them, so that
 * it can also check what happens before `open()`). The options switch on the tests that need
 * more than a pair: a third bus, another channel, control of the interface, error frames.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { CanError } from '../../hal/can/errors.js';
import { FD_LENGTHS } from '../../hal/can/frame.js';
import type { CanBus, CanBusState, CanErrorFrame, CanFrame } from '../../hal/can/types.js';

export interface LinkControl {
  /** `ip link set <if> down` */
  down(): Promise<void>;
  up(): Promise<void>;
  /** The interface disappears (`ip link del`, adapter unplugged). */
  remove(): Promise<void>;
  /** The interface comes back, up. */
  add(): Promise<void>;
}

export interface ConformanceOptions {
  /** One more bus on the same channel, not opened (fan-out test). */
  makeThird?: () => Promise<CanBus>;
  /** A bus on a different channel, not opened (isolation test). */
  makeOther?: () => Promise<CanBus>;
  /** A bus on a channel that is not FD-capable, not opened. */
  makeClassicOnly?: () => Promise<CanBus>;
  /** Controls the pair's interface (link tests). */
  link?: LinkControl;
  /** Makes the pair's channel carry an error frame with these class bits and data bytes. */
  injectErrorFrame?: (bits: number, data: Uint8Array) => Promise<void>;
  /** Frames in the burst test (default 2000). */
  burst?: number;
  /** How long to wait for an expected frame or event, ms (default 3000). */
  timeoutMs?: number;
  /** How long a bus may take to notice a link change and reopen, ms (default 8000). */
  linkTimeoutMs?: number;
  /** Current time in seconds since the epoch, to check receive timestamps (default: Date.now()). */
  nowSeconds?: () => number;
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let h: ReturnType<typeof setTimeout> | undefined;
  const t = new Promise<never>((_, reject) => { h = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms); });
  return Promise.race([p, t]).finally(() => clearTimeout(h));
}

/** Receives `n` frames (or fewer if the iteration ends), then leaves the iteration. */
export async function receive(bus: CanBus, n: number, timeoutMs: number): Promise<CanFrame[]> {
  const out: CanFrame[] = [];
  const it = bus[Symbol.asyncIterator]();
  try {
    while (out.length < n) {
      const r = await withTimeout(it.next(), timeoutMs, `frame ${out.length + 1} of ${n} on ${bus.channel}`);
      if (r.done === true) break;
      out.push(r.value);
    }
  } finally {
    await it.return?.();
  }
  return out;
}

/** Resolves when `bus` emits `state` (optionally with a detail matching `detail`). */
export function nextState(bus: CanBus, state: CanBusState, timeoutMs: number): Promise<string | undefined> {
  return withTimeout(new Promise<string | undefined>((resolve) => {
    const l = (s: CanBusState, d?: string): void => {
      if (s === state) { bus.off('state', l); resolve(d); }
    };
    bus.on('state', l);
  }), timeoutMs, `state '${state}' on ${bus.channel}`);
}

function norm(f: CanFrame): object {
  return { id: f.id, extended: f.extended === true, rtr: f.rtr === true, data: Array.from(f.data) };
}

async function expectCanError(p: Promise<unknown>, code: string, path?: string): Promise<void> {
  const e: unknown = await p.then(() => undefined, (x: unknown) => x);
  expect(e, `expected CanError ${code}`).toBeInstanceOf(CanError);
  expect((e as CanError).code).toBe(code);
  if (path !== undefined) expect((e as CanError).path).toBe(path);
}

export function canBusConformance(label: string, makePair: () => Promise<[CanBus, CanBus]>, opts: ConformanceOptions = {}): void {
  const timeoutMs = opts.timeoutMs ?? 3000;
  const linkTimeoutMs = opts.linkTimeoutMs ?? 8000;
  const nowSeconds = opts.nowSeconds ?? ((): number => Date.now() / 1000);
  const open: CanBus[] = [];

  async function pair(): Promise<[CanBus, CanBus]> {
    const [a, b] = await makePair();
    open.push(a, b);
    await a.open();
    await b.open();
    return [a, b];
  }
  async function one(make: () => Promise<CanBus>): Promise<CanBus> {
    const bus = await make();
    open.push(bus);
    await bus.open();
    return bus;
  }

  describe(`CanBus conformance: ${label}`, () => {
    afterEach(async () => {
      for (const b of open.splice(0)) await b.close();
    });

    it('delivers frames to the other bus in order with receive timestamps, and not back to the sender', async () => {
      const [a, b] = await pair();
      expect(a.state).toBe('active');
      const before = nowSeconds();
      const sent = [0x100, 0x101, 0x102, 0x0ff, 0x7ff].map((id, i) => ({ id, data: new Uint8Array([i, 0xa5, 0x5a]) }));
      for (const f of sent) await a.send(f);
      const got = await receive(b, sent.length, timeoutMs);
      const after = nowSeconds();
      expect(got.map(norm)).toEqual(sent.map(norm));
      let last = -Infinity;
      for (const f of got) {
        expect(typeof f.timestamp).toBe('number');
        expect(f.timestamp!).toBeGreaterThanOrEqual(last);
        expect(f.timestamp!).toBeGreaterThan(before - 2);
        expect(f.timestamp!).toBeLessThan(after + 2);
        expect(typeof f.extended).toBe('boolean');
        expect(typeof f.rtr).toBe('boolean');
        expect(typeof f.fd).toBe('boolean');
        last = f.timestamp!;
      }
      // the peer got everything, so the sender would have had its echo by now
      expect(a.stats.rxFrames).toBe(0);
      expect(a.stats.txFrames).toBe(sent.length);
      expect(b.stats.rxFrames).toBe(sent.length);
    });

    it('keeps 11-bit and 29-bit identifiers distinct, up to their limits', async () => {
      const [a, b] = await pair();
      const sent: CanFrame[] = [
        { id: 0x000, data: new Uint8Array([1]) },
        { id: 0x000, extended: true, data: new Uint8Array([2]) },
        { id: 0x7ff, data: new Uint8Array([3]) },
        { id: 0x7ff, extended: true, data: new Uint8Array([4]) },
        { id: 0x123, data: new Uint8Array([5]) },
        { id: 0x123, extended: true, data: new Uint8Array([6]) },
        { id: 0x1fffffff, extended: true, data: new Uint8Array([7]) },
        { id: 0x18daf110, extended: true, data: new Uint8Array([8]) },
      ];
      for (const f of sent) await a.send(f);
      const got = await receive(b, sent.length, timeoutMs);
      expect(got.map(norm)).toEqual(sent.map(norm));
    });

    it('carries classic frames of 0..8 bytes byte for byte', async () => {
      const [a, b] = await pair();
      const sent: CanFrame[] = [];
      for (let n = 0; n <= 8; n++) sent.push({ id: 0x200 + n, data: Uint8Array.from({ length: n }, (_, i) => (n * 37 + i * 11) & 0xff) });
      for (const f of sent) await a.send(f);
      const got = await receive(b, sent.length, timeoutMs);
      expect(got.map(norm)).toEqual(sent.map(norm));
      for (const f of got) expect(f.fd).toBe(false);
    });

    it('carries FD frames of every valid length byte for byte', async () => {
      const [a, b] = await pair();
      const sent: CanFrame[] = FD_LENGTHS.map((n, k) => ({
        id: 0x300 + k, fd: true, brs: k % 2 === 1, data: Uint8Array.from({ length: n }, (_, i) => (i * 7 + k) & 0xff),
      }));
      for (const f of sent) await a.send(f);
      const got = await receive(b, sent.length, timeoutMs);
      expect(got.map(norm)).toEqual(sent.map(norm));
      const full = b.capabilities.fdFlagsOnReceive;
      got.forEach((f, k) => {
        expect(f.fd).toBe(full ? true : f.data.length > 8);
        expect(f.brs === true).toBe(full ? sent[k]!.brs === true : false);
        expect(f.esi === true).toBe(false);
      });
    });

    it('carries remote frames with their DLC and zeroed data', async () => {
      const [a, b] = await pair();
      const sent: CanFrame[] = [0, 3, 8].map((n) => ({ id: 0x400 + n, rtr: true, data: new Uint8Array(n) }));
      sent.push({ id: 0x1abcdef, extended: true, rtr: true, data: new Uint8Array(2) });
      for (const f of sent) await a.send(f);
      const got = await receive(b, sent.length, timeoutMs);
      expect(got.map(norm)).toEqual(sent.map(norm));
      for (const f of got) expect(f.rtr).toBe(true);
    });

    it('rejects what the kernel would reject, naming the field, and sends nothing of it', async () => {
      const [a, b] = await pair();
      const cases: [CanFrame, string][] = [
        [{ id: 0x800, data: new Uint8Array(1) }, 'frame.id'],
        [{ id: -1, data: new Uint8Array(1) }, 'frame.id'],
        [{ id: 1.5, data: new Uint8Array(1) }, 'frame.id'],
        [{ id: 0x20000000, extended: true, data: new Uint8Array(1) }, 'frame.id'],
        [{ id: 0x10, data: new Uint8Array(9) }, 'frame.data'],
        [{ id: 0x10, fd: true, data: new Uint8Array(9) }, 'frame.data'],
        [{ id: 0x10, fd: true, data: new Uint8Array(33) }, 'frame.data'],
        [{ id: 0x10, fd: true, data: new Uint8Array(65) }, 'frame.data'],
        [{ id: 0x10, fd: true, rtr: true, data: new Uint8Array(0) }, 'frame.rtr'],
        [{ id: 0x10, brs: true, data: new Uint8Array(1) }, 'frame.brs'],
        [{ id: 0x10, data: [1, 2] as unknown as Uint8Array }, 'frame.data'],
      ];
      for (const [f, path] of cases) await expectCanError(a.send(f), 'INVALID_FRAME', path);
      expect(a.stats.txFrames).toBe(0);
      await a.send({ id: 0x42, data: new Uint8Array([0x42]) });
      const [first] = await receive(b, 1, timeoutMs);
      expect(norm(first!)).toEqual({ id: 0x42, extended: false, rtr: false, data: [0x42] });
      expect(b.stats.rxFrames).toBe(1);
    });

    it('refuses to send before open and after close; a closed bus stays closed', async () => {
      const [a, b] = await makePair();
      open.push(a, b);
      expect(a.state).toBe('closed');
      await expectCanError(a.send({ id: 1, data: new Uint8Array(0) }), 'NOT_OPEN');
      await a.open();
      await a.open(); // twice is harmless
      await a.close();
      expect(a.state).toBe('closed');
      await expectCanError(a.send({ id: 1, data: new Uint8Array(0) }), 'CLOSED');
      await expectCanError(a.open(), 'CLOSED');
      await a.close(); // twice is harmless
    });

    it('close ends a waiting iteration after yielding the frames already received', async () => {
      const [a, b] = await pair();
      await a.send({ id: 0x11, data: new Uint8Array([1]) });
      await a.send({ id: 0x12, data: new Uint8Array([2]) });
      // wait until both have been received (b counts them), then close before reading
      await withTimeout((async () => { while (b.stats.rxFrames < 2) await new Promise((r) => setTimeout(r, 5)); })(), timeoutMs, 'two frames');
      const ids: number[] = [];
      const reader = (async () => { for await (const f of b) ids.push(f.id); return 'ended'; })();
      await new Promise((r) => setTimeout(r, 50));
      await b.close();
      expect(await withTimeout(reader, timeoutMs, 'the iteration to end')).toBe('ended');
      expect(ids).toEqual([0x11, 0x12]);
      expect(b.state).toBe('closed');
    });

    it('allows one iteration at a time; leaving early keeps the bus open for the next', async () => {
      const [a, b] = await pair();
      const it1 = b[Symbol.asyncIterator]();
      let busy: unknown;
      try {
        b[Symbol.asyncIterator]();
      } catch (e) {
        busy = e;
      }
      expect(busy).toBeInstanceOf(CanError);
      expect((busy as CanError).code).toBe('BUSY');
      await a.send({ id: 0x21, data: new Uint8Array(0) });
      const r1 = await withTimeout(it1.next(), timeoutMs, 'first frame');
      expect(r1.done).toBe(false);
      await it1.return?.();
      await a.send({ id: 0x22, data: new Uint8Array(0) });
      const [f2] = await receive(b, 1, timeoutMs);
      expect(f2!.id).toBe(0x22);
      expect(b.state).toBe('active');
    });

    it(`delivers a burst of ${opts.burst ?? 2000} frames complete and in order`, async () => {
      const [a, b] = await pair();
      const n = opts.burst ?? 2000;
      const reader = receive(b, n, timeoutMs * 4);
      for (let i = 0; i < n; i++) await a.send({ id: 0x500, data: new Uint8Array([i & 0xff, i >> 8]) });
      const got = await reader;
      expect(got.length).toBe(n);
      got.forEach((f, i) => expect(f.data[0]! | (f.data[1]! << 8)).toBe(i));
      expect(b.stats.rxDropped).toBe(0);
    });

    it('lets listeners be removed, and keeps a throwing listener from reaching the bus', async () => {
      const [a] = await pair();
      const seen: CanBusState[] = [];
      const l = (s: CanBusState): void => { seen.push(s); };
      a.on('state', l);
      a.off('state', l);
      a.on('state', () => { throw new Error('listener bug'); });
      await a.close();
      expect(seen).toEqual([]);
      expect(a.state).toBe('closed');
      expect(a.stats.listenerErrors).toBe(1);
    });

    if (opts.makeThird !== undefined) {
      const makeThird = opts.makeThird;
      it('delivers to every other bus on the channel', async () => {
        const [a, b] = await pair();
        const c = await one(makeThird);
        const rb = receive(b, 1, timeoutMs);
        const rc = receive(c, 1, timeoutMs);
        await a.send({ id: 0x66, data: new Uint8Array([6]) });
        expect((await rb).map(norm)).toEqual((await rc).map(norm));
        expect((await rc)[0]!.id).toBe(0x66);
      });
    }

    if (opts.makeOther !== undefined) {
      const makeOther = opts.makeOther;
      it('keeps channels apart', async () => {
        const [a, b] = await pair();
        const other = await one(makeOther);
        await a.send({ id: 0x77, data: new Uint8Array([7]) });
        await receive(b, 1, timeoutMs);
        expect(other.stats.rxFrames).toBe(0);
      });
    }

    if (opts.makeClassicOnly !== undefined) {
      const makeClassicOnly = opts.makeClassicOnly;
      it('rejects FD frames on a channel that is not FD-capable', async () => {
        const c = await one(makeClassicOnly);
        await expectCanError(c.send({ id: 1, fd: true, data: new Uint8Array(12) }), 'INVALID_FRAME', 'frame.fd');
        await c.send({ id: 1, data: new Uint8Array(8) });
      });
    }

    if (opts.injectErrorFrame !== undefined) {
      const inject = opts.injectErrorFrame;
      it('surfaces error frames as events and follows the controller state they report', async () => {
        const [, b] = await pair();
        const errors: CanErrorFrame[] = [];
        b.on('errorFrame', (e) => errors.push(e));
        const warning = nextState(b, 'warning', timeoutMs);
        await inject(0x004, new Uint8Array([0, 0x04, 0, 0, 0, 0, 0x60, 0])); // controller: RX warning
        await warning;
        const busOff = nextState(b, 'bus-off', timeoutMs);
        await inject(0x040, new Uint8Array(8));
        await busOff;
        const back = nextState(b, 'active', timeoutMs);
        await inject(0x100, new Uint8Array(8)); // restarted
        await back;
        expect(errors.map((e) => e.classes)).toEqual([['controller'], ['bus-off'], ['restarted']]);
        expect(errors[0]!.data[1]).toBe(0x04);
        expect(errors[0]!.data[6]).toBe(0x60);
        expect(b.stats.errorFrames).toBe(3);
        expect(b.stats.rxFrames).toBe(0); // error frames are events, not frames
      });
    }

    if (opts.link !== undefined) {
      const link = opts.link;
      /** Both buses report `down` after `goDown`, refuse to send, report `active` after `comeBack`, and carry frames again. */
      const downAndBack = async (goDown: () => Promise<void>, comeBack: () => Promise<void>, id: number): Promise<[(string | undefined)[], CanBus]> => {
        const [a, b] = await pair();
        const down = [a, b].map((x) => nextState(x, 'down', linkTimeoutMs));
        await goDown();
        await Promise.all(down);
        await expectCanError(a.send({ id, data: new Uint8Array(1) }), 'DOWN');
        const up = [a, b].map((x) => nextState(x, 'active', linkTimeoutMs));
        await comeBack();
        const details = await Promise.all(up);
        await a.send({ id: id + 1, data: new Uint8Array([id + 1]) });
        const [f] = await receive(b, 1, timeoutMs);
        expect(f!.id).toBe(id + 1);
        return [details, a];
      };

      it('reports an interface going down and coming back; frames resume', async () => {
        const [, a] = await downAndBack(() => link.down(), () => link.up(), 0x31);
        expect(a.stats.reopens).toBe(0); // the channel stayed bound
      });

      it('reopens with backoff after the interface disappears; frames resume', async () => {
        const [details, a] = await downAndBack(() => link.remove(), () => link.add(), 0x41);
        expect(details).toEqual(['reopened', 'reopened']);
        expect(a.stats.reopens).toBe(1);
      });
    }
  });
}
