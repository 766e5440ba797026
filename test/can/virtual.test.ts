import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../hal/clock.js';
import { Backoff } from '../../hal/can/base.js';
import { VirtualCanBus, VirtualCanNetwork } from '../../hal/can/virtual.js';
import type { CanBusState } from '../../hal/can/types.js';
import { canBusConformance, receive } from './conformance.js';

const net = new VirtualCanNetwork();
let n = 0;
let ch = '';
const bus = (name: string): VirtualCanBus => new VirtualCanBus(name, { network: net });
net.configure('classic0', { fd: false });

canBusConformance('virtual bus', async () => {
  ch = `vcan-t${++n}`;
  return [bus(ch), bus(ch)];
}, {
  makeThird: async () => bus(ch),
  makeOther: async () => bus(`${ch}-other`),
  makeClassicOnly: async () => bus('classic0'),
  link: {
    down: async () => net.setUp(ch, false),
    up: async () => net.setUp(ch, true),
    remove: async () => net.remove(ch),
    add: async () => net.add(ch),
  },
  injectErrorFrame: async (bits, data) => net.injectErrorFrame(ch, bits, data),
});

/** Lets pending promise callbacks run (the virtual bus needs no macrotask). */
const settle = async (): Promise<void> => { for (let i = 0; i < 10; i++) await Promise.resolve(); };

describe('virtual bus specifics', () => {
  it('stamps received frames with its clock', async () => {
    const clock = new ManualClock(1_533_226_488_230);
    const network = new VirtualCanNetwork(clock);
    const a = new VirtualCanBus('x', { network, clock });
    const b = new VirtualCanBus('x', { network, clock });
    await a.open();
    await b.open();
    await a.send({ id: 1, data: new Uint8Array(0) });
    clock.advance(1.5);
    await a.send({ id: 2, data: new Uint8Array(0) });
    const got = await receive(b, 2, 1000);
    expect(got.map((f) => f.timestamp)).toEqual([1_533_226_488.23, 1_533_226_488.2315]);
    await a.close();
    await b.close();
  });

  it('reopens on the backoff schedule (100, 200, 400 ... 5000 ms) until the interface returns', async () => {
    const clock = new ManualClock(0);
    const network = new VirtualCanNetwork(clock);
    const a = new VirtualCanBus('y', { network, clock });
    const states: [number, CanBusState, string | undefined][] = [];
    a.on('state', (s, d) => states.push([clock.now(), s, d]));
    await a.open();
    network.remove('y');
    const attempts: number[] = [];
    for (let i = 0; i < 8; i++) {
      const due = clock.nextDue()!;
      attempts.push(due);
      clock.advanceTo(due);
      await settle();
    }
    // 100, +200, +400, +800, +1600, +3200, +5000 (capped), +5000
    expect(attempts).toEqual([100, 300, 700, 1500, 3100, 6300, 11300, 16300]);
    expect(a.state).toBe('down');
    network.add('y');
    clock.advanceTo(clock.nextDue()!);
    await settle();
    expect(a.state).toBe('active');
    expect(a.stats.reopens).toBe(1);
    expect(states).toEqual([[0, 'active', undefined], [0, 'down', 'interface y removed'], [21300, 'active', 'reopened']]);
    expect(clock.pendingTimers).toBe(0); // no more attempts once reopened
    await a.close();
  });

  it('counts frames dropped when the receive queue is full, keeping the earliest in order', async () => {
    const network = new VirtualCanNetwork();
    const a = new VirtualCanBus('z', { network });
    const b = new VirtualCanBus('z', { network, rxQueueLimit: 10 });
    await a.open();
    await b.open();
    for (let i = 0; i < 25; i++) await a.send({ id: i, data: new Uint8Array(0) });
    expect(b.stats.rxDropped).toBe(15);
    expect(b.stats.rxFrames).toBe(10);
    const got = await receive(b, 10, 1000);
    expect(got.map((f) => f.id)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    await a.close();
    await b.close();
  });

  it('refuses to open a channel that does not exist', async () => {
    const network = new VirtualCanNetwork();
    network.remove('gone0');
    const a = new VirtualCanBus('gone0', { network });
    const e = await a.open().catch((x: unknown) => x);
    expect((e as { code?: string }).code).toBe('NO_DEVICE');
    expect(a.state).toBe('closed');
  });

  it('opens a bus on an interface that is down in the down state', async () => {
    const network = new VirtualCanNetwork();
    network.setUp('d0', false);
    const a = new VirtualCanBus('d0', { network });
    await a.open();
    expect(a.state).toBe('down');
    network.setUp('d0', true);
    expect(a.state).toBe('active');
    await a.close();
  });

  it('copies frames for each receiver, so a receiver cannot change what another sees', async () => {
    const network = new VirtualCanNetwork();
    const [a, b, c] = [0, 1, 2].map(() => new VirtualCanBus('w', { network }));
    for (const x of [a!, b!, c!]) await x.open();
    const data = new Uint8Array([1, 2, 3]);
    await a!.send({ id: 5, data });
    data[0] = 99; // the sender reuses its buffer
    const [fb] = await receive(b!, 1, 1000);
    fb!.data[1] = 77;
    const [fc] = await receive(c!, 1, 1000);
    expect(Array.from(fc!.data)).toEqual([1, 2, 3]);
    for (const x of [a!, b!, c!]) await x.close();
  });
});

describe('Backoff', () => {
  it('grows by its factor up to the cap and starts again after reset', () => {
    const b = new Backoff({ initialMs: 50, maxMs: 300, factor: 3 });
    expect([b.next(), b.next(), b.next(), b.next()]).toEqual([50, 150, 300, 300]);
    b.reset();
    expect(b.next()).toBe(50);
    expect(() => new Backoff({ initialMs: 0 })).toThrow(RangeError);
  });
});
