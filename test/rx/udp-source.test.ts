/** The UDP listener on real loopback sockets: unicast, multicast, capture, reopen with backoff. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../hal/clock.js';
import { toHex } from '../../asn1/runtime/values.js';
import { UdpListener } from '../../src/rx/udp-source.js';
import { PcapWriter } from '../../src/transport/pcap.js';
import { UdpSink } from '../../src/transport/udp.js';
import { bytesHex, field, tsharkJson, tsharkSkipReason } from '../transport/tshark.js';
import { sleep } from '../transport/udp-helpers.js';
import { BSM, SPAT } from '../transport/vectors.js';

const dir = mkdtempSync(join(tmpdir(), 'v2x-rx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const closers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const c of closers.splice(0).reverse()) await c.close();
});

function collect(): { got: { bytes: Uint8Array; source: string }[]; onDatagram: (b: Uint8Array, s: string) => void; wait(n: number): Promise<void> } {
  const got: { bytes: Uint8Array; source: string }[] = [];
  return {
    got,
    onDatagram: (b, s) => got.push({ bytes: b.slice(), source: s }),
    async wait(n) {
      for (let i = 0; i < 500 && got.length < n; i++) await sleep(10);
      if (got.length < n) throw new Error(`received ${got.length} of ${n}`);
    },
  };
}

describe('UdpListener', () => {
  it('receives unicast datagrams with their source and records them in a capture', async () => {
    const pcap = join(dir, 'rx.pcapng');
    const capture = new PcapWriter(pcap);
    const c = collect();
    const l = new UdpListener({ listen: 'udp://127.0.0.1:0', capture, onDatagram: c.onDatagram });
    closers.push(l);
    const { port } = await l.ready();
    const sink = new UdpSink({ target: `127.0.0.1:${port}` });
    closers.push(sink);
    sink.sendBytes(BSM());
    sink.sendBytes(SPAT());
    await c.wait(2);
    await sink.ready();
    expect(c.got.map((g) => g.source)).toEqual([`udp://127.0.0.1:${sink.localAddress!.port}`, `udp://127.0.0.1:${sink.localAddress!.port}`]);
    expect(c.got.map((g) => toHex(g.bytes))).toEqual([toHex(BSM()), toHex(SPAT())]);
    expect(l.stats).toMatchObject({ datagrams: 2, octets: BSM().length + SPAT().length, errors: 0 });
    await capture.close();
    if (tsharkSkipReason()) return;
    const p = tsharkJson(pcap);
    expect(p.map((x) => [field(x, 'frame.packet_flags_direction'), field(x, 'udp.dstport'), bytesHex(field(x, 'udp.payload'))])).toEqual([
      ['0x00000001', String(port), toHex(BSM())],
      ['0x00000001', String(port), toHex(SPAT())],
    ]);
  });

  it('joins a multicast group on the loopback interface; two listeners both hear it', async () => {
    const group = '239.255.27.42';
    const a = collect();
    const b = collect();
    const la = new UdpListener({ listen: `udp://${group}:0`, multicastInterface: '127.0.0.1', onDatagram: a.onDatagram });
    closers.push(la);
    const { port } = await la.ready();
    const lb = new UdpListener({ listen: `udp://${group}:${port}`, multicastInterface: '127.0.0.1', onDatagram: b.onDatagram });
    closers.push(lb);
    await lb.ready();
    const sink = new UdpSink({ target: `${group}:${port}`, multicastInterface: '127.0.0.1' });
    closers.push(sink);
    for (let i = 0; i < 3; i++) sink.sendBytes(BSM());
    await a.wait(3);
    await b.wait(3);
    expect(a.got.length + b.got.length).toBe(6);
  });

  it('counts a socket that fails and reopens it with a growing backoff on the injected clock', async () => {
    const clock = new ManualClock(0);
    const errors: string[] = [];
    // Not an address of this host: every bind fails.
    const l = new UdpListener({ listen: 'udp://192.0.2.123:0', clock, onDatagram: () => undefined, onError: (e) => errors.push(e.message) });
    closers.push(l);
    await sleep(50);
    expect(errors.length).toBe(1);
    expect(errors[0]).toMatch(/EADDRNOTAVAIL|not available/i);
    clock.advance(99);
    await sleep(20);
    expect(l.stats.reopened).toBe(0);
    clock.advance(1);
    await sleep(50);
    expect(l.stats.reopened).toBe(1);
    expect(errors.length).toBe(2);
    clock.advance(199); // the backoff doubled to 200 ms
    await sleep(20);
    expect(l.stats.reopened).toBe(1);
    clock.advance(1);
    await sleep(50);
    expect(l.stats.reopened).toBe(2);
    await l.close();
    clock.advance(10_000);
    expect(l.stats.reopened).toBe(2);
  });

  it('keeps going when the consumer throws', async () => {
    const errors: string[] = [];
    let n = 0;
    const l = new UdpListener({ listen: 'udp://127.0.0.1:0', onDatagram: () => { n++; throw new Error('consumer bug'); }, onError: (e) => errors.push(e.message) });
    closers.push(l);
    const { port } = await l.ready();
    const sink = new UdpSink({ target: `127.0.0.1:${port}` });
    closers.push(sink);
    sink.sendBytes(BSM());
    sink.sendBytes(BSM());
    for (let i = 0; i < 100 && n < 2; i++) await sleep(10);
    expect(n).toBe(2);
    expect(errors).toEqual(['consumer bug', 'consumer bug']);
  });
});
