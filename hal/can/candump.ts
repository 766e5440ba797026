/**
 * candump log files: the format `candump -l` writes to a file and `candump -L` prints, one
 * frame per line:
 *
 *     (1533226488.230547) can0 0B4#000000001D0B7A5E      classic, 11-bit id (3 hex digits)
 *     (1533226488.230547) can0 12345678#DEADBEEF         29-bit id (8 hex digits)
 *     (1533226488.230547) can0 123#R  /  123#R3          remote frame (with its DLC when not 0)
 *     (1533226488.230547) can0 123##5112233              FD frame: flags nibble, then data
 *     (1533226488.230547) can0 20000080#0000000000000000 error frame (error flag in the id)
 *
 * The FD flags nibble holds BRS (1), ESI (2) and, from Linux 6.0, FDF (4); the writer sets
 * FDF as current kernels report it, the reader accepts any. Received garbage (a bad line) is
 * counted and skipped with its line number and reason; it never stops a read.
 */
import { createReadStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { CanError } from './errors.js';
import { CAN_ERR_FLAG, CAN_ERR_MASK, errorFrame, receivedFrame } from './frame.js';
import type { CanErrorFrame, CanFrame } from './types.js';

export type CandumpRecord =
  | { kind: 'frame'; channel: string; frame: CanFrame }
  | { kind: 'error'; channel: string; error: CanErrorFrame };

export interface CandumpReadStats {
  lines: number;
  frames: number;
  errorFrames: number;
  /** Lines that could not be read (blank lines are not counted). */
  skipped: number;
  /** The first problems, with their 1-based line numbers. */
  problems: { line: number; reason: string }[];
}

const MAX_PROBLEMS = 20;
const HEX = '0123456789ABCDEF';
const CANFD_BRS = 0x01;
const CANFD_ESI = 0x02;
const CANFD_FDF = 0x04;

export function newReadStats(): CandumpReadStats {
  return { lines: 0, frames: 0, errorFrames: 0, skipped: 0, problems: [] };
}

function hexNibble(c: number): number {
  if (c >= 48 && c <= 57) return c - 48; // 0-9
  if (c >= 65 && c <= 70) return c - 55; // A-F
  if (c >= 97 && c <= 102) return c - 87; // a-f
  return -1;
}

function bad(reason: string): never {
  throw new CanError('BAD_LOG', reason);
}

function parseHexInt(s: string, from: number, to: number, what: string): number {
  let v = 0;
  for (let i = from; i < to; i++) {
    const n = hexNibble(s.charCodeAt(i));
    if (n < 0) bad(`${what}: '${s.slice(from, to)}' is not hexadecimal`);
    v = v * 16 + n;
  }
  return v;
}

function parseHexBytes(s: string, from: number, to: number): Uint8Array {
  if ((to - from) % 2 !== 0) bad(`data: odd number of hex digits in '${s.slice(from, to)}'`);
  const out = new Uint8Array((to - from) / 2);
  for (let i = from, j = 0; i < to; i += 2, j++) {
    const hi = hexNibble(s.charCodeAt(i));
    const lo = hexNibble(s.charCodeAt(i + 1));
    if (hi < 0 || lo < 0) bad(`data: '${s.slice(from, to)}' is not hexadecimal`);
    out[j] = (hi << 4) | lo;
  }
  return out;
}

/** Parses one log line (without its line break). Throws CanError `BAD_LOG` with the reason. */
export function parseCandumpLine(line: string): CandumpRecord {
  if (line.charCodeAt(0) !== 40 /* ( */) bad("expected '(' and a timestamp");
  const close = line.indexOf(')');
  if (close < 0) bad("no ')' after the timestamp");
  const tsText = line.slice(1, close);
  const dot = tsText.indexOf('.');
  if (dot < 1 || !/^\d+\.\d{1,9}$/.test(tsText)) bad(`timestamp: '${tsText}' is not seconds.fraction`);
  const timestamp = Number(tsText);
  let i = close + 1;
  while (line.charCodeAt(i) === 32) i++;
  const chEnd = line.indexOf(' ', i);
  if (chEnd < 0) bad('no interface name and frame');
  const channel = line.slice(i, chEnd);
  i = chEnd + 1;
  while (line.charCodeAt(i) === 32) i++;
  let end = line.indexOf(' ', i);
  if (end < 0) end = line.length;
  // trailing fields (candump -x direction markers) and a CR are ignored
  if (line.charCodeAt(end - 1) === 13) end--;
  const hash = line.indexOf('#', i);
  if (hash < 0 || hash > end) bad(`frame: no '#' in '${line.slice(i, end)}'`);
  const idLen = hash - i;
  if (idLen !== 3 && idLen !== 8) bad(`id: '${line.slice(i, hash)}' must have 3 (11-bit) or 8 (29-bit) hex digits`);
  const rawId = parseHexInt(line, i, hash, 'id');
  let p = hash + 1;
  // classic frames may end in _<len8_dlc> (DLC 9..15 of an 8-byte frame): read, not kept
  let dataEnd = end;
  const us = line.lastIndexOf('_', end);
  if (us > hash) dataEnd = us;
  if (idLen === 8 && (rawId & CAN_ERR_FLAG) !== 0) {
    const data = parseHexBytes(line, p, dataEnd);
    return { kind: 'error', channel, error: errorFrame(rawId & CAN_ERR_MASK, data, timestamp) };
  }
  const extended = idLen === 8;
  if (extended && rawId > 0x1fffffff) bad(`id: 0x${rawId.toString(16)} has flag bits set`);
  if (!extended && rawId > 0x7ff) bad(`id: 0x${rawId.toString(16)} > 0x7FF`);
  if (line.charCodeAt(p) === 35 /* # */) {
    const flags = hexNibble(line.charCodeAt(p + 1));
    if (flags < 0) bad('FD frame: missing flags nibble after ##');
    p += 2;
    const data = parseHexBytes(line, p, dataEnd);
    if (data.length > 64) bad(`FD frame: ${data.length} bytes > 64`);
    return {
      kind: 'frame', channel,
      frame: receivedFrame(rawId, extended, false, true, (flags & CANFD_BRS) !== 0, (flags & CANFD_ESI) !== 0, data, timestamp),
    };
  }
  if (line.charCodeAt(p) === 82 /* R */ || line.charCodeAt(p) === 114 /* r */) {
    let dlc = 0;
    if (p + 1 < dataEnd) {
      dlc = hexNibble(line.charCodeAt(p + 1));
      if (dlc < 0 || dlc > 8 || p + 2 !== dataEnd) bad(`remote frame: bad DLC in '${line.slice(i, end)}'`);
    }
    return { kind: 'frame', channel, frame: receivedFrame(rawId, extended, true, false, false, false, new Uint8Array(dlc), timestamp) };
  }
  const data = parseHexBytes(line, p, dataEnd);
  if (data.length > 8) bad(`classic frame: ${data.length} bytes > 8`);
  return { kind: 'frame', channel, frame: receivedFrame(rawId, extended, false, false, false, false, data, timestamp) };
}

function pushProblem(stats: CandumpReadStats, line: number, e: unknown): void {
  stats.skipped++;
  if (stats.problems.length < MAX_PROBLEMS) {
    const reason = e instanceof CanError ? e.message.replace(/^BAD_LOG: /, '') : String(e);
    stats.problems.push({ line, reason });
  }
}

function consume(line: string, lineNo: number, stats: CandumpReadStats, out: CandumpRecord[]): void {
  if (line.length === 0 || line === '\r') return;
  stats.lines++;
  try {
    const r = parseCandumpLine(line);
    if (r.kind === 'frame') stats.frames++;
    else stats.errorFrames++;
    out.push(r);
  } catch (e) {
    pushProblem(stats, lineNo, e);
  }
}

/** Parses a whole log held in memory. Bad lines are counted in `stats` and skipped. */
export function parseCandump(text: string, stats: CandumpReadStats = newReadStats()): { records: CandumpRecord[]; stats: CandumpReadStats } {
  const records: CandumpRecord[] = [];
  let start = 0;
  let lineNo = 0;
  while (start < text.length) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = text.length;
    lineNo++;
    consume(text.slice(start, nl), lineNo, stats, records);
    start = nl + 1;
  }
  return { records, stats };
}

/**
 * Streams a log file record by record (constant memory for long logs). Bad lines are counted
 * in `stats` and skipped; a file that cannot be opened rejects with the system error.
 */
export async function* readCandumpFile(path: string, stats: CandumpReadStats = newReadStats()): AsyncGenerator<CandumpRecord> {
  let rest = '';
  let lineNo = 0;
  const batch: CandumpRecord[] = [];
  for await (const chunk of createReadStream(path, { encoding: 'latin1', highWaterMark: 256 * 1024 })) {
    const text = rest + (chunk as string);
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl < 0) break;
      lineNo++;
      consume(text.slice(start, nl), lineNo, stats, batch);
      start = nl + 1;
    }
    rest = text.slice(start);
    for (const r of batch) yield r;
    batch.length = 0;
  }
  if (rest.length > 0) {
    lineNo++;
    consume(rest, lineNo, stats, batch);
    for (const r of batch) yield r;
  }
}

function hex(n: number, digits: number): string {
  let s = '';
  for (let i = digits - 1; i >= 0; i--) s += HEX[(n / 16 ** i) & 15];
  return s;
}

function hexBytes(d: Uint8Array): string {
  let s = '';
  for (let i = 0; i < d.length; i++) s += HEX[d[i]! >> 4]! + HEX[d[i]! & 15]!;
  return s;
}

/** `(sssssssssss.uuuuuu)` with the seconds zero-padded to 10 digits, as candump prints them. */
export function formatCandumpTimestamp(seconds: number): string {
  const us = Math.round(seconds * 1e6);
  const s = Math.floor(us / 1e6);
  const frac = us - s * 1e6;
  return `(${String(s).padStart(10, '0')}.${String(frac).padStart(6, '0')})`;
}

/** The frame part of a log line (`0B4#0011...`), exactly as candump prints it. */
export function formatCandumpFrameText(frame: CanFrame): string {
  const id = frame.extended === true ? hex(frame.id, 8) : hex(frame.id, 3);
  if (frame.fd === true) {
    const flags = CANFD_FDF | (frame.brs === true ? CANFD_BRS : 0) | (frame.esi === true ? CANFD_ESI : 0);
    return `${id}##${HEX[flags]!}${hexBytes(frame.data)}`;
  }
  if (frame.rtr === true) return `${id}#R${frame.data.length > 0 ? HEX[frame.data.length]! : ''}`;
  return `${id}#${hexBytes(frame.data)}`;
}

/** One log line without the line break. */
export function formatCandumpLine(frame: CanFrame, channel: string, timestamp = frame.timestamp ?? 0): string {
  return `${formatCandumpTimestamp(timestamp)} ${channel} ${formatCandumpFrameText(frame)}`;
}

/** One log line for an error frame. */
export function formatCandumpErrorLine(err: CanErrorFrame, channel: string): string {
  return `${formatCandumpTimestamp(err.timestamp)} ${channel} ${hex((err.bits & CAN_ERR_MASK) | CAN_ERR_FLAG, 8)}#${hexBytes(err.data)}`;
}

/** Formats any record as a log line. */
export function formatCandumpRecord(r: CandumpRecord): string {
  return r.kind === 'frame' ? formatCandumpLine(r.frame, r.channel) : formatCandumpErrorLine(r.error, r.channel);
}

/** Writes log lines to a stream (a file for `-l`, stdout for `-L`), honouring backpressure. */
export class CandumpWriter {
  constructor(private readonly out: Writable) {}

  async write(r: CandumpRecord): Promise<void> {
    if (!this.out.write(formatCandumpRecord(r) + '\n')) {
      await new Promise<void>((resolve) => this.out.once('drain', resolve));
    }
  }
}
