/**
 * What every CanBus implementation shares: the lifecycle, the receive queue and its single
 * async iteration, the events, the counters, and the reopen-with-backoff loop for a channel
 * that disappears. An implementation supplies `attach`, `detach` and `transmit`, and reports
 * what happens on its channel through `deliver`, `deliverError`, `linkDown`, `linkUp` and
 * `channelLost`. Frame validation happens here, so all implementations enforce the same rules.
 */
import { SystemClock, type Clock, type Timer } from '../clock.js';
import { CanError } from './errors.js';
import { stateFromErrorFrame, validateFrame } from './frame.js';
import type {
  CanBus, CanBusCapabilities, CanBusEvents, CanBusState, CanBusStats, CanErrorFrame, CanFrame,
} from './types.js';

export interface BackoffOptions {
  /** First delay, ms (default 100). */
  initialMs?: number;
  /** Largest delay, ms (default 5000). */
  maxMs?: number;
  /** Growth per attempt (default 2). */
  factor?: number;
}

/** Exponential backoff delays: initial, initial*factor, ... capped at max. */
export class Backoff {
  private readonly initialMs: number;
  private readonly maxMs: number;
  private readonly factor: number;
  private current: number;
  constructor(opts: BackoffOptions = {}) {
    this.initialMs = opts.initialMs ?? 100;
    this.maxMs = opts.maxMs ?? 5000;
    this.factor = opts.factor ?? 2;
    if (!(this.initialMs > 0) || !(this.maxMs >= this.initialMs) || !(this.factor >= 1)) {
      throw new RangeError(`backoff: need 0 < initialMs <= maxMs and factor >= 1, got ${this.initialMs}, ${this.maxMs}, ${this.factor}`);
    }
    this.current = this.initialMs;
  }
  /** The next delay; each call grows the following one. */
  next(): number {
    const d = this.current;
    this.current = Math.min(this.maxMs, this.current * this.factor);
    return d;
  }
  reset(): void {
    this.current = this.initialMs;
  }
}

export interface BaseCanBusOptions {
  /** Clock for timers (backoff, polling) and, where there is no kernel, receive timestamps. */
  clock?: Clock;
  /** Frames kept for a slow reader before arriving ones are dropped (default 65536). */
  rxQueueLimit?: number;
  /** Reopen delays after the channel disappears. */
  backoff?: BackoffOptions;
}

type Phase = 'new' | 'opening' | 'open' | 'closed';
type Listeners = { [E in keyof CanBusEvents]: CanBusEvents[E][] };

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

export abstract class BaseCanBus implements CanBus {
  readonly stats: CanBusStats = { rxFrames: 0, txFrames: 0, rxDropped: 0, errorFrames: 0, reopens: 0, listenerErrors: 0 };
  abstract readonly capabilities: Readonly<CanBusCapabilities>;
  protected readonly clock: Clock;
  private phase: Phase = 'new';
  private current: CanBusState = 'closed';
  /** Why the bus is down: the interface flag (comes back by itself) or the channel is gone (reopen). */
  private downBy: 'link' | 'lost' | undefined;
  private readonly rxLimit: number;
  private queue: CanFrame[] = [];
  private head = 0;
  private waiter: ((r: IteratorResult<CanFrame>) => void) | undefined;
  private iterating = false;
  private readonly listeners: Listeners = { errorFrame: [], state: [] };
  private readonly backoff: Backoff;
  private reopenTimer: Timer | undefined;

  constructor(readonly channel: string, opts: BaseCanBusOptions = {}) {
    this.clock = opts.clock ?? new SystemClock();
    this.rxLimit = opts.rxQueueLimit ?? 65536;
    this.backoff = new Backoff(opts.backoff);
  }

  /** Opens the channel; resolves with the link state found, or rejects with a CanError. */
  protected abstract attach(): Promise<'active' | 'down'>;
  /** Releases the channel (must tolerate a channel that is already gone). */
  protected abstract detach(): Promise<void>;
  /** Sends a frame that has passed validation. */
  protected abstract transmit(frame: CanFrame): Promise<void>;
  /** Whether the channel accepts FD frames. */
  protected abstract fdCapable(): boolean;

  get state(): CanBusState {
    return this.current;
  }

  async open(): Promise<void> {
    if (this.phase === 'open' || this.phase === 'opening') return;
    if (this.phase === 'closed') throw new CanError('CLOSED', `bus ${this.channel} was closed; create a new one`);
    this.phase = 'opening';
    let found: 'active' | 'down';
    try {
      found = await this.attach();
    } catch (e) {
      this.phase = 'new';
      throw e;
    }
    if ((this.phase as Phase) === 'closed') { await this.detach(); return; }
    this.phase = 'open';
    if (found === 'down') {
      this.downBy = 'link';
      this.setState('down', 'interface is down');
    } else {
      this.setState('active');
    }
  }

  async send(frame: CanFrame): Promise<void> {
    if (this.phase === 'closed') throw new CanError('CLOSED', `bus ${this.channel} is closed`);
    if (this.phase !== 'open') throw new CanError('NOT_OPEN', `bus ${this.channel} is not open`);
    validateFrame(frame, this.fdCapable());
    if (this.current === 'down') throw new CanError('DOWN', `interface ${this.channel} is down`);
    await this.transmit(frame);
    this.stats.txFrames++;
  }

  async close(): Promise<void> {
    if (this.phase === 'closed') return;
    const wasOpen = this.phase === 'open';
    this.phase = 'closed';
    this.reopenTimer?.cancel();
    this.reopenTimer = undefined;
    if (wasOpen) await this.detach();
    this.setState('closed');
    this.wake();
  }

  on<E extends keyof CanBusEvents>(event: E, listener: CanBusEvents[E]): this {
    this.listeners[event].push(listener);
    return this;
  }

  off<E extends keyof CanBusEvents>(event: E, listener: CanBusEvents[E]): this {
    const list = this.listeners[event];
    const i = list.indexOf(listener);
    if (i >= 0) list.splice(i, 1);
    return this;
  }

  [Symbol.asyncIterator](): AsyncIterator<CanFrame> {
    if (this.iterating) throw new CanError('BUSY', `bus ${this.channel} is already being iterated`);
    this.iterating = true;
    let finished = false;
    const finish = (): IteratorReturnResult<undefined> => {
      if (!finished) { finished = true; this.iterating = false; }
      return DONE;
    };
    return {
      next: () => {
        if (finished) return Promise.resolve(DONE);
        const f = this.take();
        if (f !== undefined) return Promise.resolve({ done: false, value: f });
        if (this.phase === 'closed') return Promise.resolve(finish());
        return new Promise<IteratorResult<CanFrame>>((resolve) => {
          this.waiter = (r) => resolve(r.done === true ? finish() : r);
        });
      },
      return: () => {
        const w = this.waiter;
        this.waiter = undefined;
        w?.(DONE);
        return Promise.resolve(finish());
      },
    };
  }

  // ---- for implementations -------------------------------------------------------

  /** A frame arrived from the channel. */
  protected deliver(frame: CanFrame): void {
    if (this.phase !== 'open') return;
    const w = this.waiter;
    if (w !== undefined && this.head === this.queue.length) {
      this.waiter = undefined;
      this.stats.rxFrames++;
      w({ done: false, value: frame });
      return;
    }
    if (this.queue.length - this.head >= this.rxLimit) {
      this.stats.rxDropped++;
      return;
    }
    this.stats.rxFrames++;
    this.queue.push(frame);
  }

  /** An error frame arrived: counted, emitted, and the state it implies is taken. */
  protected deliverError(err: CanErrorFrame): void {
    if (this.phase !== 'open') return;
    this.stats.errorFrames++;
    this.emit('errorFrame', err);
    const s = stateFromErrorFrame(err);
    if (s !== undefined && this.current !== 'down') this.setState(s, err.classes.join(','));
  }

  /** The interface went down but the channel stays bound (ip link set down). */
  protected linkDown(detail: string): void {
    if (this.phase !== 'open' || this.current === 'down') return;
    this.downBy = 'link';
    this.setState('down', detail);
  }

  /** The interface is up again after `linkDown`. */
  protected linkUp(detail = 'interface is up'): void {
    if (this.phase !== 'open' || this.current !== 'down' || this.downBy !== 'link') return;
    this.downBy = undefined;
    this.setState('active', detail);
  }

  /** The channel is gone (device removed, socket dead): report it and reopen with backoff. */
  protected channelLost(detail: string): void {
    if (this.phase !== 'open' || this.downBy === 'lost') return;
    this.downBy = 'lost';
    this.setState('down', detail);
    this.backoff.reset();
    this.scheduleReopen();
  }

  /** Whether the bus is waiting for its lost channel to come back. */
  protected get reopening(): boolean {
    return this.downBy === 'lost';
  }

  protected setState(s: CanBusState, detail?: string): void {
    if (s === this.current) return;
    this.current = s;
    this.emit('state', s, detail);
  }

  // ---- internals -------------------------------------------------------------------

  private scheduleReopen(): void {
    const delay = this.backoff.next();
    this.reopenTimer = this.clock.setTimeout(() => {
      this.reopenTimer = undefined;
      void this.tryReopen();
    }, delay);
  }

  private async tryReopen(): Promise<void> {
    if (this.phase !== 'open' || this.downBy !== 'lost') return;
    let found: 'active' | 'down';
    try {
      found = await this.attach();
    } catch {
      if (this.phase === 'open') this.scheduleReopen();
      return;
    }
    if ((this.phase as Phase) !== 'open') { await this.detach(); return; }
    this.stats.reopens++;
    this.backoff.reset();
    if (found === 'down') {
      this.downBy = 'link'; // reattached, still down: linkUp() brings it back
    } else {
      this.downBy = undefined;
      this.setState('active', 'reopened');
    }
  }

  private take(): CanFrame | undefined {
    if (this.head === this.queue.length) return undefined;
    const f = this.queue[this.head]!;
    this.head++;
    if (this.head === this.queue.length) {
      this.queue = [];
      this.head = 0;
    } else if (this.head >= 4096 && this.head * 2 >= this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
    return f;
  }

  private wake(): void {
    const w = this.waiter;
    if (w === undefined) return;
    this.waiter = undefined;
    const f = this.take();
    w(f === undefined ? DONE : { done: false, value: f });
  }

  private emit<E extends keyof CanBusEvents>(event: E, ...args: Parameters<CanBusEvents[E]>): void {
    for (const l of [...this.listeners[event]]) {
      try {
        (l as (...a: Parameters<CanBusEvents[E]>) => void)(...args);
      } catch {
        this.stats.listenerErrors++;
      }
    }
  }
}
