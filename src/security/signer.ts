/**
 * Signing what the broadcast loop sends: each UPER MessageFrame becomes an IEEE 1609.2
 * Ieee1609Dot2Data with signedData (COER):
 *
 * ```
 * Ieee1609Dot2Data { protocolVersion 3, content signedData {
 *   hashId sha256,
 *   tbsData { payload { data { unsecuredData: the MessageFrame } },
 *             headerInfo { psid, generationTime, [generationLocation], [expiryTime],
 *                          [inlineP2pcdRequest], [requestedCertificate] } },
 *   signer  digest (HashedId8 of the pseudonym certificate) | certificate (the certificate itself),
 *   signature ecdsaNistP256Signature { rSig x-only, sSig } } }
 * ```
 *
 * Signer kind (J2945/1 rules, configurable): the full certificate at least once every
 * `certificateIntervalMs` (1 s), when a new neighbour appears, when a peer asks for it
 * (P2PCD) and after every pseudonym change; the digest otherwise.
 *
 * Pseudonyms: `rotate()` (wired to the BSM engine's identity change) moves to another
 * certificate of the pool, valid now and permitting the PSIDs (the least recently used, at
 * random among equals), and draws a new link-layer address, so that TemporaryID, msgCnt,
 * certificate and MAC change together.
 *
 * Generation time is the signer's clock (the system clock by default), not the time of a
 * replayed drive: receivers check it against their own clocks.
 */
import { toHex } from '../../asn1/runtime/values.js';
import { SystemClock, type Clock } from '../../hal/clock.js';
import { ToBeSignedDataCodec, utcMsToTime64, type Certificate, type HeaderInfo, type ThreeDLocation, type ToBeSignedData } from '../transport/ieee1609dot2/index.js';
import { OerWriter } from '../transport/ieee1609dot2/oer.js';
import { expectedPsid, messageNameOf } from '../transport/psid.js';
import type { OutgoingMessage } from '../transport/types.js';
import { canonicalBytes, encodeCertificate, hashedId3, hashedId8Of, permitsPsid, signingInputHashed, validity } from './certificate.js';
import { concatBytes, sha256 } from './crypto.js';
import type { SigningKey } from './keys.js';
import { P2pcd } from './p2pcd.js';

export interface Pseudonym {
  certificate: Certificate;
  key: SigningKey;
  /** Index in the pool (for logs). */
  index: number;
}

export type SignerMode = 'auto' | 'certificate' | 'digest';

export interface SignerOptions {
  pseudonyms: Pseudonym[];
  /** CA certificates of the chain (enrolment, root): sent when a peer asks for them. */
  authorities?: Certificate[];
  /** UTC time of generationTime and validity checks; monotonic time for the intervals. */
  clock?: Clock;
  /** PSID (integer) by message type; default the 1609.12 assignments (BSM 0x20, SPaT/MAP 0x82...). */
  psids?: Record<string, number>;
  /** The full certificate at least this often (default 1000 ms; 0: every message). */
  certificateIntervalMs?: number;
  /** 'auto' (the rules above), or always one kind. */
  mode?: SignerMode;
  /** A new neighbour makes the next message carry the full certificate (default true). */
  certificateOnNewNeighbour?: boolean;
  /** Where the vehicle is (generationLocation), when known. */
  location?: () => ThreeDLocation | undefined;
  /** expiryTime = generation time + this, when given. */
  expiryMs?: number;
  /** Shared with this station's verifier. */
  p2pcd?: P2pcd;
  /** Uniform [0, 1), for the choice of pseudonym and the MAC (default Math.random). */
  rng?: () => number;
  onRotate?: (r: RotationInfo) => void;
}

export interface RotationInfo {
  /** The pseudonym now in use. */
  index: number;
  hashedId8: string;
  /** The link-layer address that goes with it (locally administered, unicast). */
  mac: Uint8Array;
  /** The TemporaryID of the identity change that caused it, if any. */
  temporaryId?: Uint8Array;
}

export interface SignerStats {
  signed: number;
  withCertificate: number;
  withDigest: number;
  /** Messages not signed (our own error: no PSID, not permitted, no valid certificate). */
  errors: number;
  rotations: number;
  p2pcdRequestsSent: number;
  certificatesSentOnRequest: number;
  authoritiesSentOnRequest: number;
}

export type SecurityErrorCode = 'NO_PSID' | 'PSID_NOT_PERMITTED' | 'NO_VALID_CERTIFICATE' | 'ASYNC_KEY' | 'BAD_CERTIFICATE_DIRECTORY';

/** Our own mistakes: thrown, with the reason (a sink counts them as send errors). */
export class SecurityError extends Error {
  constructor(readonly code: SecurityErrorCode, message: string) {
    super(message);
    this.name = 'SecurityError';
  }
}

interface Current {
  p: Pseudonym;
  canonical: Uint8Array;
  /** SHA-256 of the canonical certificate (the signer half of every signature's input). */
  hash: Uint8Array;
  id8: Uint8Array;
  hex: string;
  startMs: number;
  endMs: number;
  /** Signer identifier octets: digest [0] HashedId8, certificate [1] SequenceOfCertificate of one. */
  digestSigner: Uint8Array;
  certificateSigner: Uint8Array;
}

/** What `prepare` decided for one message, at one instant. */
interface Prepared {
  tbs: Uint8Array;
  cur: Current;
  certificate: boolean;
  /** Monotonic time of the message's generation time (the certificate interval runs from it). */
  mono: number;
}

/** ecdsaNistP256Signature [0] { rSig x-only [0], sSig }. */
function signatureOctets(rs: Uint8Array): Uint8Array {
  const out = new Uint8Array(66);
  out[0] = 0x80;
  out[1] = 0x80;
  out.set(rs.subarray(0, 32), 2);
  out.set(rs.subarray(32, 64), 34);
  return out;
}

/** Ieee1609Dot2Data version 3, content [1] signedData, hashId sha256. */
const SIGNED_PREFIX = Uint8Array.of(0x03, 0x81, 0x00);

export class MessageSigner {
  readonly stats: SignerStats = { signed: 0, withCertificate: 0, withDigest: 0, errors: 0, rotations: 0, p2pcdRequestsSent: 0, certificatesSentOnRequest: 0, authoritiesSentOnRequest: 0 };
  readonly p2pcd: P2pcd;
  private readonly clock: Clock;
  private readonly rng: () => number;
  private readonly psids: Record<string, number> = {};
  private readonly interval: number;
  private readonly mode: SignerMode;
  private readonly pool: Current[];
  private readonly authorities: { cert: Certificate; id3: string }[];
  private cur: Current;
  /** When each pseudonym was last taken into use (a rotation count). */
  private readonly lastUse = new Map<Current, number>();
  private uses = 0;
  private lastCertificateAt = -Infinity;
  private certificateNext = true;
  private mac: Uint8Array;
  private readonly memo = new WeakMap<object, Uint8Array>();

  constructor(private readonly o: SignerOptions) {
    if (o.pseudonyms.length === 0) throw new SecurityError('NO_VALID_CERTIFICATE', 'no pseudonym certificate to sign with');
    this.clock = o.clock ?? new SystemClock();
    this.rng = o.rng ?? Math.random;
    for (const [k, v] of Object.entries(o.psids ?? {})) this.psids[k.toUpperCase()] = v;
    this.interval = o.certificateIntervalMs ?? 1000;
    this.mode = o.mode ?? 'auto';
    this.p2pcd = o.p2pcd ?? new P2pcd();
    this.pool = o.pseudonyms.map((p) => {
      const canonical = canonicalBytes(p.certificate);
      const hash = sha256(canonical);
      const id8 = hash.subarray(24);
      const v = validity(p.certificate);
      // The certificate goes on the air as issued (its points may be uncompressed); hashes use the canonical form.
      const certOctets = concatBytes(Uint8Array.of(0x81, 0x01, 0x01), p.certificate.$bytes ?? encodeCertificate(p.certificate));
      return { p, canonical, hash, id8, hex: toHex(id8), startMs: v.startMs, endMs: v.endMs, digestSigner: concatBytes(Uint8Array.of(0x80), id8), certificateSigner: certOctets };
    });
    this.authorities = (o.authorities ?? []).map((cert) => ({ cert, id3: toHex(hashedId3(hashedId8Of(canonicalBytes(cert)))) }));
    this.cur = this.pool[0]!;
    this.mac = this.randomMac();
    this.rotate();
  }

  /** The pseudonym in use. */
  get current(): { index: number; hashedId8: string; certificate: Certificate; mac: Uint8Array } {
    return { index: this.cur.p.index, hashedId8: this.cur.hex, certificate: this.cur.p.certificate, mac: this.mac };
  }

  /** The link-layer address of the current pseudonym. */
  get linkAddress(): Uint8Array {
    return this.mac;
  }

  /** Whether signing never waits (every key of the pool signs synchronously): `secure` may be used. */
  get synchronous(): boolean {
    return this.pool.every((c) => c.p.key.synchronous === true);
  }

  /** For the BSM engine's `onIdentityChange`: a new pseudonym with the new TemporaryID. */
  readonly onIdentityChange = (temporaryId: Uint8Array): void => {
    this.rotate(temporaryId);
  };

  /**
   * Moves to another pseudonym valid now (chosen at random among the others; the same one
   * if it is the only one valid), with a new MAC; the next message carries the certificate.
   */
  rotate(temporaryId?: Uint8Array): RotationInfo {
    const now = this.clock.now();
    const valid = this.pool.filter((c) => now >= c.startMs && now < c.endMs);
    const others = valid.filter((c) => c !== this.cur || !this.lastUse.has(c));
    const pick = others.length ? others : valid;
    if (pick.length) {
      // The least recently used (never used first), at random among equals: a certificate comes
      // back only after every other valid one has been used, which keeps the identities that
      // share it as far apart as the pool allows.
      const age = (c: Current): number => this.lastUse.get(c) ?? -1;
      const oldest = Math.min(...pick.map(age));
      const least = pick.filter((c) => age(c) === oldest);
      this.cur = least[Math.floor(this.rng() * least.length)]!;
      this.lastUse.set(this.cur, this.uses++);
    }
    this.mac = this.randomMac();
    this.certificateNext = true;
    this.stats.rotations++;
    const info: RotationInfo = { index: this.cur.p.index, hashedId8: this.cur.hex, mac: this.mac, ...(temporaryId ? { temporaryId: Uint8Array.from(temporaryId) } : {}) };
    this.o.onRotate?.(info);
    return info;
  }

  /** A station not heard before appeared: the next message carries the certificate. */
  newNeighbour(): void {
    this.certificateNext = true;
  }

  /** The PSID (integer) a message is signed with. */
  psidFor(msg: Pick<OutgoingMessage, 'type' | 'messageId'>): number {
    const name = msg.type.toUpperCase();
    const p = this.psids[name] ?? expectedPsid(name) ?? expectedPsid(messageNameOf(msg.messageId) ?? '');
    if (p === undefined) throw new SecurityError('NO_PSID', `no PSID for message type ${msg.type}; give one in the signer's psids`);
    return p;
  }

  /**
   * The signed Ieee1609Dot2Data for an outgoing message (the same octets for the same message
   * object, however many sinks ask). Throws SecurityError for our own mistakes; a key that
   * signs asynchronously needs `secureAsync`.
   */
  secure(msg: OutgoingMessage): Uint8Array {
    const done = this.memo.get(msg);
    if (done) return done;
    const prepared = this.prepare(msg);
    const { tbs, cur } = prepared;
    const rs = cur.p.key.sign(signingInputHashed(tbs, cur.hash));
    if (rs instanceof Promise) {
      void rs.catch(() => undefined);
      throw new SecurityError('ASYNC_KEY', `${cur.p.key.label} signs asynchronously: use secureAsync`);
    }
    return this.finish(msg, prepared, rs);
  }

  /** As `secure`, for keys that may sign asynchronously (a hardware module). */
  async secureAsync(msg: OutgoingMessage): Promise<Uint8Array> {
    const done = this.memo.get(msg);
    if (done) return done;
    const prepared = this.prepare(msg);
    const rs = await prepared.cur.p.key.sign(signingInputHashed(prepared.tbs, prepared.cur.hash));
    return this.finish(msg, prepared, rs);
  }

  private prepare(msg: OutgoingMessage): Prepared {
    try {
      // One instant for the generation time and the certificate interval, read back to back.
      const mono = this.clock.monotonic();
      const now = this.clock.now();
      const psid = this.psidFor(msg);
      const cur = this.cur;
      if (now < cur.startMs || now >= cur.endMs) {
        this.rotate();
        if (now < this.cur.startMs || now >= this.cur.endMs) throw new SecurityError('NO_VALID_CERTIFICATE', `no pseudonym certificate is valid at ${new Date(now).toISOString()}`);
      }
      if (!permitsPsid(this.cur.p.certificate, psid)) throw new SecurityError('PSID_NOT_PERMITTED', `pseudonym ${this.cur.p.index} (${this.cur.hex}) does not permit PSID 0x${psid.toString(16)}`);
      const header: HeaderInfo = { psid, generationTime: utcMsToTime64(now) };
      if (this.o.expiryMs !== undefined) header.expiryTime = utcMsToTime64(now + this.o.expiryMs);
      const loc = this.o.location?.();
      if (loc) header.generationLocation = loc;
      // P2PCD: what we ask for, and what peers asked of us.
      const requests = this.p2pcd.requestsToSend(mono);
      if (requests.length) {
        header.inlineP2pcdRequest = requests;
        this.stats.p2pcdRequestsSent += requests.length;
      }
      const mine = new Map<string, string>([[toHex(hashedId3(this.cur.id8)), 'self'], ...this.authorities.map((a, i) => [a.id3, String(i)] as [string, string])]);
      let certificate = this.certificateNext || this.mode === 'certificate' || mono - this.lastCertificateAt >= this.interval;
      for (const asked of this.p2pcd.takePeerRequests(mine)) {
        if (asked === 'self') {
          certificate = true;
          this.stats.certificatesSentOnRequest++;
        } else if (header.requestedCertificate === undefined) {
          header.requestedCertificate = this.authorities[Number(asked)]!.cert;
          this.stats.authoritiesSentOnRequest++;
        }
      }
      if (this.o.certificateOnNewNeighbour !== false && this.p2pcd.takeNewNeighbours() > 0) certificate = true;
      if (this.mode === 'digest') certificate = false;
      const value: ToBeSignedData = { payload: { data: { protocolVersion: 3, content: { unsecuredData: msg.frame } } }, headerInfo: header };
      const w = new OerWriter(msg.frame.length + 64);
      ToBeSignedDataCodec.enc(w, value);
      return { tbs: w.finish(), cur: this.cur, certificate, mono };
    } catch (e) {
      this.stats.errors++;
      throw e;
    }
  }

  private finish(msg: OutgoingMessage, { tbs, cur, certificate, mono }: Prepared, rs: Uint8Array): Uint8Array {
    const out = concatBytes(SIGNED_PREFIX, tbs, certificate ? cur.certificateSigner : cur.digestSigner, signatureOctets(rs));
    this.stats.signed++;
    if (certificate) {
      this.stats.withCertificate++;
      // The interval runs from this certificate's generation time, not from when its
      // signature was done: a slow signature must not stretch the gap on the air.
      this.lastCertificateAt = Math.max(this.lastCertificateAt, mono);
      this.certificateNext = false;
    } else this.stats.withDigest++;
    this.memo.set(msg, out);
    return out;
  }

  private randomMac(): Uint8Array {
    const m = Uint8Array.from({ length: 6 }, () => Math.floor(this.rng() * 256));
    m[0] = (m[0]! & 0xfc) | 0x02; // locally administered, unicast
    return m;
  }
}
