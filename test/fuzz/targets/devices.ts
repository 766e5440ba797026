/**
 * Decoders of what devices send: GNSS receivers (NMEA 0183 sentences and u-blox UBX frames,
 * through the same stream decoder the serial source uses), CAN logs (candump lines), and the
 * firmware bridge (COBS frames with a CRC, then the protobuf Frame).
 *
 * Stream decoders count bad input and never throw: any exception is a failure. Each input runs
 * through a fresh decoder (split in two chunks at a random place) and through one decoder that
 * lives for the whole run, so state that grows without bound shows as memory growth.
 */
import { ManualClock } from '../../../hal/clock.js';
import { CanError } from '../../../hal/can/errors.js';
import { parseCandump, parseCandumpLine } from '../../../hal/can/candump.js';
import { GnssStreamDecoder } from '../../../hal/gnss/decoder.js';
import { Framer } from '../../../hal/gnss/framer.js';
import { encodeUbxFrame, parseUbxFrame } from '../../../hal/gnss/ubx.js';
import { pb } from '../../../firmware-bridge/generated/bridge_v1.js';
import { encodeFrame, FrameDecoder } from '../../../firmware-bridge/host/framing.js';
import type { FuzzSession, FuzzTarget } from '../engine.js';
import { bytesToText, int, mutateBytes, mutateFields, mutateLines, pick, randomBytes, stacked, textToBytes, type Rand } from '../mutate.js';
import { fixture, listFixtures, mustNotThrow, nothingExpected } from './common.js';

// ---- GNSS -----------------------------------------------------------------------------------

function nmeaChecksum(body: string): string {
  let c = 0;
  for (let i = 0; i < body.length; i++) c ^= body.charCodeAt(i) & 0xff;
  return c.toString(16).toUpperCase().padStart(2, '0');
}

/** A sentence with one field changed, its checksum recomputed (mostly) so it reaches the parser. */
export function mutateSentence(s: string, rand: Rand): string {
  const star = s.lastIndexOf('*');
  const body = s.slice(1, star < 0 ? s.length : star);
  const fields = body.split(',');
  for (let k = 1 + int(rand, 3); k > 0; k--) mutateFields(fields, rand);
  const nb = fields.join(',');
  const r = rand();
  if (r < 0.8) return `$${nb}*${nmeaChecksum(nb)}`;
  if (r < 0.9) return `$${nb}`;
  return `$${nb}*${s.slice(star + 1)}`;
}

function stream(rand: Rand, onFix = (): void => {}): { decoder: GnssStreamDecoder; feed(b: Uint8Array): void } {
  const decoder = new GnssStreamDecoder({ source: 'fuzz', clock: new ManualClock(1_600_000_000_000), onFix, onDiscard: () => {} });
  return {
    decoder,
    feed(b) {
      const cut = int(rand, b.length + 1);
      decoder.push(b.subarray(0, cut));
      decoder.push(b.subarray(cut));
    },
  };
}

interface Ubx {
  cls: number;
  id: number;
  payload: Uint8Array;
}

function realUbxFrames(): Ubx[] {
  const out: Ubx[] = [];
  const framer = new Framer({ nmea: () => {}, ubx: (cls, id, payload) => out.push({ cls, id, payload: Uint8Array.from(payload) }), other: () => {}, discard: () => {} }, { comments: true });
  for (const f of ['gnss/gpsd_ublox-neo-m8l.log', 'gnss/gpsd_ublox-zed-f9r.log']) framer.push(fixture(f));
  return out;
}

/** NAV messages the decoder reads, with their payload sizes (u-blox protocol). */
const NAV = [
  [0x07, 92],
  [0x14, 36],
  [0x36, 64],
  [0x04, 18],
  [0x20, 16],
  [0x61, 4],
] as const;

async function gnssSession(kind: 'nmea' | 'ubx'): Promise<FuzzSession> {
  const logs = listFixtures('gnss', '.log').concat(['gnss/toyota_rav4_2017_comma2k19_seg40_ublox_derived.nmea']).map((f) => bytesToText(fixture(f)));
  const sentences = logs.flatMap((t) => t.match(/[$!][^\r\n$]*\*[0-9A-Fa-f]{2}/g) ?? []);
  const ubx = realUbxFrames();
  const runs = logs.map(textToBytes);
  const seeds = kind === 'nmea' ? sentences.map(textToBytes) : ubx.map((u) => encodeUbxFrame(u.cls, u.id, u.payload));
  const lasting = stream(() => 0.5);
  const bytes = (b: Uint8Array, r: Rand): Uint8Array => mutateBytes(b, r, pick(r, seeds));
  const nmeaInput = (rand: Rand): Uint8Array => {
    const start = int(rand, sentences.length);
    const n = 1 + int(rand, 12);
    const out: string[] = [];
    for (let i = start; i < Math.min(sentences.length, start + n); i++) out.push(rand() < 0.3 ? mutateSentence(sentences[i]!, rand) : sentences[i]!);
    if (rand() < 0.2) mutateLines(out, rand);
    return textToBytes(out.join(pick(rand, ['\r\n', '\n', '\r', ''])) + '\r\n');
  };
  const ubxInput = (rand: Rand): Uint8Array => {
    const parts: Uint8Array[] = [];
    for (let k = 1 + int(rand, 4); k > 0; k--) {
      const r = rand();
      if (r < 0.5 && ubx.length) {
        const u = pick(rand, ubx);
        parts.push(encodeUbxFrame(u.cls, u.id, rand() < 0.6 ? mutateBytes(u.payload, rand) : u.payload));
      } else if (r < 0.85) {
        const [id, size] = pick(rand, NAV);
        const len = rand() < 0.7 ? size : int(rand, size * 2 + 1);
        const base = ubx.find((u) => u.cls === 1 && u.id === id)?.payload;
        const p = base && rand() < 0.5 ? mutateBytes(base, rand) : randomBytes(rand, len).subarray(0, len);
        parts.push(encodeUbxFrame(1, id, p));
      } else parts.push(textToBytes(pick(rand, sentences) + '\r\n'));
    }
    const out = Buffer.concat(parts);
    return rand() < 0.3 ? stacked(out, rand, [bytes], 2) : out;
  };
  return {
    seeds,
    generate(rand) {
      const p = rand();
      if (p < 0.75) return kind === 'nmea' ? nmeaInput(rand) : ubxInput(rand);
      if (p < 0.95) {
        const log = pick(rand, runs);
        const at = int(rand, log.length);
        return stacked(log.subarray(at, at + 64 + int(rand, 2048)), rand, [bytes], 3);
      }
      return randomBytes(rand, 300);
    },
    run(input) {
      mustNotThrow('GnssStreamDecoder', () => {
        const s = stream(() => 0.37);
        s.feed(input);
        s.decoder.end();
        lasting.feed(input);
      });
      if (kind === 'ubx' && input.length >= 8 && input[0] === 0xb5 && input[1] === 0x62) {
        mustNotThrow('parseUbxFrame', () => parseUbxFrame(input[2]!, input[3]!, input.subarray(6, input.length - 2)));
      }
    },
    expected: nothingExpected,
  };
}

// ---- candump --------------------------------------------------------------------------------

async function candumpSession(): Promise<FuzzSession> {
  const kinds = bytesToText(fixture('can/candump_kinds.log')).split('\n').filter((l) => l !== '');
  const rav4 = bytesToText(fixture('can/toyota_rav4_2017_comma2k19_seg40_bus0.log')).split('\n', 4000).filter((l) => l !== '');
  const lines = [...kinds, ...rav4];
  const seeds = lines.map(textToBytes);
  const mutateLine = (l: string, rand: Rand): string => {
    const tokens = l.split(/([ #()_.])/);
    for (let k = 1 + int(rand, 2); k > 0; k--) mutateFields(tokens, rand);
    return tokens.join('');
  };
  return {
    seeds,
    generate(rand) {
      const p = rand();
      if (p < 0.8) {
        const out: string[] = [];
        for (let k = 1 + int(rand, 6); k > 0; k--) {
          const l = rand() < 0.3 ? pick(rand, kinds) : pick(rand, lines);
          out.push(rand() < 0.7 ? mutateLine(l, rand) : l);
        }
        if (rand() < 0.2) mutateLines(out, rand);
        return textToBytes(out.join(rand() < 0.9 ? '\n' : '\r\n'));
      }
      if (p < 0.97) return stacked(pick(rand, seeds), rand, [(b, r) => mutateBytes(b, r, pick(r, seeds))], 3);
      return randomBytes(rand, 120);
    },
    run(input) {
      const text = bytesToText(input);
      mustNotThrow('parseCandump', () => parseCandump(text));
      const nl = text.indexOf('\n');
      parseCandumpLine(nl < 0 ? text : text.slice(0, nl));
    },
    // BAD_LOG with the part of the line it names (timestamp, id, data, FD frame...).
    expected: (e) => (e instanceof CanError && e.code === 'BAD_LOG' ? `BAD_LOG ${e.message.replace(/^BAD_LOG: /, '').split(/[:']/)[0]!.trim()}` : undefined),
  };
}

// ---- firmware bridge ------------------------------------------------------------------------

/**
 * The errors protobufjs's generated decoders throw for malformed octets (the link counts each
 * as a decode discard): its reader's errors, a missing required field, and the TextDecoder
 * error of a string field that is not UTF-8.
 */
export function isProtobufDecodeError(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  if (e.name === 'ProtocolError') return true;
  if (e instanceof RangeError) return /^index out of range/.test(e.message);
  if (e instanceof TypeError) return (e as NodeJS.ErrnoException).code === 'ERR_ENCODING_INVALID_ENCODED_DATA';
  return e.constructor === Error && /^(invalid |max depth exceeded|missing end group|illegal)/.test(e.message);
}

function decodeFrames(decoder: FrameDecoder, input: Uint8Array): void {
  const frames: Uint8Array[] = [];
  mustNotThrow('FrameDecoder.push', () => decoder.push(input, { frame: (f) => frames.push(f), discard: () => {} }));
  for (const f of frames) {
    try {
      pb.Frame.decode(f);
    } catch (e) {
      if (!isProtobufDecodeError(e)) throw e;
    }
  }
}

async function bridgeSession(): Promise<FuzzSession> {
  const capture = fixture('firmware-bridge/capture-mcu-to-host.bin');
  const payloads: Uint8Array[] = [];
  new FrameDecoder().push(capture, { frame: (f) => payloads.push(Uint8Array.from(f)) });
  const seeds = payloads.map((p) => encodeFrame(p));
  const lasting = new FrameDecoder();
  const bytes = (b: Uint8Array, r: Rand): Uint8Array => mutateBytes(b, r, pick(r, payloads));
  return {
    seeds,
    generate(rand) {
      const p = rand();
      if (p < 0.6) {
        // Valid framing around a mutated protobuf payload: reaches the protobuf decoder.
        const parts: Uint8Array[] = [];
        for (let k = 1 + int(rand, 3); k > 0; k--) {
          const m = stacked(pick(rand, payloads), rand, [bytes], 3);
          parts.push(encodeFrame(m.subarray(0, 1536)));
        }
        return Buffer.concat(parts);
      }
      if (p < 0.9) {
        const at = int(rand, capture.length);
        return stacked(capture.subarray(at, at + 16 + int(rand, 600)), rand, [(b, r) => mutateBytes(b, r)], 3);
      }
      return randomBytes(rand, rand() < 0.9 ? 200 : 4000);
    },
    run(input) {
      decodeFrames(new FrameDecoder(), input);
      decodeFrames(lasting, input);
    },
    expected: nothingExpected,
  };
}

export const deviceTargets: FuzzTarget[] = [
  { name: 'nmea', summary: 'NMEA 0183 through the GNSS stream decoder (framing, sentence parsing, epoch assembly)', setup: () => gnssSession('nmea') },
  { name: 'ubx', summary: 'u-blox UBX frames through the GNSS stream decoder, and the UBX payload parser', setup: () => gnssSession('ubx') },
  { name: 'candump', summary: 'candump log lines (one line, and a whole log)', setup: candumpSession },
  { name: 'fwbridge', summary: 'firmware-bridge stream: COBS/CRC framing, then the protobuf Frame', setup: bridgeSession },
];
