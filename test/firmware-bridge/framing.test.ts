/**
 * The framing layer: COBS + CRC-32C, delimiter 0x00. Pure code, tested on a capture of what the
 * C simulator really sent (test/fixtures/firmware-bridge/capture-mcu-to-host.bin), split at
 * every byte, and against the C decoder on the same bytes.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pb } from '../../firmware-bridge/generated/bridge_v1.js';
import { MAX_FRAME_PAYLOAD } from '../../firmware-bridge/host/contract.js';
import { crc32c } from '../../firmware-bridge/host/crc32c.js';
import {
  cobsDecode, cobsEncode, encodeFrame, FrameDecoder, FramingError, maxEncodedSize, type Discard,
} from '../../firmware-bridge/host/framing.js';
import { parseCandump } from '../../hal/can/candump.js';
import { RAV4_LOG } from '../can/fixtures.js';
import { buildDir, buildMcu, fixturesDir, skipNotice } from './harness.js';

const capture = new Uint8Array(readFileSync(join(fixturesDir, 'capture-mcu-to-host.bin')));
const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

type Event = { frame: Uint8Array } | { discard: Discard };
const describeEvents = (events: Event[]): string[] =>
  events.map((e) => ('frame' in e ? `frame ${hex(e.frame)}` : `discard ${e.discard.reason} ${e.discard.length}`));

function decodeInChunks(bytes: Uint8Array, cuts: number[]): { events: Event[]; dec: FrameDecoder } {
  const dec = new FrameDecoder();
  const events: Event[] = [];
  let start = 0;
  for (const c of [...cuts, bytes.length]) {
    events.push(...dec.decode(bytes.subarray(start, c)));
    start = c;
  }
  return { events, dec };
}

describe('CRC-32C', () => {
  it('has the Castagnoli check value', () => {
    expect(crc32c(new TextEncoder().encode('123456789'))).toBe(0xe3069283);
    expect(crc32c(new Uint8Array(0))).toBe(0);
    expect(crc32c(new Uint8Array(32))).toBe(0x8a9136aa); // iSCSI test vector (RFC 3720 B.4): 32 bytes of zeros
    expect(crc32c(new Uint8Array(32).fill(0xff))).toBe(0x62a8ab43); // RFC 3720 B.4: 32 bytes of 0xFF
  });
});

describe('COBS', () => {
  const enc = (b: number[]): string => {
    const src = new Uint8Array(b);
    const out = new Uint8Array(maxEncodedSize(src.length));
    return hex(out.subarray(0, cobsEncode(src, src.length, out)));
  };
  it('encodes the reference examples (Cheshire & Baker)', () => {
    expect(enc([0x00])).toBe('0101');
    expect(enc([0x00, 0x00])).toBe('010101');
    expect(enc([0x11, 0x22, 0x00, 0x33])).toBe('0311220233');
    expect(enc([0x11, 0x22, 0x33, 0x44])).toBe('0511223344');
    expect(enc([0x11, 0x00, 0x00, 0x00])).toBe('0211010101');
    const run = Array.from({ length: 254 }, (_, i) => i + 1);
    expect(enc(run)).toBe(`ff${hex(new Uint8Array(run))}01`);
    expect(enc([0, ...run])).toBe(`01ff${hex(new Uint8Array(run))}01`);
  });
  it('round-trips any bytes, never emits 0x00, and stays within the overhead bound', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), (src) => {
      const out = new Uint8Array(maxEncodedSize(src.length));
      const n = cobsEncode(src, src.length, out);
      expect(n).toBeLessThanOrEqual(src.length + Math.floor(src.length / 254) + 1);
      expect(out.subarray(0, n).includes(0)).toBe(false);
      const back = new Uint8Array(n);
      const m = cobsDecode(out, n, back);
      expect(hex(back.subarray(0, m))).toBe(hex(src));
    }), { numRuns: 300 });
  });
  it('rejects a code that runs past the end, and a zero inside', () => {
    const out = new Uint8Array(16);
    expect(cobsDecode(new Uint8Array([0x05, 0x11, 0x22]), 3, out)).toBe(-1);
    expect(cobsDecode(new Uint8Array([0x03, 0x11, 0x00]), 3, out)).toBe(-1);
  });
});

describe('frame encoder', () => {
  it('appends the CRC little-endian, COBS-encodes and delimits', () => {
    const f = encodeFrame(new Uint8Array([0x08, 0x01]));
    // payload 08 01 + crc32c(08 01) LE, COBS, 00
    const crc = crc32c(new Uint8Array([0x08, 0x01]));
    const raw = new Uint8Array([0x08, 0x01, crc & 0xff, (crc >>> 8) & 0xff, (crc >>> 16) & 0xff, crc >>> 24]);
    const cobs = new Uint8Array(16);
    const n = cobsEncode(raw, raw.length, cobs);
    expect(hex(f)).toBe(`${hex(cobs.subarray(0, n))}00`);
  });
  it('throws on our own oversize payload, naming the field', () => {
    expect(() => encodeFrame(new Uint8Array(MAX_FRAME_PAYLOAD + 1))).toThrow(FramingError);
    expect(() => encodeFrame(new Uint8Array(MAX_FRAME_PAYLOAD + 1))).toThrow(/^frame\.payload: 1537 bytes > 1536/);
    expect(encodeFrame(new Uint8Array(MAX_FRAME_PAYLOAD).fill(1)).length).toBe(maxEncodedSize(MAX_FRAME_PAYLOAD) + 1);
  });
});

describe('frame decoder on a capture of the C simulator', () => {
  const whole = decodeInChunks(capture, []);
  const frames = whole.events.filter((e): e is { frame: Uint8Array } => 'frame' in e).map((e) => e.frame);

  it('finds the frames and counts each kind of damage once', () => {
    expect(whole.dec.stats).toMatchObject({ frames: 69, crcErrors: 2, framingErrors: 1, oversize: 1, bytes: capture.length });
    expect(whole.dec.pending).toBe(0);
    const discards = whole.events.filter((e) => 'discard' in e).map((e) => (e as { discard: Discard }).discard);
    expect(discards.map((d) => d.reason).sort()).toEqual(['crc', 'crc', 'framing', 'oversize']);
    expect(discards.find((d) => d.reason === 'crc')!.detail).toMatch(/^CRC mismatch: got 0x[0-9a-f]{8}, computed 0x[0-9a-f]{8}$/);
    expect(discards.find((d) => d.reason === 'oversize')!.length).toBeGreaterThanOrEqual(1600);
  });

  it('gives the same frames and discards for every split point, and byte by byte', () => {
    const expected = describeEvents(whole.events);
    for (let cut = 1; cut < capture.length; cut++) {
      const r = decodeInChunks(capture, [cut]);
      if (describeEvents(r.events).join('\n') !== expected.join('\n')) {
        expect(describeEvents(r.events), `split at byte ${cut}`).toEqual(expected);
      }
      expect(r.dec.stats).toEqual(whole.dec.stats);
    }
    const bytewise = decodeInChunks(capture, Array.from({ length: capture.length - 1 }, (_, i) => i + 1));
    expect(describeEvents(bytewise.events)).toEqual(expected);
  });

  it('decodes every frame as a contract v1 Frame, with the session the simulator sent', () => {
    const decoded = frames.map((p) => pb.Frame.decode(p));
    const bodies = decoded.map((f) => f.body);
    for (const b of ['helloAck', 'heartbeatAck', 'timeSyncResponse', 'canRx', 'gnssSentence', 'ppsMark', 'v2xTransmitReport', 'bootNotice']) {
      expect(bodies).toContain(b);
    }
    // The power-on notice went out before the host opened the pty; this one is the reset's.
    expect(bodies.filter((b) => b === 'bootNotice')).toHaveLength(1);
    // The CAN frames are the first 40 lines of the RAV4 log, in order.
    const can = decoded.filter((f) => f.body === 'canRx').flatMap((f) => f.canRx!.frames ?? []);
    const log = parseCandump(readFileSync(RAV4_LOG, 'utf8').split('\n').slice(0, 40).join('\n')).records
      .flatMap((r) => (r.kind === 'frame' ? [r.frame] : []));
    expect(log).toHaveLength(40);
    expect(can.map((c) => `${(c.id ?? 0).toString(16)}#${hex(c.data ?? new Uint8Array(0))}`))
      .toEqual(log.map((l) => `${l.id.toString(16)}#${hex(l.data)}`));
    expect(decoded.filter((f) => f.body === 'gnssSentence').map((f) => f.gnssSentence!.text?.slice(0, 6))).toEqual(['$GPGGA', '$GPRMC', '$GPGGA']);
  });

  it('resyncs after garbage: every frame between garbage runs is recovered', () => {
    fc.assert(fc.property(
      fc.array(fc.tuple(fc.uint8Array({ minLength: 1, maxLength: 300 }), fc.uint8Array({ maxLength: 80 })), { minLength: 1, maxLength: 12 }),
      (items) => {
        const parts: Uint8Array[] = [];
        for (const [payload, garbage] of items) {
          parts.push(garbage, new Uint8Array([0])); // line noise, then the delimiter that ends it
          parts.push(encodeFrame(payload));
        }
        const stream = new Uint8Array(Buffer.concat(parts));
        const dec = new FrameDecoder();
        const got = dec.decode(stream).filter((e): e is { frame: Uint8Array } => 'frame' in e).map((e) => hex(e.frame));
        expect(got).toEqual(items.map(([p]) => hex(p)));
      },
    ), { numRuns: 200 });
  });

  it('discards a CRC-valid frame whose payload exceeds the maximum as oversize', () => {
    const big = encodeFrame(new Uint8Array(MAX_FRAME_PAYLOAD + 1).fill(7), MAX_FRAME_PAYLOAD + 1);
    const dec = new FrameDecoder();
    const ev = dec.decode(big);
    expect(ev).toHaveLength(1);
    expect('discard' in ev[0]! && ev[0].discard.reason).toBe('oversize');
    expect(dec.stats.oversize).toBe(1);
  });

  const skip = buildMcu();
  skipNotice('framing against the C decoder', skip);
  it.skipIf(skip !== undefined)('matches the C decoder on the same capture, and the C encoder byte for byte', () => {
    const vectors = join(buildDir, 'bridge-vectors');
    const r = spawnSync(vectors, ['unframe'], { input: `${hex(capture)}\n`, encoding: 'utf8' });
    const lines = r.stdout.trim().split('\n');
    const cFrames = lines.filter((l) => l.startsWith('frame ')).map((l) => l.slice(6));
    expect(cFrames).toEqual(frames.map(hex));
    expect(lines.at(-1)).toBe(`stats ${whole.dec.stats.frames} ${whole.dec.stats.crcErrors} ${whole.dec.stats.framingErrors} ${whole.dec.stats.oversize}`);
    const payloads = fc.sample(fc.uint8Array({ maxLength: MAX_FRAME_PAYLOAD }), 200);
    payloads.push(new Uint8Array(0), new Uint8Array(254).fill(1), new Uint8Array(MAX_FRAME_PAYLOAD));
    const enc = spawnSync(vectors, ['frame'], { input: payloads.map((p) => `${hex(p)}\n`).join(''), encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(enc.stdout.trim().split('\n')).toEqual(payloads.map((p) => hex(encodeFrame(p))));
  });
});
