/**
 * The firmware bridge as the rest of the system sees it: one MCU behind a serial port, and
 * the HAL devices it provides (a CanBus per CAN port, a GnssSource, the V2X radio).
 *
 *     const bridge = new FirmwareBridge({ path: '/dev/ttyACM0', clock: new SystemClock() });
 *     const can = bridge.canBus(0);          // hal/can CanBus
 *     await can.open();                      // starts the link if needed
 *     for await (const f of can) ...
 */
import type { Clock } from '../../hal/clock.js';
import { BridgeError } from './errors.js';
import { BridgeLink, type LinkOptions, type V2xTransmitReportMsg, type StatusReportMsg } from './link.js';
import { SerialTransport, type TransportFactory } from './transport.js';
import type { CanFrame } from '../../hal/can/types.js';
import { pb } from '../generated/bridge_v1.js';
import { BridgeCanBus, type BridgeCanBusOptions } from './can-bus.js';
import { LIMITS } from './contract.js';
import { BridgeGnssSource, type BridgeGnssOptions } from './gnss-source.js';

export interface FirmwareBridgeOptions extends Omit<LinkOptions, 'transport'> {
  /** Serial device of the MCU (ignored when `transport` is given). */
  path?: string;
  /** UART rate (ignored by ptys and USB CDC-ACM). */
  baudRate?: number;
  /** Another byte transport instead of a serial port. */
  transport?: TransportFactory;
}

export interface V2xTransmitOptions {
  /** Radio channel (172..184). */
  channel: number;
  psid: number;
  /** Transmit power, dBm, in 0.5 dB steps (default 20). */
  powerDbm?: number;
  /** Data rate, Mbit/s (default 6). */
  dataRateMbps?: number;
  /** User priority 0..7 (default 5). */
  priority?: number;
  timeoutMs?: number;
}

export interface V2xTransmitResult {
  status: string;
  ok: boolean;
  /** When the radio started sending, UTC ms (undefined unless ok). */
  airStartUtcMs: number | undefined;
  airtimeUs: number;
  channel: number;
}

export class FirmwareBridge {
  readonly link: BridgeLink;
  readonly clock: Clock;
  private readonly canBuses = new Set<BridgeCanBus>();
  private users = 0;
  private startedByUser = false;

  constructor(readonly options: FirmwareBridgeOptions) {
    const transport = options.transport ?? ((): SerialTransport => {
      if (options.path === undefined) throw new BridgeError('Bridge_InvalidRequest', 'FirmwareBridge needs a path or a transport');
      return new SerialTransport({ path: options.path, baudRate: options.baudRate ?? 1_000_000 });
    });
    this.clock = options.clock;
    this.link = new BridgeLink({ ...options, name: options.name ?? options.path ?? 'bridge', transport });
  }

  /** A CanBus on CAN port `port` of the MCU (not opened: `open()` starts the link). */
  canBus(port = 0, opts: BridgeCanBusOptions = {}): BridgeCanBus {
    return new BridgeCanBus(this, port, opts);
  }

  /** A GnssSource on the receiver behind the MCU (not opened: `open()` starts the link). */
  gnssSource(opts: BridgeGnssOptions = {}): BridgeGnssSource {
    return new BridgeGnssSource(this, opts);
  }

  /** @internal Buses of this bridge that are open, for local loopback. */
  registerCanBus(bus: BridgeCanBus): void {
    this.canBuses.add(bus);
  }

  /** @internal */
  unregisterCanBus(bus: BridgeCanBus): void {
    this.canBuses.delete(bus);
  }

  /** @internal A frame `from` sent: the other open buses on the same port receive it. */
  echoCanFrame(from: BridgeCanBus, frame: CanFrame): void {
    for (const b of this.canBuses) if (b !== from && b.port === from.port) b.receiveLocal(frame);
  }

  /** Opens the port and keeps the link up (reopening it as needed) until stop(). */
  start(): void {
    this.startedByUser = true;
    this.link.start();
  }

  stop(): Promise<void> {
    this.startedByUser = false;
    return this.link.stop();
  }

  /** @internal A device (CanBus, GnssSource) starts using the link: it is started if needed. */
  acquire(): void {
    this.users++;
    this.link.start();
  }

  /** @internal The device is done; the link stops with its last device unless start() was called. */
  async release(): Promise<void> {
    this.users = Math.max(0, this.users - 1);
    if (this.users === 0 && !this.startedByUser) await this.link.stop();
  }

  /**
   * UTC milliseconds of an MCU time, through the learned clock model; `fallbackHostUs` (host
   * monotonic microseconds, e.g. when the frame arrived) until time sync has an estimate.
   */
  mcuToUtcMs(mcuUs: number, fallbackHostUs: number): number {
    const hostUs = this.link.timeSync.mcuToHost(mcuUs) ?? fallbackHostUs;
    return this.clock.now() - this.clock.monotonic() + hostUs / 1000;
  }

  /** Hands an encoded V2X message to the MCU's radio; resolves with the transmit report. */
  async transmitV2x(payload: Uint8Array, o: V2xTransmitOptions): Promise<V2xTransmitResult> {
    if (payload.length === 0 || payload.length > LIMITS.v2xPayload) {
      throw new BridgeError('Bridge_InvalidRequest', `v2xTransmit.payload: ${payload.length} bytes, must be 1..${LIMITS.v2xPayload}`);
    }
    const r: V2xTransmitReportMsg = await this.link.request('v2xTransmit', {
      channel: o.channel,
      psid: o.psid,
      powerHalfDbm: Math.round((o.powerDbm ?? 20) * 2),
      dataRate_500kbps: Math.round((o.dataRateMbps ?? 6) * 2),
      priority: o.priority ?? 5,
      payload,
    }, o.timeoutMs);
    const ok = r.status === pb.TxStatus.TX_STATUS_OK;
    return {
      status: pb.TxStatus[r.status] ?? `TX_STATUS_${r.status}`,
      ok,
      airStartUtcMs: ok ? this.mcuToUtcMs(r.mcuTimeUs, this.link.lastRxHostUs) : undefined,
      airtimeUs: r.airtimeUs,
      channel: r.channel,
    };
  }

  /** The MCU's own counters and controller states. */
  status(timeoutMs?: number): Promise<StatusReportMsg> {
    return this.link.request('statusRequest', {}, timeoutMs);
  }
}
