/**
 * IEEE 1609.2 secured data (Ieee1609Dot2Data) in COER: build unsecured envelopes, decode and
 * re-encode every content kind, and take out the application payload (a J2735 MessageFrame)
 * of unsecured or signed data.
 *
 * Signatures are NOT verified here: `extractPayload` reports `signatureVerified: false` for
 * signed data, and callers must say so to their users. Verification (and signing) will build
 * on `SignedData.tbsData.$bytes` (the octets the signature covers) and `Certificate.$bytes`.
 */
import { gpsMsToUtc, utcToGpsMs } from '../../../hal/gnss/leap-seconds.js';
import { toHex } from '../../../asn1/runtime/values.js';
import { Ieee1609Dot2Data as DataCodec } from './codec.js';
import { Dot2DecodeError, OerReader, OerWriter } from './oer.js';
import type { Certificate, Ieee1609Dot2Data, SignedData, SignerIdentifier } from './types.js';

export * from './types.js';
export { Dot2DecodeError, Dot2EncodeError } from './oer.js';
export { Certificate as CertificateCodec, Signature as SignatureCodec, SignedData as SignedDataCodec, ToBeSignedData as ToBeSignedDataCodec } from './codec.js';

export const IEEE1609DOT2_VERSION = 3;

export interface DecodedDot2<T> {
  value: T;
  /** Octets the value used. */
  usedOctets: number;
}

/** Decodes one Ieee1609Dot2Data; octets after it are an error (TRAILING_DATA) unless allowed. */
export function decodeIeee1609Dot2Data(bytes: Uint8Array, opts: { allowTrailing?: boolean } = {}): DecodedDot2<Ieee1609Dot2Data> {
  const r = new OerReader(bytes);
  const value = DataCodec.dec(r);
  if (!opts.allowTrailing && r.remaining > 0) throw new Dot2DecodeError('TRAILING_DATA', `${r.remaining} octet(s) after the Ieee1609Dot2Data`, r.pos);
  return { value, usedOctets: r.pos };
}

/** Encodes an Ieee1609Dot2Data (COER); throws Dot2EncodeError naming the field. */
export function encodeIeee1609Dot2Data(value: Ieee1609Dot2Data): Uint8Array {
  const w = new OerWriter(256);
  DataCodec.enc(w, value);
  return w.finish();
}

/** An unsecured Ieee1609Dot2Data carrying `payload` (protocol version 3, content [0] Opaque). */
export function encodeUnsecured(payload: Uint8Array): Uint8Array {
  const n = payload.length;
  const lenOctets = n < 0x80 ? 1 : n < 0x100 ? 2 : n < 0x10000 ? 3 : 4;
  const out = new Uint8Array(2 + lenOctets + n);
  out[0] = IEEE1609DOT2_VERSION;
  out[1] = 0x80;
  if (lenOctets === 1) out[2] = n;
  else {
    out[2] = 0x80 | (lenOctets - 1);
    for (let i = 0; i < lenOctets - 1; i++) out[3 + i] = (n >>> (8 * (lenOctets - 2 - i))) & 0xff;
  }
  out.set(payload, 2 + lenOctets);
  return out;
}

export type EnvelopeContent = 'unsecured' | 'signed' | 'encrypted' | 'signedCertificateRequest' | 'signedX509CertificateRequest' | 'unknown';

export interface SignerSummary {
  kind: 'digest' | 'certificate' | 'self' | 'unknown';
  /** HashedId8 of the signing certificate (digest signer), hex. */
  digest?: string;
  /** Number of certificates in the chain (certificate signer). */
  certificates?: number;
  /** The signing certificate's id when it has a name or binary id. */
  certificateId?: string;
}

export interface ExtractedPayload {
  /** The outermost content kind. */
  content: EnvelopeContent;
  /** The application data (for J2735: a UPER MessageFrame); absent when there is none to read. */
  payload?: Uint8Array;
  /** Why there is no payload (encrypted, hash of external data only, certificate request...). */
  noPayloadReason?: string;
  /** From the signed header: the PSID (as an integer, not P-encoded) and times. */
  psid?: number;
  generationTime?: bigint;
  expiryTime?: bigint;
  signer?: SignerSummary;
  /** Always false: this code does not verify signatures yet. */
  signatureVerified: false;
  /** Signed data nested in signed data: how many signed layers were removed. */
  signedLayers: number;
  /** The decoded structure (absent on the unsecured fast path). */
  data?: Ieee1609Dot2Data;
  /** Octets after the Ieee1609Dot2Data (seen in real captures); reported, not an error. */
  trailing: number;
}

function summarizeSigner(s: SignerIdentifier): SignerSummary {
  if ('digest' in s) return { kind: 'digest', digest: toHex(s.digest) };
  if ('self' in s) return { kind: 'self' };
  if ('certificate' in s) {
    const leaf: Certificate | undefined = s.certificate[0];
    const id = leaf?.toBeSigned.id;
    const certificateId = id === undefined ? undefined : 'name' in id ? id.name : 'binaryId' in id ? toHex(id.binaryId) : undefined;
    return { kind: 'certificate', certificates: s.certificate.length, ...(certificateId === undefined ? {} : { certificateId }) };
  }
  return { kind: 'unknown' };
}

/**
 * Takes the payload out of an Ieee1609Dot2Data: the Opaque of unsecured data, or the data
 * inside signed data (recursively). Octets after the structure are counted in `trailing`.
 * Throws Dot2DecodeError for malformed input.
 */
export function extractPayload(bytes: Uint8Array): ExtractedPayload {
  // Fast path: unsecured data, the common case on the air.
  if (bytes.length >= 3 && bytes[0] === IEEE1609DOT2_VERSION && bytes[1] === 0x80) {
    const r = new OerReader(bytes, 2);
    const n = r.length();
    const payload = r.octets(n);
    return { content: 'unsecured', payload, signatureVerified: false, signedLayers: 0, trailing: r.remaining, noPayloadReason: undefined, psid: undefined, generationTime: undefined, expiryTime: undefined, signer: undefined, data: undefined };
  }
  const { value, usedOctets } = decodeIeee1609Dot2Data(bytes, { allowTrailing: true });
  const out = summarize(value);
  out.trailing = bytes.length - usedOctets;
  return out;
}

function summarize(data: Ieee1609Dot2Data): ExtractedPayload {
  const c = data.content;
  const base = { signatureVerified: false as const, signedLayers: 0, data, trailing: 0 };
  if ('unsecuredData' in c) return { ...base, content: 'unsecured', payload: c.unsecuredData };
  if ('signedData' in c) return fromSigned(c.signedData, data);
  if ('encryptedData' in c) return { ...base, content: 'encrypted', noPayloadReason: 'encrypted data (no decryption key)' };
  if ('signedCertificateRequest' in c) return { ...base, content: 'signedCertificateRequest', noPayloadReason: 'a certificate request, not application data' };
  if ('signedX509CertificateRequest' in c) return { ...base, content: 'signedX509CertificateRequest', noPayloadReason: 'a certificate request, not application data' };
  return { ...base, content: 'unknown', noPayloadReason: `content alternative [${c.$ext.index}] not known to this version` };
}

function fromSigned(sd: SignedData, data: Ieee1609Dot2Data): ExtractedPayload {
  const h = sd.tbsData.headerInfo;
  const out: ExtractedPayload = {
    content: 'signed',
    signatureVerified: false,
    signedLayers: 1,
    trailing: 0,
    psid: h.psid,
    signer: summarizeSigner(sd.signer),
    data,
    ...(h.generationTime === undefined ? {} : { generationTime: h.generationTime }),
    ...(h.expiryTime === undefined ? {} : { expiryTime: h.expiryTime }),
  };
  const inner = sd.tbsData.payload.data;
  if (inner === undefined) {
    out.noPayloadReason = sd.tbsData.payload.extDataHash !== undefined ? 'signed hash of external data only' : 'signed data without payload (omitted)';
    return out;
  }
  const innerSummary = summarize(inner);
  if (innerSummary.payload !== undefined) out.payload = innerSummary.payload;
  if (innerSummary.noPayloadReason !== undefined) out.noPayloadReason = innerSummary.noPayloadReason;
  out.signedLayers += innerSummary.signedLayers;
  return out;
}

/** 2004-01-01T00:00:00Z, the origin of 1609.2 Time32/Time64, in Unix ms. */
export const DOT2_EPOCH_UNIX_MS = Date.UTC(2004, 0, 1);
/** GPS-UTC at the 1609.2 epoch: 1609.2 time is TAI-like (it counts leap seconds since 2004). */
const GPS_UTC_AT_EPOCH_S = 13;

/** 1609.2 Time64 (microseconds) to UTC Unix ms (leap seconds since 2004 removed). */
export function time64ToUtcMs(t: bigint): number {
  const gpsMs = DOT2_EPOCH_UNIX_MS + GPS_UTC_AT_EPOCH_S * 1000 + Number(t / 1000n) + Number(t % 1000n) / 1000;
  return gpsMsToUtc(gpsMs).utcMs;
}

/** UTC Unix ms to 1609.2 Time64 (microseconds since 2004, counting leap seconds). */
export function utcMsToTime64(utcMs: number): bigint {
  const gpsMs = utcToGpsMs(utcMs);
  return BigInt(Math.round((gpsMs - DOT2_EPOCH_UNIX_MS - GPS_UTC_AT_EPOCH_S * 1000) * 1000));
}
