/**
 * Messages as a DSRC/C-V2X radio sends them: WSMP (IEEE 1609.3) with the PSID of the message,
 * optional N-header information elements, and an IEEE 1609.2 Ieee1609Dot2Data (unsecured in
 * this version) around the UPER MessageFrame.
 *
 * - `WsmpFramer`: message -> WSMP octets, with the PSID sanity check on its table.
 * - `WsmpUdpSink`: WSMP frames as UDP datagrams (to a radio that takes WSMP over UDP, or to the
 *   RSU emulator's air).
 * - `WsmpCaptureSink`: WSMP frames into a capture file as WSMP over Ethernet (EtherType 0x88DC).
 */
import { SystemClock, type Clock } from '../../hal/clock.js';
import { encodeUnsecured } from './ieee1609dot2/index.js';
import type { PacketCapture } from './pcap.js';
import { checkPsid, expectedPsid, messageNameOf, type PsidIssue } from './psid.js';
import type { MessageSink, OutgoingMessage, SinkStats } from './types.js';
import { DatagramSink, type DatagramSinkOptions } from './udp.js';
import { encodeWsmp } from './wsmp.js';

export interface WsmpOptions {
  /** Plain (not P-encoded) PSIDs by message name; defaults from the 1609.12 table (BSM 0x20...). */
  psids?: Record<string, number>;
  /** N-header information elements; omitted when undefined. */
  channel?: number;
  /** Units of 500 kbit/s (12 = 6 Mbit/s). */
  dataRate?: number;
  txPowerDbm?: number;
  /** 'error' (default: a bad table entry throws at construction), 'warn', 'off'. */
  psidCheck?: 'error' | 'warn' | 'off';
}

export class WsmpConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WsmpConfigError';
  }
}

export class WsmpFramer {
  readonly warnings: PsidIssue[] = [];
  private readonly psids: Record<string, number> = {};

  constructor(readonly opts: WsmpOptions = {}) {
    for (const [k, v] of Object.entries(opts.psids ?? {})) this.psids[k.toUpperCase()] = v;
    const issues = opts.psidCheck === 'off' ? [] : Object.entries(this.psids).flatMap(([name, psid]) => checkPsid(name, psid, 'integer').filter((i) => i.code !== 'UNKNOWN_MESSAGE'));
    if (issues.length && (opts.psidCheck ?? 'error') === 'error') throw new WsmpConfigError(`wsmp.psids: ${issues.map((i) => i.message).join('; ')}`);
    this.warnings.push(...issues);
  }

  /** The plain PSID for a message: the table, else the 1609.12 default for its name or messageId. */
  psidFor(msg: Pick<OutgoingMessage, 'type' | 'messageId'>): number {
    const name = msg.type.toUpperCase();
    const p = this.psids[name] ?? expectedPsid(name) ?? expectedPsid(messageNameOf(msg.messageId) ?? '');
    if (p === undefined) throw new WsmpConfigError(`no PSID for message type ${msg.type} (messageId ${msg.messageId}); give one in wsmp.psids`);
    return p;
  }

  frame(msg: Pick<OutgoingMessage, 'type' | 'messageId' | 'frame'>): Uint8Array {
    const o = this.opts;
    return encodeWsmp(
      {
        psid: this.psidFor(msg),
        ...(o.channel === undefined ? {} : { channel: o.channel }),
        ...(o.dataRate === undefined ? {} : { dataRate: o.dataRate }),
        ...(o.txPowerDbm === undefined ? {} : { txPowerDbm: o.txPowerDbm }),
      },
      encodeUnsecured(msg.frame),
    );
  }
}

/** WSMP frames as UDP datagrams. */
export class WsmpUdpSink extends DatagramSink {
  readonly framer: WsmpFramer;
  constructor(opts: DatagramSinkOptions & WsmpOptions) {
    const framer = new WsmpFramer(opts);
    super(opts, 'wsmp');
    this.framer = framer;
  }
  protected encode(msg: OutgoingMessage): Uint8Array {
    return this.framer.frame(msg);
  }
}

/** Records each message as the WSMP frame a radio would transmit (Ethernet, EtherType 0x88DC). */
export class WsmpCaptureSink implements MessageSink {
  readonly name = 'wsmp capture';
  readonly stats: SinkStats = { sent: 0, errors: 0, bytes: 0 };
  onError?: (err: Error) => void;
  readonly framer: WsmpFramer;
  private readonly clock: Clock;
  private readonly radioMac: Uint8Array | undefined;

  constructor(private readonly capture: PacketCapture, opts: WsmpOptions & { clock?: Clock; radioMac?: Uint8Array } = {}) {
    this.framer = new WsmpFramer(opts);
    this.clock = opts.clock ?? new SystemClock();
    this.radioMac = opts.radioMac;
  }

  send(msg: OutgoingMessage): void {
    try {
      const f = this.framer.frame(msg);
      this.capture.wsmp('out', f, this.clock.now(), this.radioMac);
      this.stats.sent++;
      this.stats.bytes += f.length;
    } catch (e) {
      this.stats.errors++;
      try {
        this.onError?.(e instanceof Error ? e : new Error(String(e)));
      } catch {
        // never let an error handler break the loop
      }
    }
  }

  async close(): Promise<void> {
    // The capture file is owned (and closed) by whoever created it.
  }
}
