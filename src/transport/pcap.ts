/**
 * Packet capture of what we send and receive, readable by Wireshark/tshark.
 *
 * Files are classic pcap (`.pcap`, microsecond timestamps) or pcapng (`.pcapng`, which also
 * records the direction of each packet). Every file has link type 1 (LINKTYPE_ETHERNET), and
 * two kinds of frames share it:
 *
 * - WSMP over Ethernet: destination ff:ff:ff:ff:ff:ff, the radio's MAC as source, EtherType
 *   0x88DC, then the WSMP N-header, T-header and the WSM data (an IEEE 1609.2 Ieee1609Dot2Data).
 *   This is what a DSRC radio puts on the air (the 802.11 and LLC layers aside).
 * - UDP over IPv4 (EtherType 0x0800) or IPv6 (0x86DD): the datagrams our sockets really sent or
 *   received (raw UPER, RSU 4.1 Immediate Forward text, WSMP over UDP), with the real addresses
 *   and ports, valid IP and UDP checksums, and MAC addresses made up from the IP addresses
 *   (02:00 followed by the IPv4 address; 02:00 and the last four octets of an IPv6 address).
 *
 * Writing never blocks the caller: records go to a file stream; `close()` flushes it.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { isIP } from 'node:net';

export const LINKTYPE_ETHERNET = 1;
export const ETHERTYPE_IPV4 = 0x0800;
export const ETHERTYPE_IPV6 = 0x86dd;
export const ETHERTYPE_WSMP = 0x88dc;

export type Direction = 'in' | 'out';

export interface SocketAddress {
  address: string;
  port: number;
}

/** What transports and the receive pipeline record into (a pcap writer, or nothing). */
export interface PacketCapture {
  /** A UDP datagram with its real endpoints. `timeMs`: UTC milliseconds. */
  udp(dir: Direction, src: SocketAddress, dst: SocketAddress, payload: Uint8Array, timeMs: number): void;
  /** A WSMP frame as it goes on the air (Ethernet, EtherType 0x88DC). */
  wsmp(dir: Direction, wsmp: Uint8Array, timeMs: number, srcMac?: Uint8Array): void;
}

export const BROADCAST_MAC = new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);
/** A locally administered unicast address used as our radio's MAC unless one is configured. */
export const DEFAULT_RADIO_MAC = new Uint8Array([0x02, 0x00, 0x00, 0x00, 0x00, 0x01]);

export function parseMac(text: string): Uint8Array {
  const m = /^([0-9a-f]{2})[:-]([0-9a-f]{2})[:-]([0-9a-f]{2})[:-]([0-9a-f]{2})[:-]([0-9a-f]{2})[:-]([0-9a-f]{2})$/i.exec(text.trim());
  if (!m) throw new RangeError(`'${text}' is not a MAC address (aa:bb:cc:dd:ee:ff)`);
  return new Uint8Array(m.slice(1).map((h) => parseInt(h, 16)));
}

export function ethernetFrame(dst: Uint8Array, src: Uint8Array, etherType: number, payload: Uint8Array): Uint8Array {
  const f = new Uint8Array(14 + payload.length);
  f.set(dst.subarray(0, 6), 0);
  f.set(src.subarray(0, 6), 6);
  f[12] = etherType >>> 8;
  f[13] = etherType & 0xff;
  f.set(payload, 14);
  return f;
}

export function wsmpEthernetFrame(wsmp: Uint8Array, srcMac: Uint8Array = DEFAULT_RADIO_MAC): Uint8Array {
  return ethernetFrame(BROADCAST_MAC, srcMac, ETHERTYPE_WSMP, wsmp);
}

function ipv4Bytes(a: string): Uint8Array {
  return new Uint8Array(a.split('.').map(Number));
}

function ipv6Bytes(a: string): Uint8Array {
  let s = a.toLowerCase();
  const zone = s.indexOf('%');
  if (zone >= 0) s = s.slice(0, zone);
  const out = new Uint8Array(16);
  // An IPv4 tail (::ffff:1.2.3.4).
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (v4) {
    const b = ipv4Bytes(v4[1]!);
    const hi = ((b[0]! << 8) | b[1]!).toString(16);
    const lo = ((b[2]! << 8) | b[3]!).toString(16);
    s = s.slice(0, v4.index) + `${hi}:${lo}`;
  }
  const [head, tail] = s.includes('::') ? (s.split('::') as [string, string]) : [s, undefined];
  const h = head === '' ? [] : head.split(':');
  const t = tail === undefined || tail === '' ? [] : tail.split(':');
  const groups = tail === undefined ? h : [...h, ...new Array<string>(8 - h.length - t.length).fill('0'), ...t];
  groups.forEach((g, i) => {
    const v = parseInt(g, 16);
    out[i * 2] = v >>> 8;
    out[i * 2 + 1] = v & 0xff;
  });
  return out;
}

function macFor(ip: Uint8Array): Uint8Array {
  const m = new Uint8Array(6);
  m[0] = 0x02;
  m.set(ip.subarray(ip.length - 4), 2);
  return m;
}

function sum16(bytes: Uint8Array, start: number, end: number, acc: number): number {
  let s = acc;
  let i = start;
  for (; i + 1 < end; i += 2) s += (bytes[i]! << 8) | bytes[i + 1]!;
  if (i < end) s += bytes[i]! << 8;
  return s;
}

function fold(s: number): number {
  let v = s;
  while (v > 0xffff) v = (v & 0xffff) + Math.floor(v / 0x10000);
  return ~v & 0xffff;
}

let ipId = 0;

/**
 * An Ethernet frame holding one UDP datagram over IPv4 or IPv6 (by the source address
 * family; an IPv4 peer of an IPv6 socket appears as ::ffff:a.b.c.d and is written as IPv4).
 */
export function udpEthernetFrame(src: SocketAddress, dst: SocketAddress, payload: Uint8Array): Uint8Array {
  const unmap = (a: string): string => (a.toLowerCase().startsWith('::ffff:') && isIP(a.slice(7)) === 4 ? a.slice(7) : a);
  const sa = unmap(src.address);
  const da = unmap(dst.address);
  const v6 = isIP(sa) === 6 || isIP(da) === 6;
  const sip = v6 ? ipv6Bytes(isIP(sa) === 4 ? `::ffff:${sa}` : sa) : ipv4Bytes(sa);
  const dip = v6 ? ipv6Bytes(isIP(da) === 4 ? `::ffff:${da}` : da) : ipv4Bytes(da);
  const udpLen = 8 + payload.length;
  const ipHdr = v6 ? 40 : 20;
  const pkt = new Uint8Array(ipHdr + udpLen);
  if (v6) {
    pkt[0] = 0x60;
    pkt[4] = udpLen >>> 8;
    pkt[5] = udpLen & 0xff;
    pkt[6] = 17;
    pkt[7] = 64;
    pkt.set(sip, 8);
    pkt.set(dip, 24);
  } else {
    const total = 20 + udpLen;
    pkt[0] = 0x45;
    pkt[2] = total >>> 8;
    pkt[3] = total & 0xff;
    ipId = (ipId + 1) & 0xffff;
    pkt[4] = ipId >>> 8;
    pkt[5] = ipId & 0xff;
    pkt[6] = 0x40; // don't fragment
    pkt[8] = 64;
    pkt[9] = 17;
    pkt.set(sip, 12);
    pkt.set(dip, 16);
    const c = fold(sum16(pkt, 0, 20, 0));
    pkt[10] = c >>> 8;
    pkt[11] = c & 0xff;
  }
  const u = ipHdr;
  pkt[u] = src.port >>> 8;
  pkt[u + 1] = src.port & 0xff;
  pkt[u + 2] = dst.port >>> 8;
  pkt[u + 3] = dst.port & 0xff;
  pkt[u + 4] = udpLen >>> 8;
  pkt[u + 5] = udpLen & 0xff;
  pkt.set(payload, u + 8);
  // Checksum over the pseudo-header, the UDP header and the payload.
  let s = sum16(sip, 0, sip.length, 0);
  s = sum16(dip, 0, dip.length, s);
  s += 17 + udpLen;
  s = sum16(pkt, u, u + udpLen, s);
  let c = fold(s);
  if (c === 0) c = 0xffff;
  pkt[u + 6] = c >>> 8;
  pkt[u + 7] = c & 0xff;
  return ethernetFrame(macFor(dip), macFor(sip), v6 ? ETHERTYPE_IPV6 : ETHERTYPE_IPV4, pkt);
}

export type CaptureFormat = 'pcap' | 'pcapng';

export interface PcapStats {
  packets: number;
  bytes: number;
}

/** The format a file name asks for: pcapng for `.pcapng`, classic pcap otherwise. */
export function formatForPath(path: string): CaptureFormat {
  return path.toLowerCase().endsWith('.pcapng') ? 'pcapng' : 'pcap';
}

export function pcapHeader(snaplen = 65535): Uint8Array {
  const h = new Uint8Array(24);
  const v = new DataView(h.buffer);
  v.setUint32(0, 0xa1b2c3d4, true);
  v.setUint16(4, 2, true);
  v.setUint16(6, 4, true);
  v.setUint32(16, snaplen, true);
  v.setUint32(20, LINKTYPE_ETHERNET, true);
  return h;
}

export function pcapRecord(frame: Uint8Array, timeMs: number, snaplen = 65535): Uint8Array {
  const cap = Math.min(frame.length, snaplen);
  const r = new Uint8Array(16 + cap);
  const v = new DataView(r.buffer);
  const us = Math.round(timeMs * 1000);
  v.setUint32(0, Math.floor(us / 1e6), true);
  v.setUint32(4, us % 1e6, true);
  v.setUint32(8, cap, true);
  v.setUint32(12, frame.length, true);
  r.set(frame.subarray(0, cap), 16);
  return r;
}

function pad4(n: number): number {
  return (n + 3) & ~3;
}

export function pcapngHeader(snaplen = 65535): Uint8Array {
  // Section Header Block (28 octets) + Interface Description Block (20 octets, no options).
  const b = new Uint8Array(28 + 20);
  const v = new DataView(b.buffer);
  v.setUint32(0, 0x0a0d0d0a, true);
  v.setUint32(4, 28, true);
  v.setUint32(8, 0x1a2b3c4d, true);
  v.setUint16(12, 1, true);
  v.setUint16(14, 0, true);
  v.setInt32(16, -1, true); // section length unknown
  v.setInt32(20, -1, true);
  v.setUint32(24, 28, true);
  v.setUint32(28, 0x00000001, true);
  v.setUint32(32, 20, true);
  v.setUint16(36, LINKTYPE_ETHERNET, true);
  v.setUint32(40, snaplen, true);
  v.setUint32(44, 20, true);
  return b;
}

/** An Enhanced Packet Block with the epb_flags option giving the direction (1 in, 2 out). */
export function pcapngRecord(frame: Uint8Array, timeMs: number, dir: Direction, snaplen = 65535): Uint8Array {
  const cap = Math.min(frame.length, snaplen);
  const total = 28 + pad4(cap) + 8 + 4 + 4; // + epb_flags option, opt_endofopt, trailing length
  const b = new Uint8Array(total);
  const v = new DataView(b.buffer);
  const us = BigInt(Math.round(timeMs * 1000));
  v.setUint32(0, 0x00000006, true);
  v.setUint32(4, total, true);
  v.setUint32(8, 0, true);
  v.setUint32(12, Number(us >> 32n), true);
  v.setUint32(16, Number(us & 0xffffffffn), true);
  v.setUint32(20, cap, true);
  v.setUint32(24, frame.length, true);
  b.set(frame.subarray(0, cap), 28);
  let o = 28 + pad4(cap);
  v.setUint16(o, 2, true); // epb_flags
  v.setUint16(o + 2, 4, true);
  v.setUint32(o + 4, dir === 'in' ? 1 : 2, true);
  o += 8;
  v.setUint32(o, 0, true); // opt_endofopt
  v.setUint32(total - 4, total, true);
  return b;
}

/** Writes a capture file; see the module comment for the link type and frame kinds. */
export class PcapWriter implements PacketCapture {
  readonly format: CaptureFormat;
  readonly stats: PcapStats = { packets: 0, bytes: 0 };
  private readonly out: WriteStream;
  private readonly snaplen: number;
  private readonly radioMac: Uint8Array;
  private closed = false;
  private error: Error | undefined;

  constructor(readonly path: string, opts: { format?: CaptureFormat; snaplen?: number; radioMac?: Uint8Array } = {}) {
    this.format = opts.format ?? formatForPath(path);
    this.snaplen = opts.snaplen ?? 65535;
    this.radioMac = opts.radioMac ?? DEFAULT_RADIO_MAC;
    this.out = createWriteStream(path);
    this.out.on('error', (e) => { this.error = e; });
    this.out.write(this.format === 'pcapng' ? pcapngHeader(this.snaplen) : pcapHeader(this.snaplen));
  }

  /** Writes one Ethernet frame. */
  frame(frame: Uint8Array, timeMs: number, dir: Direction): void {
    if (this.closed || this.error) return;
    this.out.write(this.format === 'pcapng' ? pcapngRecord(frame, timeMs, dir, this.snaplen) : pcapRecord(frame, timeMs, this.snaplen));
    this.stats.packets++;
    this.stats.bytes += frame.length;
  }

  udp(dir: Direction, src: SocketAddress, dst: SocketAddress, payload: Uint8Array, timeMs: number): void {
    this.frame(udpEthernetFrame(src, dst, payload), timeMs, dir);
  }

  wsmp(dir: Direction, wsmp: Uint8Array, timeMs: number, srcMac?: Uint8Array): void {
    this.frame(wsmpEthernetFrame(wsmp, srcMac ?? this.radioMac), timeMs, dir);
  }

  /** Flushes and closes the file; rejects if the file could not be written. */
  close(): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.closed = true;
    return new Promise((resolve, reject) => {
      this.out.end(() => (this.error ? reject(this.error) : resolve()));
    });
  }
}
