/**
 * The raw UDP sink on real loopback sockets: unicast, broadcast (127.255.255.255), multicast
 * on the loopback interface, IPv6; the transport contract (never throws, counts errors by
 * reason, bounded backlog, reopen with backoff on the injected clock, close waits for the
 * datagrams in flight).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../hal/clock.js';
import { parseEndpoint, EndpointError } from '../../src/transport/endpoint.js';
import type { OutgoingMessage } from '../../src/transport/types.js';
import { DatagramSink, UdpSink } from '../../src/transport/udp.js';
import { receiver, type Receiver } from './udp-helpers.js';
import { BSM, bsmBundle } from './vectors.js';

const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const c of open.splice(0)) await c.close();
});

function msg(frame: Uint8Array, type = 'BSM', messageId = 20): OutgoingMessage {
  return { frame, messageId, type, t: 0 };
}

async function rx(o: Parameters<typeof receiver>[0] = {}): Promise<Receiver> {
  const r = await receiver(o);
  open.push(r);
  return r;
}

describe('endpoints', () => {
  it('parses the forms users write and classifies the address', () => {
    expect(parseEndpoint('udp://127.0.0.1:1516')).toMatchObject({ host: '127.0.0.1', port: 1516, family: 4, kind: 'unicast' });
    expect(parseEndpoint('10.0.0.5', 1516)).toMatchObject({ host: '10.0.0.5', port: 1516 });
    expect(parseEndpoint('localhost:9')).toMatchObject({ host: '127.0.0.1', port: 9 });
    expect(parseEndpoint('udp://239.255.27.35:5999').kind).toBe('multicast');
    expect(parseEndpoint('255.255.255.255:5999').kind).toBe('broadcast');
    expect(parseEndpoint('udp://[ff02::1]:5000')).toMatchObject({ host: 'ff02::1', family: 6, kind: 'multicast' });
    expect(parseEndpoint('[::1]:7')).toMatchObject({ host: '::1', port: 7, family: 6 });
    expect(() => parseEndpoint('tcp://1.2.3.4:5')).toThrow(EndpointError);
    expect(() => parseEndpoint('1.2.3.4')).toThrow(/no port/);
    expect(() => parseEndpoint('1.2.3.4:70000')).toThrow(/bad port/);
    expect(() => parseEndpoint('rsu.example:1516')).toThrow(/not an IPv4 or IPv6/);
  });
});

describe('UdpSink', () => {
  it('sends each MessageFrame as one datagram, byte for byte, unicast', async () => {
    const r = await rx();
    const sink = new UdpSink({ target: `udp://127.0.0.1:${r.port}` });
    open.push(sink);
    const frames = bsmBundle().slice(0, 50);
    for (const f of frames) sink.send(msg(f));
    const got = await r.waitFor(frames.length);
    expect(got.map((g) => Buffer.from(g.data).toString('hex')).sort()).toEqual(frames.map((f) => Buffer.from(f).toString('hex')).sort());
    await sink.close();
    expect(sink.stats).toEqual({ sent: 50, errors: 0, bytes: frames.reduce((n, f) => n + f.length, 0) });
  });

  it('broadcasts on the loopback broadcast address', async () => {
    const r = await rx({ address: '0.0.0.0' });
    const sink = new UdpSink({ target: `127.255.255.255:${r.port}` });
    open.push(sink);
    expect(sink.target.kind).toBe('broadcast');
    sink.send(msg(BSM()));
    const [got] = await r.waitFor(1);
    expect(got!.data).toEqual(BSM());
    expect(sink.stats.errors).toBe(0);
  });

  it('sends to a multicast group on the loopback interface', async () => {
    const group = '239.255.27.41';
    const a = await rx({ group, port: 0 });
    const sink = new UdpSink({ target: `udp://${group}:${a.port}`, multicastInterface: '127.0.0.1' });
    open.push(sink);
    for (let i = 0; i < 5; i++) sink.send(msg(BSM()));
    const got = await a.waitFor(5);
    expect(got.every((g) => Buffer.compare(g.data, BSM()) === 0)).toBe(true);
    await sink.close();
    expect(sink.stats.sent).toBe(5);
  });

  it('sends over IPv6', async () => {
    const r = await rx({ family: 6 });
    const sink = new UdpSink({ target: `udp://[::1]:${r.port}` });
    open.push(sink);
    sink.send(msg(BSM()));
    expect((await r.waitFor(1))[0]!.data).toEqual(BSM());
  });

  it('returns before the datagram is out and reports the source port once bound', async () => {
    const r = await rx();
    const sink = new UdpSink({ target: `127.0.0.1:${r.port}` });
    open.push(sink);
    sink.send(msg(BSM()));
    expect(sink.stats.sent).toBe(0); // confirmed by the kernel later, not inside send()
    await r.waitFor(1);
    await sink.ready();
    expect(sink.localAddress?.port).toBe(r.messages[0]!.from.port);
  });

  it('counts a refused send and goes on', async () => {
    const r = await rx();
    const sink = new UdpSink({ target: '127.0.0.1:9' });
    open.push(sink);
    const errors: string[] = [];
    sink.onError = (e) => errors.push(e.message);
    // An oversized datagram: the kernel refuses it (EMSGSIZE), the next one still goes.
    sink.send(msg(new Uint8Array(70_000)));
    const good = new UdpSink({ target: `127.0.0.1:${r.port}` });
    open.push(good);
    good.send(msg(BSM()));
    await r.waitFor(1);
    await sink.close();
    expect(sink.stats.errors).toBe(1);
    expect(sink.reasons).toEqual({ send: 1 });
    expect(errors[0]).toMatch(/EMSGSIZE|message too long/i);
  });

  it('drops beyond the in-flight limit instead of queueing without bound', async () => {
    const r = await rx();
    const sink = new UdpSink({ target: `127.0.0.1:${r.port}`, maxInFlight: 4 });
    open.push(sink);
    for (let i = 0; i < 20; i++) sink.send(msg(BSM()));
    expect(sink.reasons.backlog).toBe(16);
    await sink.close();
    expect(sink.stats.sent).toBe(4);
    expect(r.messages.length + (await r.waitFor(4)).length).toBeGreaterThanOrEqual(4);
  });

  it('counts a message it cannot encode without throwing', async () => {
    class Picky extends DatagramSink {
      constructor(port: number) {
        super({ target: `127.0.0.1:${port}` }, 'picky');
      }
      protected encode(m: OutgoingMessage): Uint8Array {
        if (m.type !== 'BSM') throw new Error(`no table entry for ${m.type}`);
        return m.frame;
      }
    }
    const r = await rx();
    const sink = new Picky(r.port);
    open.push(sink);
    let seen: Error | undefined;
    sink.onError = (e) => { seen = e; };
    expect(() => sink.send(msg(BSM(), 'XYZ', 99))).not.toThrow();
    sink.send(msg(BSM()));
    await r.waitFor(1);
    await sink.close();
    expect(sink.stats).toMatchObject({ sent: 1, errors: 1 });
    expect(sink.reasons).toEqual({ encode: 1 });
    expect(seen?.message).toMatch(/XYZ.*no table entry/);
  });

  it('reopens a failed socket with a growing backoff on the injected clock', async () => {
    const clock = new ManualClock(1_700_000_000_000);
    // 192.0.2.123 is not an address of this host: binding fails with EADDRNOTAVAIL.
    const sink = new UdpSink({ target: '127.0.0.1:9', bindAddress: '192.0.2.123', clock });
    open.push(sink);
    const reasons: string[] = [];
    sink.onError = (e) => reasons.push((e as Error & { reason: string }).reason);
    await expect(sink.ready()).rejects.toThrow(/EADDRNOTAVAIL|address not available/i);
    await new Promise((resolve) => setImmediate(resolve));
    expect(reasons).toEqual(['socket']);
    sink.send(msg(BSM())); // within the 100 ms backoff: no new socket
    expect(reasons).toEqual(['socket', 'socket']);
    clock.advance(100);
    sink.send(msg(BSM())); // a new socket is tried; it fails again
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(reasons.slice(2)).toContain('socket');
    const before = reasons.length;
    clock.advance(150); // the backoff is now 200 ms
    sink.send(msg(BSM()));
    expect(reasons.length).toBe(before + 1);
    expect(sink.stats.sent).toBe(0);
  });

  it('counts a send after close', async () => {
    const sink = new UdpSink({ target: '127.0.0.1:9' });
    await sink.close();
    sink.send(msg(BSM()));
    expect(sink.reasons).toEqual({ closed: 1 });
  });
});
