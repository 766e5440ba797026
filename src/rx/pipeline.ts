/**
 * The receive pipeline: one datagram in, one typed result out, never an exception.
 *
 * What arrives from RSUs, OBUs and other hosts, and how it is recognised:
 *
 * | first octets                     | envelope                                   |
 * |----------------------------------|--------------------------------------------|
 * | hex digits / whitespace only     | `hex`: hex text of one of the below        |
 * | `Version=`                       | `ifm`: an RSU 4.1 Immediate Forward (its Payload) |
 * | 0x03 0x80..0x85                  | `1609.2`: Ieee1609Dot2Data, COER (unsecured, signed, ...) |
 * | 0x03 / 0x0B then TPID 0 or 1     | `wsmp`: WSMP (IEEE 1609.3), data = a 1609.2 SPDU or a bare frame |
 * | anything else                    | `uper`: the bare UPER MessageFrame         |
 * | 000 + UPER length, sizes exact   | `1609.2-uper`: the older UPER form of unsecured 1609.2 |
 *
 * A candidate is accepted only when every layer parses and the MessageFrame decodes with the
 * configured edition; otherwise the next candidate is tried, and if none works the datagram
 * is counted as failed with the reason of the most likely candidate. Signed 1609.2 data is
 * unwrapped without verifying the signature: results say `signatureVerified: false`.
 */
import type { AnyCodec, EditionName } from '../../asn1/editions.js';
import { DecodeError } from '../../asn1/runtime/errors.js';
import { toHex } from '../../asn1/runtime/values.js';
import { Dot2DecodeError, extractPayload, type SignerSummary } from '../transport/ieee1609dot2/index.js';
import type { Ieee1609Dot2Data } from '../transport/ieee1609dot2/types.js';
import { IfmError, parseIfm } from '../transport/ifm.js';
import { J2735_MESSAGE_IDS, checkPsid, hex as psidHex } from '../transport/psid.js';
import { WsmpError, decodeWsmp } from '../transport/wsmp.js';
import { decodeLegacyUnsecured } from './legacy-uper-1609dot2.js';
import { hexTextToBytes, looksLikeIfm } from './text.js';

/** `1609.2` appears only in failures, before the content type is known. */
export type EnvelopeLayer = 'hex' | 'ifm' | 'wsmp' | '1609.2' | '1609.2-unsecured' | '1609.2-signed' | '1609.2-uper' | 'uper';

export type RxFailReason =
  | 'EMPTY' // a datagram of zero octets
  | 'BAD_HEX' // text that is not valid hex (odd number of digits, other characters after digits)
  | 'BAD_IFM' // an Immediate Forward text that does not follow the format
  | 'BAD_WSMP' // a WSMP frame that does not parse
  | 'BAD_1609DOT2' // an IEEE 1609.2 structure that does not parse
  | 'NO_PAYLOAD' // valid 1609.2 without readable application data (encrypted, external hash, ...)
  | 'BAD_UPER' // the MessageFrame does not decode with the configured edition
  | 'UNVERIFIED' // a verifier is configured with the drop policy and the message did not verify
  | 'INTERNAL'; // a bug: reported, counted, never thrown

/** What a verifier says of a message (src/security's Verifier fits). */
export interface RxVerifier {
  verifyDecoded(data: Ieee1609Dot2Data): { verified: boolean; status: string; reason: string };
  accept(r: { verified: boolean }): boolean;
  /** Counts a message that had no IEEE 1609.2 envelope at all. */
  unsecured?(): { verified: boolean; status: string; reason: string };
}

export interface SecurityInfo {
  content: string;
  /** True only when a verifier checked the signature and the certificate chain. */
  signatureVerified: boolean;
  /** The verifier's verdict, when one is configured. */
  verification?: { status: string; reason: string };
  psid?: number;
  generationTime?: bigint;
  signer?: SignerSummary;
}

export interface WsmpInfo {
  psid: number;
  channel?: number;
  dataRate?: number;
  txPowerDbm?: number;
}

interface Common {
  /** Where the datagram came from, e.g. `udp://127.0.0.1:40000`. */
  source: string;
  /** UTC ms when it was received. */
  receivedAt: number;
  /** Size of the datagram. */
  octets: number;
  /** Envelope layers, outermost first. */
  envelope: EnvelopeLayer[];
  /** Microseconds spent detecting, unwrapping and decoding. */
  decodeUs: number;
}

export interface RxDecoded extends Common {
  ok: true;
  messageId: number;
  /** BSM, SPAT, MAP, ... (J2735 names; CSAE alternatives without "Frame"). */
  type: string;
  /** The decoded MessageFrame value of the edition. */
  value: unknown;
  /** The UPER MessageFrame octets. */
  frame: Uint8Array;
  /** The PSID the envelope declared (WSMP header, or the signed 1609.2 header). */
  psid?: number;
  wsmp?: WsmpInfo;
  security?: SecurityInfo;
  /** Things worth knowing that did not stop the decode (trailing octets, PSID not matching). */
  warnings: string[];
}

export interface RxFailed extends Common {
  ok: false;
  reason: RxFailReason;
  detail: string;
}

export type RxResult = RxDecoded | RxFailed;

export interface RxStats {
  received: number;
  decoded: number;
  failed: number;
  octets: number;
  /** Decoded datagrams by envelope (layers joined with '/'). */
  byEnvelope: Record<string, number>;
  /** Decoded datagrams by message type. */
  byType: Record<string, number>;
  /** Failed datagrams by reason. */
  byReason: Partial<Record<RxFailReason, number>>;
  /** Decoded datagrams with warnings. */
  warnings: number;
}

export interface RxOptions {
  codec: AnyCodec;
  edition: EditionName;
  /** Microsecond timer for `decodeUs` (default: performance.now). */
  hrtimeUs?: () => number;
  /** UTC ms for `receivedAt` when the caller gives none (default Date.now). */
  now?: () => number;
  /**
   * Verifies signed data (and judges unsigned messages): with the verifier's drop policy what
   * does not verify is a failure (UNVERIFIED), with its mark policy it passes marked.
   */
  verifier?: RxVerifier;
}

class Fail extends Error {
  constructor(readonly reason: RxFailReason, readonly detail: string, readonly envelope: EnvelopeLayer[]) {
    super(detail);
  }
}

interface Unwrapped {
  /** Outermost first; never mutated (constant arrays are shared). */
  layers: readonly EnvelopeLayer[];
  frame: Uint8Array;
  decoded: { value: unknown; trailing: number };
  psid?: number;
  wsmp?: WsmpInfo;
  security?: SecurityInfo;
  warnings: readonly string[];
}

const defaultHrtimeUs = (): number => performance.now() * 1000;

/** J2735 message names by messageId. */
const MESSAGE_NAMES: string[] = [];
for (const [name, id] of Object.entries(J2735_MESSAGE_IDS)) MESSAGE_NAMES[id] = name;

const UPER: readonly EnvelopeLayer[] = ['uper'];
const WSMP_UPER: readonly EnvelopeLayer[] = ['wsmp', 'uper'];
const WSMP_UNSECURED: readonly EnvelopeLayer[] = ['wsmp', '1609.2-unsecured', 'uper'];
const UNSECURED: readonly EnvelopeLayer[] = ['1609.2-unsecured', 'uper'];
const SIGNED: readonly EnvelopeLayer[] = ['1609.2-signed', 'uper'];
const NO_WARNINGS: readonly string[] = [];

export class RxPipeline {
  readonly stats: RxStats = { received: 0, decoded: 0, failed: 0, octets: 0, byEnvelope: {}, byType: {}, byReason: {}, warnings: 0 };
  private readonly codec: AnyCodec;
  private readonly hrtimeUs: () => number;
  private readonly now: () => number;
  private readonly choiceAlts: string[] | undefined;

  constructor(readonly opts: RxOptions) {
    this.codec = opts.codec;
    this.hrtimeUs = opts.hrtimeUs ?? defaultHrtimeUs;
    this.now = opts.now ?? Date.now;
    const t = opts.codec.schema.types.MessageFrame?.type;
    this.choiceAlts = t?.kind === 'choice' ? [...t.alts, ...t.additions].map((a) => a.name) : undefined;
  }

  /** Recognises, unwraps and decodes one datagram. Never throws. */
  ingest(bytes: Uint8Array, source: string, receivedAt?: number): RxResult {
    const t0 = this.hrtimeUs();
    const at = receivedAt ?? this.now();
    this.stats.received++;
    this.stats.octets += bytes.length;
    let result: RxResult;
    try {
      const u = this.unwrap(bytes);
      const v = this.opts.verifier;
      if (v && u.security?.verification === undefined) {
        // No IEEE 1609.2 envelope (or an unsecured one in the old UPER form): nothing to verify.
        const r = v.unsecured?.() ?? { verified: false, status: 'unsigned', reason: 'no IEEE 1609.2 signed data' };
        if (!v.accept(r)) throw new Fail('UNVERIFIED', `${r.status}: ${r.reason}`, [...u.layers]);
        u.security = { ...(u.security ?? { content: 'none' }), signatureVerified: false, verification: { status: r.status, reason: r.reason } };
      }
      const value = u.decoded.value as Record<string, unknown>;
      let messageId: number;
      let type: string;
      if (this.choiceAlts) {
        const key = Object.keys(value).find((k) => k !== '$ext') ?? '$ext';
        messageId = this.choiceAlts.indexOf(key);
        type = messageId < 0 ? 'UNKNOWN' : key.replace(/Frame$/, '').toUpperCase();
      } else {
        messageId = value.messageId as number;
        type = MESSAGE_NAMES[messageId] ?? `MSG${messageId}`;
      }
      let warnings = u.warnings;
      if (u.decoded.trailing > 0 || u.psid !== undefined) {
        const w = [...warnings];
        if (u.decoded.trailing > 0) w.push(`${u.decoded.trailing} octet(s) after the MessageFrame`);
        if (u.psid !== undefined && J2735_MESSAGE_IDS[type] !== undefined) for (const i of checkPsid(type, u.psid, 'integer')) w.push(`PSID check: ${i.message}`);
        warnings = w;
      }
      result = {
        ok: true,
        source,
        receivedAt: at,
        octets: bytes.length,
        envelope: u.layers as EnvelopeLayer[],
        decodeUs: 0,
        messageId,
        type,
        value,
        frame: u.frame,
        warnings: warnings as string[],
        psid: u.psid,
        wsmp: u.wsmp,
        security: u.security,
      };
      const st = this.stats;
      st.decoded++;
      const env = u.layers.length === 1 ? u.layers[0]! : u.layers.join('/');
      st.byEnvelope[env] = (st.byEnvelope[env] ?? 0) + 1;
      st.byType[type] = (st.byType[type] ?? 0) + 1;
      if (warnings.length) st.warnings++;
    } catch (e) {
      const f = e instanceof Fail ? e : new Fail('INTERNAL', `unexpected ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`, []);
      result = { ok: false, source, receivedAt: at, octets: bytes.length, envelope: f.envelope, decodeUs: 0, reason: f.reason, detail: f.detail };
      this.stats.failed++;
      this.stats.byReason[f.reason] = (this.stats.byReason[f.reason] ?? 0) + 1;
    }
    result.decodeUs = this.hrtimeUs() - t0;
    return result;
  }

  private decodeFrame(frame: Uint8Array, layers: EnvelopeLayer[]): { value: unknown; trailing: number } {
    try {
      const r = this.codec.decodeDetailed('MessageFrame', frame);
      return { value: r.value, trailing: r.trailing.length };
    } catch (e) {
      if (e instanceof DecodeError) throw new Fail('BAD_UPER', `MessageFrame (${this.opts.edition}): ${e.message}`, [...layers, 'uper']);
      throw e;
    }
  }

  private unwrap(bytes: Uint8Array): Unwrapped {
    if (bytes.length === 0) throw new Fail('EMPTY', 'empty datagram', []);
    const first = bytes[0]!;
    // Text forms.
    if (looksLikeIfm(bytes)) {
      let payload: Uint8Array;
      try {
        payload = parseIfm(bytes).payload;
      } catch (e) {
        if (e instanceof IfmError) throw new Fail('BAD_IFM', `Immediate Forward: ${e.message}`, ['ifm']);
        throw e;
      }
      return this.prefix('ifm', this.binary(payload, ['ifm']));
    }
    if (first >= 0x09 && first <= 0x66 && first !== 0x0b) {
      const text = hexTextToBytes(bytes);
      if (typeof text === 'string') throw new Fail('BAD_HEX', `hex text: ${text}`, ['hex']);
      if (text) return this.prefix('hex', this.binary(text, ['hex']));
    }
    return this.binary(bytes, []);
  }

  private prefix(layer: EnvelopeLayer, u: Unwrapped): Unwrapped {
    u.layers = [layer, ...u.layers];
    return u;
  }

  /** Binary forms, most specific first; the first that decodes completely wins. */
  private binary(b: Uint8Array, outer: EnvelopeLayer[]): Unwrapped {
    const first = b[0];
    if (first === undefined) throw new Fail('EMPTY', 'no octets inside the envelope', outer);
    const second = b[1];
    const dot2 = first === 0x03 && second !== undefined && second >= 0x80 && second <= 0x85;
    const wsmp = (first === 0x03 && second !== undefined && second <= 1) || first === 0x0b;
    // Candidates, most specific first: 1609.2, WSMP (when their first octets match), the bare
    // frame, the older UPER 1609.2. A clean result (whole input used, a message the edition
    // knows) wins at once; otherwise the first result that decoded at all is kept while the
    // remaining candidates are tried.
    let firstFailure: Fail | undefined;
    let fallback: Unwrapped | undefined;
    for (let k = 0; k < 4; k++) {
      if ((k === 0 && !dot2) || (k === 1 && !wsmp)) continue;
      try {
        const u = k === 0 ? this.dot2(b, outer) : k === 1 ? this.wsmp(b, outer) : k === 2 ? this.bare(b, outer) : this.legacy(b, outer);
        if (this.clean(u)) return u;
        fallback ??= u;
      } catch (e) {
        if (!(e instanceof Fail)) throw e;
        firstFailure ??= e;
      }
    }
    // A result that only decoded dirty does not hide the failure of an envelope whose first
    // octets matched (a truncated 1609.2 SPDU is reported as such, not as an unknown message).
    if (fallback && (firstFailure === undefined || !(dot2 || wsmp))) return fallback;
    throw firstFailure!;
  }

  /** Whether a decode used the whole input and found a message type the edition knows. */
  private clean(u: Unwrapped): boolean {
    if (u.decoded.trailing > 0) return false;
    const v = u.decoded.value as Record<string, unknown>;
    if (this.choiceAlts) return !('$ext' in v);
    return !(v.value instanceof Uint8Array);
  }

  private bare(b: Uint8Array, outer: EnvelopeLayer[]): Unwrapped {
    return { layers: UPER, frame: b, decoded: this.decodeFrame(b, outer), psid: undefined, wsmp: undefined, security: undefined, warnings: NO_WARNINGS };
  }

  private legacy(b: Uint8Array, outer: EnvelopeLayer[]): Unwrapped {
    const l = decodeLegacyUnsecured(b);
    if (!l) throw new Fail('BAD_UPER', 'not a MessageFrame, nor an older UPER-encoded 1609.2 envelope', [...outer, 'uper']);
    return {
      layers: ['1609.2-uper', 'uper'],
      frame: l.payload,
      decoded: this.decodeFrame(l.payload, [...outer, '1609.2-uper']),
      security: { content: 'unsecured', signatureVerified: false },
      warnings: ['IEEE 1609.2 in the older UPER encoding (radios send COER)'],
    };
  }

  private dot2(b: Uint8Array, outer: EnvelopeLayer[]): Unwrapped {
    let x;
    try {
      x = extractPayload(b);
    } catch (e) {
      if (e instanceof Dot2DecodeError) throw new Fail('BAD_1609DOT2', `IEEE 1609.2: ${e.message}`, [...outer, '1609.2']);
      throw e;
    }
    const signed = x.content === 'signed';
    const layer: EnvelopeLayer = signed ? '1609.2-signed' : '1609.2-unsecured';
    const layers = [...outer, layer];
    if (x.payload === undefined) throw new Fail('NO_PAYLOAD', `IEEE 1609.2 ${x.content}: ${x.noPayloadReason ?? 'no payload'}`, layers);
    const warnings: string[] = [];
    if (x.trailing > 0) warnings.push(`${x.trailing} octet(s) after the IEEE 1609.2 data`);
    const security: SecurityInfo = { content: x.content, signatureVerified: false, psid: x.psid, generationTime: x.generationTime, signer: x.signer };
    const v = this.opts.verifier;
    if (v && x.data) {
      const r = v.verifyDecoded(x.data);
      security.signatureVerified = r.verified;
      security.verification = { status: r.status, reason: r.reason };
      if (!v.accept(r)) throw new Fail('UNVERIFIED', `${r.status}: ${r.reason}`, layers);
      if (!r.verified) warnings.push(`not verified: ${r.status}`);
    } else if (x.content === 'signed') warnings.push('signature not verified');
    return { layers: signed ? SIGNED : UNSECURED, frame: x.payload, decoded: this.decodeFrame(x.payload, layers), security, warnings: warnings.length ? warnings : NO_WARNINGS, psid: x.psid, wsmp: undefined };
  }

  private wsmp(b: Uint8Array, outer: EnvelopeLayer[]): Unwrapped {
    let f;
    try {
      f = decodeWsmp(b);
    } catch (e) {
      if (e instanceof WsmpError) throw new Fail('BAD_WSMP', e.message, [...outer, 'wsmp']);
      throw e;
    }
    const layers: EnvelopeLayer[] = [...outer, 'wsmp'];
    const info: WsmpInfo = { psid: f.psid, channel: f.channel, dataRate: f.dataRate, txPowerDbm: f.txPowerDbm };
    const d = f.data;
    // The WSM data: a 1609.2 SPDU, or (some radios) the bare MessageFrame.
    const inner = d[0] === 0x03 && d[1] !== undefined && d[1] >= 0x80 && d[1] <= 0x85 ? this.dot2(d, layers) : this.bare(d, layers);
    let warnings = inner.warnings;
    const psidDiffers = inner.security?.psid !== undefined && inner.security.psid !== f.psid;
    if (f.trailing > 0 || psidDiffers) {
      const w = [...warnings];
      if (f.trailing > 0) w.push(`${f.trailing} octet(s) after the WSM data`);
      if (psidDiffers) w.push(`WSMP PSID ${psidHex(f.psid)} differs from the 1609.2 header PSID ${psidHex(inner.security!.psid!)}`);
      warnings = w;
    }
    return { layers: inner.layers === UPER ? WSMP_UPER : inner.layers[0] === '1609.2-unsecured' ? WSMP_UNSECURED : ['wsmp', ...inner.layers], frame: inner.frame, decoded: inner.decoded, psid: f.psid, wsmp: info, security: inner.security, warnings };
  }
}

/** One line of `v2x-edge rx` output: the result with the MessageFrame as JER. */
export function resultToJson(r: RxDecoded, codec: AnyCodec, opts: { hex?: boolean } = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {
    time: new Date(r.receivedAt).toISOString(),
    source: r.source,
    envelope: r.envelope.join('/'),
    messageId: r.messageId,
    type: r.type,
    decodeUs: Math.round(r.decodeUs * 100) / 100,
  };
  if (r.psid !== undefined) out.psid = psidHex(r.psid);
  if (r.wsmp) out.wsmp = { ...r.wsmp, psid: psidHex(r.wsmp.psid) };
  if (r.security) {
    const s = r.security;
    out.security = {
      content: s.content,
      signatureVerified: s.signatureVerified,
      ...(s.verification ? { verification: s.verification } : {}),
      ...(s.psid === undefined ? {} : { psid: psidHex(s.psid) }),
      ...(s.generationTime === undefined ? {} : { generationTime: s.generationTime.toString() }),
      ...(s.signer ? { signer: s.signer } : {}),
    };
  }
  if (r.warnings.length) out.warnings = r.warnings;
  if (opts.hex) out.hex = toHex(r.frame);
  out.frame = codec.toJer('MessageFrame', r.value as never);
  return out;
}
