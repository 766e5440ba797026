/**
 * CanBus over Linux SocketCAN (CAN_RAW), through the `socketcan` npm addon (node-can).
 *
 * What the addon gives and what we add:
 * - Receive: kernel timestamps (SIOCGSTAMP), ids, ext/rtr/err flags and data. It does not
 *   pass up the kernel's FD flags, so `fd` is reported for frames of more than 8 bytes and
 *   `brs`/`esi` never (`capabilities.fdFlagsOnReceive` is false).
 * - Send: non-blocking; a full transmit queue is retried briefly, then `SEND_FAILED`. Every
 *   few sends the event loop gets a turn, so that a tight send loop cannot starve receivers
 *   in the same process (whose kernel socket buffers would otherwise overflow).
 * - Link state: the addon keeps a socket bound when its interface goes down and says
 *   nothing; we read the interface flags from sysfs every `linkPollMs` and report `down`
 *   and `active`. When the interface disappears (USB adapter unplugged, `ip link del`) the
 *   addon stops the channel; we report `down` and reopen with backoff until it returns.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Timer } from '../clock.js';
import { BaseCanBus, type BaseCanBusOptions } from './base.js';
import { CanError } from './errors.js';
import { errorFrame, receivedFrame } from './frame.js';
import type { CanBusCapabilities, CanFrame } from './types.js';

interface AddonMessage {
  id: number;
  ext?: boolean;
  rtr?: boolean;
  err?: boolean;
  data: Buffer;
  ts_sec?: number;
  ts_usec?: number;
}

interface RawChannel {
  addListener(event: 'onMessage', cb: (m: AddonMessage) => void): void;
  addListener(event: 'onStopped', cb: () => void): void;
  start(): void;
  stop(): void;
  send(m: { id: number; ext: boolean; rtr: boolean; data: Buffer }): number;
  sendFD(m: { id: number; ext: boolean; fd_brs: boolean; data: Buffer }): number;
}

interface Addon {
  createRawChannelWithOptions(channel: string, opts: { timestamps: boolean; non_block_send: boolean }): RawChannel;
}

let addon: Addon | undefined;
let addonError: string | undefined;

function loadAddon(): Addon {
  if (addon !== undefined) return addon;
  if (addonError === undefined) {
    try {
      addon = createRequire(import.meta.url)('socketcan') as Addon;
      return addon;
    } catch (e) {
      addonError = e instanceof Error ? e.message : String(e);
    }
  }
  throw new CanError('NO_CAN', `the socketcan addon cannot be loaded: ${addonError}`);
}

const IFF_UP = 0x1;
const CANFD_MTU = 72;

export interface SocketCanOptions extends BaseCanBusOptions {
  /** How often the interface flags are read, ms (default 250). */
  linkPollMs?: number;
  /** Where interfaces are listed (default /sys/class/net). */
  sysfsNet?: string;
}

export class SocketCanBus extends BaseCanBus {
  readonly capabilities: Readonly<CanBusCapabilities> = { fdFlagsOnReceive: false };
  private ch: RawChannel | undefined;
  private fd = false;
  private poll: Timer | undefined;
  private sendsSinceYield = 0;
  private readonly linkPollMs: number;
  private readonly sysfs: string;

  constructor(channel: string, opts: SocketCanOptions = {}) {
    super(channel, opts);
    this.linkPollMs = opts.linkPollMs ?? 250;
    this.sysfs = `${opts.sysfsNet ?? '/sys/class/net'}/${channel}`;
  }

  /** The interface flags, or undefined when the interface does not exist. */
  private flags(): number | undefined {
    try {
      return parseInt(readFileSync(`${this.sysfs}/flags`, 'latin1').trim(), 16);
    } catch {
      return undefined;
    }
  }

  protected async attach(): Promise<'active' | 'down'> {
    const lib = loadAddon();
    if (!existsSync('/proc/net/can')) {
      throw new CanError('NO_CAN', 'this kernel has no CAN support (no /proc/net/can: modprobe can-raw, or use a User-Mode Linux guest, see test/vcan/run-in-uml.sh)');
    }
    const flags = this.flags();
    if (flags === undefined) throw new CanError('NO_DEVICE', `no interface ${this.channel}`);
    let ch: RawChannel;
    try {
      ch = lib.createRawChannelWithOptions(this.channel, { timestamps: true, non_block_send: true });
    } catch (e) {
      throw new CanError('NO_DEVICE', `cannot open ${this.channel}: ${e instanceof Error ? e.message : String(e)}`);
    }
    try {
      this.fd = parseInt(readFileSync(`${this.sysfs}/mtu`, 'latin1'), 10) >= CANFD_MTU;
    } catch {
      this.fd = false;
    }
    ch.addListener('onMessage', (m) => this.onMessage(m));
    ch.addListener('onStopped', () => this.onStopped(ch));
    ch.start();
    this.ch = ch;
    this.startPoll();
    return (flags & IFF_UP) === 0 ? 'down' : 'active';
  }

  protected detach(): Promise<void> {
    this.poll?.cancel();
    this.poll = undefined;
    const ch = this.ch;
    this.ch = undefined; // before stop(): its onStopped callback then finds nothing to do
    if (ch !== undefined) {
      try {
        ch.stop();
      } catch {
        // already stopped by the addon (socket error)
      }
    }
    return Promise.resolve();
  }

  protected fdCapable(): boolean {
    return this.fd;
  }

  protected async transmit(frame: CanFrame): Promise<void> {
    const n = frame.data.length;
    const data = frame.rtr === true ? Buffer.alloc(n) : Buffer.from(frame.data.buffer, frame.data.byteOffset, n);
    for (let attempt = 0; ; attempt++) {
      const ch = this.ch;
      if (ch === undefined) throw new CanError('DOWN', `interface ${this.channel} is gone`);
      const r = frame.fd === true
        ? ch.sendFD({ id: frame.id, ext: frame.extended === true, fd_brs: frame.brs === true, data })
        : ch.send({ id: frame.id, ext: frame.extended === true, rtr: frame.rtr === true, data });
      if (r > 0) break;
      const flags = this.flags();
      if (flags === undefined || (flags & IFF_UP) === 0) {
        this.checkLink();
        throw new CanError('DOWN', `interface ${this.channel} is down`);
      }
      if (attempt >= 8) throw new CanError('SEND_FAILED', `${this.channel} refused the frame (transmit queue full?)`);
      await this.clock.sleep(2 ** attempt);
    }
    if (++this.sendsSinceYield >= 16) {
      this.sendsSinceYield = 0;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  private onMessage(m: AddonMessage): void {
    const ts = (m.ts_sec ?? 0) + (m.ts_usec ?? 0) / 1e6;
    const buf = m.data;
    const data = new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
    if (m.err === true) {
      this.deliverError(errorFrame(m.id, data, ts));
      return;
    }
    const rtr = m.rtr === true;
    this.deliver(receivedFrame(m.id, m.ext === true, rtr, data.length > 8, false, false, rtr ? data.fill(0) : data, ts));
  }

  private onStopped(ch: RawChannel): void {
    if (ch !== this.ch) return;
    this.ch = undefined;
    this.poll?.cancel();
    this.poll = undefined;
    this.channelLost(`interface ${this.channel} is gone (socket error)`);
  }

  private startPoll(): void {
    this.poll?.cancel();
    this.poll = this.clock.setTimeout(() => {
      this.poll = undefined;
      this.checkLink();
      if (this.ch !== undefined) this.startPoll();
    }, this.linkPollMs);
  }

  private checkLink(): void {
    if (this.ch === undefined) return;
    const flags = this.flags();
    if (flags === undefined) {
      // gone; the addon reports it too, whichever comes first
      void this.detach();
      this.channelLost(`interface ${this.channel} is gone`);
    } else if ((flags & IFF_UP) === 0) {
      this.linkDown(`interface ${this.channel} is down`);
    } else {
      this.linkUp();
    }
  }
}
