/**
 * createSinks: the sinks behind `--udp`, `--rsu`, `--wsmp` and `--pcap`, on real loopback
 * sockets, with the capture file checked by tshark (skipped, with the reason, without it).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { toHex } from '../../asn1/runtime/values.js';
import { extractPayload } from '../../src/transport/ieee1609dot2/index.js';
import { parseIfm } from '../../src/transport/ifm.js';
import { SinkConfigError, createSinks } from '../../src/transport/sinks.js';
import type { OutgoingMessage } from '../../src/transport/types.js';
import { WsmpFramer } from '../../src/transport/wsmp-sink.js';
import { decodeWsmp } from '../../src/transport/wsmp.js';
import { bytesHex, field, tsharkJson, tsharkSkipReason } from './tshark.js';
import { receiver, type Receiver } from './udp-helpers.js';
import { BSM, SPAT } from './vectors.js';

const dir = mkdtempSync(join(tmpdir(), 'v2x-sinks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const closers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const c of closers.splice(0)) await c.close();
});

async function rx(): Promise<Receiver> {
  const r = await receiver();
  closers.push(r);
  return r;
}

const bsm: OutgoingMessage = { frame: BSM(), messageId: 20, type: 'BSM', t: 0 };
const spat: OutgoingMessage = { frame: SPAT(), messageId: 19, type: 'SPAT', t: 0 };

describe('createSinks', () => {
  it('fans each message out to raw UDP, IFM and WSMP-over-UDP, and captures what was sent', async () => {
    const [raw, rsu, air] = [await rx(), await rx(), await rx()];
    const pcap = join(dir, 'sent.pcapng');
    const errors: string[] = [];
    const s = createSinks({
      udp: [`127.0.0.1:${raw.port}`],
      rsu: `127.0.0.1:${rsu.port}`,
      wsmp: `udp://127.0.0.1:${air.port}`,
      wsmpOptions: { channel: 172, dataRate: 12 },
      pcap,
      onError: (name, e) => errors.push(`${name}: ${e.message}`),
    });
    expect(s.sinks.map((k) => k.name)).toEqual([`udp udp://127.0.0.1:${raw.port}`, `rsu-ifm udp://127.0.0.1:${rsu.port}`, `wsmp udp://127.0.0.1:${air.port}`, 'wsmp capture']);
    s.send(bsm);
    s.send(spat);
    await Promise.all([raw.waitFor(2), rsu.waitFor(2), air.waitFor(2)]);
    await s.close();
    expect(errors).toEqual([]);
    expect(raw.messages.map((m) => toHex(m.data)).sort()).toEqual([toHex(BSM()), toHex(SPAT())].sort());
    expect(rsu.messages.map((m) => parseIfm(m.data).type).sort()).toEqual(['BSM', 'SPAT']);
    const frames = air.messages.map((m) => decodeWsmp(m.data));
    expect(frames.map((f) => f.psid).sort((a, b) => a - b)).toEqual([0x20, 0x82]);
    expect(frames.every((f) => f.channel === 172 && f.dataRate === 12)).toBe(true);
    expect(frames.map((f) => toHex(extractPayload(f.data).payload!)).sort()).toEqual([toHex(BSM()), toHex(SPAT())].sort());
    // 3 sinks x 2 datagrams as UDP over IP, and 2 WSMP frames over Ethernet.
    expect(s.capture?.stats.packets).toBe(8);

    const skip = tsharkSkipReason();
    if (skip) return;
    const p = tsharkJson(pcap);
    const udp = p.filter((x) => field(x, 'udp.dstport') !== undefined);
    const wsmp = p.filter((x) => field(x, 'eth.type') === '0x88dc');
    expect(udp).toHaveLength(6);
    expect(wsmp).toHaveLength(2);
    const byPort = (port: number): string[] => udp.filter((x) => field(x, 'udp.dstport') === String(port)).map((x) => bytesHex(field(x, 'udp.payload'))!);
    expect(byPort(raw.port).sort()).toEqual([toHex(BSM()), toHex(SPAT())].sort());
    expect(byPort(rsu.port).map((h) => Buffer.from(h, 'hex').toString('ascii').split('\n')[1])).toEqual(expect.arrayContaining(['Type=BSM', 'Type=SPAT']));
    // The WSMP frames in the capture are the ones sent over UDP to the air.
    expect(byPort(air.port).sort()).toEqual(air.messages.map((m) => toHex(m.data)).sort());
    expect(wsmp.map((x) => field(x, 'wsmp.psid')).sort()).toEqual(['0x00000020', '0x00000082']);
    expect(wsmp.map((x) => bytesHex(field(x, 'ieee1609dot2.unsecuredData'))).sort()).toEqual([toHex(BSM()), toHex(SPAT())].sort());
    // The source port recorded for each UDP frame is the sink's real one.
    const rawSrc = udp.find((x) => field(x, 'udp.dstport') === String(raw.port));
    expect(field(rawSrc, 'udp.srcport')).toBe(String(raw.messages[0]!.from.port));
  });

  it('captures WSMP frames alone with --wsmp --pcap (no network)', async () => {
    const pcap = join(dir, 'wsmp-only.pcap');
    const s = createSinks({ wsmp: true, pcap });
    expect(s.sinks.map((k) => k.name)).toEqual(['wsmp capture']);
    s.send(bsm);
    await s.close();
    expect(s.capture?.stats.packets).toBe(1);
    expect(s.sinks[0]!.stats).toMatchObject({ sent: 1, errors: 0 });
  });

  it('names the flag of a bad configuration and opens nothing', () => {
    expect(() => createSinks({ udp: ['example.org:5'] })).toThrow(SinkConfigError);
    expect(() => createSinks({ udp: ['example.org:5'] })).toThrow(/^--udp: /);
    expect(() => createSinks({ rsu: '10.0.0.1:99999' })).toThrow(/^--rsu: .*bad port/);
    expect(() => createSinks({ rsu: '127.0.0.1', ifm: { messages: { MAP: { psid: 0x82 } } } })).toThrow(/^--rsu: PSID check failed/);
    expect(() => createSinks({ wsmp: 'udp://127.0.0.1:9', wsmpOptions: { psids: { BSM: 0x8002 } } })).toThrow(/^--wsmp: .*BSM/);
    expect(() => createSinks({ pcap: join(dir, 'x.pcap'), radioMac: 'zz' })).toThrow(/^--radio-mac: /);
  });

  it('uses the 1609.12 PSID for a message and the configured one when given', () => {
    const f = new WsmpFramer({ psids: { CARMA: 0x3fee } });
    expect(f.psidFor({ type: 'BSM', messageId: 20 })).toBe(0x20);
    expect(f.psidFor({ type: 'whatever', messageId: 19 })).toBe(0x82);
    expect(f.psidFor({ type: 'carma', messageId: 240 })).toBe(0x3fee);
    expect(() => f.psidFor({ type: 'X', messageId: 999 })).toThrow(/no PSID for message type X/);
  });
});
