/**
 * Verification of received IEEE 1609.2 signed data (SPDUs), with a result on every message
 * and counters by outcome.
 *
 * Checks, cheapest first: the structure parses; the content is signed data with SHA-256 and
 * ECDSA P-256; the signer resolves (a digest to a cached certificate, a certificate to a chain
 * ending at a trust anchor); the signing certificate is valid at the generation time and
 * permits the PSID of the header; the generation time is within the window around now (and
 * the expiry time, if any, not passed); the generation location is inside the certificate's
 * region (circular and rectangular regions); the signature verifies; the message is not a
 * replay (the same ToBeSignedData seen within the window).
 *
 * A digest signer whose certificate is unknown is reported as `unknown-signer` with the
 * HashedId3 asked for through P2PCD (`p2pcdRequest`); an unknown issuer likewise
 * (`unknown-issuer`). A policy decides whether what did not verify is dropped or passed on
 * marked (`accept`).
 */
import { toHex } from '../../asn1/runtime/values.js';
import { SystemClock, type Clock } from '../../hal/clock.js';
import { decodeIeee1609Dot2Data, Dot2DecodeError, time64ToUtcMs, ToBeSignedDataCodec, type Certificate, type Ieee1609Dot2Data, type SignedData, type ThreeDLocation } from '../transport/ieee1609dot2/index.js';
import { OerWriter } from '../transport/ieee1609dot2/oer.js';
import { permitsPsid, signatureRs } from './certificate.js';
import { concatBytes, ecdsaVerify, sha256 } from './crypto.js';
import type { P2pcd } from './p2pcd.js';
import { CertificateCache, CertificateValidator, type KnownCertificate, type TrustStore } from './trust.js';

export const VERIFICATION_STATUSES = [
  'verified',
  'unsigned', // unsecured data: nothing to verify
  'malformed', // not a parsable Ieee1609Dot2Data
  'unsupported', // encrypted, another algorithm, a self-signed SPDU, nested signed data
  'unknown-signer', // a digest whose certificate is not in the cache (P2PCD request flagged)
  'unknown-issuer', // a certificate whose issuer is not known (P2PCD request flagged)
  'untrusted', // a chain that ends at a root that is not a trust anchor
  'bad-certificate', // a certificate that does not verify or holds no usable key
  'bad-chain', // an issuer that may not issue it (PSIDs, validity, not a CA)
  'certificate-expired', // the signing certificate is not valid at the generation time
  'psid-not-permitted', // the header PSID is not among the certificate's permissions
  'no-generation-time',
  'too-old', // generation time before the window
  'in-future', // generation time after the window
  'expired', // the header's expiry time has passed
  'outside-region', // generated outside the certificate's region
  'bad-signature',
  'replay', // the same signed data seen before
] as const;

export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

export interface VerificationResult {
  verified: boolean;
  status: VerificationStatus;
  /** Why, in words (empty when verified). */
  reason: string;
  /** The application data (the MessageFrame), when the structure holds one. */
  payload?: Uint8Array;
  psid?: number;
  /** 1609.2 Time64 and as UTC ms. */
  generationTime?: bigint;
  generationTimeMs?: number;
  signer?: { kind: 'digest' | 'certificate' | 'self' | 'other'; hashedId8?: string; certificateId?: string };
  /** HashedId3 (hex) of the certificate asked for from peers (unknown signer or issuer). */
  p2pcdRequest?: string;
  /** HashedId3s (hex) this message asked its receivers for. */
  peerRequests?: string[];
}

export type VerificationPolicy = 'drop' | 'mark';

export interface VerifierOptions {
  trust: TrustStore;
  cache?: CertificateCache;
  /** UTC "now" for the time checks (default: the system clock). */
  clock?: Clock;
  /** Oldest accepted generation time, ms before now (default 5000). */
  maxAgeMs?: number;
  /** Latest accepted generation time, ms after now (default 1000). */
  maxFutureMs?: number;
  /** Signed data without a generation time is rejected (default true; J2945/1 requires it). */
  requireGenerationTime?: boolean;
  /** Replay entries kept at most (default 50,000; the oldest go first). */
  maxReplayEntries?: number;
  /** A station not heard for this long is a new neighbour when heard again (default 10 s). */
  neighbourMemoryMs?: number;
  /** 'drop' (default): only verified messages are accepted; 'mark': everything is passed on, marked. */
  policy?: VerificationPolicy;
  /** Shared with this station's signer. */
  p2pcd?: P2pcd;
}

export type VerificationCounters = Record<VerificationStatus, number> & { total: number; accepted: number; dropped: number };

interface Fail {
  status: VerificationStatus;
  reason: string;
  p2pcdRequest?: string;
}

const EARTH_RADIUS_M = 6_371_008.8;

function distanceM(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const r = Math.PI / 180;
  const dLat = (bLat - aLat) * r;
  const dLon = (bLon - aLon) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(aLat * r) * Math.cos(bLat * r) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Whether a location is inside a certificate's region; undefined when the region kind is not checked here. */
export function insideRegion(cert: Certificate, loc: ThreeDLocation): boolean | undefined {
  const region = cert.toBeSigned.region;
  if (!region) return true;
  const lat = loc.latitude / 1e7;
  const lon = loc.longitude / 1e7;
  if ('circularRegion' in region) {
    const c = region.circularRegion;
    return distanceM(c.center.latitude / 1e7, c.center.longitude / 1e7, lat, lon) <= c.radius;
  }
  if ('rectangularRegion' in region) {
    return region.rectangularRegion.some((r) => lat <= r.northWest.latitude / 1e7 && lat >= r.southEast.latitude / 1e7 && lon >= r.northWest.longitude / 1e7 && lon <= r.southEast.longitude / 1e7);
  }
  return undefined;
}

export class Verifier {
  readonly counters: VerificationCounters;
  readonly cache: CertificateCache;
  readonly validator: CertificateValidator;
  readonly policy: VerificationPolicy;
  private readonly clock: Clock;
  private readonly maxAgeMs: number;
  private readonly maxFutureMs: number;
  private readonly requireTime: boolean;
  private readonly maxReplay: number;
  private readonly neighbourMs: number;
  /** tbs hash (hex, 128 bits) -> generation time (UTC ms), in arrival order. */
  private readonly replay = new Map<string, number>();
  /** signer HashedId8 hex -> last heard (UTC ms). */
  private readonly heard = new Map<string, number>();
  private readonly p2pcd: P2pcd | undefined;

  constructor(o: VerifierOptions) {
    this.cache = o.cache ?? new CertificateCache();
    this.validator = new CertificateValidator(o.trust, this.cache);
    for (const a of o.trust.authorities.values()) this.cache.add(a, true);
    this.clock = o.clock ?? new SystemClock();
    this.maxAgeMs = o.maxAgeMs ?? 5000;
    this.maxFutureMs = o.maxFutureMs ?? 1000;
    this.requireTime = o.requireGenerationTime ?? true;
    this.maxReplay = o.maxReplayEntries ?? 50_000;
    this.neighbourMs = o.neighbourMemoryMs ?? 10_000;
    this.policy = o.policy ?? 'drop';
    this.p2pcd = o.p2pcd;
    this.counters = Object.fromEntries([...VERIFICATION_STATUSES.map((s) => [s, 0]), ['total', 0], ['accepted', 0], ['dropped', 0]]) as VerificationCounters;
  }

  /** Verifies one Ieee1609Dot2Data (COER octets). Never throws. */
  verify(bytes: Uint8Array): VerificationResult {
    let data: Ieee1609Dot2Data;
    try {
      data = decodeIeee1609Dot2Data(bytes, { allowTrailing: true }).value;
    } catch (e) {
      if (!(e instanceof Dot2DecodeError)) throw e;
      return this.count({ verified: false, status: 'malformed', reason: e.message });
    }
    return this.verifyDecoded(data);
  }

  /**
   * Verifies a decoded Ieee1609Dot2Data (as `extractPayload` gives it in `data`): the octets
   * the signature covers are the ones received (`tbsData.$bytes`). Never throws.
   */
  verifyDecoded(data: Ieee1609Dot2Data): VerificationResult {
    const c = data.content;
    if ('unsecuredData' in c) return this.count({ verified: false, status: 'unsigned', reason: 'unsecured data', payload: c.unsecuredData });
    if (!('signedData' in c)) return this.count({ verified: false, status: 'unsupported', reason: `${Object.keys(c)[0]} content` });
    try {
      return this.count(this.signed(c.signedData));
    } catch (e) {
      // Our bug, not the sender's: reported as a result, never thrown at the receive loop.
      return this.count({ verified: false, status: 'malformed', reason: `verification failed: ${(e as Error).message}` });
    }
  }

  /** The verdict on a message that came without any IEEE 1609.2 envelope (a bare MessageFrame). */
  unsecured(): VerificationResult {
    return this.count({ verified: false, status: 'unsigned', reason: 'no IEEE 1609.2 envelope' });
  }

  /** Whether the policy passes a message on. */
  accept(r: VerificationResult): boolean {
    return r.verified || this.policy === 'mark';
  }

  private count(r: VerificationResult): VerificationResult {
    // Now and then, forget certificates that expired (the cache is also bounded by size).
    if (++this.counters.total % 4096 === 0) this.cache.purgeExpired(this.clock.now());
    this.counters[r.status]++;
    if (this.accept(r)) this.counters.accepted++;
    else this.counters.dropped++;
    return r;
  }

  private signed(sd: SignedData): VerificationResult {
    const h = sd.tbsData.headerInfo;
    const now = this.clock.now();
    const inner = sd.tbsData.payload.data;
    const base: VerificationResult = { verified: false, status: 'verified', reason: '', psid: h.psid };
    if (inner && 'unsecuredData' in inner.content) base.payload = inner.content.unsecuredData;
    if (h.generationTime !== undefined) {
      base.generationTime = h.generationTime;
      base.generationTimeMs = time64ToUtcMs(h.generationTime);
    }
    if (h.inlineP2pcdRequest?.length) base.peerRequests = h.inlineP2pcdRequest.map(toHex);
    const s = sd.signer;
    base.signer = 'digest' in s ? { kind: 'digest', hashedId8: toHex(s.digest) } : 'certificate' in s ? { kind: 'certificate' } : 'self' in s ? { kind: 'self' } : { kind: 'other' };
    const fail = (f: Fail): VerificationResult => ({ ...base, ...f, verified: false });

    if (inner && !('unsecuredData' in inner.content)) return fail({ status: 'unsupported', reason: `signed data holding ${Object.keys(inner.content)[0]} content` });
    if (sd.hashId !== 'sha256') return fail({ status: 'unsupported', reason: `hash algorithm ${sd.hashId}` });
    const rs = signatureRs(sd.signature);
    if (!rs) return fail({ status: 'unsupported', reason: `signature ${Object.keys(sd.signature)[0]}` });
    if (h.requestedCertificate) this.learn(h.requestedCertificate);

    // The signer.
    let signer: KnownCertificate;
    if ('digest' in s) {
      const k = this.validator.lookup(toHex(s.digest));
      if (!k) {
        const id3 = s.digest.subarray(5);
        this.p2pcd?.want(id3, this.clock.monotonic());
        this.p2pcd?.newNeighbour();
        return fail({ status: 'unknown-signer', reason: `no certificate known for digest ${toHex(s.digest)}`, p2pcdRequest: toHex(id3) });
      }
      signer = k;
    } else if ('certificate' in s) {
      const [leaf, ...rest] = s.certificate;
      if (!leaf) return fail({ status: 'malformed', reason: 'an empty certificate chain' });
      const r = this.validator.validate(leaf, rest);
      if (!r.ok) {
        const req = r.missing ? toHex(r.missing) : undefined;
        if (r.missing) this.p2pcd?.want(r.missing, this.clock.monotonic());
        return fail({ status: r.status, reason: r.reason, ...(req ? { p2pcdRequest: req } : {}) });
      }
      signer = r.known;
      for (const k of r.added) this.p2pcd?.learned(k.id8);
    } else return fail({ status: 'unsupported', reason: 'self' in s ? 'a self-signed SPDU has no certificate to trust' : 'an unknown signer identifier' });
    base.signer = { ...base.signer, hashedId8: signer.hex, ...certificateName(signer.certificate) };

    // Certificate and header checks.
    const genMs = base.generationTimeMs;
    if (genMs === undefined) {
      if (this.requireTime) return fail({ status: 'no-generation-time', reason: 'the header has no generation time' });
    } else {
      if (genMs < signer.startMs || genMs >= signer.endMs) return fail({ status: 'certificate-expired', reason: `certificate ${signer.hex} is valid ${new Date(signer.startMs).toISOString()} to ${new Date(signer.endMs).toISOString()}, not at ${new Date(genMs).toISOString()}` });
      if (genMs < now - this.maxAgeMs) return fail({ status: 'too-old', reason: `generated ${(now - genMs).toFixed(0)} ms ago (window ${this.maxAgeMs} ms)` });
      if (genMs > now + this.maxFutureMs) return fail({ status: 'in-future', reason: `generated ${(genMs - now).toFixed(0)} ms ahead of now (window ${this.maxFutureMs} ms)` });
    }
    if (now < signer.startMs || now >= signer.endMs) return fail({ status: 'certificate-expired', reason: `certificate ${signer.hex} is not valid now` });
    if (h.expiryTime !== undefined && time64ToUtcMs(h.expiryTime) < now) return fail({ status: 'expired', reason: 'the expiry time of the data has passed' });
    if (!permitsPsid(signer.certificate, h.psid)) return fail({ status: 'psid-not-permitted', reason: `certificate ${signer.hex} does not permit PSID 0x${h.psid.toString(16)}` });
    if (h.generationLocation && insideRegion(signer.certificate, h.generationLocation) === false) return fail({ status: 'outside-region', reason: 'generated outside the certificate region' });

    // The signature, over the octets received.
    const tbs = sd.tbsData.$bytes ?? encodeTbs(sd);
    const tbsHash = sha256(tbs);
    if (!ecdsaVerify(signer.key, concatBytes(tbsHash, signer.hash), rs)) return fail({ status: 'bad-signature', reason: `signature does not verify with certificate ${signer.hex}` });

    // Replays.
    const key = Buffer.from(tbsHash.buffer, tbsHash.byteOffset, 16).toString('hex');
    if (this.replay.has(key)) return fail({ status: 'replay', reason: 'the same signed data was received before' });
    this.remember(key, genMs ?? now, now);

    // A verified station: new to us? And what did it ask for?
    const last = this.heard.get(signer.hex);
    if (last === undefined || now - last > this.neighbourMs) this.p2pcd?.newNeighbour();
    this.heard.delete(signer.hex);
    this.heard.set(signer.hex, now);
    if (this.heard.size > 4096) for (const [k, t] of this.heard) {
      if (now - t <= this.neighbourMs && this.heard.size <= 4096) break;
      this.heard.delete(k);
    }
    if (h.inlineP2pcdRequest?.length) this.p2pcd?.peerRequested(h.inlineP2pcdRequest);
    return { ...base, verified: true, status: 'verified' };
  }

  /** A certificate a peer sent in answer to a P2PCD request: kept if it chains to trust. */
  private learn(cert: Certificate): void {
    const r = this.validator.validate(cert, []);
    if (r.ok) for (const k of r.added) this.p2pcd?.learned(k.id8);
  }

  private remember(key: string, genMs: number, now: number): void {
    this.replay.set(key, genMs);
    const horizon = now - this.maxAgeMs - this.maxFutureMs;
    for (const [k, t] of this.replay) {
      if (t >= horizon && this.replay.size <= this.maxReplay) break;
      this.replay.delete(k);
    }
  }

  /** Replay entries held (bounded by the window and maxReplayEntries). */
  get replayEntries(): number {
    return this.replay.size;
  }
}

function encodeTbs(sd: SignedData): Uint8Array {
  const w = new OerWriter(256);
  ToBeSignedDataCodec.enc(w, sd.tbsData);
  return w.finish();
}

function certificateName(c: Certificate): { certificateId?: string } {
  const id = c.toBeSigned.id;
  if ('name' in id) return { certificateId: id.name };
  if ('binaryId' in id) return { certificateId: toHex(id.binaryId) };
  if ('linkageData' in id) return { certificateId: `linkage ${id.linkageData.iCert}:${toHex(id.linkageData['linkage-value'])}` };
  return {};
}
