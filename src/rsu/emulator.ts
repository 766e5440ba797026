/**
 * A roadside unit for the bench, on UDP:
 *
 * 1. Immediate Forward in: RSU 4.1 IFM datagrams on a port (1516 by default) are validated
 *    (the exact format; PSID P-encoded and matching the message; Type matching the payload;
 *    a payload that decodes; the configured meaning of Signature; no encryption, which this
 *    emulator cannot do). A rejected datagram is logged with its reason and counted; nothing
 *    stops the emulator.
 * 2. The air: what the RSU transmits goes as WSMP frames (N-header with channel, data rate and
 *    transmit power; PSID; an IEEE 1609.2 SPDU: the payload as given, or the bare MessageFrame
 *    wrapped unsecured) to a UDP multicast group. Receivers (`v2x-edge rx --listen` on the group,
 *    other emulators) play the radios around it. Loss and delay (with jitter) are configurable,
 *    from a seeded generator so that runs can be repeated.
 * 3. Received-message forwarding: what the emulator hears on the air (from other radios; also
 *    its own transmissions with `forwardOwn`) is forwarded to configured hosts, like the RSU 4.1
 *    "DSRC forward" table / NTCIP 1218 rsuReceivedMsgTable: a PSID filter and the form, bare UPER
 *    or the IEEE 1609.2 SPDU.
 * 4. Store and repeat: MessageFrames from files (SPaT, MAP, ...) transmitted at their rates.
 *
 * Time comes from the injected clock (rates, delays, reopen backoff).
 */
import { networkInterfaces } from 'node:os';
import { SystemClock, type Clock, type Timer } from '../../hal/clock.js';
import type { AnyCodec, EditionName } from '../../asn1/editions.js';
import { DecodeError } from '../../asn1/runtime/errors.js';
import { UdpListener } from '../rx/udp-source.js';
import { formatEndpoint, parseEndpoint } from '../transport/endpoint.js';
import { Dot2DecodeError, encodeUnsecured, extractPayload } from '../transport/ieee1609dot2/index.js';
import { IFM_PORT, IfmError, parseIfm, type ImmediateForward, type SignatureMeaning } from '../transport/ifm.js';
import type { PacketCapture } from '../transport/pcap.js';
import { checkPsid, expectedPsid, hex, isPEncoded, messageNameOf, pEncodedValue, psidFromPEncoded } from '../transport/psid.js';
import { UdpSink } from '../transport/udp.js';
import { WsmpError, decodeWsmp, encodeWsmp } from '../transport/wsmp.js';

export const DEFAULT_AIR = 'udp://239.255.27.35:5999';
export const DEFAULT_IFM_LISTEN = `udp://0.0.0.0:${IFM_PORT}`;

export interface ForwardRule {
  /** Where forwarded messages go. */
  target: string;
  /** `uper`: the bare MessageFrame; `ieee1609dot2`: the 1609.2 SPDU as heard (bare frames wrapped unsecured). */
  format: 'uper' | 'ieee1609dot2';
  /** Plain PSIDs to forward (empty or absent: all). */
  psids?: number[];
}

export interface RepeatItem {
  /** The UPER MessageFrame (or a 1609.2 SPDU carrying one). */
  payload: Uint8Array;
  intervalMs: number;
  /** Plain PSID; default from the message (SPaT/MAP 0x82, TIM 0x83, ...). */
  psid?: number;
  /** For logs. */
  name?: string;
}

export interface EmulatorOptions {
  codec: AnyCodec;
  edition: EditionName;
  /** Where IFMs arrive (default udp://0.0.0.0:1516). */
  ifm?: string;
  /** The air: a multicast group (default udp://239.255.27.35:5999). */
  air?: string;
  /** Interface address for the air group (127.0.0.1 on a one-machine bench). */
  airInterface?: string;
  /** Probability (0..1) that a transmission is lost. */
  loss?: number;
  /** Delay of every transmission, ms, plus up to `jitterMs` more. */
  delayMs?: number;
  jitterMs?: number;
  /** Seed of the loss/jitter generator. */
  seed?: number;
  forward?: ForwardRule[];
  /** Forward this emulator's own transmissions too (it then also plays the radios it relays for). */
  forwardOwn?: boolean;
  repeat?: RepeatItem[];
  /** What IFM `Signature=True` means (see ifm.ts). Default `payload-signed`. */
  signatureMeaning?: SignatureMeaning;
  /** IFM checks of PSID and Type against the payload: 'reject' (default), 'warn', 'off'. */
  messageCheck?: 'reject' | 'warn' | 'off';
  /** WSMP N-header values: data rate (500 kbit/s units, default 12 = 6 Mbit/s), power (dBm, default 20). */
  dataRate?: number;
  txPowerDbm?: number;
  /** Channel for store-and-repeat transmissions (default 183). */
  channel?: number;
  capture?: PacketCapture;
  clock?: Clock;
  log?: (line: string) => void;
}

export interface EmulatorStats {
  ifmReceived: number;
  ifmAccepted: number;
  ifmRejected: number;
  /** Rejections by reason (IFM format codes, PSID_NOT_P_ENCODED, PSID_MISMATCH, TYPE_MISMATCH, BAD_PAYLOAD, SIGNATURE_FLAG, ENCRYPTION_UNSUPPORTED, BAD_CHANNEL). */
  rejected: Record<string, number>;
  /** Accepted IFMs asking for a signature this emulator cannot make (rsu-signs): sent unsecured. */
  notSigned: number;
  repeated: number;
  /** Transmissions on the air (after loss), lost to the configured loss, by PSID (hex). */
  transmitted: number;
  lost: number;
  transmittedByPsid: Record<string, number>;
  airHeard: number;
  airOwnIgnored: number;
  airBad: number;
  forwarded: number;
  forwardFiltered: number;
  errors: number;
}

/** A small seeded generator (mulberry32) for loss and jitter. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Reject extends Error {
  constructor(readonly reason: string, message: string) {
    super(message);
  }
}

function channelNumber(c: ImmediateForward['txChannel']): number {
  if (c === 'CCH') return 178;
  if (c === 'SCH') return 172;
  return c;
}

function localAddresses(): Set<string> {
  const out = new Set<string>(['127.0.0.1', '::1']);
  for (const list of Object.values(networkInterfaces())) for (const a of list ?? []) out.add(a.address);
  return out;
}

export class RsuEmulator {
  readonly stats: EmulatorStats = {
    ifmReceived: 0, ifmAccepted: 0, ifmRejected: 0, rejected: {}, notSigned: 0, repeated: 0, transmitted: 0, lost: 0, transmittedByPsid: {},
    airHeard: 0, airOwnIgnored: 0, airBad: 0, forwarded: 0, forwardFiltered: 0, errors: 0,
  };
  private readonly clock: Clock;
  private readonly random: () => number;
  private readonly log: (line: string) => void;
  private ifmListener: UdpListener | undefined;
  private airListener: UdpListener | undefined;
  private airSink: UdpSink | undefined;
  private readonly forwardSinks: { rule: ForwardRule; sink: UdpSink }[] = [];
  private readonly timers = new Set<Timer>();
  private readonly locals = localAddresses();
  private notSignedLogged = false;
  private stopped = false;

  constructor(readonly opts: EmulatorOptions) {
    this.clock = opts.clock ?? new SystemClock();
    this.random = seededRandom(opts.seed ?? 1);
    this.log = opts.log ?? (() => undefined);
    const loss = opts.loss ?? 0;
    if (!(loss >= 0 && loss <= 1)) throw new RangeError(`loss ${loss} outside 0..1`);
    if ((opts.delayMs ?? 0) < 0 || (opts.jitterMs ?? 0) < 0) throw new RangeError('delay and jitter must be >= 0');
    const air = parseEndpoint(opts.air ?? DEFAULT_AIR);
    if (air.kind !== 'multicast') throw new RangeError(`the air must be a multicast group, got ${formatEndpoint(air)}`);
    for (const r of opts.repeat ?? []) if (!(r.intervalMs > 0)) throw new RangeError(`repeat ${r.name ?? ''}: interval ${r.intervalMs} ms must be > 0`);
  }

  /** Opens the sockets and starts store-and-repeat; resolves with the bound ports. */
  async start(): Promise<{ ifm: string; air: string }> {
    const o = this.opts;
    const air = parseEndpoint(o.air ?? DEFAULT_AIR);
    const onError = (e: Error): void => {
      this.stats.errors++;
      this.log(`error: ${e.message}`);
    };
    const common = { ...(o.clock ? { clock: o.clock } : {}), ...(o.capture ? { capture: o.capture } : {}) };
    this.airListener = new UdpListener({
      listen: formatEndpoint(air),
      ...(o.airInterface ? { multicastInterface: o.airInterface } : {}),
      ...(o.clock ? { clock: o.clock } : {}),
      onDatagram: (b, source, _t, from) => this.heard(b, source, from.address, from.port),
      onError,
    });
    const airBound = await this.airListener.ready();
    const airPort = air.port || airBound.port;
    this.airSink = new UdpSink({ target: { ...air, port: airPort }, ...(o.airInterface ? { multicastInterface: o.airInterface } : {}), ...(o.clock ? { clock: o.clock } : {}), onError });
    await this.airSink.ready();
    for (const rule of o.forward ?? []) this.forwardSinks.push({ rule, sink: new UdpSink({ target: rule.target, ...common, onError }) });
    this.ifmListener = new UdpListener({
      listen: o.ifm ?? DEFAULT_IFM_LISTEN,
      ...common,
      onDatagram: (b, source) => this.ifm(b, source),
      onError,
    });
    const ifmBound = await this.ifmListener.ready();
    for (const r of o.repeat ?? []) this.startRepeat(r);
    return { ifm: formatEndpoint({ host: ifmBound.address, port: ifmBound.port }), air: formatEndpoint({ host: air.host, port: airPort }) };
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const t of this.timers) t.cancel();
    this.timers.clear();
    await this.ifmListener?.close();
    await this.airListener?.close();
    await this.airSink?.close();
    await Promise.all(this.forwardSinks.map((f) => f.sink.close()));
  }

  private reject(reason: string, source: string, detail: string): void {
    this.stats.ifmRejected++;
    this.stats.rejected[reason] = (this.stats.rejected[reason] ?? 0) + 1;
    this.log(`rejected IFM from ${source}: ${reason}: ${detail}`);
  }

  /** The MessageFrame inside a payload (bare, or a 1609.2 SPDU), decoded. */
  private payloadFrame(payload: Uint8Array): { frame: Uint8Array; messageName: string | undefined; signed: boolean } {
    let frame = payload;
    let signed = false;
    if (payload[0] === 3 && payload[1] !== undefined && payload[1] >= 0x80 && payload[1] <= 0x85) {
      try {
        const x = extractPayload(payload);
        if (!x.payload) throw new Reject('BAD_PAYLOAD', `IEEE 1609.2 ${x.content} without a readable payload (${x.noPayloadReason})`);
        frame = x.payload;
        signed = x.content === 'signed';
      } catch (e) {
        if (e instanceof Dot2DecodeError) throw new Reject('BAD_PAYLOAD', `IEEE 1609.2: ${e.message}`);
        throw e;
      }
    }
    let value: unknown;
    try {
      value = this.opts.codec.decode('MessageFrame', frame);
    } catch (e) {
      if (e instanceof DecodeError) throw new Reject('BAD_PAYLOAD', `not a ${this.opts.edition} MessageFrame: ${e.message}`);
      throw e;
    }
    const v = value as { messageId?: number };
    return { frame, messageName: typeof v.messageId === 'number' ? messageNameOf(v.messageId) : undefined, signed };
  }

  private ifm(bytes: Uint8Array, source: string): void {
    this.stats.ifmReceived++;
    let m: ImmediateForward;
    try {
      m = parseIfm(bytes);
    } catch (e) {
      if (e instanceof IfmError) return this.reject(e.code, source, e.message);
      return this.reject('INTERNAL', source, String(e));
    }
    try {
      const check = this.opts.messageCheck ?? 'reject';
      if (m.encryption) throw new Reject('ENCRYPTION_UNSUPPORTED', 'Encryption=True: this emulator does not encrypt');
      const channel = channelNumber(m.txChannel);
      if (channel < 172 || channel > 184) throw new Reject('BAD_CHANNEL', `TxChannel ${channel} is not a 5.9 GHz ITS channel (172..184)`);
      if (!isPEncoded(m.psid)) throw new Reject('PSID_NOT_P_ENCODED', checkPsid(m.type, m.psid, 'p-encoded')[0]?.message ?? `PSID ${hex(m.psid)} is not P-encoded`);
      const psid = psidFromPEncoded(m.psid);
      const p = this.payloadFrame(m.payload);
      const meaning = this.opts.signatureMeaning ?? 'payload-signed';
      if (meaning === 'payload-signed' && m.signature !== p.signed) {
        throw new Reject('SIGNATURE_FLAG', `Signature=${m.signature ? 'True' : 'False'} but the payload is ${p.signed ? '' : 'not '}a signed IEEE 1609.2 SPDU`);
      }
      if (check !== 'off') {
        const problems: [string, string][] = [];
        if (p.messageName !== undefined && p.messageName !== m.type.toUpperCase()) problems.push(['TYPE_MISMATCH', `Type=${m.type} but the payload is a ${p.messageName}`]);
        const name = p.messageName ?? m.type.toUpperCase();
        for (const i of checkPsid(name, m.psid, 'p-encoded')) if (i.code === 'MISMATCH') problems.push(['PSID_MISMATCH', i.message]);
        if (problems.length && check === 'reject') throw new Reject(problems[0]![0], problems.map((x) => x[1]).join('; '));
        for (const [, msg] of problems) this.log(`warning: IFM from ${source}: ${msg}`);
      }
      if (meaning === 'rsu-signs' && m.signature) {
        this.stats.notSigned++;
        if (!this.notSignedLogged) {
          this.notSignedLogged = true;
          this.log('note: IFMs ask the RSU to sign (Signature=True, rsu-signs); this emulator has no credentials and transmits them unsecured');
        }
      }
      this.stats.ifmAccepted++;
      const spdu = m.payload[0] === 3 && (m.payload[1] ?? 0) >= 0x80 ? m.payload : encodeUnsecured(p.frame);
      this.transmit(psid, channel, spdu);
    } catch (e) {
      if (e instanceof Reject) return this.reject(e.reason, source, e.message);
      this.reject('INTERNAL', source, e instanceof Error ? e.message : String(e));
    }
  }

  /** Puts one WSMP frame on the air, after the configured loss and delay. */
  private transmit(psid: number, channel: number, spdu: Uint8Array): void {
    const o = this.opts;
    const frame = encodeWsmp({ psid, channel, dataRate: o.dataRate ?? 12, txPowerDbm: o.txPowerDbm ?? 20 }, spdu);
    const loss = o.loss ?? 0;
    if (loss > 0 && this.random() < loss) {
      this.stats.lost++;
      return;
    }
    const key = hex(pEncodedValue(psid));
    const send = (): void => {
      if (this.stopped) return;
      this.stats.transmitted++;
      this.stats.transmittedByPsid[key] = (this.stats.transmittedByPsid[key] ?? 0) + 1;
      o.capture?.wsmp('out', frame, this.clock.now());
      this.airSink!.sendBytes(frame);
    };
    const delay = (o.delayMs ?? 0) + (o.jitterMs ? this.random() * o.jitterMs : 0);
    if (delay <= 0) send();
    else {
      const t = this.clock.setTimeout(() => {
        this.timers.delete(t);
        send();
      }, delay);
      this.timers.add(t);
    }
  }

  private startRepeat(r: RepeatItem): void {
    let info: { frame: Uint8Array; messageName: string | undefined };
    try {
      info = this.payloadFrame(r.payload);
    } catch (e) {
      throw new RangeError(`repeat ${r.name ?? ''}: ${(e as Error).message}`);
    }
    const psid = r.psid ?? expectedPsid(info.messageName ?? '');
    if (psid === undefined) throw new RangeError(`repeat ${r.name ?? ''}: no PSID known for ${info.messageName ?? 'this message'}; give one`);
    const spdu = r.payload[0] === 3 && (r.payload[1] ?? 0) >= 0x80 ? r.payload : encodeUnsecured(info.frame);
    const channel = this.opts.channel ?? 183;
    const start = this.clock.monotonic();
    let k = 0;
    const tick = (): void => {
      if (this.stopped) return;
      this.stats.repeated++;
      this.transmit(psid, channel, spdu);
      k++;
      // Drift-free: the k-th transmission is due k intervals after the start.
      const t = this.clock.setTimeout(() => {
        this.timers.delete(t);
        tick();
      }, start + k * r.intervalMs - this.clock.monotonic());
      this.timers.add(t);
    };
    tick();
  }

  /** A datagram heard on the air: forwarded by the rules (unless it is our own). */
  private heard(b: Uint8Array, source: string, address: string, port: number): void {
    const own = port === this.airSink?.localAddress?.port && this.locals.has(address.replace(/^::ffff:/, ''));
    if (own && !this.opts.forwardOwn) {
      this.stats.airOwnIgnored++;
      return;
    }
    let frame: Uint8Array;
    let spdu: Uint8Array;
    let psid: number;
    try {
      const w = decodeWsmp(b);
      psid = w.psid;
      if (w.data[0] === 3 && (w.data[1] ?? 0) >= 0x80) {
        const x = extractPayload(w.data);
        if (!x.payload) throw new Error(`IEEE 1609.2 ${x.content} without payload`);
        frame = x.payload;
        spdu = w.data;
      } else {
        frame = w.data;
        spdu = encodeUnsecured(w.data);
      }
    } catch (e) {
      this.stats.airBad++;
      const why = e instanceof WsmpError || e instanceof Dot2DecodeError || e instanceof Error ? e.message : String(e);
      this.log(`bad frame on the air from ${source}: ${why}`);
      return;
    }
    this.stats.airHeard++;
    for (const { rule, sink } of this.forwardSinks) {
      if (rule.psids?.length && !rule.psids.includes(psid)) {
        this.stats.forwardFiltered++;
        continue;
      }
      this.stats.forwarded++;
      sink.sendBytes(rule.format === 'uper' ? frame : spdu);
    }
  }
}

/** Parses `udp://HOST:PORT[,format=uper|1609.2][,psid=0x20]...` (PSIDs P-encoded, as RSU tables write them). */
export function parseForwardRule(text: string): ForwardRule {
  const [target, ...opts] = text.split(',');
  if (!target) throw new RangeError(`--forward '${text}': no target`);
  parseEndpoint(target);
  const rule: ForwardRule = { target, format: 'uper' };
  for (const o of opts) {
    const [k, v] = o.split('=');
    if (k === 'format') {
      if (v === 'uper' || v === 'raw') rule.format = 'uper';
      else if (v === '1609.2' || v === 'ieee1609dot2') rule.format = 'ieee1609dot2';
      else throw new RangeError(`--forward '${text}': format '${v}' is not uper or 1609.2`);
    } else if (k === 'psid') {
      const n = v !== undefined && /^0x[0-9a-f]+$/i.test(v) ? parseInt(v.slice(2), 16) : NaN;
      if (!isPEncoded(n)) throw new RangeError(`--forward '${text}': psid '${v}' is not a P-encoded PSID in hex (0x20, 0x8002)`);
      (rule.psids ??= []).push(psidFromPEncoded(n));
    } else throw new RangeError(`--forward '${text}': unknown option '${k}' (format, psid)`);
  }
  return rule;
}
