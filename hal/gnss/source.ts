/**
 * The behaviour every GnssSource shares (see the contract in ./types.ts): state and stale
 * events, per-iterator queues, idle epoch completion, reopening with exponential backoff,
 * counters. A concrete source supplies `connect()`/`disconnect()` and feeds what it receives
 * to `received()`; it calls `lost()` when the link drops and `inputEnded()` at the end of a log.
 * Every timer runs on the injected Clock.
 */
import { SystemClock, type Clock, type Timer } from '../clock.js';
import {
  emptyGnssCounters,
  type GnssCounters, type GnssDiscard, type GnssFix, type GnssLinkState, type GnssSource, type GnssSourceEvents,
} from './types.js';

/** A mistake in how the source was configured (bad path, unreadable log): `open()` rejects with it. */
export class GnssConfigError extends Error {
  override readonly name = 'GnssConfigError';
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

export interface ReconnectOptions {
  /** First delay before reopening, ms. Default 100. */
  initialMs?: number;
  /** Longest delay, ms. Default 5000. */
  maxMs?: number;
  /** Growth per failed attempt. Default 2. */
  factor?: number;
}

export interface SourceOptions {
  clock?: Clock;
  /** A source is stale after this long without a fix, ms. Default 1500. */
  staleAfterMs?: number;
  /**
   * Complete the epoch in progress when no byte arrived for this long, ms (a receiver sends
   * each epoch as one burst). 0 disables. Default 100.
   */
  idleFlushMs?: number;
  reconnect?: ReconnectOptions;
  /** Fixes queued per iterator before the oldest are dropped. Default 256. */
  queueLength?: number;
}

/** What a source feeds its bytes to (the NMEA/UBX stream decoder or the gpsd JSON decoder). */
export interface SourceDecoder {
  readonly counters: GnssCounters;
  push(bytes: Uint8Array): void;
  flushEpoch(reason?: 'idle'): void;
  end(): void;
}

interface Iter {
  queue: GnssFix[];
  wake: ((r: IteratorResult<GnssFix>) => void) | undefined;
  done: boolean;
}

type Listeners = { [E in keyof GnssSourceEvents]: Set<GnssSourceEvents[E]> };

export abstract class BaseGnssSource implements GnssSource {
  readonly counters: GnssCounters = emptyGnssCounters();
  protected readonly clock: Clock;
  protected readonly decoder: SourceDecoder;
  private state_: GnssLinkState = 'idle';
  private stale_ = true;
  private lastFix_: GnssFix | undefined;
  private readonly staleAfterMs: number;
  private readonly idleFlushMs: number;
  private readonly backoff: Required<ReconnectOptions>;
  private readonly queueLength: number;
  private staleTimer: Timer | undefined;
  private idleTimer: Timer | undefined;
  private reconnectTimer: Timer | undefined;
  private attempt = 0;
  private hadLink = false;
  private receivedSinceOpen = false;
  /** Incremented on close and on every (re)connect so late callbacks of an old link are ignored. */
  protected generation = 0;
  private readonly iters = new Set<Iter>();
  private readonly listeners: Listeners = { fix: new Set(), state: new Set(), stale: new Set(), discard: new Set() };

  constructor(readonly name: string, opts: SourceOptions, makeDecoder: (sink: { onFix: (f: GnssFix) => void; onDiscard: (d: GnssDiscard) => void; counters: GnssCounters; clock: Clock }) => SourceDecoder) {
    this.clock = opts.clock ?? new SystemClock();
    this.staleAfterMs = opts.staleAfterMs ?? 1500;
    this.idleFlushMs = opts.idleFlushMs ?? 100;
    this.backoff = { initialMs: opts.reconnect?.initialMs ?? 100, maxMs: opts.reconnect?.maxMs ?? 5000, factor: opts.reconnect?.factor ?? 2 };
    this.queueLength = opts.queueLength ?? 256;
    for (const [k, v] of Object.entries({ staleAfterMs: this.staleAfterMs, idleFlushMs: this.idleFlushMs, queueLength: this.queueLength, ...this.backoff })) {
      if (!Number.isFinite(v) || v < 0) throw new GnssConfigError('GNSS_BAD_OPTION', `${name}: option ${k} must be a finite number >= 0, got ${v}`);
    }
    this.decoder = makeDecoder({
      onFix: (f) => this.deliver(f),
      onDiscard: (d) => this.emit('discard', d),
      counters: this.counters,
      clock: this.clock,
    });
  }

  /** Opens the link. Resolves when open; rejects when the link cannot be opened now. */
  protected abstract connect(): Promise<void>;
  /** Closes the link (idempotent). */
  protected abstract disconnect(): Promise<void>;
  /** Called once the link is open and `received()` accepts bytes. */
  protected onOpen(): void {}

  get state(): GnssLinkState {
    return this.state_;
  }
  get stale(): boolean {
    return this.stale_;
  }
  get lastFix(): GnssFix | undefined {
    return this.lastFix_;
  }
  age(): number {
    return this.lastFix_ === undefined ? Infinity : this.clock.monotonic() - this.lastFix_.rxMonotonic;
  }

  async open(): Promise<void> {
    if (this.state_ !== 'idle') return;
    await this.tryConnect(true);
  }

  async close(): Promise<void> {
    if (this.state_ === 'closed') return;
    this.generation++;
    this.cancel(this.reconnectTimer);
    this.cancel(this.idleTimer);
    this.reconnectTimer = this.idleTimer = undefined;
    // Deliver the epoch in progress before the iterators end.
    if (this.state_ === 'open') this.decoder.end();
    this.cancel(this.staleTimer);
    this.staleTimer = undefined;
    this.setState('closed');
    this.setStale(true);
    try {
      await this.disconnect();
    } finally {
      this.endIterators();
    }
  }

  on<E extends keyof GnssSourceEvents>(event: E, listener: GnssSourceEvents[E]): this {
    this.listeners[event].add(listener);
    return this;
  }
  off<E extends keyof GnssSourceEvents>(event: E, listener: GnssSourceEvents[E]): this {
    this.listeners[event].delete(listener);
    return this;
  }

  [Symbol.asyncIterator](): AsyncIterator<GnssFix> {
    const it: Iter = { queue: [], wake: undefined, done: this.state_ === 'closed' || this.state_ === 'ended' };
    this.iters.add(it);
    return {
      next: () => {
        const f = it.queue.shift();
        if (f !== undefined) return Promise.resolve({ value: f, done: false });
        if (it.done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => { it.wake = resolve; });
      },
      return: () => {
        it.done = true;
        it.queue.length = 0;
        this.iters.delete(it);
        return Promise.resolve({ value: undefined, done: true });
      },
    };
  }

  /** Bytes from the link. */
  protected received(bytes: Uint8Array): void {
    if (this.state_ !== 'open') return;
    if (!this.receivedSinceOpen) {
      this.receivedSinceOpen = true;
      this.attempt = 0;
    }
    this.decoder.push(bytes);
    if (this.idleFlushMs > 0) {
      this.cancel(this.idleTimer);
      this.idleTimer = this.clock.setTimeout(() => {
        this.idleTimer = undefined;
        this.decoder.flushEpoch('idle');
      }, this.idleFlushMs);
    }
  }

  /** The link dropped (device unplugged, pty closed, daemon restarted): reopen with backoff. */
  protected lost(detail: string): void {
    if (this.state_ !== 'open' && this.state_ !== 'opening') return;
    this.generation++;
    this.cancel(this.idleTimer);
    this.idleTimer = undefined;
    this.decoder.end();
    this.setState('reconnecting', detail);
    this.setStale(true);
    void this.disconnect().catch(() => undefined);
    this.scheduleReconnect();
  }

  /** The input ended for good (end of a log). */
  protected inputEnded(detail = 'end of input'): void {
    if (this.state_ !== 'open') return;
    this.cancel(this.idleTimer);
    this.idleTimer = undefined;
    this.decoder.end();
    this.cancel(this.staleTimer);
    this.staleTimer = undefined;
    this.setState('ended', detail);
    this.setStale(true);
    this.endIterators();
  }

  private async tryConnect(first: boolean): Promise<void> {
    const gen = ++this.generation;
    this.setState(first ? 'opening' : 'reconnecting', first ? undefined : 'reopening');
    try {
      await this.connect();
    } catch (err) {
      if (err instanceof GnssConfigError) {
        this.setState('closed', err.message);
        this.endIterators();
        throw err;
      }
      if (gen !== this.generation) return;
      this.setState('reconnecting', err instanceof Error ? err.message : String(err));
      this.setStale(true);
      this.scheduleReconnect();
      return;
    }
    if (gen !== this.generation) {
      // Closed while connecting.
      await this.disconnect().catch(() => undefined);
      return;
    }
    if (this.hadLink) this.counters.reopens++;
    this.hadLink = true;
    this.receivedSinceOpen = false;
    this.setState('open');
    this.onOpen();
  }

  private scheduleReconnect(): void {
    const delay = Math.min(this.backoff.maxMs, this.backoff.initialMs * this.backoff.factor ** this.attempt);
    this.attempt++;
    this.cancel(this.reconnectTimer);
    this.reconnectTimer = this.clock.setTimeout(() => {
      this.reconnectTimer = undefined;
      if (this.state_ !== 'reconnecting') return;
      void this.tryConnect(false).catch(() => undefined);
    }, delay);
  }

  private deliver(fix: GnssFix): void {
    this.lastFix_ = fix;
    this.setStale(false);
    this.cancel(this.staleTimer);
    this.staleTimer = this.clock.setTimeout(() => {
      this.staleTimer = undefined;
      this.setStale(true);
    }, this.staleAfterMs);
    this.emit('fix', fix);
    for (const it of this.iters) {
      if (it.wake !== undefined) {
        const w = it.wake;
        it.wake = undefined;
        w({ value: fix, done: false });
      } else {
        it.queue.push(fix);
        if (it.queue.length > this.queueLength) {
          it.queue.shift();
          this.counters.dropped++;
        }
      }
    }
  }

  private endIterators(): void {
    for (const it of this.iters) {
      it.done = true;
      if (it.wake !== undefined) {
        const w = it.wake;
        it.wake = undefined;
        w({ value: undefined, done: true });
      }
    }
    this.iters.clear();
  }

  private setState(s: GnssLinkState, detail?: string): void {
    if (s === this.state_ && detail === undefined) return;
    this.state_ = s;
    this.emit('state', s, detail);
  }

  private setStale(v: boolean): void {
    if (v === this.stale_) return;
    this.stale_ = v;
    this.emit('stale', v);
  }

  private cancel(t: Timer | undefined): void {
    t?.cancel();
  }

  private emit<E extends keyof GnssSourceEvents>(event: E, ...args: Parameters<GnssSourceEvents[E]>): void {
    for (const l of this.listeners[event]) {
      try {
        (l as (...a: Parameters<GnssSourceEvents[E]>) => void)(...args);
      } catch (err) {
        // A listener's bug is ours, not bad input: surface it, but after this receive step
        // has finished so the source's own state stays consistent.
        queueMicrotask(() => { throw err; });
      }
    }
  }
}
