/**
 * The bench authority chain of `certs init`: explicit certificates in COER, keys on disk with
 * owner-only permissions, HashedId8s, and signatures that OpenSSL's command line verifies on
 * its own (the octets signed are cut out of the certificate files by their fixed layout here,
 * not by our code). The key hook: a key provider that signs asynchronously, as a hardware
 * module would, plugs in through certs.json.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPrivateKey } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toHex } from '../../asn1/runtime/values.js';
import { canonicalBytes, canonicalCertificate, createSigner, decodeCertificate, encodeCertificate, hashedId8, initCertificateDirectory, KeyError, loadCertificateDirectory, MessageSigner, readManifest, registerKeyProvider, SecurityError, SigningStage, SoftwareKey, TrustError, TrustStore, unregisterKeyProvider, validity, type SigningKey } from '../../src/security/index.js';
import { decodeIeee1609Dot2Data, type Certificate } from '../../src/transport/ieee1609dot2/index.js';
import { bench, bsmMessage, distinctBsms, RecordingSink, T0, verifierFor, type Bench } from './helpers.js';

let b: Bench;
beforeAll(async () => {
  b = await bench({ pseudonyms: 5 });
});
afterAll(() => b.cleanup());

const file = (rel: string): Uint8Array => new Uint8Array(readFileSync(join(b.dir, rel)));

function haveOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    process.stderr.write('SKIP: openssl not found: the independent signature checks are skipped\n');
    return false;
  }
}

/** DER SEQUENCE { INTEGER r, INTEGER s } from 32-octet r and s. */
function derSignature(r: Uint8Array, s: Uint8Array): Buffer {
  const int = (v: Uint8Array): Buffer => {
    let i = 0;
    while (i < v.length - 1 && v[i] === 0) i++;
    const body = Buffer.from(v.subarray(i));
    const padded = body[0]! & 0x80 ? Buffer.concat([Buffer.of(0), body]) : body;
    return Buffer.concat([Buffer.of(0x02, padded.length), padded]);
  };
  const seq = Buffer.concat([int(r), int(s)]);
  return Buffer.concat([Buffer.of(0x30, seq.length), seq]);
}

/** SubjectPublicKeyInfo (DER) of a compressed P-256 point: id-ecPublicKey, prime256v1. */
function spkiCompressed(prefix: number, x: Uint8Array): Buffer {
  return Buffer.concat([Buffer.from('3039301306072a8648ce3d020106082a8648ce3d030107032200', 'hex'), Buffer.of(prefix), Buffer.from(x)]);
}

function pointOf(c: Certificate): { prefix: number; x: Uint8Array } {
  const v = c.toBeSigned.verifyKeyIndicator as { verificationKey: { ecdsaNistP256: Record<string, Uint8Array> } };
  const p = v.verificationKey.ecdsaNistP256;
  if (p['compressed-y-0']) return { prefix: 2, x: p['compressed-y-0'] };
  return { prefix: 3, x: p['compressed-y-1']! };
}

/** Verifies a certificate file's signature with the openssl command line. */
function opensslVerifies(certFile: string, issuerFile: string | undefined, issuerCert: Certificate): boolean {
  const bytes = file(certFile);
  // Fixed layout of our certificates: preamble, version, type, issuer (self: 2 octets, digest: 9), tbs, signature (66).
  const issuerLen = issuerFile === undefined ? 2 : 9;
  const tbs = bytes.subarray(3 + issuerLen, bytes.length - 66);
  const sig = bytes.subarray(bytes.length - 64);
  const dir = b.dir;
  const dgst = (f: string): Buffer => execFileSync('openssl', ['dgst', '-sha256', '-binary', f]);
  writeFileSync(join(dir, 'tbs.bin'), tbs);
  writeFileSync(join(dir, 'empty.bin'), new Uint8Array(0));
  const input = Buffer.concat([dgst(join(dir, 'tbs.bin')), dgst(issuerFile === undefined ? join(dir, 'empty.bin') : join(dir, issuerFile))]);
  writeFileSync(join(dir, 'input.bin'), input);
  writeFileSync(join(dir, 'sig.der'), derSignature(sig.subarray(0, 32), sig.subarray(32)));
  const { prefix, x } = pointOf(issuerCert);
  writeFileSync(join(dir, 'pub.der'), spkiCompressed(prefix, x));
  execFileSync('openssl', ['pkey', '-pubin', '-inform', 'DER', '-in', join(dir, 'pub.der'), '-out', join(dir, 'pub.pem')]);
  try {
    const out = execFileSync('openssl', ['dgst', '-sha256', '-verify', join(dir, 'pub.pem'), '-signature', join(dir, 'sig.der'), join(dir, 'input.bin')], { encoding: 'utf8' });
    return out.trim() === 'Verified OK';
  } catch {
    return false;
  }
}

describe('certs init: the bench chain root -> enrolment -> pseudonyms', () => {
  it('writes certificates, keys with owner-only permissions, and a manifest', () => {
    const m = b.manifest;
    expect(m.pseudonyms).toHaveLength(5);
    expect(statSync(b.dir).mode & 0o777).toBe(0o700);
    for (const k of ['root.key', 'enrolment.key', ...m.pseudonyms.map((p) => p.key.replace(/^file:/, ''))]) {
      expect(statSync(join(b.dir, k)).mode & 0o777, k).toBe(0o600);
      expect(readFileSync(join(b.dir, k), 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
      expect(createPrivateKey(readFileSync(join(b.dir, k))).asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
    }
    expect(m.root.validFrom).toBe(new Date(T0 - 3_600_000).toISOString());
    expect(m.authorities).toEqual(['enrolment.cert']);
  });

  it('certificates are explicit, COER, re-encode byte for byte, and chain by HashedId8', () => {
    const root = decodeCertificate(file('root.cert'));
    const enrol = decodeCertificate(file('enrolment.cert'));
    expect(root.type).toBe('explicit');
    expect(root.issuer).toEqual({ self: 'sha256' });
    expect(toHex(encodeCertificate(root))).toBe(toHex(file('root.cert')));
    expect(root.toBeSigned.certIssuePermissions?.[0]?.subjectPermissions).toEqual({ all: null });
    expect(enrol.toBeSigned.certIssuePermissions?.[0]?.subjectPermissions).toEqual({ explicit: [{ psid: 0x20 }] });
    expect(toHex((enrol.issuer as { sha256AndDigest: Uint8Array }).sha256AndDigest)).toBe(b.manifest.root.hashedId8);
    for (const p of b.manifest.pseudonyms) {
      const c = decodeCertificate(file(p.certificate));
      expect(toHex((c.issuer as { sha256AndDigest: Uint8Array }).sha256AndDigest)).toBe(b.manifest.enrolment.hashedId8);
      expect(c.toBeSigned.appPermissions).toEqual([{ psid: 0x20 }]);
      expect('linkageData' in c.toBeSigned.id).toBe(true);
      expect(validity(c)).toEqual({ startMs: T0 - 3_600_000, endMs: T0 - 3_600_000 + 168 * 3_600_000 });
      expect(toHex(encodeCertificate(c))).toBe(toHex(file(p.certificate)));
    }
  });

  it('HashedId8 is the last eight octets of SHA-256 of the certificate (sha256sum)', () => {
    for (const e of [b.manifest.root, b.manifest.enrolment, ...b.manifest.pseudonyms]) {
      const sum = execFileSync('sha256sum', [join(b.dir, e.certificate)], { encoding: 'utf8' }).split(' ')[0]!;
      expect(e.hashedId8).toBe(sum.slice(48));
      expect(toHex(hashedId8(decodeCertificate(file(e.certificate))))).toBe(sum.slice(48));
    }
  });

  it.skipIf(!haveOpenssl())('OpenSSL verifies every certificate signature: SHA-256(SHA-256(tbs) || SHA-256(issuer))', () => {
    const root = decodeCertificate(file('root.cert'));
    const enrol = decodeCertificate(file('enrolment.cert'));
    expect(opensslVerifies('root.cert', undefined, root)).toBe(true);
    expect(opensslVerifies('enrolment.cert', 'root.cert', root)).toBe(true);
    for (const p of b.manifest.pseudonyms) expect(opensslVerifies(p.certificate, 'enrolment.cert', enrol), p.certificate).toBe(true);
    // The check can fail: the enrolment certificate is not signed with its own key.
    expect(opensslVerifies('enrolment.cert', 'root.cert', enrol)).toBe(false);
  });

  it('refuses to replace a directory without --force, and replaces it with', async () => {
    await expect(initCertificateDirectory({ dir: b.dir, pseudonyms: 1, clock: b.clock })).rejects.toMatchObject({ code: 'KEY_EXISTS' });
    const copy = await bench({ pseudonyms: 1 });
    const before = readManifest(copy.dir).root.hashedId8;
    await initCertificateDirectory({ dir: copy.dir, pseudonyms: 2, clock: copy.clock, force: true });
    expect(readManifest(copy.dir).root.hashedId8).not.toBe(before);
    expect(readManifest(copy.dir).pseudonyms).toHaveLength(2);
    copy.cleanup();
  });

  it('a key file others can read is refused, with the fix in the message', async () => {
    const copy = await bench({ pseudonyms: 1 });
    const key = join(copy.dir, 'pseudonyms/0000.key');
    chmodSync(key, 0o644);
    await expect(createSigner({ certsDir: copy.dir })).rejects.toThrow(/permissions 0644 .*chmod 600/);
    await expect(createSigner({ certsDir: copy.dir })).rejects.toBeInstanceOf(KeyError);
    // Allowed explicitly (for example a key on a read-only medium), or once fixed.
    expect((await createSigner({ certsDir: copy.dir, allowInsecureKeys: true })).current.index).toBe(0);
    chmodSync(key, 0o600);
    expect((await createSigner({ certsDir: copy.dir })).current.index).toBe(0);
    copy.cleanup();
  });

  it('a directory that is not one, or a certificate that does not decode, is a clear error', async () => {
    await expect(createSigner({ certsDir: join(b.dir, 'pseudonyms') })).rejects.toMatchObject({ code: 'BAD_CERTIFICATE_DIRECTORY' });
    const copy = await bench({ pseudonyms: 1 });
    writeFileSync(join(copy.dir, 'pseudonyms/0000.cert'), Uint8Array.of(3, 0, 1));
    await expect(createSigner({ certsDir: copy.dir })).rejects.toThrow(/pseudonyms\/0000\.cert/);
    copy.cleanup();
  });
});

describe('points: compressed or uncompressed, one HashedId8', () => {
  it('a chain issued with uncompressed points hashes and verifies in the canonical (compressed) form', async () => {
    const u = await bench({ pseudonyms: 2, pointForm: 'uncompressed' });
    const c = decodeCertificate(new Uint8Array(readFileSync(join(u.dir, 'pseudonyms/0000.cert'))));
    const key = (c.toBeSigned.verifyKeyIndicator as { verificationKey: { ecdsaNistP256: Record<string, unknown> } }).verificationKey.ecdsaNistP256;
    expect(Object.keys(key)).toEqual(['uncompressedP256']);
    const canon = canonicalCertificate(c);
    const ck = (canon.toBeSigned.verifyKeyIndicator as { verificationKey: { ecdsaNistP256: Record<string, Uint8Array> } }).verificationKey.ecdsaNistP256;
    // The parity choice agrees with OpenSSL's own compression of the same point.
    const { x, y } = key.uncompressedP256 as { x: Uint8Array; y: Uint8Array };
    const { ECDH } = await import('node:crypto');
    const compressed = ECDH.convertKey(Buffer.concat([Buffer.of(4), x, y]), 'prime256v1', undefined, undefined, 'compressed') as Buffer;
    expect(Object.keys(ck)).toEqual([compressed[0] === 2 ? 'compressed-y-0' : 'compressed-y-1']);
    expect(toHex(Object.values(ck)[0]!)).toBe(toHex(x));
    // HashedId8 over the canonical octets, not the octets on disk.
    expect(toHex(hashedId8(c))).not.toBe(toHex(new Uint8Array(readFileSync(join(u.dir, 'pseudonyms/0000.cert')))).slice(-16));
    expect(toHex(hashedId8(c))).toBe(readManifest(u.dir).pseudonyms[0]!.hashedId8);
    // The chain loads (every signature verifies) and signed messages verify, certificate sent as issued.
    const s = new MessageSigner({ pseudonyms: u.loaded.pseudonyms, clock: u.clock });
    const spdu = s.secure(bsmMessage());
    const d = decodeIeee1609Dot2Data(spdu).value;
    const sent = (d.content as { signedData: { signer: { certificate: Certificate[] } } }).signedData.signer.certificate[0]!;
    expect(Object.keys((sent.toBeSigned.verifyKeyIndicator as { verificationKey: { ecdsaNistP256: object } }).verificationKey.ecdsaNistP256)).toEqual(['uncompressedP256']);
    expect(verifierFor(u).verify(spdu).status).toBe('verified');
    expect(toHex(canonicalBytes(c))).not.toBe(toHex(c.$bytes!));
    u.cleanup();
  });
});

describe('trust store', () => {
  it('loads anchors and authorities from a certificate directory or a folder of .cert files', () => {
    const t = TrustStore.load(b.dir);
    expect([...t.anchors.keys()]).toEqual([b.manifest.root.hashedId8]);
    expect([...t.authorities.keys()]).toEqual([b.manifest.enrolment.hashedId8]);
    const one = TrustStore.load(join(b.dir, 'root.cert'));
    expect(one.anchors.size).toBe(1);
    expect(one.authorities.size).toBe(0);
  });

  it('refuses a root whose self-signature does not verify, and a folder without a root', () => {
    const bytes = file('root.cert');
    const bad = Uint8Array.from(bytes);
    bad[bad.length - 1]! ^= 1;
    writeFileSync(join(b.dir, 'bad-root.cert'), bad);
    expect(() => TrustStore.load(join(b.dir, 'bad-root.cert'))).toThrow(TrustError);
    expect(() => TrustStore.load(join(b.dir, 'bad-root.cert'))).toThrow(/self-signature does not verify/);
    expect(() => TrustStore.load(join(b.dir, 'pseudonyms'))).toThrow(/no self-signed root/);
  });
});

describe('the key hook: a hardware key that signs asynchronously', () => {
  it('plugs in through certs.json, signs in order, and what it signs verifies', async () => {
    const copy = await bench({ pseudonyms: 2 });
    // A stand-in for a PKCS#11 token: keeps keys to itself, answers later, counts its operations.
    const ops: string[] = [];
    registerKeyProvider('testhsm', (ref, ctx) => {
      const file = ref.slice('testhsm:'.length);
      const soft = new SoftwareKey(createPrivateKey(readFileSync(join(ctx.dir, file))), ref);
      const key: SigningKey = {
        label: ref,
        publicKey: soft.publicKey,
        sign: (m) => new Promise((resolve) => setTimeout(() => {
          ops.push(ref);
          resolve(soft.sign(m));
        }, 5 - ops.length)),
      };
      return key;
    });
    try {
      const mpath = join(copy.dir, 'certs.json');
      const m = JSON.parse(readFileSync(mpath, 'utf8')) as { pseudonyms: { key: string }[] };
      for (const p of m.pseudonyms) p.key = p.key.replace(/^file:/, 'testhsm:');
      writeFileSync(mpath, JSON.stringify(m));
      const signer = await createSigner({ certsDir: copy.dir, clock: copy.clock });
      expect(signer.synchronous).toBe(false);
      expect(() => signer.secure(bsmMessage())).toThrow(SecurityError);
      const out = new RecordingSink();
      const stage = new SigningStage(signer, [{ sink: out, form: 'frame' }]);
      // Three different BSMs (the clock stands still: the same BSM twice would be a replay).
      const msgs = distinctBsms().slice(0, 3).map((f) => bsmMessage(f));
      for (const msg of msgs) stage.send(msg);
      await stage.close();
      expect(out.messages.map((x) => x.t)).toEqual(msgs.map((x) => x.t));
      expect(ops.length).toBeGreaterThanOrEqual(3);
      const v = verifierFor(copy);
      expect(out.messages.map((x) => v.verify(x.frame).status)).toEqual(['verified', 'verified', 'verified']);
    } finally {
      unregisterKeyProvider('testhsm');
    }
    await expect(createSigner({ certsDir: copy.dir })).rejects.toMatchObject({ code: 'NO_PROVIDER' });
    copy.cleanup();
  });

  it('the key files stay on disk as written; loading does not change their modes', async () => {
    const before = statSync(join(b.dir, 'pseudonyms/0001.key')).mode;
    await loadCertificateDirectory(b.dir);
    expect(statSync(join(b.dir, 'pseudonyms/0001.key')).mode).toBe(before);
    expect(existsSync(join(b.dir, 'pseudonyms/0004.key'))).toBe(true);
  });
});
