/**
 * An in-process virtual CAN network: buses opened on the same channel name of one network
 * see each other's frames, with the rules SocketCAN applies (see hal/can/types.ts). The
 * network also plays the part of `ip link` and of a USB adapter being unplugged, and of a
 * controller sending error frames, so that the behaviour around those events can be tested
 * without hardware: `setUp(channel, false)`, `remove(channel)`, `add(channel)`,
 * `injectErrorFrame(channel, ...)`.
 */
import { SystemClock, type Clock } from '../clock.js';
import { BaseCanBus, type BaseCanBusOptions } from './base.js';
import { CanError } from './errors.js';
import { copyForReceive, errorFrame } from './frame.js';
import type { CanBusCapabilities, CanFrame } from './types.js';

interface VirtualChannel {
  exists: boolean;
  up: boolean;
  /** Accepts FD frames (a vcan with MTU 72, an FD controller). */
  fd: boolean;
  members: Set<VirtualCanBus>;
}

export class VirtualCanNetwork {
  private readonly channels = new Map<string, VirtualChannel>();

  /** `clock` stamps error frames injected through the network. */
  constructor(readonly clock: Clock = new SystemClock()) {}

  /** Channels exist (up, FD-capable) until removed, as if every name were a vcan interface. */
  private get(name: string): VirtualChannel {
    let ch = this.channels.get(name);
    if (ch === undefined) {
      ch = { exists: true, up: true, fd: true, members: new Set() };
      this.channels.set(name, ch);
    }
    return ch;
  }

  /** Makes a channel classic-only (`fd: false`, like MTU 16) or FD-capable again. */
  configure(name: string, opts: { fd: boolean }): void {
    this.get(name).fd = opts.fd;
  }

  /** `ip link set <name> up|down`: buses stay attached and report `down` / `active`. */
  setUp(name: string, up: boolean): void {
    const ch = this.get(name);
    ch.up = up;
    for (const b of [...ch.members]) b.linkChanged(up);
  }

  /** The interface disappears (adapter unplugged): its buses report `down` and start reopening. */
  remove(name: string): void {
    const ch = this.get(name);
    ch.exists = false;
    const members = [...ch.members];
    ch.members.clear();
    for (const b of members) b.lost(`interface ${name} removed`);
  }

  /** The interface (re)appears, up. Buses waiting for it reattach at their next attempt. */
  add(name: string): void {
    const ch = this.get(name);
    ch.exists = true;
    ch.up = true;
  }

  /** Delivers an error frame (class `bits`, 8 data bytes) to every bus on the channel. */
  injectErrorFrame(name: string, bits: number, data: Uint8Array = new Uint8Array(8)): void {
    const ch = this.get(name);
    const ts = this.clock.now() / 1000;
    for (const b of [...ch.members]) b.errorFrom(errorFrame(bits, data, ts));
  }

  /** @internal */
  join(bus: VirtualCanBus): 'active' | 'down' {
    const ch = this.get(bus.channel);
    if (!ch.exists) throw new CanError('NO_DEVICE', `no interface ${bus.channel}`);
    ch.members.add(bus);
    return ch.up ? 'active' : 'down';
  }

  /** @internal */
  leave(bus: VirtualCanBus): void {
    this.channels.get(bus.channel)?.members.delete(bus);
  }

  /** @internal */
  fdCapable(name: string): boolean {
    return this.get(name).fd;
  }

  /** @internal Delivers a sent frame to every other bus on the channel. */
  broadcast(from: VirtualCanBus, frame: CanFrame): void {
    const ch = this.get(from.channel);
    if (!ch.members.has(from)) throw new CanError('DOWN', `interface ${from.channel} is gone`);
    for (const b of ch.members) if (b !== from) b.receive(frame);
  }
}

/** The network that buses use when none is given. */
export const defaultVirtualNetwork = new VirtualCanNetwork();

export interface VirtualCanBusOptions extends BaseCanBusOptions {
  network?: VirtualCanNetwork;
}

export class VirtualCanBus extends BaseCanBus {
  readonly capabilities: Readonly<CanBusCapabilities> = { fdFlagsOnReceive: true };
  private readonly network: VirtualCanNetwork;

  constructor(channel: string, opts: VirtualCanBusOptions = {}) {
    super(channel, opts);
    this.network = opts.network ?? defaultVirtualNetwork;
  }

  protected attach(): Promise<'active' | 'down'> {
    return Promise.resolve(this.network.join(this));
  }

  protected detach(): Promise<void> {
    this.network.leave(this);
    return Promise.resolve();
  }

  protected transmit(frame: CanFrame): Promise<void> {
    this.network.broadcast(this, frame);
    return Promise.resolve();
  }

  protected fdCapable(): boolean {
    return this.network.fdCapable(this.channel);
  }

  /** @internal */
  receive(frame: CanFrame): void {
    this.deliver(copyForReceive(frame, this.clock.now() / 1000, true));
  }

  /** @internal */
  errorFrom(err: ReturnType<typeof errorFrame>): void {
    this.deliverError(err);
  }

  /** @internal */
  linkChanged(up: boolean): void {
    if (up) this.linkUp();
    else this.linkDown(`interface ${this.channel} is down`);
  }

  /** @internal */
  lost(detail: string): void {
    this.channelLost(detail);
  }
}
