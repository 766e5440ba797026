/**
 * A GnssSource (hal/gnss/types.ts) on the GNSS receiver wired to the MCU: the MCU forwards
 * each NMEA sentence (GnssSentence) and captures the receiver's PPS edges (PpsMark); the
 * sentences go through the same stream decoder as a receiver on a local serial port
 * (hal/gnss/decoder.ts: NMEA framing and parsing, epoch assembly), so a fix over the bridge is
 * the fix the same bytes give anywhere else.
 *
 * PPS: each edge marks the start of a UTC second on the MCU clock; through time sync it maps
 * to host time. Paired with the first whole-second fix that follows, it gives the host
 * clock's offset from GNSS time (`pps.clockOffsetMs`) and how long after its epoch each fix
 * reached the host (`pps.fixLatencyMs`).
 *
 * The link is shared: `open()` starts it if needed and waits for it; a link that is lost
 * makes the source `reconnecting` (stale) until it is back.
 */
import { GnssStreamDecoder } from '../../hal/gnss/decoder.js';
import { BaseGnssSource, GnssConfigError, type SourceOptions } from '../../hal/gnss/source.js';
import type { GnssFix } from '../../hal/gnss/types.js';
import type { FirmwareBridge } from './bridge.js';
import type { GnssSentenceMsg, LinkState, PpsMarkMsg } from './link.js';

export interface BridgeGnssOptions extends SourceOptions {
  /** Source name in fixes (default `<bridge name>#gnss`). */
  name?: string;
  /** How long one connect attempt waits for the link, ms (default 3000). */
  openTimeoutMs?: number;
}

export interface PpsState {
  /** PPS edges received. */
  edges: number;
  /** Pulse count the MCU reported with the last edge. */
  count: number;
  /** Host UTC (ms) of the last edge, through time sync. */
  lastEdgeUtcMs: number | undefined;
  /** Host clock minus GNSS UTC at the last paired edge, ms (positive: the host clock is ahead). */
  clockOffsetMs: number | undefined;
  /** Last fix: host receive time minus its epoch time on the host clock, ms (receiver output delay plus transport). */
  fixLatencyMs: number | undefined;
}

const CRLF = new Uint8Array([0x0d, 0x0a]);

export class BridgeGnssSource extends BaseGnssSource {
  readonly pps: PpsState = { edges: 0, count: 0, lastEdgeUtcMs: undefined, clockOffsetMs: undefined, fixLatencyMs: undefined };
  private subscribed = false;
  private readonly openTimeoutMs: number;
  private readonly encoder = new TextEncoder();
  /** An edge waiting for the fix that names its second. */
  private pendingEdgeUtcMs: number | undefined;

  constructor(readonly bridge: FirmwareBridge, opts: BridgeGnssOptions = {}) {
    const name = opts.name ?? `${bridge.link.name}#gnss`;
    super(name, { ...opts, clock: opts.clock ?? bridge.clock }, (sink) => new GnssStreamDecoder({ source: name, ...sink }));
    this.openTimeoutMs = opts.openTimeoutMs ?? 3000;
    this.on('fix', this.onFix);
  }

  protected async connect(): Promise<void> {
    const link = this.bridge.link;
    if (!this.subscribed) {
      link.on('gnssSentence', this.onSentence);
      link.on('ppsMark', this.onPps);
      link.on('state', this.onLinkState);
      this.subscribed = true;
      this.bridge.acquire();
    }
    await link.waitUp(this.openTimeoutMs);
    if (!(link.mcu?.capabilities.includes('CAPABILITY_GNSS_NMEA') ?? false)) {
      await this.unsubscribe();
      throw new GnssConfigError('GNSS_NO_RECEIVER', `${this.name}: the MCU reports no GNSS receiver (capabilities: ${link.mcu?.capabilities.join(', ') ?? 'none'})`);
    }
  }

  protected async disconnect(): Promise<void> {
    // A lost link keeps the subscription (the link reconnects itself); close() releases it.
    if (this.state === 'closed') await this.unsubscribe();
  }

  private async unsubscribe(): Promise<void> {
    if (!this.subscribed) return;
    const link = this.bridge.link;
    link.off('gnssSentence', this.onSentence);
    link.off('ppsMark', this.onPps);
    link.off('state', this.onLinkState);
    this.subscribed = false;
    await this.bridge.release();
  }

  private readonly onSentence = (s: GnssSentenceMsg): void => {
    const text = this.encoder.encode(s.text);
    const bytes = new Uint8Array(text.length + 2);
    bytes.set(text, 0);
    bytes.set(CRLF, text.length);
    this.received(bytes);
  };

  private readonly onPps = (p: PpsMarkMsg, hostUs: number): void => {
    const utc = this.bridge.mcuToUtcMs(p.mcuTimeUs, hostUs);
    this.pps.edges++;
    this.pps.count = p.count;
    this.pps.lastEdgeUtcMs = utc;
    this.pendingEdgeUtcMs = utc;
  };

  private readonly onFix = (fix: GnssFix): void => {
    if (fix.time === undefined) return;
    const edge = this.pendingEdgeUtcMs;
    // The edge starts the second of the first whole-second epoch reported after it.
    if (edge !== undefined && fix.time % 1000 === 0 && fix.rxTime - edge < 1000) {
      this.pps.clockOffsetMs = edge - fix.time;
      this.pendingEdgeUtcMs = undefined;
    }
    if (this.pps.clockOffsetMs !== undefined) this.pps.fixLatencyMs = fix.rxTime - (fix.time + this.pps.clockOffsetMs);
  };

  private readonly onLinkState = (s: LinkState, detail: string): void => {
    if (s === 'down') this.lost(`bridge link down: ${detail}`);
  };
}
