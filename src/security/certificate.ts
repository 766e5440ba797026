/**
 * Explicit IEEE 1609.2 certificates: building and issuing them (ECDSA P-256, SHA-256), their
 * COER encoding (the transport's 1609.2 codec), HashedId8/HashedId3, validity and permissions.
 *
 * Hash inputs use the canonical form of 1609.2 (6.4.3): the certificate encoded with every
 * elliptic-curve point of ToBeSignedCertificate compressed and the signature's r as x-only, so
 * a certificate sent with uncompressed points has the same HashedId8 and verifies the same.
 * A signature over a structure covers SHA-256( SHA-256(data) || SHA-256(signer) ), where the
 * data is the COER ToBeSignedCertificate (or ToBeSignedData) and the signer is the canonical
 * issuing certificate, or the empty string for a self-signed one (1609.2 5.3.1).
 */
import type { KeyObject } from 'node:crypto';
import { CertificateCodec, Dot2DecodeError, time64ToUtcMs, utcMsToTime64, type Certificate, type Duration, type EccP256CurvePoint, type IssuerIdentifier, type PsidGroupPermissions, type PsidSsp, type Signature, type ToBeSignedCertificate } from '../transport/ieee1609dot2/index.js';
import { OerReader, OerWriter } from '../transport/ieee1609dot2/oer.js';
import { concatBytes, ecdsaVerify, keyFromCurvePoint, rFromPoint, sha256, SHA256_EMPTY, type PointForm, toCurvePoint } from './crypto.js';
import type { SigningKey } from './keys.js';

export function encodeCertificate(cert: Certificate): Uint8Array {
  const w = new OerWriter(256);
  CertificateCodec.enc(w, cert);
  return w.finish();
}

/** Decodes one certificate; octets after it are an error. Throws Dot2DecodeError. */
export function decodeCertificate(bytes: Uint8Array): Certificate {
  const r = new OerReader(bytes);
  const c = CertificateCodec.dec(r);
  if (r.remaining) throw new Dot2DecodeError('TRAILING_DATA', `${r.remaining} octet(s) after the certificate`, r.pos);
  return c;
}

// ---- canonical form and hashes --------------------------------------------------------------

function compressedPoint(p: EccP256CurvePoint): EccP256CurvePoint {
  if (!('uncompressedP256' in p)) return p;
  const { x, y } = p.uncompressedP256;
  return (y[31]! & 1) === 0 ? { 'compressed-y-0': x } : { 'compressed-y-1': x };
}

function xOnly(s: Signature): Signature {
  if (!('ecdsaNistP256Signature' in s)) return s;
  const r = s.ecdsaNistP256Signature.rSig;
  if ('x-only' in r) return s;
  const x = 'compressed-y-0' in r ? r['compressed-y-0'] : 'compressed-y-1' in r ? r['compressed-y-1'] : 'uncompressedP256' in r ? r.uncompressedP256.x : undefined;
  return x === undefined ? s : { ecdsaNistP256Signature: { rSig: { 'x-only': x }, sSig: s.ecdsaNistP256Signature.sSig } };
}

/** Whether the certificate is already in canonical form (then its octets are hashed as they are). */
export function isCanonical(cert: Certificate): boolean {
  const t = cert.toBeSigned;
  const v = t.verifyKeyIndicator;
  if ('verificationKey' in v && 'ecdsaNistP256' in v.verificationKey && 'uncompressedP256' in v.verificationKey.ecdsaNistP256) return false;
  if ('reconstructionValue' in v && 'uncompressedP256' in v.reconstructionValue) return false;
  const e = t.encryptionKey?.publicKey;
  if (e && 'eciesNistP256' in e && 'uncompressedP256' in e.eciesNistP256) return false;
  const s = cert.signature;
  if (s && 'ecdsaNistP256Signature' in s && !('x-only' in s.ecdsaNistP256Signature.rSig)) return false;
  return true;
}

/** The certificate with compressed points and an x-only r (1609.2 6.4.3). */
export function canonicalCertificate(cert: Certificate): Certificate {
  if (isCanonical(cert)) return cert;
  const t = cert.toBeSigned;
  const v = t.verifyKeyIndicator;
  let verifyKeyIndicator = v;
  if ('verificationKey' in v && 'ecdsaNistP256' in v.verificationKey) verifyKeyIndicator = { verificationKey: { ecdsaNistP256: compressedPoint(v.verificationKey.ecdsaNistP256) } };
  else if ('reconstructionValue' in v) verifyKeyIndicator = { reconstructionValue: compressedPoint(v.reconstructionValue) };
  const e = t.encryptionKey;
  const encryptionKey = e && 'eciesNistP256' in e.publicKey ? { ...e, publicKey: { eciesNistP256: compressedPoint(e.publicKey.eciesNistP256) } } : e;
  return {
    version: cert.version,
    type: cert.type,
    issuer: cert.issuer,
    toBeSigned: { ...t, verifyKeyIndicator, ...(encryptionKey ? { encryptionKey } : {}) },
    ...(cert.signature ? { signature: xOnly(cert.signature) } : {}),
  };
}

/** The octets a certificate is hashed as: its own when canonical, else the canonical re-encoding. */
export function canonicalBytes(cert: Certificate): Uint8Array {
  if (cert.$bytes && isCanonical(cert)) return cert.$bytes;
  return encodeCertificate(canonicalCertificate(cert));
}

/** The low-order (last) eight octets of SHA-256 of the canonical certificate. */
export function hashedId8(cert: Certificate): Uint8Array {
  return sha256(canonicalBytes(cert)).subarray(24);
}

/** HashedId8 of octets already canonical (a certificate file as written by `certs init`). */
export function hashedId8Of(canonical: Uint8Array): Uint8Array {
  return sha256(canonical).subarray(24);
}

/** The last three octets of a HashedId8 (HashedId3, as P2PCD requests name certificates). */
export function hashedId3(id8: Uint8Array): Uint8Array {
  return id8.subarray(5);
}

/** Octets of an IssuerIdentifier in COER: the CHOICE tag, then the alternative. */
function issuerLength(i: IssuerIdentifier): number {
  if ('sha256AndDigest' in i) return 1 + 8;
  if ('self' in i) return 1 + 1;
  // Extension alternatives are open types: tag, length, content.
  const n = 'sha384AndDigest' in i ? 8 : i.$ext.bytes.length;
  return 1 + (n < 0x80 ? 1 : n < 0x100 ? 2 : 3) + n;
}

/** The COER ToBeSignedCertificate of the canonical certificate (what its signature covers). */
export function tbsCertificateBytes(cert: Certificate): Uint8Array {
  const c = canonicalCertificate(cert);
  const { signature: _omit, ...unsigned } = c;
  // Certificate: one preamble octet (signature absent), version, type, issuer, then toBeSigned.
  return encodeCertificate(unsigned).subarray(3 + issuerLength(c.issuer));
}

/** What an ECDSA signature over a 1609.2 structure covers: H(data) || H(signer or ''). */
export function signingInput(data: Uint8Array, signerCanonical: Uint8Array | undefined): Uint8Array {
  return signingInputHashed(data, signerCanonical === undefined ? SHA256_EMPTY : sha256(signerCanonical));
}

/** As `signingInput`, with the signer's hash computed once beforehand. */
export function signingInputHashed(data: Uint8Array, signerHash: Uint8Array): Uint8Array {
  const out = new Uint8Array(64);
  out.set(sha256(data));
  out.set(signerHash, 32);
  return out;
}

export function signatureFrom(rs: Uint8Array): Signature {
  return { ecdsaNistP256Signature: { rSig: { 'x-only': rs.slice(0, 32) }, sSig: rs.slice(32, 64) } };
}

/** r||s of an ECDSA P-256 signature, or undefined for another algorithm or an rSig without a value. */
export function signatureRs(s: Signature): Uint8Array | undefined {
  if (!('ecdsaNistP256Signature' in s)) return undefined;
  const r = rFromPoint(s.ecdsaNistP256Signature.rSig);
  return r === undefined ? undefined : concatBytes(r, s.ecdsaNistP256Signature.sSig);
}

// ---- time -----------------------------------------------------------------------------------

/** 1609.2 Time32 (TAI seconds since 2004-01-01) from UTC ms. */
export function time32FromUtcMs(ms: number): number {
  return Number(utcMsToTime64(ms) / 1_000_000n);
}

export function utcMsFromTime32(t: number): number {
  return time64ToUtcMs(BigInt(t) * 1_000_000n);
}

/** Seconds in a 1609.2 `years` duration (the average Gregorian year). */
const YEAR_S = 31_556_952;

export function durationMs(d: Duration): number {
  if ('microseconds' in d) return d.microseconds / 1000;
  if ('milliseconds' in d) return d.milliseconds;
  if ('seconds' in d) return d.seconds * 1000;
  if ('minutes' in d) return d.minutes * 60_000;
  if ('hours' in d) return d.hours * 3_600_000;
  if ('sixtyHours' in d) return d.sixtyHours * 216_000_000;
  return d.years * YEAR_S * 1000;
}

/** The validity period as UTC ms [start, end). */
export function validity(cert: Certificate): { startMs: number; endMs: number } {
  const startMs = utcMsFromTime32(cert.toBeSigned.validityPeriod.start);
  return { startMs, endMs: startMs + durationMs(cert.toBeSigned.validityPeriod.duration) };
}

// ---- permissions ----------------------------------------------------------------------------

/** Whether an end-entity certificate lets its holder sign data with this PSID. */
export function permitsPsid(cert: Certificate, psid: number): boolean {
  return (cert.toBeSigned.appPermissions ?? []).some((p) => p.psid === psid);
}

/**
 * Whether a CA certificate may issue certificates with this PSID (its certIssuePermissions:
 * `all`, or an explicit list naming it).
 */
export function mayIssuePsid(ca: Certificate, psid: number): boolean {
  return (ca.toBeSigned.certIssuePermissions ?? []).some((g) => {
    const s = g.subjectPermissions;
    if ('all' in s) return true;
    return 'explicit' in s && s.explicit.some((r) => r.psid === psid);
  });
}

/** The verification key of an explicit certificate (cached by the caller). Throws BadKeyError. */
export function verificationKey(cert: Certificate): KeyObject {
  const v = cert.toBeSigned.verifyKeyIndicator;
  if (!('verificationKey' in v)) throw new Error('an implicit certificate (reconstruction value): only explicit certificates are supported');
  const k = v.verificationKey;
  if (!('ecdsaNistP256' in k)) throw new Error(`a ${Object.keys(k)[0]} key: only ECDSA NIST P-256 is supported`);
  return keyFromCurvePoint(k.ecdsaNistP256);
}

/** Verifies a certificate's signature with its issuer's key (`issuer` undefined: self-signed). */
export function certificateSignatureValid(cert: Certificate, issuerKey: KeyObject, issuer: Certificate | undefined): boolean {
  if (!cert.signature) return false;
  const rs = signatureRs(cert.signature);
  if (!rs) return false;
  return ecdsaVerify(issuerKey, signingInput(tbsCertificateBytes(cert), issuer ? canonicalBytes(issuer) : undefined), rs);
}

// ---- issuing --------------------------------------------------------------------------------

export interface CertificateSpec {
  id: ToBeSignedCertificate['id'];
  /** UTC ms of the start of validity. */
  startMs: number;
  duration: Duration;
  appPermissions?: PsidSsp[];
  certIssuePermissions?: PsidGroupPermissions[];
  region?: ToBeSignedCertificate['region'];
  assuranceLevel?: Uint8Array;
  /** The CRL issuer's HashedId3 and series (0s on a bench without revocation). */
  cracaId?: Uint8Array;
  crlSeries?: number;
  /** The key being certified. */
  publicKey: KeyObject;
  /** How the verification key is written (its hash is taken compressed either way). */
  pointForm?: PointForm;
}

export interface Issuer {
  certificate: Certificate;
  key: SigningKey;
}

/**
 * Issues an explicit certificate: signed by `issuer`, or self-signed by `selfKey` (a root).
 * Throws for our own mistakes (a value outside its constraint, an asynchronous key).
 */
export async function issueCertificate(spec: CertificateSpec, issuer: Issuer | { self: SigningKey }): Promise<Certificate> {
  const toBeSigned: ToBeSignedCertificate = {
    id: spec.id,
    cracaId: spec.cracaId ?? new Uint8Array(3),
    crlSeries: spec.crlSeries ?? 0,
    validityPeriod: { start: time32FromUtcMs(spec.startMs), duration: spec.duration },
    ...(spec.region ? { region: spec.region } : {}),
    ...(spec.assuranceLevel ? { assuranceLevel: spec.assuranceLevel } : {}),
    ...(spec.appPermissions ? { appPermissions: spec.appPermissions } : {}),
    ...(spec.certIssuePermissions ? { certIssuePermissions: spec.certIssuePermissions } : {}),
    verifyKeyIndicator: { verificationKey: { ecdsaNistP256: toCurvePoint(spec.publicKey, spec.pointForm) } },
  };
  const isSelf = 'self' in issuer;
  const unsigned: Certificate = {
    version: 3,
    type: 'explicit',
    issuer: isSelf ? { self: 'sha256' } : { sha256AndDigest: hashedId8(issuer.certificate) },
    toBeSigned,
  };
  const key = isSelf ? issuer.self : issuer.key;
  const rs = await key.sign(signingInput(tbsCertificateBytes(unsigned), isSelf ? undefined : canonicalBytes(issuer.certificate)));
  const cert = { ...unsigned, signature: signatureFrom(rs) };
  // Hand back the decoded form, so that $bytes (the octets on disk and on the air) is set.
  return decodeCertificate(encodeCertificate(cert));
}
