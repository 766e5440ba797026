/**
 * Framing of the bridge byte stream: `COBS(payload || CRC-32C(payload) little-endian) 0x00`.
 *
 * COBS (Consistent Overhead Byte Stuffing) removes every 0x00 from the frame, so 0x00 only
 * ever appears as the delimiter: a receiver that starts mid-stream, or loses bytes, resyncs at
 * the next 0x00. The overhead is one byte per 254 plus one, so a frame's size on the wire is
 * bounded. Everything here is pure: no I/O, no clock, no allocation per byte.
 *
 * Received garbage is counted and reported as a discard with a reason, never thrown; our own
 * oversize payloads throw (a bug on this side).
 */
import { MAX_FRAME_PAYLOAD } from './contract.js';
import { crc32c } from './crc32c.js';

export const FRAME_DELIMITER = 0x00;
export const CRC_BYTES = 4;

/** Largest COBS-encoded size (without the delimiter) of a frame whose payload is `maxPayload` bytes. */
export function maxEncodedSize(maxPayload: number): number {
  const n = maxPayload + CRC_BYTES;
  return n + Math.floor(n / 254) + 1;
}

/** Thrown when this side tries to frame something it must not send. */
export class FramingError extends Error {
  readonly code = 'Bridge_FrameTooLarge';
  constructor(readonly path: string, message: string) {
    super(`${path}: ${message}`);
    this.name = 'FramingError';
  }
}

/**
 * COBS-encodes `src[0, srcLen)` into `dst` at `dstOffset`; returns the encoded length.
 * `dst` must have room for `srcLen + floor(srcLen / 254) + 1` bytes.
 */
export function cobsEncode(src: Uint8Array, srcLen: number, dst: Uint8Array, dstOffset = 0): number {
  let codeAt = dstOffset;
  let out = dstOffset + 1;
  let code = 1;
  for (let i = 0; i < srcLen; i++) {
    const b = src[i]!;
    if (b === 0) {
      dst[codeAt] = code;
      codeAt = out++;
      code = 1;
    } else {
      dst[out++] = b;
      if (++code === 0xff) {
        dst[codeAt] = code;
        codeAt = out++;
        code = 1;
      }
    }
  }
  dst[codeAt] = code;
  return out - dstOffset;
}

/**
 * COBS-decodes `src[0, srcLen)` (no delimiter inside) into `dst`; returns the decoded length,
 * or -1 when the input is not valid COBS (a zero byte, or a code running past the end).
 */
export function cobsDecode(src: Uint8Array, srcLen: number, dst: Uint8Array): number {
  let i = 0;
  let out = 0;
  while (i < srcLen) {
    const code = src[i++]!;
    if (code === 0) return -1;
    const end = i + code - 1;
    if (end > srcLen) return -1;
    while (i < end) {
      const b = src[i++]!;
      if (b === 0) return -1;
      dst[out++] = b;
    }
    if (code !== 0xff && i < srcLen) dst[out++] = 0;
  }
  return out;
}

/**
 * Frames one payload for the wire: COBS(payload || CRC-32C LE) followed by the 0x00 delimiter.
 * Throws FramingError when the payload exceeds `maxPayload`.
 */
export function encodeFrame(payload: Uint8Array, maxPayload = MAX_FRAME_PAYLOAD): Uint8Array {
  if (payload.length > maxPayload) {
    throw new FramingError('frame.payload', `${payload.length} bytes > ${maxPayload} (the contract's maximum frame payload)`);
  }
  const raw = new Uint8Array(payload.length + CRC_BYTES);
  raw.set(payload, 0);
  const crc = crc32c(payload);
  raw[payload.length] = crc & 0xff;
  raw[payload.length + 1] = (crc >>> 8) & 0xff;
  raw[payload.length + 2] = (crc >>> 16) & 0xff;
  raw[payload.length + 3] = crc >>> 24;
  const out = new Uint8Array(maxEncodedSize(payload.length) + 1);
  const n = cobsEncode(raw, raw.length, out, 0);
  out[n] = FRAME_DELIMITER;
  return out.subarray(0, n + 1);
}

/** Why a received byte run between delimiters was thrown away. */
export type DiscardReason =
  /** COBS decoded, but the CRC did not match (bit errors, or two frames run together). */
  | 'crc'
  /** Not valid COBS (bytes lost or inserted). */
  | 'framing'
  /** Decoded to fewer bytes than a CRC (a fragment). */
  | 'short'
  /** Longer than the largest frame before any delimiter came (garbage, or a lost delimiter). */
  | 'oversize';

export interface Discard {
  reason: DiscardReason;
  /** Bytes thrown away (encoded, without the delimiter). */
  length: number;
  /** Human-readable reason, e.g. `CRC mismatch: got 0x12345678, computed 0x9abcdef0`. */
  detail: string;
}

export interface FrameStats {
  /** Frames with a good CRC. */
  frames: number;
  /** Bytes received, delimiters included. */
  bytes: number;
  crcErrors: number;
  /** Invalid COBS and fragments shorter than a CRC. */
  framingErrors: number;
  oversize: number;
  discardedBytes: number;
}

export interface FrameSink {
  /** A payload with a good CRC. The array is the sink's to keep. */
  frame(payload: Uint8Array): void;
  /** A run of bytes that did not make a frame. */
  discard?(d: Discard): void;
}

/**
 * Splits a byte stream into frames. Feed it chunks as they arrive (any split, even one byte
 * at a time gives the same frames); it calls the sink for each frame and each discard.
 */
export class FrameDecoder {
  readonly stats: FrameStats = { frames: 0, bytes: 0, crcErrors: 0, framingErrors: 0, oversize: 0, discardedBytes: 0 };
  private readonly maxEncoded: number;
  private readonly buf: Uint8Array;
  private readonly scratch: Uint8Array;
  private len = 0;
  /** Bytes seen since the last delimiter beyond what `buf` holds (oversize run). */
  private overflow = 0;

  constructor(readonly maxPayload = MAX_FRAME_PAYLOAD) {
    this.maxEncoded = maxEncodedSize(maxPayload);
    this.buf = new Uint8Array(this.maxEncoded);
    this.scratch = new Uint8Array(this.maxEncoded);
  }

  /** Forgets a partial frame (after the port was reopened). */
  reset(): void {
    this.len = 0;
    this.overflow = 0;
  }

  /** Bytes buffered of a frame not yet delimited. */
  get pending(): number {
    return this.len + this.overflow;
  }

  push(chunk: Uint8Array, sink: FrameSink): void {
    this.stats.bytes += chunk.length;
    let start = 0;
    for (;;) {
      const z = chunk.indexOf(FRAME_DELIMITER, start);
      const end = z < 0 ? chunk.length : z;
      this.append(chunk, start, end);
      if (z < 0) return;
      this.finish(sink);
      start = z + 1;
    }
  }

  /** Convenience for tests and tools: the frames and discards of one chunk, in order. */
  decode(chunk: Uint8Array): Array<{ frame: Uint8Array } | { discard: Discard }> {
    const out: Array<{ frame: Uint8Array } | { discard: Discard }> = [];
    this.push(chunk, { frame: (frame) => out.push({ frame }), discard: (discard) => out.push({ discard }) });
    return out;
  }

  private append(chunk: Uint8Array, start: number, end: number): void {
    const n = end - start;
    if (n === 0) return;
    if (this.overflow > 0 || this.len + n > this.maxEncoded) {
      this.overflow += n;
      return;
    }
    this.buf.set(chunk.subarray(start, end), this.len);
    this.len += n;
  }

  private finish(sink: FrameSink): void {
    const len = this.len;
    const overflow = this.overflow;
    this.len = 0;
    this.overflow = 0;
    if (overflow > 0) {
      this.stats.oversize++;
      this.stats.discardedBytes += len + overflow;
      sink.discard?.({ reason: 'oversize', length: len + overflow, detail: `${len + overflow} bytes without a delimiter > ${this.maxEncoded} (largest frame)` });
      return;
    }
    if (len === 0) return; // idle delimiters (a sender's resync preamble)
    const n = cobsDecode(this.buf, len, this.scratch);
    if (n < 0) {
      this.stats.framingErrors++;
      this.stats.discardedBytes += len;
      sink.discard?.({ reason: 'framing', length: len, detail: `invalid COBS in ${len} bytes` });
      return;
    }
    if (n < CRC_BYTES) {
      this.stats.framingErrors++;
      this.stats.discardedBytes += len;
      sink.discard?.({ reason: 'short', length: len, detail: `${n} decoded bytes < ${CRC_BYTES} (CRC)` });
      return;
    }
    const p = n - CRC_BYTES;
    if (p > this.maxPayload) {
      this.stats.oversize++;
      this.stats.discardedBytes += len;
      sink.discard?.({ reason: 'oversize', length: len, detail: `${p} payload bytes > ${this.maxPayload} (largest frame)` });
      return;
    }
    const got = (this.scratch[p]! | (this.scratch[p + 1]! << 8) | (this.scratch[p + 2]! << 16) | (this.scratch[p + 3]! << 24)) >>> 0;
    const computed = crc32c(this.scratch, 0, p);
    if (got !== computed) {
      this.stats.crcErrors++;
      this.stats.discardedBytes += len;
      sink.discard?.({ reason: 'crc', length: len, detail: `CRC mismatch: got 0x${hex8(got)}, computed 0x${hex8(computed)}` });
      return;
    }
    this.stats.frames++;
    sink.frame(this.scratch.slice(0, p));
  }
}

function hex8(n: number): string {
  return n.toString(16).padStart(8, '0');
}
