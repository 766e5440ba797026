/**
 * UDP transports. `DatagramSink` owns one socket and the rules of the transport contract
 * (src/transport/types.ts): `send` returns at once, never throws, and counts what went wrong.
 * Subclasses only say which bytes a message becomes:
 *
 * - `UdpSink`: the bare UPER MessageFrame, to a unicast, broadcast or multicast address.
 * - `IfmSink` (ifm.ts) and `WsmpUdpSink` (wsmp-sink.ts) build on the same base.
 *
 * Failures are counted in `stats.errors`, by reason in `reasons`, and reported through
 * `onError`: a message that cannot be turned into bytes, a send the kernel refused, more than
 * `maxInFlight` datagrams waiting for the kernel (dropped, never queued without bound), a
 * socket that failed (it is reopened on a later send, with a backoff from 100 ms to 10 s).
 */
import { createSocket, type Socket } from 'node:dgram';
import { SystemClock, type Clock } from '../../hal/clock.js';
import { formatEndpoint, parseEndpoint, type UdpEndpoint } from './endpoint.js';
import type { PacketCapture, SocketAddress } from './pcap.js';
import type { MessageSink, OutgoingMessage, SinkStats } from './types.js';

export interface DatagramSinkOptions {
  /** Where datagrams go: `udp://HOST:PORT`, `HOST:PORT`, or a parsed endpoint. */
  target: string | UdpEndpoint;
  /** Port used when `target` has none. */
  defaultPort?: number;
  /** Name in logs and summaries (default: the kind of sink and the target). */
  name?: string;
  /** Local address and port to send from (default: any address, a port chosen by the kernel). */
  bindAddress?: string;
  bindPort?: number;
  /** Multicast: the interface address to send on, hop limit (default 1), loopback (default true). */
  multicastInterface?: string;
  multicastTtl?: number;
  multicastLoopback?: boolean;
  /** Datagrams handed to the kernel and not yet confirmed before new ones are dropped (default 1024). */
  maxInFlight?: number;
  /** Records every datagram sent (UDP over IP, with the real source port). */
  capture?: PacketCapture;
  /** Timestamps for the capture (default: the system clock). */
  clock?: Clock;
  onError?: (err: Error) => void;
}

export class TransportError extends Error {
  constructor(readonly reason: string, message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'TransportError';
  }
}

const BACKOFF_MIN_MS = 100;
const BACKOFF_MAX_MS = 10_000;

export abstract class DatagramSink implements MessageSink {
  readonly name: string;
  readonly stats: SinkStats = { sent: 0, errors: 0, bytes: 0 };
  /** Errors by reason: 'encode', 'send', 'socket', 'lost' (queued on a socket that failed), 'backlog', 'closed'. */
  readonly reasons: Record<string, number> = {};
  readonly target: UdpEndpoint;
  onError?: (err: Error) => void;

  private socket: Socket | undefined;
  private local: SocketAddress | undefined;
  private inFlight = 0;
  /** Bumped when a socket is opened or fails, so that late callbacks of a dead socket are ignored. */
  private generation = 0;
  private closing = false;
  private drained: (() => void) | undefined;
  private reopenAt = 0;
  private backoff = BACKOFF_MIN_MS;
  protected readonly clock: Clock;
  private readonly maxInFlight: number;

  constructor(protected readonly opts: DatagramSinkOptions, kind: string) {
    this.target = typeof opts.target === 'string' ? parseEndpoint(opts.target, opts.defaultPort) : opts.target;
    this.name = opts.name ?? `${kind} ${formatEndpoint(this.target)}`;
    this.clock = opts.clock ?? new SystemClock();
    this.maxInFlight = opts.maxInFlight ?? 1024;
    this.onError = opts.onError;
    this.open();
  }

  /** The bytes of one datagram for a message; throwing counts an 'encode' error. */
  protected abstract encode(msg: OutgoingMessage): Uint8Array;

  send(msg: OutgoingMessage): void {
    let bytes: Uint8Array;
    try {
      bytes = this.encode(msg);
    } catch (e) {
      this.fail('encode', `${this.name}: cannot send ${msg.type}: ${e instanceof Error ? e.message : String(e)}`, e);
      return;
    }
    this.sendBytes(bytes);
  }

  /** Sends bytes as they are (same counting and rules as `send`). */
  sendBytes(bytes: Uint8Array): void {
    if (this.closing) {
      this.fail('closed', `${this.name}: send after close`);
      return;
    }
    if (this.socket === undefined && !this.open()) {
      this.fail('socket', `${this.name}: socket not open (retrying in ${Math.max(0, Math.round(this.reopenAt - this.clock.monotonic()))} ms)`);
      return;
    }
    if (this.inFlight >= this.maxInFlight) {
      this.fail('backlog', `${this.name}: ${this.inFlight} datagrams waiting for the kernel; dropped one`);
      return;
    }
    const sock = this.socket!;
    const gen = this.generation;
    const t = this.clock.now();
    this.inFlight++;
    try {
      sock.send(bytes, this.target.port, this.target.host, (err) => this.sent(gen, err, bytes, t));
    } catch (e) {
      this.inFlight--;
      this.fail('send', `${this.name}: ${e instanceof Error ? e.message : String(e)}`, e);
    }
  }

  private sent(gen: number, err: Error | null, bytes: Uint8Array, t: number): void {
    if (gen !== this.generation) return; // the socket failed; its datagrams were counted as lost
    this.inFlight--;
    if (err) this.fail('send', `${this.name}: ${err.message}`, err);
    else {
      this.stats.sent++;
      this.stats.bytes += bytes.length;
      if (this.opts.capture && this.local) this.opts.capture.udp('out', this.local, { address: this.target.host, port: this.target.port }, bytes, t);
    }
    if (this.inFlight === 0 && this.drained) this.drained();
  }

  /** The local address the datagrams leave from, once the socket is bound. */
  get localAddress(): SocketAddress | undefined {
    return this.local;
  }

  /** Resolves when the socket is bound (sends before that are queued by the socket). */
  ready(): Promise<void> {
    if (this.local) return Promise.resolve();
    const s = this.socket;
    if (!s) return Promise.reject(new TransportError('socket', `${this.name}: socket not open`));
    return new Promise((resolve, reject) => {
      s.once('listening', () => resolve());
      s.once('error', reject);
    });
  }

  private open(): boolean {
    if (this.clock.monotonic() < this.reopenAt) return false;
    const o = this.opts;
    const s = createSocket({ type: this.target.family === 6 ? 'udp6' : 'udp4' });
    this.socket = s;
    this.local = undefined;
    const gen = ++this.generation;
    s.on('error', (err) => {
      this.fail('socket', `${this.name}: socket error: ${err.message}`, err);
      if (gen === this.generation) {
        // Datagrams queued on this socket will not be confirmed: count them as lost.
        const lost = this.inFlight;
        this.inFlight = 0;
        this.generation++;
        for (let i = 0; i < lost; i++) this.fail('lost', `${this.name}: datagram lost with the failed socket`);
        if (this.drained) this.drained();
        this.socket = undefined;
        this.reopenAt = this.clock.monotonic() + this.backoff;
        this.backoff = Math.min(BACKOFF_MAX_MS, this.backoff * 2);
      }
      try {
        s.close();
      } catch {
        // already closed
      }
    });
    s.once('listening', () => {
      const a = s.address();
      this.local = { address: a.address, port: a.port };
      this.backoff = BACKOFF_MIN_MS;
      if (this.target.family === 4) s.setBroadcast(true);
      if (this.target.kind === 'multicast') {
        if (o.multicastInterface !== undefined) s.setMulticastInterface(o.multicastInterface);
        s.setMulticastTTL(o.multicastTtl ?? 1);
        s.setMulticastLoopback(o.multicastLoopback ?? true);
      }
    });
    s.bind({ port: o.bindPort ?? 0, address: o.bindAddress, exclusive: true });
    return true;
  }

  private fail(reason: string, message: string, cause?: unknown): void {
    this.stats.errors++;
    this.reasons[reason] = (this.reasons[reason] ?? 0) + 1;
    const err = new TransportError(reason, message, cause);
    try {
      this.onError?.(err);
    } catch {
      // a failing error handler must not break the caller's loop
    }
  }

  /** Waits for datagrams in flight (at most `timeoutMs`), then closes the socket. */
  async close(timeoutMs = 2000): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    if (this.inFlight > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        this.drained = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    const s = this.socket;
    this.socket = undefined;
    if (s) await closeSocket(s);
  }
}

/** Closes a datagram socket, resolving once closed (or at once when it already was). */
export function closeSocket(s: Socket): Promise<void> {
  return new Promise<void>((resolve) => {
    try {
      s.close(() => resolve());
    } catch {
      resolve();
    }
  });
}

/** The bare UPER MessageFrame, one datagram per message (what RSUs forward and radios bridge). */
export class UdpSink extends DatagramSink {
  constructor(opts: DatagramSinkOptions) {
    super(opts, 'udp');
  }
  protected encode(msg: OutgoingMessage): Uint8Array {
    return msg.frame;
  }
}
