/**
 * Framing and decoding of whole real captures: every byte offset as a chunk boundary gives the
 * same fixes; garbage, bad checksums and truncated frames are counted and skipped.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../hal/clock.js';
import { GnssStreamDecoder } from '../../hal/gnss/decoder.js';
import { Framer } from '../../hal/gnss/framer.js';
import type { GnssDiscard, GnssFix } from '../../hal/gnss/types.js';
import { LOGS, ascii, content, offlineParse, receiverBytes, type OfflineParse } from './fixtures.js';

function decodeChunks(chunks: Uint8Array[]): OfflineParse {
  const fixes: GnssFix[] = [];
  const discards: GnssDiscard[] = [];
  const dec = new GnssStreamDecoder({ source: 'offline', clock: new ManualClock(0), onFix: (f) => fixes.push(f), onDiscard: (d) => discards.push(d) });
  for (const c of chunks) dec.push(c);
  dec.end();
  return { fixes, counters: dec.counters, discards };
}

function splitAt(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  let p = 0;
  for (const c of [...cuts].sort((a, b) => a - b)) {
    out.push(bytes.slice(p, c));
    p = c;
  }
  out.push(bytes.slice(p));
  return out;
}

/** Epochs counted straight from the text/bytes, independently of the decoder. */
function independentEpochCount(bytes: Uint8Array, protocol: string): number {
  if (protocol === 'ubx') {
    let n = 0;
    for (let i = 0; i + 3 < bytes.length; i++) if (bytes[i] === 0xb5 && bytes[i + 1] === 0x62 && bytes[i + 2] === 0x01 && bytes[i + 3] === 0x07) n++;
    return n;
  }
  const text = Buffer.from(bytes).toString('latin1');
  const times = new Set<string>();
  let keyless = 0;
  for (const m of text.matchAll(/\$(?:GP|GN|GL|GA|GB|BD|GQ)(GGA|RMC|GLL|GNS),([^,*]*)(?:,([^,*]*),[^,*]*,[^,*]*,([^,*]*))?/g)) {
    // GLL carries its time in the fifth field.
    const t = m[1] === 'GLL' ? m[4] ?? '' : m[2]!;
    if (t === '') {
      if (m[1] === 'GGA') keyless++;
    } else times.add(t);
  }
  return times.size + keyless;
}

describe('whole captures', () => {
  for (const log of LOGS) {
    it(`${log.file}: one fix per receiver epoch, nothing skipped`, () => {
      const bytes = receiverBytes(log.file);
      const r = offlineParse(bytes);
      expect(r.fixes.length).toBe(independentEpochCount(bytes, log.protocol));
      expect(r.counters.garbageBytes).toBe(0);
      expect(r.counters.badChecksum).toBe(0);
      expect(r.counters.truncated).toBe(0);
      expect(r.counters.invalidValues).toBe(0);
      expect(r.counters.bytes).toBe(bytes.length);
      // Fix times only go forwards, except where the receiver itself stepped back (the Telit
      // sends 10:51:53.71 and then 10:51:53.408).
      const times = r.fixes.map((f) => f.time).filter((t): t is number => t !== undefined);
      let backwards = 0;
      for (let i = 1; i < times.length; i++) if (times[i]! <= times[i - 1]!) backwards++;
      expect(backwards).toBe(log.file === 'gpsd_telit-he910.log' ? 1 : 0);
    });
  }
});

describe('chunk boundaries do not matter', () => {
  for (const log of LOGS) {
    it(`${log.file}: fed one byte at a time (every offset is a boundary) = fed whole`, () => {
      const bytes = receiverBytes(log.file);
      const whole = offlineParse(bytes);
      const chunks: Uint8Array[] = [];
      for (let i = 0; i < bytes.length; i++) chunks.push(bytes.subarray(i, i + 1));
      const split = decodeChunks(chunks);
      expect(split.fixes.map(content)).toEqual(whole.fixes.map(content));
      expect(split.counters).toEqual(whole.counters);
      expect(split.discards).toEqual(whole.discards);
    });
  }

  it('a mixed UBX + NMEA + RTCM3 excerpt split in two at every byte offset gives the same fixes', () => {
    // The first 12 kB of the ZED-F9R log hold RTCM3 frames, UBX NAV frames and NMEA sentences.
    const bytes = receiverBytes('gpsd_ublox-zed-f9r.log').subarray(0, 12_000);
    const whole = offlineParse(bytes);
    expect(whole.fixes.length).toBeGreaterThanOrEqual(2);
    expect(whole.counters.ubxFrames).toBeGreaterThan(10);
    const ref = JSON.stringify({ f: whole.fixes.map(content), c: whole.counters, d: whole.discards });
    for (let k = 0; k <= bytes.length; k++) {
      const r = decodeChunks([bytes.subarray(0, k), bytes.subarray(k)]);
      const got = JSON.stringify({ f: r.fixes.map(content), c: r.counters, d: r.discards });
      if (got !== ref) expect.fail(`split at offset ${k} changed the result`);
    }
  });

  it('random chunkings of every capture give the same fixes (property)', () => {
    const logs = LOGS.map((l) => ({ bytes: receiverBytes(l.file) })).map((l) => ({ ...l, whole: offlineParse(l.bytes) }));
    fc.assert(
      fc.property(fc.nat(logs.length - 1), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 200 }), (li, fractions) => {
        const { bytes, whole } = logs[li]!;
        const r = decodeChunks(splitAt(bytes, fractions.map((f) => Math.floor(f * bytes.length))));
        expect(r.fixes.map(content)).toEqual(whole.fixes.map(content));
        expect(r.counters).toEqual(whole.counters);
      }),
      { numRuns: 40 },
    );
  });
});

/** Offsets just after each LF: frame boundaries of an NMEA log. */
function lineStarts(bytes: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0a) out.push(i + 1);
  return out;
}

function insertAt(bytes: Uint8Array, inserts: Map<number, Uint8Array>): Uint8Array {
  const parts: Uint8Array[] = [];
  let p = 0;
  for (const pos of [...inserts.keys()].sort((a, b) => a - b)) {
    parts.push(bytes.subarray(p, pos), inserts.get(pos)!);
    p = pos;
  }
  parts.push(bytes.subarray(p));
  return new Uint8Array(Buffer.concat(parts));
}

describe('bad input is counted and skipped', () => {
  it('garbage between sentences: same fixes, every garbage byte counted (property)', () => {
    const bytes = receiverBytes('gpsd_ublox-zed-f9p-nmea.log');
    const whole = offlineParse(bytes);
    const starts = lineStarts(bytes);
    // Bytes that cannot start a frame and are not line ends.
    const junkByte = fc.integer({ min: 0, max: 255 }).filter((b) => ![0x24, 0x21, 0xb5, 0xd3, 0x0d, 0x0a].includes(b));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(starts.length - 1), fc.uint8Array({ minLength: 1, maxLength: 40 }).map((a) => a)), { minLength: 1, maxLength: 30 }), fc.array(junkByte, { minLength: 40, maxLength: 40 }), (spots, junk) => {
        const inserts = new Map<number, Uint8Array>();
        for (const [s, a] of spots) inserts.set(starts[s]!, new Uint8Array(a.length).map((_, i) => junk[(a[i]! + i) % junk.length]!));
        const dirty = insertAt(bytes, inserts);
        const injected = [...inserts.values()].reduce((n, a) => n + a.length, 0);
        const r = offlineParse(dirty);
        expect(r.fixes.map(content)).toEqual(whole.fixes.map(content));
        expect(r.counters.garbageBytes).toBe(injected);
        expect(r.discards.filter((d) => d.reason === 'garbage').reduce((n, d) => n + d.bytes, 0)).toBe(injected);
      }),
      { numRuns: 30 },
    );
  });

  it('random bytes anywhere never throw and never yield an impossible fix (property)', () => {
    const bytes = receiverBytes('gpsd_ublox-zed-f9r.log').subarray(0, 30_000);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(bytes.length - 1), fc.uint8Array({ minLength: 1, maxLength: 16 })), { maxLength: 40 }), (spots) => {
        const dirty = insertAt(bytes, new Map(spots.map(([p, a]) => [p, a])));
        const r = offlineParse(dirty);
        for (const f of r.fixes) {
          if (f.lat !== undefined) expect(Math.abs(f.lat)).toBeLessThanOrEqual(90);
          if (f.lon !== undefined) expect(Math.abs(f.lon)).toBeLessThanOrEqual(180);
        }
        const c = r.counters;
        expect(c.bytes).toBe(dirty.length);
      }),
      { numRuns: 60 },
    );
  });

  it('a corrupted character fails the checksum: the sentence is skipped and counted', () => {
    const text = Buffer.from(receiverBytes('gpsd_ublox-zed-f9p-nmea.log')).toString('latin1');
    let n = 0;
    const corrupted = text.replace(/\$GNGGA,(\d{6}\.\d\d),(\d)/g, (_m, t: string, d: string) => {
      n++;
      return `$GNGGA,${t},${d === '9' ? '8' : '9'}`;
    });
    expect(n).toBe(29);
    const r = offlineParse(ascii(corrupted));
    expect(r.counters.badChecksum).toBe(29);
    expect(r.discards.filter((d) => d.reason === 'bad-checksum')).toHaveLength(29);
    expect(r.discards[0]!.detail).toMatch(/^NMEA \$GNGGA: checksum/);
    // Same epochs (RMC still gives them), but without what only GGA carries.
    expect(r.fixes).toHaveLength(29);
    for (const f of r.fixes) expect(f.altMsl).toBeUndefined();
  });

  it('a sentence cut short by the next one is truncated, the next one still parses', () => {
    const text = Buffer.from(receiverBytes('gpsd_ublox-zed-f9p-nmea.log')).toString('latin1');
    // Lose the end of every RMC (as when a UART drops bytes), so the VTG follows directly.
    let n = 0;
    const cut = text.replace(/(\$GNRMC,[^\r\n]{20})[^\r\n]*\r\n/g, (_m, head: string) => {
      n++;
      return head;
    });
    expect(n).toBe(29);
    const r = offlineParse(ascii(cut));
    expect(r.counters.truncated).toBe(29);
    expect(r.discards.filter((d) => d.reason === 'truncated')[0]!.detail).toMatch(/cut by byte 0x24/);
    expect(r.fixes).toHaveLength(29);
    for (const f of r.fixes) expect(f.altHae).toBeDefined(); // GGA intact
  });

  it('an over-long line and a capture ending inside a sentence are truncated', () => {
    const r = offlineParse(ascii(`$GPGGA,${'1'.repeat(200)}\r\n$GPGGA,123519,4807.038,N,01131.000`));
    expect(r.counters.truncated).toBe(2);
    // The first 128 characters are the truncated frame; the rest of that line starts nothing.
    expect(r.discards.map((d) => [d.reason, d.bytes])).toEqual([['truncated', 128], ['garbage', 79], ['truncated', 34]]);
    expect(r.discards[0]!.detail).toBe('NMEA sentence longer than 128 characters');
    expect(r.discards[2]!.detail).toMatch(/^input ended inside a frame/);
  });

  it('UBX: a bad checksum rejects the frame; a real frame starting inside it is still found', () => {
    const bytes = receiverBytes('gpsd_ublox-neo-m8l.log');
    const whole = offlineParse(bytes);
    // Corrupt the checksum byte of every NAV-PVT.
    const bad = bytes.slice();
    let n = 0;
    for (let i = 0; i + 8 < bad.length; i++) {
      if (bad[i] === 0xb5 && bad[i + 1] === 0x62 && bad[i + 2] === 0x01 && bad[i + 3] === 0x07) {
        const len = bad[i + 4]! | (bad[i + 5]! << 8);
        bad[i + 7 + len] = bad[i + 7 + len]! ^ 0xff;
        n++;
      }
    }
    expect(n).toBe(19);
    const r = offlineParse(bad);
    expect(r.counters.badChecksum).toBe(19);
    expect(r.counters.ubxFrames).toBe(whole.counters.ubxFrames - 19);
    expect(r.fixes).toHaveLength(0); // no NAV-PVT, no position

    // A false header in front of a real NAV-PVT: the false frame fails, the real one is found.
    const firstPvt = bytes.findIndex((b, i) => b === 0xb5 && bytes[i + 1] === 0x62 && bytes[i + 2] === 0x01 && bytes[i + 3] === 0x07);
    const trap = insertAt(bytes, new Map([[firstPvt, Uint8Array.of(0xb5, 0x62, 0x01, 0x07, 0x5c, 0x00)]]));
    const t = offlineParse(trap);
    expect(t.counters.badChecksum).toBe(1);
    expect(t.fixes.map(content)).toEqual(whole.fixes.map(content));
  });

  it('RTCM 3 frames between UBX and NMEA are recognised by their CRC, not counted as garbage', () => {
    const r = offlineParse(receiverBytes('gpsd_ublox-zed-f9r.log'));
    expect(r.counters.garbageBytes).toBe(0);
    // 224 RTCM3 frames + ignored UBX (NAV-SAT, NAV-SIG, ...) + ignored NMEA (GSV, GBS).
    expect(r.counters.ignored).toBeGreaterThan(224);
  });
});

describe('Framer', () => {
  it('reports frame offsets, so a capture can be cut at frame boundaries', () => {
    const text = '$GPHDT,25.50,T*37\r\n';
    const seen: [number, number][] = [];
    const f: Framer = new Framer({ nmea: () => seen.push([f.frameStart, f.frameEnd]), ubx: () => undefined, other: () => undefined, discard: () => undefined });
    f.push(ascii('xx' + text.slice(0, 5)));
    f.push(ascii(text.slice(5) + text));
    expect(seen).toEqual([[2, 19], [21, 38]]);
  });

  it('treats # lines as comments only when asked (gpsd test logs)', () => {
    const input = ascii('# header\r\n$GPHDT,25.50,T*37\r\n');
    const kinds: string[] = [];
    const h = { nmea: () => kinds.push('nmea'), ubx: () => undefined, other: (k: string, t: string) => kinds.push(`${k}:${t}`), discard: (r: string, _d: string, n: number) => kinds.push(`${r}:${n}`) };
    new Framer(h, { comments: true }).push(input);
    expect(kinds).toEqual(['comment:# header', 'nmea']);
    kinds.length = 0;
    const plain = new Framer(h);
    plain.push(input);
    plain.end();
    expect(kinds).toEqual(['garbage:8', 'nmea']);
  });
});
