/**
 * WAVE Short Message Protocol (IEEE 1609.3-2016/2020), version 3.
 *
 * ```
 * N-header: [subtype:4 | option indicator:1 | version:3] [WAVE IE extension, if indicated] [TPID]
 * T-header: [PSID, P-encoded 1..4 octets] [T-header IE extension, if TPID = 1] [WSM length]
 * WSM data: here an IEEE 1609.2 Ieee1609Dot2Data
 * ```
 *
 * Counts and lengths use the variable-size form of 1609.3 (one octet 0..127, or two octets
 * 0b10 + 14 bits up to 16383), which is also the UPER length determinant of the standard's
 * ASN.1. An IE extension is a count followed by elements: element id (one octet), length,
 * content. N-header elements known here (1609.3 WAVE element ids):
 *
 * | id | element              | content                                    |
 * |----|----------------------|--------------------------------------------|
 * | 4  | Transmit Power Used  | one octet: dBm + 128 (INTEGER -128..127)   |
 * | 15 | Channel Number       | one octet (172..184 for 5.9 GHz ITS)       |
 * | 16 | Data Rate            | one octet, in 500 kbit/s (12 = 6 Mbit/s)   |
 *
 * Other elements (channel load, compact time confidence, ...) are kept as octets.
 * Only subtype 0 (null networking) and TPID 0/1 (PSID addressing) are defined by the standard
 * for this use; others are reported as unsupported.
 */
import { PsidError, pDecode, pEncode } from './psid.js';

export const WSMP_VERSION = 3;
export const WAVE_ELEMENT_TX_POWER = 4;
export const WAVE_ELEMENT_CHANNEL = 15;
export const WAVE_ELEMENT_DATA_RATE = 16;

export interface WaveElement {
  id: number;
  data: Uint8Array;
}

export interface WsmpHeader {
  /** PSID (plain integer); P-encoded on the wire. */
  psid: number;
  /** N-header WAVE information elements. */
  channel?: number;
  /** Data rate in units of 500 kbit/s. */
  dataRate?: number;
  /** Transmit power used, dBm (-128..127). */
  txPowerDbm?: number;
  /** Other N-header elements, in order, kept as received. */
  otherElements?: WaveElement[];
  /** T-header elements (TPID 1). */
  tElements?: WaveElement[];
}

export interface WsmpFrame extends WsmpHeader {
  /** The WSM data (a view into the input). */
  data: Uint8Array;
  /** Octets before the WSM data. */
  headerLength: number;
  /** Octets after the WSM data (e.g. Ethernet padding). */
  trailing: number;
}

export type WsmpErrorCode = 'TRUNCATED' | 'BAD_VERSION' | 'UNSUPPORTED' | 'BAD_LENGTH' | 'BAD_PSID' | 'BAD_ELEMENT';

export class WsmpError extends Error {
  constructor(readonly code: WsmpErrorCode, readonly detail: string, readonly offset: number) {
    super(`WSMP: ${detail} (${code} at octet ${offset})`);
    this.name = 'WsmpError';
  }
}

/** 1609.3 length/count: 0..127 in one octet, 128..16383 in two (0b10 prefix). */
export function encodeCount(n: number): Uint8Array {
  if (!Number.isInteger(n) || n < 0 || n > 0x3fff) throw new RangeError(`WSMP count/length ${n} outside 0..16383`);
  return n < 0x80 ? Uint8Array.of(n) : Uint8Array.of(0x80 | (n >>> 8), n & 0xff);
}

function readCount(b: Uint8Array, at: number, what: string): { value: number; octets: number } {
  const first = b[at];
  if (first === undefined) throw new WsmpError('TRUNCATED', `no octet for the ${what}`, at);
  if (first < 0x80) return { value: first, octets: 1 };
  if ((first & 0xc0) !== 0x80) throw new WsmpError('BAD_LENGTH', `${what} starts with 0x${first.toString(16)} (0b11 is not a valid prefix)`, at);
  const second = b[at + 1];
  if (second === undefined) throw new WsmpError('TRUNCATED', `the ${what} needs a second octet`, at);
  return { value: ((first & 0x3f) << 8) | second, octets: 2 };
}

function checkByte(name: string, v: number | undefined, min: number, max: number): void {
  if (v !== undefined && (!Number.isInteger(v) || v < min || v > max)) throw new RangeError(`WSMP ${name} ${v} outside ${min}..${max}`);
}

function elementBytes(list: WaveElement[]): number[] {
  const out: number[] = [...encodeCount(list.length)];
  for (const e of list) {
    checkByte('element id', e.id, 0, 255);
    out.push(e.id, ...encodeCount(e.data.length), ...e.data);
  }
  return out;
}

/** Builds a WSMP frame around `data`; throws RangeError/PsidError for bad header values. */
export function encodeWsmp(h: WsmpHeader, data: Uint8Array): Uint8Array {
  checkByte('channel', h.channel, 0, 255);
  checkByte('data rate', h.dataRate, 0, 255);
  checkByte('transmit power (dBm)', h.txPowerDbm, -128, 127);
  const n: WaveElement[] = [];
  if (h.txPowerDbm !== undefined) n.push({ id: WAVE_ELEMENT_TX_POWER, data: Uint8Array.of(h.txPowerDbm + 128) });
  if (h.channel !== undefined) n.push({ id: WAVE_ELEMENT_CHANNEL, data: Uint8Array.of(h.channel) });
  if (h.dataRate !== undefined) n.push({ id: WAVE_ELEMENT_DATA_RATE, data: Uint8Array.of(h.dataRate) });
  n.push(...(h.otherElements ?? []));
  const head: number[] = [(n.length ? 0x08 : 0) | WSMP_VERSION];
  if (n.length) head.push(...elementBytes(n));
  const t = h.tElements ?? [];
  head.push(t.length ? 1 : 0);
  head.push(...pEncode(h.psid));
  if (t.length) head.push(...elementBytes(t));
  head.push(...encodeCount(data.length));
  const out = new Uint8Array(head.length + data.length);
  out.set(head, 0);
  out.set(data, head.length);
  return out;
}

function readElements(b: Uint8Array, at: number, where: string): { list: WaveElement[]; end: number } {
  const count = readCount(b, at, `${where} element count`);
  let p = at + count.octets;
  const list: WaveElement[] = [];
  for (let i = 0; i < count.value; i++) {
    const id = b[p];
    if (id === undefined) throw new WsmpError('TRUNCATED', `${where} element ${i + 1} of ${count.value} missing`, p);
    const len = readCount(b, p + 1, `${where} element ${id} length`);
    const start = p + 1 + len.octets;
    if (start + len.value > b.length) throw new WsmpError('TRUNCATED', `${where} element ${id} needs ${len.value} octet(s)`, p);
    list.push({ id, data: b.subarray(start, start + len.value) });
    p = start + len.value;
  }
  return { list, end: p };
}

/** Parses a WSMP frame; throws WsmpError for anything malformed or unsupported. */
export function decodeWsmp(b: Uint8Array): WsmpFrame {
  const first = b[0];
  if (first === undefined) throw new WsmpError('TRUNCATED', 'empty frame', 0);
  const version = first & 0x07;
  if (version !== WSMP_VERSION) throw new WsmpError('BAD_VERSION', `version ${version} (only 3 is supported)`, 0);
  const subtype = first >>> 4;
  if (subtype !== 0) throw new WsmpError('UNSUPPORTED', `subtype ${subtype} (only 0, null networking)`, 0);
  let p = 1;
  // One object shape, no spreads (the receive path is hot).
  const frame: WsmpFrame = { psid: 0, channel: undefined, dataRate: undefined, txPowerDbm: undefined, otherElements: undefined, tElements: undefined, data: b, headerLength: 0, trailing: 0 };
  if (first & 0x08) {
    const { list, end } = readElements(b, p, 'N-header');
    p = end;
    const other: WaveElement[] = [];
    for (const e of list) {
      const known = e.id === WAVE_ELEMENT_TX_POWER || e.id === WAVE_ELEMENT_CHANNEL || e.id === WAVE_ELEMENT_DATA_RATE;
      if (known && e.data.length !== 1) throw new WsmpError('BAD_ELEMENT', `element ${e.id} has ${e.data.length} octets, expected 1`, p);
      if (e.id === WAVE_ELEMENT_TX_POWER) frame.txPowerDbm = e.data[0]! - 128;
      else if (e.id === WAVE_ELEMENT_CHANNEL) frame.channel = e.data[0]!;
      else if (e.id === WAVE_ELEMENT_DATA_RATE) frame.dataRate = e.data[0]!;
      else other.push(e);
    }
    if (other.length) frame.otherElements = other;
  }
  const tpid = b[p];
  if (tpid === undefined) throw new WsmpError('TRUNCATED', 'no TPID', p);
  if (tpid > 1) throw new WsmpError('UNSUPPORTED', `TPID ${tpid} (only 0 and 1, PSID addressing)`, p);
  p++;
  if (p >= b.length) throw new WsmpError('TRUNCATED', 'no PSID', p);
  try {
    const { psid, octets } = pDecode(b, p);
    frame.psid = psid;
    p += octets;
  } catch (e) {
    if (e instanceof PsidError) throw new WsmpError(/needs/.test(e.message) ? 'TRUNCATED' : 'BAD_PSID', e.message, p);
    throw e;
  }
  if (tpid === 1) {
    const { list, end } = readElements(b, p, 'T-header');
    frame.tElements = list;
    p = end;
  }
  const len = readCount(b, p, 'WSM length');
  p += len.octets;
  if (p + len.value > b.length) throw new WsmpError('TRUNCATED', `WSM length ${len.value} but ${b.length - p} octet(s) follow`, p - len.octets);
  frame.data = b.subarray(p, p + len.value);
  frame.headerLength = p;
  frame.trailing = b.length - p - len.value;
  return frame;
}
