/**
 * The transports of `v2x-edge run --sign`: every message is signed once, then handed to each
 * sink in the form it sends.
 *
 * | sink (flag)                | what goes out                                                    |
 * |----------------------------|------------------------------------------------------------------|
 * | `--udp HOST:PORT`          | the signed Ieee1609Dot2Data as the datagram (what RSUs forward)   |
 * | `--rsu HOST[:PORT]`        | Immediate Forward with the signed SPDU as Payload, Signature=True |
 * | `--wsmp udp://H:P`         | WSMP frames carrying the signed SPDU                             |
 * | `--pcap FILE` with `--wsmp`| the WSMP frames as WSMP over Ethernet, from the pseudonym's MAC  |
 *
 * `SigningStage` is the one sink the broadcast loop sees; it signs (synchronously with
 * software keys; with a hardware key the messages go out in order once signed) and fans out.
 * Signing errors (our own: a PSID the certificate does not permit, no valid pseudonym) are
 * counted and reported, never thrown at the loop.
 */
import { SystemClock, type Clock } from '../../hal/clock.js';
import { parseEndpoint } from '../transport/endpoint.js';
import type { PacketCapture } from '../transport/pcap.js';
import { createSinks, SinkConfigError, type SinkFlags } from '../transport/sinks.js';
import type { MessageSink, OutgoingMessage, SinkStats } from '../transport/types.js';
import { DatagramSink, type DatagramSinkOptions } from '../transport/udp.js';
import { WsmpFramer, type WsmpOptions } from '../transport/wsmp-sink.js';
import { encodeWsmp } from '../transport/wsmp.js';
import type { MessageSigner } from './signer.js';

/** A message with its signed form. */
export interface SignedMessage extends OutgoingMessage {
  spdu: Uint8Array;
}

function spduOf(msg: OutgoingMessage, signer: MessageSigner): Uint8Array {
  return (msg as Partial<SignedMessage>).spdu ?? signer.secure(msg);
}

function wsmpOf(framer: WsmpFramer, msg: OutgoingMessage, spdu: Uint8Array): Uint8Array {
  const o = framer.opts;
  return encodeWsmp(
    {
      psid: framer.psidFor(msg),
      ...(o.channel === undefined ? {} : { channel: o.channel }),
      ...(o.dataRate === undefined ? {} : { dataRate: o.dataRate }),
      ...(o.txPowerDbm === undefined ? {} : { txPowerDbm: o.txPowerDbm }),
    },
    spdu,
  );
}

/** Signed WSMP frames as UDP datagrams. */
export class SignedWsmpUdpSink extends DatagramSink {
  readonly framer: WsmpFramer;
  constructor(opts: DatagramSinkOptions & WsmpOptions, private readonly signer: MessageSigner) {
    const framer = new WsmpFramer(opts);
    super(opts, 'wsmp signed');
    this.framer = framer;
  }
  protected encode(msg: OutgoingMessage): Uint8Array {
    return wsmpOf(this.framer, msg, spduOf(msg, this.signer));
  }
}

/** Signed WSMP frames into a capture, sent from the current pseudonym's link-layer address. */
export class SignedWsmpCaptureSink implements MessageSink {
  readonly name = 'wsmp capture (signed)';
  readonly stats: SinkStats = { sent: 0, errors: 0, bytes: 0 };
  onError?: (err: Error) => void;
  readonly framer: WsmpFramer;

  constructor(private readonly capture: PacketCapture, private readonly signer: MessageSigner, opts: WsmpOptions & { clock: Clock }) {
    this.framer = new WsmpFramer(opts);
    this.clock = opts.clock;
  }
  private readonly clock: Clock;

  send(msg: OutgoingMessage): void {
    try {
      const f = wsmpOf(this.framer, msg, spduOf(msg, this.signer));
      this.capture.wsmp('out', f, this.clock.now(), this.signer.linkAddress);
      this.stats.sent++;
      this.stats.bytes += f.length;
    } catch (e) {
      this.stats.errors++;
      report(this.onError, e);
    }
  }

  async close(): Promise<void> {
    // The capture belongs to whoever opened it.
  }
}

function report(handler: ((err: Error) => void) | undefined, e: unknown): void {
  try {
    handler?.(e instanceof Error ? e : new Error(String(e)));
  } catch {
    // an error handler never breaks the loop
  }
}

/** Where a signed message goes: `frame` sinks get the SPDU in place of the MessageFrame. */
export interface SignedTarget {
  sink: MessageSink;
  form: 'frame' | 'spdu';
}

/** Signs each message once and hands it to every target. */
export class SigningStage implements MessageSink {
  readonly name = 'signing';
  readonly stats: SinkStats = { sent: 0, errors: 0, bytes: 0 };
  onError?: (err: Error) => void;
  private queue: Promise<void> = Promise.resolve();

  constructor(readonly signer: MessageSigner, readonly targets: SignedTarget[]) {}

  /** The sinks behind the stage (for summaries). */
  get sinks(): MessageSink[] {
    return this.targets.map((t) => t.sink);
  }

  send(msg: OutgoingMessage): void {
    if (this.signer.synchronous) {
      let spdu: Uint8Array;
      try {
        spdu = this.signer.secure(msg);
      } catch (e) {
        this.failed(e);
        return;
      }
      this.fanOut(msg, spdu);
      return;
    }
    this.queue = this.queue.then(
      () => this.signer.secureAsync(msg).then((spdu) => this.fanOut(msg, spdu), (e: unknown) => this.failed(e)),
    );
  }

  private failed(e: unknown): void {
    this.stats.errors++;
    report(this.onError, e);
  }

  private fanOut(msg: OutgoingMessage, spdu: Uint8Array): void {
    this.stats.sent++;
    this.stats.bytes += spdu.length;
    for (const t of this.targets) t.sink.send(t.form === 'frame' ? { ...msg, frame: spdu, spdu } as SignedMessage : { ...msg, spdu } as SignedMessage);
  }

  /** Waits for messages being signed, then closes every sink. */
  async close(): Promise<void> {
    await this.queue;
    await Promise.all(this.targets.map((t) => t.sink.close()));
  }
}

export interface SecuredSinks {
  /** The one sink to give the broadcast loop. */
  stage: SigningStage;
  /** The transports behind it (for summaries). */
  readonly sinks: MessageSink[];
  readonly capture: PacketCapture | undefined;
  close(): Promise<void>;
}

/**
 * The sinks `createSinks` would make for these flags, signing everything with `signer`.
 * Validates the configuration first and throws SinkConfigError naming the flag.
 */
export function createSecuredSinks(flags: SinkFlags, signer: MessageSigner): SecuredSinks {
  const wsmpTarget = typeof flags.wsmp === 'string' ? flags.wsmp : undefined;
  if (wsmpTarget !== undefined) {
    try {
      parseEndpoint(wsmpTarget);
    } catch (e) {
      throw new SinkConfigError('--wsmp', (e as Error).message);
    }
  }
  const plain = createSinks({ ...flags, wsmp: undefined });
  const targets: SignedTarget[] = plain.sinks.map((sink) => ({ sink, form: 'frame' as const }));
  const common = { ...(flags.clock ? { clock: flags.clock } : {}), ...(flags.multicastInterface ? { multicastInterface: flags.multicastInterface } : {}) };
  try {
    if (wsmpTarget !== undefined) targets.push({ sink: new SignedWsmpUdpSink({ target: wsmpTarget, ...common, ...(flags.wsmpOptions ?? {}), ...(plain.capture ? { capture: plain.capture } : {}) }, signer), form: 'spdu' });
    if (plain.capture && flags.wsmp !== undefined && flags.wsmp !== false) {
      targets.push({ sink: new SignedWsmpCaptureSink(plain.capture, signer, { ...(flags.wsmpOptions ?? {}), clock: flags.clock ?? new SystemClock() }), form: 'spdu' });
    }
  } catch (e) {
    void plain.close();
    throw e instanceof SinkConfigError ? e : new SinkConfigError('--wsmp', (e as Error).message);
  }
  for (const t of targets) if (flags.onError) t.sink.onError = (err) => flags.onError!(t.sink.name, err);
  const stage = new SigningStage(signer, targets);
  if (flags.onError) stage.onError = (err) => flags.onError!('signing', err);
  return {
    stage,
    sinks: stage.sinks,
    capture: plain.capture,
    async close() {
      await stage.close();
      await plain.capture?.close();
    },
  };
}
