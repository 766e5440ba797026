/**
 * A serial line (a UART, a USB CDC-ACM device, or a pseudo-terminal) whose bytes are read on
 * the event loop's own thread.
 *
 * `serialport`'s native binding opens the device and sets it up: line speed, 8N1, raw mode, no
 * flow control, the exclusive lock (TIOCEXCL). The bytes are then read through a libuv tty
 * handle (`node:tty`), which epoll wakes when they arrive. `serialport`'s own stream reads with
 * fs.read on libuv's thread pool instead: every read is handed to a pool thread and its result
 * handed back, two thread wake-ups per UART frame, and under `run --realtime` the pool threads
 * are not real-time. Here a frame goes from the kernel to the parser in one wake-up of the
 * loop's thread.
 *
 * Every read lands in one receive buffer of the line's own (the stream's `onread` option), and
 * listeners get a view of it, valid during the call: a stream's 'data' event would allocate a
 * 64 KiB backing store per read, and at a UART frame per read that made V8 collect its young
 * generation about once every thousand frames, a pause each time on the receive path.
 *
 * Writes are nonblocking write(2) calls from the loop, in order. What the device does not take
 * at once waits in a bounded queue, retried every millisecond: a device that stops reading
 * never blocks the loop, and beyond the bound a write is dropped and counted.
 *
 * The device is opened through the binding's open and close alone (not its port class): that
 * class keeps a poll handle on the descriptor, and when such a handle is garbage-collected
 * libuv takes the descriptor's number out of epoll, whoever holds that number by then.
 */
import { closeSync, writeSync } from 'node:fs';
import type { ConnectOpts, SocketConstructorOpts } from 'node:net';
import { ReadStream } from 'node:tty';
import { asyncClose, asyncOpen } from '@serialport/bindings-cpp/dist/load-bindings.js';

export interface SerialLineOptions {
  /** Device path, e.g. `/dev/ttyAMA0`, `/dev/serial/by-id/...`, or a pty. */
  path: string;
  /** Line speed (ignored by ptys). */
  baudRate: number;
  /** Bytes that may wait for the device before a write is dropped. Default 64 KiB. */
  maxQueuedBytes?: number;
}

export interface SerialLineStats {
  rxBytes: number;
  txBytes: number;
  /** Writes dropped because the queue was full (the device not reading). */
  txDropped: number;
  /** Times a write found the device's buffer full and had to wait. */
  txWaits: number;
}

/** The binding's open options, as `serialport` opens a port by default. */
interface NativeOpenOptions {
  baudRate: number;
  dataBits: 8;
  stopBits: 1;
  parity: 'none';
  rtscts: boolean;
  xon: boolean;
  xoff: boolean;
  xany: boolean;
  hupcl: boolean;
  lock: boolean;
  vmin: number;
  vtime: number;
}

const nativeOpen = asyncOpen as (path: string, options: NativeOpenOptions) => Promise<number>;
const nativeClose = asyncClose as (fd: number) => Promise<void>;

/** The descriptor libuv reads (a pty slave is reopened by libuv, so it can differ from ours). */
function handleFd(s: ReadStream): number {
  const fd = (s as unknown as { _handle?: { fd?: unknown } })._handle?.fd;
  if (typeof fd !== 'number' || fd < 0) throw new Error('serial line: the tty handle has no descriptor');
  return fd;
}

const RETRY_MS = 1;
/** The receive buffer: a read takes at most this many bytes (a pty or UART driver holds 4 KiB). */
const RX_BUFFER_BYTES = 64 * 1024;

export class SerialLine {
  readonly stats: SerialLineStats = { rxBytes: 0, txBytes: 0, txDropped: 0, txWaits: 0 };
  private stream: ReadStream | undefined;
  private fd = -1;
  private queue: Uint8Array[] = [];
  private queued = 0;
  private retry: NodeJS.Timeout | undefined;
  private closing = false;
  private readonly dataListeners: Array<(b: Uint8Array) => void> = [];
  private readonly closeListeners: Array<(err?: Error) => void> = [];
  private readonly maxQueued: number;
  /** A plain Uint8Array, not a Buffer: a listener's `bytes.slice()` then copies (Buffer's slice is a view). */
  private readonly rxBuffer = new Uint8Array(RX_BUFFER_BYTES);

  constructor(readonly options: SerialLineOptions) {
    this.maxQueued = options.maxQueuedBytes ?? 64 * 1024;
  }

  get isOpen(): boolean {
    return this.stream !== undefined && !this.stream.destroyed;
  }

  /** Bytes accepted by write() that wait for the device (a writer with much to say paces on it). */
  get pendingBytes(): number {
    return this.queued;
  }

  /** Opens and sets up the device; rejects when it cannot (missing, permissions, locked). */
  async open(): Promise<void> {
    if (this.isOpen) throw new Error(`${this.options.path}: already open`);
    const fd = await nativeOpen(this.options.path, {
      baudRate: this.options.baudRate, dataBits: 8, stopBits: 1, parity: 'none', rtscts: false,
      xon: false, xoff: false, xany: false, hupcl: true, lock: true, vmin: 1, vtime: 0,
    });
    let s: ReadStream;
    let own: number;
    // Reads go to rxBuffer and straight to the listeners (no 'data' event, no Buffer per read).
    const streamOptions: SocketConstructorOpts & ConnectOpts = {
      onread: { buffer: this.rxBuffer, callback: (n: number, buf: Uint8Array) => this.received(buf.subarray(0, n)) },
    };
    try {
      s = new ReadStream(fd, streamOptions);
      own = handleFd(s);
    } catch (err) {
      await nativeClose(fd).catch(() => undefined);
      throw err;
    }
    // libuv reopened a pty slave and moved the new description onto `fd` as well: the handle
    // owns its own descriptor, so ours is closed (the description stays open through it).
    if (own !== fd) closeSync(fd);
    this.stream = s;
    this.fd = own;
    this.closing = false;
    let failure: Error | undefined;
    s.on('error', (err: Error) => {
      failure ??= err;
    });
    s.on('close', () => {
      this.dropQueue();
      const unplanned = this.closing ? undefined : (failure ?? new Error(`${this.options.path} closed`));
      for (const l of this.closeListeners) l(unplanned);
    });
    s.resume(); // start reading (no 'data' listener does it here)
  }

  /** Queues bytes for the device, in order; never blocks. False when dropped (not open, queue full). */
  write(bytes: Uint8Array): boolean {
    if (!this.writable()) return false;
    if (this.queue.length > 0) return this.enqueue(bytes);
    const n = this.tryWrite(bytes);
    if (n < 0) return false;
    if (n < bytes.byteLength) return this.enqueue(bytes.subarray(n));
    return true;
  }

  /** Closes the device; resolves once closed. Harmless when already closed. */
  close(): Promise<void> {
    const s = this.stream;
    if (s === undefined || !this.isOpen) return Promise.resolve();
    this.closing = true;
    this.dropQueue();
    return new Promise((resolve) => {
      s.once('close', () => resolve());
      s.destroy();
    });
  }

  /**
   * Received bytes, in order. `bytes` is a view of the line's receive buffer, valid during the
   * call only: the next read overwrites it, so copy what you keep.
   */
  onData(listener: (bytes: Uint8Array) => void): void {
    this.dataListeners.push(listener);
  }

  /** The line closed on its own (device gone: `err` says why) or after close() (no `err`). */
  onClose(listener: (err?: Error) => void): void {
    this.closeListeners.push(listener);
  }

  /** A read's bytes; true keeps the stream reading. */
  private received(bytes: Uint8Array): boolean {
    this.stats.rxBytes += bytes.byteLength;
    for (const l of this.dataListeners) l(bytes);
    return true;
  }

  /**
   * Whether the descriptor may still be written: not once the stream is destroyed. A stream that
   * failed closes its descriptor at once but reports 'close' a tick later, and by then the
   * number could belong to something else.
   */
  private writable(): boolean {
    return this.isOpen && !this.closing;
  }

  /** Bytes written (possibly fewer than given), or -1 after a failure that ends the line. */
  private tryWrite(bytes: Uint8Array): number {
    try {
      const n = writeSync(this.fd, bytes);
      this.stats.txBytes += n;
      return n;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN' || code === 'EWOULDBLOCK' || code === 'EINTR') return 0;
      // The device is gone (EIO, ENXIO...): end the line as a read error would.
      this.stream?.destroy(err as Error);
      return -1;
    }
  }

  private enqueue(bytes: Uint8Array): boolean {
    if (this.queued + bytes.byteLength > this.maxQueued) {
      this.stats.txDropped++;
      return false;
    }
    this.queue.push(bytes.slice());
    this.queued += bytes.byteLength;
    this.stats.txWaits++;
    this.retryLater();
    return true;
  }

  private retryLater(): void {
    this.retry ??= setTimeout(() => this.flush(), RETRY_MS);
  }

  private flush(): void {
    this.retry = undefined;
    while (this.queue.length > 0 && this.writable()) {
      const head = this.queue[0]!;
      const n = this.tryWrite(head);
      if (n < 0) return;
      if (n < head.byteLength) {
        this.queue[0] = head.subarray(n);
        this.queued -= n;
        this.retryLater();
        return;
      }
      this.queue.shift();
      this.queued -= n;
    }
  }

  private dropQueue(): void {
    if (this.retry !== undefined) clearTimeout(this.retry);
    this.retry = undefined;
    this.queue = [];
    this.queued = 0;
  }
}
