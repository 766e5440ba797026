/**
 * What a receiver trusts and what it has learned.
 *
 * - `TrustStore`: the trust anchors (self-signed root certificates, each checked against its
 *   own signature when added) and authority certificates configured with them (checked to
 *   chain to an anchor);
 * - `CertificateCache`: certificates met on the air and validated to an anchor, keyed by
 *   HashedId8, each with its public key ready for verification. Bounded: the least recently
 *   used certificate goes first; configured authorities and anchors never go.
 *
 * `CertificateValidator.validate` walks a certificate up its chain (issuers from the cache,
 * the anchors, or certificates sent along with it) and checks at each step: the issuer is a
 * CA, it may issue every PSID the certificate holds, the validity lies within the issuer's,
 * and the signature verifies with the issuer's key.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { KeyObject } from 'node:crypto';
import { toHex } from '../../asn1/runtime/values.js';
import type { Certificate } from '../transport/ieee1609dot2/index.js';
import { canonicalBytes, certificateSignatureValid, decodeCertificate, hashedId3, hashedId8Of, mayIssuePsid, validity, verificationKey } from './certificate.js';
import { sha256 } from './crypto.js';

export interface KnownCertificate {
  certificate: Certificate;
  /** HashedId8, and as hex (the cache key). */
  id8: Uint8Array;
  hex: string;
  canonical: Uint8Array;
  /** SHA-256 of the canonical octets (the "signer identifier input" hash of what it signs). */
  hash: Uint8Array;
  key: KeyObject;
  startMs: number;
  endMs: number;
  /** The issuing certificate (undefined for an anchor). */
  issuer?: KnownCertificate;
  anchor: boolean;
  /** May issue certificates (has certIssuePermissions). */
  ca: boolean;
}

export class TrustError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TrustError';
  }
}

/** The known form of a certificate (its hash and key computed once). Throws for a key that is not one. */
export function known(cert: Certificate, issuer: KnownCertificate | undefined, anchor = false): KnownCertificate {
  const canonical = canonicalBytes(cert);
  const hash = sha256(canonical);
  const id8 = hash.subarray(24);
  const { startMs, endMs } = validity(cert);
  return { certificate: cert, id8, hex: toHex(id8), canonical, hash, key: verificationKey(cert), startMs, endMs, ...(issuer ? { issuer } : {}), anchor, ca: (cert.toBeSigned.certIssuePermissions?.length ?? 0) > 0 };
}

export interface CacheStats {
  size: number;
  hits: number;
  misses: number;
  added: number;
  evicted: number;
}

export class CertificateCache {
  readonly stats: CacheStats = { size: 0, hits: 0, misses: 0, added: 0, evicted: 0 };
  private readonly entries = new Map<string, KnownCertificate>();
  private readonly pinned = new Map<string, KnownCertificate>();

  constructor(readonly maxEntries = 4096) {}

  get(hex: string): KnownCertificate | undefined {
    const p = this.pinned.get(hex);
    if (p) {
      this.stats.hits++;
      return p;
    }
    const e = this.entries.get(hex);
    if (!e) {
      this.stats.misses++;
      return undefined;
    }
    // Most recently used last.
    this.entries.delete(hex);
    this.entries.set(hex, e);
    this.stats.hits++;
    return e;
  }

  has(hex: string): boolean {
    return this.pinned.has(hex) || this.entries.has(hex);
  }

  /** Adds a validated certificate; `pin` keeps it for good (anchors, configured authorities). */
  add(k: KnownCertificate, pin = false): void {
    if (this.has(k.hex)) return;
    if (pin) this.pinned.set(k.hex, k);
    else {
      this.entries.set(k.hex, k);
      while (this.entries.size > this.maxEntries) {
        this.entries.delete(this.entries.keys().next().value as string);
        this.stats.evicted++;
      }
    }
    this.stats.added++;
    this.stats.size = this.pinned.size + this.entries.size;
  }

  /** Forgets certificates that expired before `nowMs` (pinned ones stay). */
  purgeExpired(nowMs: number): number {
    let n = 0;
    for (const [k, e] of this.entries) if (e.endMs < nowMs) {
      this.entries.delete(k);
      n++;
    }
    this.stats.evicted += n;
    this.stats.size = this.pinned.size + this.entries.size;
    return n;
  }
}

export class TrustStore {
  readonly anchors = new Map<string, KnownCertificate>();
  readonly authorities = new Map<string, KnownCertificate>();

  /** Adds a root: it must be self-signed, with a valid signature, and a CA. */
  addAnchor(cert: Certificate): KnownCertificate {
    if (!('self' in cert.issuer)) throw new TrustError('a trust anchor must be self-signed');
    const k = known(cert, undefined, true);
    if (!certificateSignatureValid(cert, k.key, undefined)) throw new TrustError(`anchor ${k.hex}: its self-signature does not verify`);
    if (!k.ca) throw new TrustError(`anchor ${k.hex}: not a CA certificate (no certIssuePermissions)`);
    this.anchors.set(k.hex, k);
    return k;
  }

  /** Adds an authority certificate that chains to an anchor (or to authorities added before it). */
  addAuthority(cert: Certificate): KnownCertificate {
    const r = new CertificateValidator(this, new CertificateCache(16)).validate(cert, []);
    if (!r.ok) throw new TrustError(`authority certificate: ${r.reason}`);
    this.authorities.set(r.known.hex, r.known);
    return r.known;
  }

  lookup(hex: string): KnownCertificate | undefined {
    return this.anchors.get(hex) ?? this.authorities.get(hex);
  }

  /**
   * Reads trust from a path: a certificate directory made by `v2x-edge certs init` (its root
   * and authorities from certs.json), a folder of `.cert` files (self-signed ones are
   * anchors, the others authorities), or one `.cert` file.
   */
  static load(path: string): TrustStore {
    const t = new TrustStore();
    if (!existsSync(path)) throw new TrustError(`${path}: no such file or directory`);
    const certs: Certificate[] = [];
    const read = (f: string): void => {
      try {
        certs.push(decodeCertificate(new Uint8Array(readFileSync(f))));
      } catch (e) {
        throw new TrustError(`${f}: not a COER certificate (${(e as Error).message})`);
      }
    };
    if (statSync(path).isFile()) read(path);
    else if (existsSync(join(path, 'certs.json'))) {
      const m = JSON.parse(readFileSync(join(path, 'certs.json'), 'utf8')) as { root?: { certificate: string }; authorities?: string[] };
      if (m.root) read(join(path, m.root.certificate));
      for (const a of m.authorities ?? []) read(join(path, a));
    } else for (const f of readdirSync(path).sort()) if (f.endsWith('.cert')) read(join(path, f));
    const roots = certs.filter((c) => 'self' in c.issuer);
    if (roots.length === 0) throw new TrustError(`${path}: no self-signed root certificate to trust`);
    for (const c of roots) t.addAnchor(c);
    // Authorities in any order: add those whose issuer is known until none is left.
    let rest = certs.filter((c) => !('self' in c.issuer));
    while (rest.length) {
      const before = rest.length;
      rest = rest.filter((c) => {
        try {
          t.addAuthority(c);
          return false;
        } catch {
          return true;
        }
      });
      if (rest.length === before) throw new TrustError(`${path}: ${rest.length} authority certificate(s) do not chain to the trusted roots`);
    }
    return t;
  }
}

export type ChainFailure = 'unknown-issuer' | 'untrusted' | 'bad-certificate' | 'bad-chain';

export type ValidateResult =
  | { ok: true; known: KnownCertificate; added: KnownCertificate[] }
  | { ok: false; status: ChainFailure; reason: string; /** HashedId3 to ask peers for (unknown issuer). */ missing?: Uint8Array };

const MAX_CHAIN = 6;

export class CertificateValidator {
  constructor(readonly trust: TrustStore, readonly cache: CertificateCache) {}

  /** The certificate with this HashedId8, if trusted or validated before. */
  lookup(hex: string): KnownCertificate | undefined {
    return this.trust.lookup(hex) ?? this.cache.get(hex);
  }

  /** Validates `cert` to an anchor; `others` are certificates sent along (possible issuers). */
  validate(cert: Certificate, others: readonly Certificate[], depth = 0): ValidateResult {
    let k: KnownCertificate;
    try {
      const canonical = canonicalBytes(cert);
      const hex = toHex(hashedId8Of(canonical));
      const seen = this.lookup(hex);
      if (seen) return { ok: true, known: seen, added: [] };
      if ('self' in cert.issuer) return { ok: false, status: 'untrusted', reason: `self-signed certificate ${hex} is not a trust anchor` };
      if (depth >= MAX_CHAIN) return { ok: false, status: 'bad-chain', reason: `chain longer than ${MAX_CHAIN}` };
      if (!('sha256AndDigest' in cert.issuer)) return { ok: false, status: 'bad-certificate', reason: `issuer identified by ${Object.keys(cert.issuer)[0]}: only sha256AndDigest is supported` };
      const issuerId8 = cert.issuer.sha256AndDigest;
      const issuerHex = toHex(issuerId8);
      let issuer = this.lookup(issuerHex);
      const added: KnownCertificate[] = [];
      if (!issuer) {
        const candidate = others.find((o) => toHex(hashedId8Of(canonicalBytes(o))) === issuerHex);
        if (!candidate) return { ok: false, status: 'unknown-issuer', reason: `issuer ${issuerHex} is not known`, missing: hashedId3(issuerId8) };
        const r = this.validate(candidate, others, depth + 1);
        if (!r.ok) return r;
        issuer = r.known;
        added.push(...r.added);
      }
      k = known(cert, issuer);
      const problem = this.checkAgainstIssuer(k, issuer);
      if (problem) return { ok: false, status: 'bad-chain', reason: problem };
      if (!certificateSignatureValid(cert, issuer.key, issuer.certificate)) return { ok: false, status: 'bad-certificate', reason: `certificate ${k.hex}: signature does not verify with issuer ${issuer.hex}` };
      this.cache.add(k);
      added.push(k);
      return { ok: true, known: k, added };
    } catch (e) {
      return { ok: false, status: 'bad-certificate', reason: (e as Error).message };
    }
  }

  private checkAgainstIssuer(k: KnownCertificate, issuer: KnownCertificate): string | undefined {
    if (!issuer.ca) return `issuer ${issuer.hex} may not issue certificates`;
    if (k.startMs < issuer.startMs || k.endMs > issuer.endMs) return `validity of ${k.hex} is not within its issuer's`;
    const t = k.certificate.toBeSigned;
    for (const p of t.appPermissions ?? []) if (!mayIssuePsid(issuer.certificate, p.psid)) return `issuer ${issuer.hex} may not grant PSID 0x${p.psid.toString(16)}`;
    for (const g of t.certIssuePermissions ?? []) {
      const s = g.subjectPermissions;
      if ('all' in s) {
        if (!(issuer.certificate.toBeSigned.certIssuePermissions ?? []).some((x) => 'all' in x.subjectPermissions)) return `issuer ${issuer.hex} may not delegate all PSIDs`;
      } else if ('explicit' in s) {
        for (const r of s.explicit) if (!mayIssuePsid(issuer.certificate, r.psid)) return `issuer ${issuer.hex} may not delegate PSID 0x${r.psid.toString(16)}`;
      }
    }
    return undefined;
  }
}
