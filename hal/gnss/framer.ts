/**
 * Splits a receiver byte stream into frames: NMEA 0183 sentences, u-blox UBX frames, RTCM 3
 * frames (recognised so that they are not counted as garbage), and, for log files, gpsd
 * test-log comment lines (`#` at a frame boundary up to the end of the line).
 *
 * Pure: no I/O, no clock. Every decision depends on the bytes only, never on where a chunk
 * ends, so a capture split at any byte offset yields the same frames and the same discards.
 * An incomplete frame at the end of a chunk is kept until the next `push`.
 *
 * Resynchronisation: an NMEA sentence ends at CR or LF; a control byte, a new `$`/`!` or more
 * than `maxNmeaLength` characters before that cut it short (`truncated`). A UBX frame with a
 * bad checksum is rejected and scanning resumes after its two sync bytes, so a real frame that
 * starts inside it is still found. Bytes that start nothing are `garbage`, reported in runs.
 */

export type FrameDiscardReason = 'garbage' | 'bad-checksum' | 'truncated';

export interface FrameHandler {
  /**
   * A complete NMEA sentence in data[start, end): from `$`/`!` to the checksum, without CR/LF;
   * checksum verified. The view is valid only during the call (`asciiSlice` makes a string).
   */
  nmea(data: Uint8Array, start: number, end: number): void;
  /** A UBX frame with a good checksum. `payload` is a view valid only during the call. */
  ubx(cls: number, id: number, payload: Uint8Array): void;
  /** A frame of another protocol that is recognised and skipped (RTCM 3), or a log comment line. */
  other(kind: 'rtcm3' | 'comment', text: string): void;
  discard(reason: FrameDiscardReason, detail: string, bytes: number): void;
}

export interface FramerOptions {
  /** Treat `#` lines at frame boundaries as comments (gpsd test logs). Default false. */
  comments?: boolean;
  /** Longest accepted NMEA sentence in characters, from `$` to the checksum. Default 128. */
  maxNmeaLength?: number;
  /** Largest accepted UBX payload in bytes. Default 8192. */
  maxUbxPayload?: number;
  /** Accept NMEA sentences without `*hh`. Default false (they count as bad checksum). */
  allowMissingChecksum?: boolean;
}

const DOLLAR = 0x24;
const BANG = 0x21;
const STAR = 0x2a;
const CR = 0x0d;
const LF = 0x0a;
const HASH = 0x23;
const UBX_SYNC1 = 0xb5;
const UBX_SYNC2 = 0x62;
const RTCM3_PREAMBLE = 0xd3;
const MAX_COMMENT = 4096;

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

const latin1Slice = (Buffer.prototype as unknown as { latin1Slice(this: Uint8Array, start: number, end: number): string }).latin1Slice;

/** Bytes [start, end) as a string, one char per byte. */
export function asciiSlice(data: Uint8Array, start: number, end: number): string {
  return latin1Slice.call(data, start, end);
}

/** CRC-24Q (RTCM 3, polynomial 0x1864CFB) over data[start, end). */
export function crc24q(data: Uint8Array, start: number, end: number): number {
  let crc = 0;
  for (let i = start; i < end; i++) {
    crc ^= data[i]! << 16;
    for (let b = 0; b < 8; b++) {
      crc <<= 1;
      if (crc & 0x1000000) crc ^= 0x1864cfb;
    }
  }
  return crc & 0xffffff;
}

/** The 8-bit Fletcher checksum of UBX over data[start, end): [ck_a, ck_b]. */
export function ubxChecksum(data: Uint8Array, start: number, end: number): [number, number] {
  let a = 0;
  let b = 0;
  for (let i = start; i < end; i++) {
    a = (a + data[i]!) & 0xff;
    b = (b + a) & 0xff;
  }
  return [a, b];
}

function hex2(n: number): string {
  return n.toString(16).padStart(2, '0');
}

export class Framer {
  private pending: Uint8Array | undefined;
  private garbageRun = 0;
  /** Bytes pushed so far. */
  private consumed = 0;
  /** Absolute stream offset of data[0] in the current push. */
  private base = 0;
  private start_ = 0;
  private end_ = 0;
  private readonly comments: boolean;
  private readonly maxNmea: number;
  private readonly maxUbx: number;
  private readonly allowMissingChecksum: boolean;

  constructor(private readonly handler: FrameHandler, opts: FramerOptions = {}) {
    this.comments = opts.comments ?? false;
    this.maxNmea = opts.maxNmeaLength ?? 128;
    this.maxUbx = opts.maxUbxPayload ?? 8192;
    this.allowMissingChecksum = opts.allowMissingChecksum ?? false;
  }

  /**
   * Absolute stream offset just after the frame (or skipped bytes) being reported: valid inside
   * a handler callback. Lets a caller cut a capture at frame boundaries.
   */
  get frameEnd(): number {
    return this.end_;
  }

  /** Absolute stream offset of the first byte of the frame being reported (see `frameEnd`). */
  get frameStart(): number {
    return this.start_;
  }

  /** Bytes held back because they may begin a frame that is not complete yet. */
  get pendingBytes(): number {
    return this.pending?.length ?? 0;
  }

  /** Feeds received bytes; handler callbacks run synchronously for every complete frame. */
  push(chunk: Uint8Array): void {
    let data: Uint8Array;
    if (this.pending !== undefined && this.pending.length > 0) {
      data = new Uint8Array(this.pending.length + chunk.length);
      data.set(this.pending, 0);
      data.set(chunk, this.pending.length);
    } else {
      data = chunk;
    }
    this.base = this.consumed - (this.pending?.length ?? 0);
    this.consumed += chunk.length;
    this.pending = undefined;
    const n = data.length;
    let i = 0;
    while (i < n) {
      const b = data[i]!;
      if (b === DOLLAR || b === BANG) {
        this.flushGarbage();
        const r = this.nmea(data, i, n);
        if (r < 0) { this.keep(data, i); return; }
        i = r;
      } else if (b === CR || b === LF) {
        i++;
      } else if (b === UBX_SYNC1) {
        const r = this.ubx(data, i, n);
        if (r < 0) { this.keep(data, i); return; }
        i = r;
      } else if (b === RTCM3_PREAMBLE) {
        const r = this.rtcm3(data, i, n);
        if (r < 0) { this.keep(data, i); return; }
        i = r;
      } else if (b === HASH && this.comments) {
        this.flushGarbage();
        const r = this.comment(data, i, n);
        if (r < 0) { this.keep(data, i); return; }
        i = r;
      } else {
        this.garbageRun++;
        i++;
      }
    }
  }

  /**
   * End of input: whatever is held back is an unfinished frame and is reported as truncated,
   * and a pending garbage run is reported.
   */
  end(): void {
    const p = this.pending;
    this.pending = undefined;
    if (p !== undefined && p.length > 0) {
      this.flushGarbage();
      this.handler.discard('truncated', `input ended inside a frame (${p.length} bytes)`, p.length);
    }
    this.flushGarbage();
  }

  private keep(data: Uint8Array, from: number): void {
    // Copy so the caller may reuse its buffer.
    this.pending = data.slice(from);
  }


  private flushGarbage(): void {
    if (this.garbageRun > 0) {
      const nBytes = this.garbageRun;
      this.garbageRun = 0;
      this.handler.discard('garbage', `${nBytes} byte(s) outside any frame`, nBytes);
    }
  }

  /** Returns the index after the sentence, or -1 when more bytes are needed. */
  private nmea(data: Uint8Array, i: number, n: number): number {
    const limit = i + this.maxNmea;
    const stop = n < limit ? n : limit;
    let j = i + 1;
    let x = 0;
    let star = -1;
    // The checksummed part, then (after '*') the rest of the line.
    for (; j < stop; j++) {
      const c = data[j]!;
      if (c === STAR) { star = j; j++; break; }
      if (c < 0x20 || c > 0x7e || c === DOLLAR || c === BANG) break;
      x ^= c;
    }
    if (star >= 0) {
      for (; j < stop; j++) {
        const c = data[j]!;
        if (c < 0x20 || c > 0x7e || c === DOLLAR || c === BANG) break;
      }
    }
    this.start_ = this.base + i;
    this.end_ = this.base + j;
    if (j >= limit) {
      this.handler.discard('truncated', `NMEA sentence longer than ${this.maxNmea} characters`, j - i);
      return j;
    }
    if (j === n) return -1;
    const c = data[j]!;
    if (c !== CR && c !== LF) {
      this.handler.discard('truncated', `NMEA sentence cut by byte 0x${hex2(c)} after ${j - i} characters`, j - i);
      return j;
    }
    if (star < 0) {
      if (this.allowMissingChecksum && j - i > 6) {
        this.handler.nmea(data, i, j);
      } else {
        this.handler.discard('bad-checksum', `NMEA sentence without checksum: ${asciiSlice(data, i, Math.min(j, i + 12))}...`, j - i);
      }
      return j;
    }
    const h = star === j - 3 ? hexValue(data[j - 2]!) : -1;
    const l = star === j - 3 ? hexValue(data[j - 1]!) : -1;
    if (h < 0 || l < 0 || ((h << 4) | l) !== x) {
      this.handler.discard('bad-checksum', `NMEA ${asciiSlice(data, i, Math.min(j, i + 6))}: checksum ${asciiSlice(data, star + 1, j)} != ${hex2(x).toUpperCase()}`, j - i);
      return j;
    }
    this.handler.nmea(data, i, j);
    return j;
  }

  private ubx(data: Uint8Array, i: number, n: number): number {
    if (i + 1 >= n) return -1;
    if (data[i + 1] !== UBX_SYNC2) {
      this.garbageRun++;
      return i + 1;
    }
    if (i + 6 > n) return -1;
    const len = data[i + 4]! | (data[i + 5]! << 8);
    if (len > this.maxUbx) {
      this.garbageRun++;
      return i + 1;
    }
    const total = 8 + len;
    if (i + total > n) return -1;
    this.flushGarbage();
    this.start_ = this.base + i;
    this.end_ = this.base + i + total;
    const [a, b] = ubxChecksum(data, i + 2, i + 6 + len);
    const cls = data[i + 2]!;
    const id = data[i + 3]!;
    if (a !== data[i + 6 + len] || b !== data[i + 7 + len]) {
      this.handler.discard('bad-checksum', `UBX 0x${hex2(cls)} 0x${hex2(id)} (${len} bytes): checksum mismatch`, 2);
      return i + 2;
    }
    this.handler.ubx(cls, id, data.subarray(i + 6, i + 6 + len));
    return i + total;
  }

  private rtcm3(data: Uint8Array, i: number, n: number): number {
    if (i + 3 > n) return -1;
    if ((data[i + 1]! & 0xfc) !== 0) {
      this.garbageRun++;
      return i + 1;
    }
    const len = ((data[i + 1]! & 0x03) << 8) | data[i + 2]!;
    const total = 6 + len;
    if (i + total > n) return -1;
    const crc = (data[i + 3 + len]! << 16) | (data[i + 4 + len]! << 8) | data[i + 5 + len]!;
    if (crc24q(data, i, i + 3 + len) !== crc) {
      this.garbageRun++;
      return i + 1;
    }
    this.flushGarbage();
    this.start_ = this.base + i;
    this.end_ = this.base + i + total;
    this.handler.other('rtcm3', '');
    return i + total;
  }

  private comment(data: Uint8Array, i: number, n: number): number {
    let j = i + 1;
    const limit = i + MAX_COMMENT;
    while (j < n && j < limit && data[j] !== LF) j++;
    this.start_ = this.base + i;
    this.end_ = this.base + j + 1;
    if (j >= limit) {
      this.handler.discard('truncated', `comment line longer than ${MAX_COMMENT} bytes`, j - i);
      return j;
    }
    if (j === n) return -1;
    let end = j;
    if (end > i && data[end - 1] === CR) end--;
    this.handler.other('comment', asciiSlice(data, i, end));
    return j + 1;
  }
}
