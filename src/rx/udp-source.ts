/**
 * A UDP listener for the receive side: `udp://ADDRESS:PORT` binds that address (0.0.0.0 for
 * every interface); a multicast address binds the port and joins the group on
 * `multicastInterface` (default: the system's choice; 127.0.0.1 on a one-machine bench).
 *
 * Each datagram is handed to `onDatagram` with its source and UTC arrival time, and recorded
 * in the capture when there is one. A socket that fails is counted, reported and reopened with
 * a backoff (100 ms doubling to 10 s) on the injected clock; nothing is thrown at the caller.
 */
import { createSocket, type RemoteInfo, type Socket } from 'node:dgram';
import { SystemClock, type Clock, type Timer } from '../../hal/clock.js';
import { formatEndpoint, parseEndpoint, type UdpEndpoint } from '../transport/endpoint.js';
import type { PacketCapture, SocketAddress } from '../transport/pcap.js';
import { closeSocket } from '../transport/udp.js';

export interface UdpListenerOptions {
  /** `udp://0.0.0.0:46800`, `udp://239.255.27.35:5999` (multicast), `[::]:5398`. */
  listen: string;
  multicastInterface?: string;
  /** Receive buffer size in octets (default 4 MiB, as far as the kernel allows). */
  receiveBufferSize?: number;
  capture?: PacketCapture;
  clock?: Clock;
  onDatagram: (bytes: Uint8Array, source: string, receivedAt: number, from: RemoteInfo) => void;
  onError?: (err: Error) => void;
}

export interface ListenerStats {
  datagrams: number;
  octets: number;
  errors: number;
  reopened: number;
}

const BACKOFF_MIN_MS = 100;
const BACKOFF_MAX_MS = 10_000;

export class UdpListener {
  readonly endpoint: UdpEndpoint;
  readonly stats: ListenerStats = { datagrams: 0, octets: 0, errors: 0, reopened: 0 };
  private socket: Socket | undefined;
  private local: SocketAddress | undefined;
  private closed = false;
  private backoff = BACKOFF_MIN_MS;
  private retry: Timer | undefined;
  private readonly clock: Clock;
  private listening: Promise<SocketAddress>;
  private resolveListening!: (a: SocketAddress) => void;

  constructor(private readonly opts: UdpListenerOptions) {
    this.endpoint = parseEndpoint(opts.listen);
    this.clock = opts.clock ?? new SystemClock();
    this.listening = new Promise((resolve) => (this.resolveListening = resolve));
    this.open();
  }

  get name(): string {
    return formatEndpoint(this.endpoint);
  }

  /** The bound address (with the real port when 0 was asked), once listening. */
  ready(): Promise<SocketAddress> {
    return this.listening;
  }

  private open(): void {
    const e = this.endpoint;
    const multicast = e.kind === 'multicast';
    const s = createSocket({ type: e.family === 6 ? 'udp6' : 'udp4', reuseAddr: multicast });
    this.socket = s;
    s.on('message', (msg, rinfo) => {
      const t = this.clock.now();
      const bytes = new Uint8Array(msg.buffer, msg.byteOffset, msg.length);
      this.stats.datagrams++;
      this.stats.octets += bytes.length;
      const source = this.sourceName(rinfo);
      if (this.opts.capture && this.local) this.opts.capture.udp('in', { address: rinfo.address, port: rinfo.port }, multicast ? { address: e.host, port: this.local.port } : this.local, bytes, t);
      try {
        this.opts.onDatagram(bytes, source, t, rinfo);
      } catch (err) {
        this.fail(err instanceof Error ? err : new Error(String(err)));
      }
    });
    s.on('error', (err) => {
      this.fail(new Error(`${this.name}: ${err.message}`, { cause: err }));
      if (this.socket !== s) return;
      this.socket = undefined;
      try {
        s.close();
      } catch {
        // already closed
      }
      if (this.closed) return;
      this.retry = this.clock.setTimeout(() => {
        this.retry = undefined;
        if (this.closed) return;
        this.stats.reopened++;
        this.open();
      }, this.backoff);
      this.backoff = Math.min(BACKOFF_MAX_MS, this.backoff * 2);
    });
    s.once('listening', () => {
      const a = s.address();
      this.local = { address: a.address, port: a.port };
      this.backoff = BACKOFF_MIN_MS;
      try {
        s.setRecvBufferSize(this.opts.receiveBufferSize ?? 4 << 20);
      } catch {
        // the kernel limit applies
      }
      if (multicast) {
        try {
          s.addMembership(e.host, this.opts.multicastInterface);
        } catch (err) {
          s.emit('error', err instanceof Error ? err : new Error(String(err)));
          return;
        }
      }
      this.resolveListening(this.local);
    });
    if (multicast) s.bind(e.port);
    else s.bind(e.port, e.host);
  }

  private readonly names = new Map<number, { address: string; name: string }>();

  /** `udp://ADDRESS:PORT` of a sender, remembered by port (no new string per datagram). */
  private sourceName(rinfo: RemoteInfo): string {
    const known = this.names.get(rinfo.port);
    if (known !== undefined && known.address === rinfo.address) return known.name;
    const name = rinfo.family === 'IPv6' ? `udp://[${rinfo.address}]:${rinfo.port}` : `udp://${rinfo.address}:${rinfo.port}`;
    if (this.names.size >= 4096) this.names.clear();
    this.names.set(rinfo.port, { address: rinfo.address, name });
    return name;
  }

  private fail(err: Error): void {
    this.stats.errors++;
    try {
      this.opts.onError?.(err);
    } catch {
      // an error handler must not break the listener
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    this.retry?.cancel();
    const s = this.socket;
    this.socket = undefined;
    if (s) await closeSocket(s);
  }
}
