/**
 * A CanBus (hal/can/types.ts) on one CAN port of the MCU behind the bridge. It obeys the same
 * contract as SocketCAN and the virtual bus, and the same conformance suite runs on it.
 *
 * - `send()` validates like the kernel, then hands the frame to the MCU. Like a USB CAN
 *   adapter's driver (gs_usb keeps 10 transmit contexts), it keeps up to `txWindow` frames
 *   whose CanTransmitReport has not come back: `send()` resolves once the frame is written
 *   to the UART, and waits first when the window is full. A report other than OK, or a
 *   bridge timeout (`Bridge_Timeout: ...`), makes the next `send()` reject with SEND_FAILED
 *   naming the frame; `txWindow: 0` makes every `send()` wait for its own report instead.
 *   While the controller is bus-off or stopped, or the link is not up, `send()` rejects at
 *   once (SEND_FAILED, DOWN). `close()` waits for the reports still due.
 * - Received frames carry the MCU's receive time mapped to UTC through time sync (host
 *   arrival time until the first estimate), never decreasing.
 * - State: `active` while the link is up and the controller is active; `warning`, `passive`,
 *   `bus-off` as the MCU reports them; `down` while the controller is stopped or the link is
 *   re-handshaking (MCU reboot); a link that is lost (port gone, MCU silent) makes the bus
 *   `down` and reopen with backoff until the link is back.
 * - Other buses of the same bridge on the same port see each other's frames, as sockets on
 *   one SocketCAN interface do.
 */
import { BaseCanBus, type BaseCanBusOptions } from '../../hal/can/base.js';
import { CanError } from '../../hal/can/errors.js';
import { errorFrame, receivedFrame } from '../../hal/can/frame.js';
import type { CanBusCapabilities, CanFrame } from '../../hal/can/types.js';
import { pb } from '../generated/bridge_v1.js';
import type { FirmwareBridge } from './bridge.js';
import { BridgeError } from './errors.js';
import type { CanBusStatusMsg, CanErrorFrameMsg, CanFrameBatchMsg, LinkState } from './link.js';

export interface BridgeCanBusOptions extends BaseCanBusOptions {
  /** Channel name (default `<bridge name>#can<port>`). */
  channel?: string;
  /** How long `open()` and a reopen attempt wait for the link, ms (default 3000). */
  openTimeoutMs?: number;
  /** Reply timeout of a transmit, ms (default: the link's request timeout). */
  sendTimeoutMs?: number;
  /** Transmits that may await their report while `send()` goes on (default 10; 0: every send waits). */
  txWindow?: number;
}

const EMPTY = new Uint8Array(0);

export class BridgeCanBus extends BaseCanBus {
  readonly capabilities: Readonly<CanBusCapabilities> = { fdFlagsOnReceive: true };
  private attached = false;
  private lastTs = 0;
  private readonly openTimeoutMs: number;
  private readonly sendTimeoutMs: number | undefined;
  private readonly txWindow: number;
  private readonly inflight = new Set<Promise<void>>();
  /** A transmit that failed after its send() resolved: the next send() reports it. */
  private deferred: CanError | undefined;
  /** Transmit reports received: OK, and anything else (or none in time). */
  readonly txReports = { ok: 0, failed: 0 };

  constructor(readonly bridge: FirmwareBridge, readonly port: number, opts: BridgeCanBusOptions = {}) {
    super(opts.channel ?? `${bridge.link.name}#can${port}`, { ...opts, clock: opts.clock ?? bridge.clock });
    this.openTimeoutMs = opts.openTimeoutMs ?? 3000;
    this.sendTimeoutMs = opts.sendTimeoutMs;
    this.txWindow = opts.txWindow ?? 10;
  }

  protected async attach(): Promise<'active' | 'down'> {
    const link = this.bridge.link;
    if (!this.attached) {
      link.on('canRx', this.onCanRx);
      link.on('canBusStatus', this.onStatus);
      link.on('canErrorFrame', this.onErrorFrame);
      link.on('state', this.onLinkState);
      this.attached = true;
      this.bridge.acquire();
    }
    try {
      await link.waitUp(this.openTimeoutMs, { failOnOpenError: !this.reopening });
    } catch (e) {
      if (this.reopening) throw e; // the base tries again with backoff
      const open = link.lastOpenError;
      if (open !== undefined) {
        await this.unsubscribe();
        throw new CanError('NO_DEVICE', `${this.channel}: ${open.message}`);
      }
      return 'down'; // the port is open but the MCU does not answer yet: up when it does
    }
    const ports = link.mcu?.canPorts ?? 0;
    if (this.port >= ports) {
      await this.unsubscribe();
      throw new CanError('NO_DEVICE', `${this.channel}: the MCU has ${ports} CAN port(s), no port ${this.port}`);
    }
    this.bridge.registerCanBus(this);
    return 'active';
  }

  protected async detach(): Promise<void> {
    await Promise.allSettled([...this.inflight]);
    await this.unsubscribe();
  }

  protected fdCapable(): boolean {
    return this.bridge.link.mcu?.capabilities.includes('CAPABILITY_CAN_FD') ?? false;
  }

  protected async transmit(frame: CanFrame): Promise<void> {
    const earlier = this.deferred;
    if (earlier !== undefined) {
      this.deferred = undefined;
      throw earlier;
    }
    if (this.state === 'bus-off') throw new CanError('SEND_FAILED', `${this.channel}: the controller is bus-off`);
    if (this.bridge.link.state !== 'up') throw new CanError('DOWN', `${this.channel}: the bridge link is ${this.bridge.link.state}`);
    while (this.txWindow > 0 && this.inflight.size >= this.txWindow) await Promise.race(this.inflight);
    const what = `frame 0x${frame.id.toString(16)}`;
    const report = this.bridge.link.request('canTransmit', {
      port: this.port, id: frame.id, extended: frame.extended === true, rtr: frame.rtr === true,
      fd: frame.fd === true, brs: frame.fd === true && frame.brs === true,
      data: frame.rtr === true ? new Uint8Array(frame.data.length) : frame.data,
    }, this.sendTimeoutMs).then(
      (r): CanError | undefined => {
        if (r.status === pb.TxStatus.TX_STATUS_OK) return undefined;
        return new CanError('SEND_FAILED', `${this.channel}: ${what}: the MCU answered ${pb.TxStatus[r.status] ?? r.status}`);
      },
      (e: unknown): CanError => {
        if (e instanceof BridgeError && (e.code === 'Bridge_LinkDown' || e.code === 'Bridge_McuReset')) {
          return new CanError('DOWN', `${this.channel}: ${what}: ${e.message}`);
        }
        return new CanError('SEND_FAILED', `${this.channel}: ${what}: ${(e as Error).message}`);
      },
    ).then((err) => {
      if (err === undefined) this.txReports.ok++;
      else this.txReports.failed++;
      return err;
    });
    this.bridge.echoCanFrame(this, frame);
    if (this.txWindow === 0) {
      const err = await report;
      if (err !== undefined) throw err;
      return;
    }
    const tracked: Promise<void> = report.then((err) => {
      this.inflight.delete(tracked);
      if (err !== undefined && this.deferred === undefined) this.deferred = err;
    });
    this.inflight.add(tracked);
  }

  /** A frame sent by another bus of this bridge on this port (SocketCAN's local loopback). */
  receiveLocal(frame: CanFrame): void {
    this.deliver(this.stamp(frame, this.bridge.link.lastRxHostUs, undefined));
  }

  private async unsubscribe(): Promise<void> {
    if (!this.attached) return;
    const link = this.bridge.link;
    link.off('canRx', this.onCanRx);
    link.off('canBusStatus', this.onStatus);
    link.off('canErrorFrame', this.onErrorFrame);
    link.off('state', this.onLinkState);
    this.bridge.unregisterCanBus(this);
    this.attached = false;
    await this.bridge.release();
  }

  private stamp(f: CanFrame, hostUs: number, mcuUs: number | undefined): CanFrame {
    const ms = mcuUs === undefined
      ? this.clock.now() - this.clock.monotonic() + hostUs / 1000
      : this.bridge.mcuToUtcMs(mcuUs, hostUs);
    const ts = Math.max(this.lastTs, Math.round(ms * 1000) / 1e6);
    this.lastTs = ts;
    return receivedFrame(f.id, f.extended === true, f.rtr === true, f.fd === true, f.fd === true && f.brs === true,
      f.fd === true && f.esi === true, f.rtr === true ? new Uint8Array(f.data.length) : f.data.slice(), ts);
  }

  private readonly onCanRx = (batch: CanFrameBatchMsg, hostUs: number): void => {
    for (const m of batch.frames ?? []) {
      if ((m.port ?? 0) !== this.port) continue;
      this.deliver(this.stamp({
        id: m.id ?? 0, extended: m.extended ?? false, rtr: m.rtr ?? false, fd: m.fd ?? false,
        brs: m.brs ?? false, esi: m.esi ?? false, data: m.data ?? EMPTY,
      }, hostUs, m.mcuTimeUs ?? 0));
    }
  };

  private readonly onStatus = (s: CanBusStatusMsg): void => {
    if (s.port !== this.port) return;
    switch (s.state) {
      case pb.CanState.CAN_STATE_STOPPED: this.linkDown('controller stopped'); return;
      case pb.CanState.CAN_STATE_BUS_OFF: if (this.state !== 'down') this.setState('bus-off', 'reported by the MCU'); return;
      case pb.CanState.CAN_STATE_PASSIVE: if (this.state !== 'down') this.setState('passive', 'reported by the MCU'); return;
      case pb.CanState.CAN_STATE_WARNING: if (this.state !== 'down') this.setState('warning', 'reported by the MCU'); return;
      case pb.CanState.CAN_STATE_ACTIVE:
        if (this.state === 'down') this.linkUp('controller started');
        else this.setState('active', 'reported by the MCU');
        return;
      default:
    }
  };

  private readonly onErrorFrame = (e: CanErrorFrameMsg, hostUs: number): void => {
    if (e.port !== this.port) return;
    const ms = this.bridge.mcuToUtcMs(e.mcuTimeUs, hostUs);
    this.deliverError(errorFrame(e.errorClass, e.data, Math.round(ms * 1000) / 1e6));
  };

  private readonly onLinkState = (s: LinkState, detail: string): void => {
    if (s === 'up') {
      if (!this.reopening) this.linkUp(`bridge link up: ${detail}`);
    } else if (s === 'down') {
      this.channelLost(`bridge link down: ${detail}`);
    } else if (s === 'handshaking' && this.state !== 'down' && !this.reopening) {
      this.linkDown(`bridge link re-handshaking: ${detail}`);
    }
  };
}
