/**
 * Signing BSMs and verifying them: the structure on the air, the certificate-or-digest rule,
 * every verification outcome (chain, PSID, time window, replay, region, P2PCD), the policy
 * and the counters, and the signed vector of ../shared/vectors.
 */
import { ECDH } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codec as c2020 } from '../../asn1/generated/j2735-2020/index.js';
import { toHex } from '../../asn1/runtime/values.js';
import { ManualClock } from '../../hal/clock.js';
import { canonicalBytes, CertificateCache, hashedId8, issueCertificate, MessageSigner, P2pcd, P256_N, SecurityError, signingInput, SoftwareKey, TrustStore, Verifier, VERIFICATION_STATUSES, generateP256, type SigningKey } from '../../src/security/index.js';
import { decodeIeee1609Dot2Data, encodeIeee1609Dot2Data, encodeUnsecured, extractPayload, time64ToUtcMs, ToBeSignedDataCodec, utcMsToTime64, type Certificate, type Ieee1609Dot2Data, type SignedData } from '../../src/transport/ieee1609dot2/index.js';
import { OerWriter } from '../../src/transport/ieee1609dot2/oer.js';
import { BSM, vector } from '../transport/vectors.js';
import { bench, bsmMessage, distinctBsms, signerFor, T0, verifierFor, type Bench } from './helpers.js';

let b: Bench;
beforeAll(async () => {
  b = await bench({ pseudonyms: 4 });
});
afterAll(() => b.cleanup());

function signedOf(spdu: Uint8Array): SignedData {
  const d = decodeIeee1609Dot2Data(spdu).value;
  if (!('signedData' in d.content)) throw new Error('not signed');
  return d.content.signedData;
}

function signerKind(spdu: Uint8Array): string {
  return Object.keys(signedOf(spdu).signer)[0]!;
}

/** Re-encodes a decoded SPDU after changing it (a forger's tool: the signature is not redone). */
function edit(spdu: Uint8Array, change: (sd: SignedData) => void): Uint8Array {
  // Decoded octet strings are views into the input: decode a copy.
  const d = decodeIeee1609Dot2Data(Uint8Array.from(spdu)).value;
  const sd = (d.content as { signedData: SignedData }).signedData;
  change(sd);
  // Drop the received octets so that the encoder writes the changed values.
  const tbsData = { payload: sd.tbsData.payload, headerInfo: sd.tbsData.headerInfo };
  return encodeIeee1609Dot2Data({ protocolVersion: 3, content: { signedData: { ...sd, tbsData } } });
}

/** Signs data as a pseudonym holder would, with any header (to test the verifier's checks). */
function forge(b: Bench, index: number, frame: Uint8Array, header: Partial<SignedData['tbsData']['headerInfo']>, signer: 'digest' | 'certificate' = 'digest'): Uint8Array {
  const p = b.loaded.pseudonyms[index]!;
  const tbsData = { payload: { data: { protocolVersion: 3, content: { unsecuredData: frame } } }, headerInfo: { psid: 0x20, generationTime: utcMsToTime64(b.clock.now()), ...header } };
  const w = new OerWriter(256);
  ToBeSignedDataCodec.enc(w, tbsData);
  const rs = p.key.sign(signingInput(w.finish(), canonicalBytes(p.certificate))) as Uint8Array;
  const data: Ieee1609Dot2Data = {
    protocolVersion: 3,
    content: { signedData: { hashId: 'sha256', tbsData, signer: signer === 'digest' ? { digest: hashedId8(p.certificate) } : { certificate: [p.certificate] }, signature: { ecdsaNistP256Signature: { rSig: { 'x-only': rs.slice(0, 32) }, sSig: rs.slice(32) } } } },
  };
  return encodeIeee1609Dot2Data(data);
}

describe('signed BSMs on the air', () => {
  it('Ieee1609Dot2Data signedData: the MessageFrame, PSID 0x20, generation time, ECDSA P-256 x-only r; our octets are what the 1609.2 encoder writes', () => {
    const s = signerFor(b);
    const spdu = s.secure(bsmMessage());
    const d = decodeIeee1609Dot2Data(spdu).value;
    expect(toHex(encodeIeee1609Dot2Data(d))).toBe(toHex(spdu));
    const sd = signedOf(spdu);
    expect(sd.hashId).toBe('sha256');
    expect(sd.tbsData.headerInfo.psid).toBe(0x20);
    expect(sd.tbsData.headerInfo.generationTime).toBe(utcMsToTime64(T0));
    expect(time64ToUtcMs(sd.tbsData.headerInfo.generationTime!)).toBe(T0);
    expect(toHex((sd.tbsData.payload.data!.content as { unsecuredData: Uint8Array }).unsecuredData)).toBe(toHex(BSM()));
    expect(Object.keys((sd.signature as { ecdsaNistP256Signature: { rSig: object } }).ecdsaNistP256Signature.rSig)).toEqual(['x-only']);
    expect(extractPayload(spdu)).toMatchObject({ content: 'signed', psid: 0x20, signer: { kind: 'certificate', certificates: 1 } });
    // The payload decodes as the BSM it was.
    expect(c2020.decode('MessageFrame', extractPayload(spdu).payload!)).toEqual(c2020.decode('MessageFrame', BSM()));
  });

  it('the full certificate at least once a second, the digest otherwise', () => {
    const s = signerFor(b);
    const kinds: string[] = [];
    for (let i = 0; i < 25; i++) {
      kinds.push(signerKind(s.secure(bsmMessage())));
      b.clock.advance(100);
    }
    expect(kinds.join(',')).toBe(['certificate', ...Array(9).fill('digest'), 'certificate', ...Array(9).fill('digest'), 'certificate', ...Array(4).fill('digest')].join(','));
    expect(s.stats).toMatchObject({ signed: 25, withCertificate: 3, withDigest: 22 });
    const digest = signedOf(s.secure(bsmMessage())).signer as { digest: Uint8Array };
    expect(toHex(digest.digest)).toBe(s.current.hashedId8);
  });

  it('counts the second from the certificate\'s generation time, not from when its slow signature was done (a hardware key, a loaded machine)', async () => {
    // Each signature takes 60 ms of the clock and the next BSM is generated 40 ms after it:
    // generation times 100 ms apart. Counted from the end of the signature, the second
    // certificate would come 1100 ms after the first.
    const slow = (k: SigningKey): SigningKey => ({
      label: `slow ${k.label}`,
      publicKey: k.publicKey,
      async sign(m) {
        const rs = await k.sign(m);
        b.clock.advance(60);
        return rs;
      },
    });
    const s = signerFor(b, { pseudonyms: b.loaded.pseudonyms.map((p) => ({ ...p, key: slow(p.key) })) });
    const sent: { kind: string; gen: number }[] = [];
    for (let i = 0; i < 25; i++) {
      const sd = signedOf(await s.secureAsync(bsmMessage()));
      sent.push({ kind: Object.keys(sd.signer)[0]!, gen: time64ToUtcMs(sd.tbsData.headerInfo.generationTime!) });
      b.clock.advance(40);
    }
    expect(sent[1]!.gen - sent[0]!.gen).toBe(100);
    const certs = sent.filter((x) => x.kind === 'certificate').map((x) => x.gen - sent[0]!.gen);
    expect(certs).toEqual([0, 1000, 2000]);
  });

  it('configurable: another interval, always the certificate, always the digest; a new neighbour brings the certificate', () => {
    const every = signerFor(b, { certificateIntervalMs: 0 });
    const digest = signerFor(b, { mode: 'digest' });
    const slow = signerFor(b, { certificateIntervalMs: 5000 });
    const kinds = (s: MessageSigner, n: number): string[] =>
      Array.from({ length: n }, () => {
        const k = signerKind(s.secure(bsmMessage()));
        b.clock.advance(100);
        return k;
      });
    expect(new Set(kinds(every, 5))).toEqual(new Set(['certificate']));
    expect(new Set(kinds(digest, 5))).toEqual(new Set(['digest']));
    expect(kinds(slow, 12).filter((k) => k === 'certificate')).toHaveLength(1);
    slow.newNeighbour();
    expect(kinds(slow, 2)).toEqual(['certificate', 'digest']);
    slow.p2pcd.newNeighbour();
    expect(kinds(slow, 2)).toEqual(['certificate', 'digest']);
  });

  it('generation location and expiry time when configured', () => {
    const s = signerFor(b, { location: () => ({ latitude: 421234567, longitude: -831234567, elevation: 4195 }), expiryMs: 2000 });
    const h = signedOf(s.secure(bsmMessage())).tbsData.headerInfo;
    expect(h.generationLocation).toEqual({ latitude: 421234567, longitude: -831234567, elevation: 4195 });
    expect(h.expiryTime! - h.generationTime!).toBe(2_000_000n);
  });

  it('our own mistakes throw with the reason: a PSID the certificate does not permit, a message type without a PSID', () => {
    const s = signerFor(b);
    expect(() => s.secure({ frame: BSM(), messageId: 19, type: 'SPAT', t: 0 })).toThrow(SecurityError);
    expect(() => s.secure({ frame: BSM(), messageId: 19, type: 'SPAT', t: 0 })).toThrow(/does not permit PSID 0x82/);
    expect(() => s.secure({ frame: BSM(), messageId: 99, type: 'NOPE', t: 0 })).toThrow(/no PSID for message type NOPE/);
    expect(s.stats.errors).toBe(3);
  });

  it('one message signed once, whatever number of sinks asks', () => {
    const s = signerFor(b);
    const m = bsmMessage();
    expect(s.secure(m)).toBe(s.secure(m));
    expect(s.stats.signed).toBe(1);
  });
});

describe('verification', () => {
  it('verifies certificate and digest signers once the certificate is known', () => {
    const s = signerFor(b);
    const v = verifierFor(b);
    const frames = distinctBsms();
    for (let i = 0; i < 12; i++) {
      const r = v.verify(s.secure(bsmMessage(frames[i]!)));
      expect(r, `message ${i}`).toMatchObject({ verified: true, status: 'verified', psid: 0x20, generationTimeMs: b.clock.now(), signer: { hashedId8: s.current.hashedId8 } });
      expect(toHex(r.payload!)).toBe(toHex(frames[i]!));
      b.clock.advance(100);
    }
    expect(v.counters).toMatchObject({ total: 12, verified: 12, accepted: 12, dropped: 0 });
  });

  it('a changed payload, header or signature does not verify', () => {
    const s = signerFor(b);
    const v = verifierFor(b);
    const good = s.secure(bsmMessage());
    const payload = edit(good, (sd) => {
      const f = (sd.tbsData.payload.data!.content as { unsecuredData: Uint8Array }).unsecuredData;
      f[f.length - 1]! ^= 1;
    });
    expect(v.verify(payload)).toMatchObject({ verified: false, status: 'bad-signature' });
    const time = edit(good, (sd) => {
      sd.tbsData.headerInfo.generationTime! += 1n;
    });
    expect(v.verify(time).status).toBe('bad-signature');
    const sig = edit(good, (sd) => {
      (sd.signature as { ecdsaNistP256Signature: { sSig: Uint8Array } }).ecdsaNistP256Signature.sSig[5]! ^= 0x40;
    });
    expect(v.verify(sig).status).toBe('bad-signature');
    expect(v.verify(good).status).toBe('verified');
  });

  it('rSig sent as the point R (compressed or uncompressed) verifies as x-only r does', () => {
    const s = signerFor(b);
    const v = verifierFor(b);
    const good = s.secure(bsmMessage());
    for (const form of ['compressed-y-0', 'compressed-y-1'] as const) {
      const other = edit(good, (sd) => {
        const e = (sd.signature as { ecdsaNistP256Signature: { rSig: Record<string, Uint8Array> } }).ecdsaNistP256Signature;
        e.rSig = { [form]: e.rSig['x-only']! };
      });
      // A verifier that has not seen the message (a replay otherwise).
      expect(verifierFor(b).verify(other).status).toBe('verified');
    }
    // The uncompressed point: x and the y of the curve point with that x (OpenSSL's decompression).
    const uncompressed = edit(good, (sd) => {
      const e = (sd.signature as { ecdsaNistP256Signature: { rSig: Record<string, unknown> } }).ecdsaNistP256Signature;
      const x = e.rSig['x-only'] as Uint8Array;
      const point = ECDH.convertKey(Buffer.concat([Buffer.from([2]), x]), 'prime256v1', undefined, undefined, 'uncompressed') as Buffer;
      expect(point.length).toBe(65);
      e.rSig = { uncompressedP256: { x, y: new Uint8Array(point.subarray(33)) } };
    });
    expect(Object.keys((signedOf(uncompressed).signature as { ecdsaNistP256Signature: { rSig: object } }).ecdsaNistP256Signature.rSig)).toEqual(['uncompressedP256']);
    expect(verifierFor(b).verify(uncompressed).status).toBe('verified');
    expect(v.verify(good).status).toBe('verified');
  });

  it('a station heard for the first time, or again after a silence, is a new neighbour (P2PCD then has the signer send its certificate)', () => {
    const p2pcd = new P2pcd();
    const v = verifierFor(b, { p2pcd, neighbourMemoryMs: 10_000 });
    const s = signerFor(b);
    expect(v.verify(s.secure(bsmMessage())).status).toBe('verified');
    expect(p2pcd.stats.newNeighbours).toBe(1);
    b.clock.advance(100);
    expect(v.verify(s.secure(bsmMessage())).status).toBe('verified');
    expect(p2pcd.stats.newNeighbours).toBe(1);
    // Silent for longer than the neighbour memory: new again.
    b.clock.advance(10_500);
    expect(v.verify(s.secure(bsmMessage())).status).toBe('verified');
    expect(p2pcd.stats.newNeighbours).toBe(2);
    // What does not verify is no neighbour.
    b.clock.advance(20_000);
    const bad = edit(s.secure(bsmMessage()), (sd) => {
      (sd.tbsData.headerInfo as { psid: number }).psid = 0x21;
    });
    expect(v.verify(bad).verified).toBe(false);
    expect(p2pcd.stats.newNeighbours).toBe(2);
  });

  it('the PSID must be among the signing certificate\'s permissions', () => {
    const v = verifierFor(b);
    expect(v.verify(forge(b, 0, BSM(), {}, 'certificate')).status).toBe('verified');
    b.clock.advance(10);
    expect(v.verify(forge(b, 0, BSM(), { psid: 0x82 }))).toMatchObject({ status: 'psid-not-permitted', verified: false });
  });

  it('the generation time must be within the window (configurable), and present', () => {
    const s = signerFor(b);
    const v = verifierFor(b);
    const spdu = s.secure(bsmMessage());
    const later = new ManualClock(b.clock.now() + 6000);
    const earlier = new ManualClock(b.clock.now() - 2000);
    expect(verifierFor(b, { clock: later }).verify(spdu)).toMatchObject({ status: 'too-old' });
    expect(verifierFor(b, { clock: earlier }).verify(spdu)).toMatchObject({ status: 'in-future' });
    expect(verifierFor(b, { clock: later, maxAgeMs: 10_000 }).verify(spdu).status).toBe('verified');
    expect(verifierFor(b, { clock: earlier, maxFutureMs: 3000 }).verify(spdu).status).toBe('verified');
    const none = forge(b, 1, BSM(), { generationTime: undefined }, 'certificate');
    expect(v.verify(none).status).toBe('no-generation-time');
    expect(verifierFor(b, { requireGenerationTime: false }).verify(none).status).toBe('verified');
    const expired = forge(b, 1, distinctBsms()[3]!, { expiryTime: utcMsToTime64(T0 - 1) }, 'certificate');
    expect(v.verify(expired).status).toBe('expired');
  });

  it('a certificate outside its validity at the generation time does not verify', () => {
    const spdu = forge(b, 2, BSM(), { generationTime: utcMsToTime64(T0 - 2 * 3_600_000) }, 'certificate');
    const then = new ManualClock(T0 - 2 * 3_600_000);
    expect(verifierFor(b, { clock: then }).verify(spdu)).toMatchObject({ status: 'certificate-expired' });
    // And the signer will not sign with a pseudonym that is not valid.
    const late = new MessageSigner({ pseudonyms: b.loaded.pseudonyms, clock: new ManualClock(T0 + 8 * 24 * 3_600_000) });
    expect(() => late.secure(bsmMessage())).toThrow(/no pseudonym certificate is valid/);
  });

  it('replays are detected, also with the other valid s of the same signature (ECDSA malleability)', () => {
    const s = signerFor(b);
    const v = verifierFor(b);
    const spdu = s.secure(bsmMessage());
    expect(v.verify(spdu).status).toBe('verified');
    expect(v.verify(spdu)).toMatchObject({ status: 'replay', verified: false });
    const twin = edit(spdu, (sd) => {
      const e = (sd.signature as { ecdsaNistP256Signature: { sSig: Uint8Array } }).ecdsaNistP256Signature;
      let x = 0n;
      for (const o of e.sSig) x = (x << 8n) | BigInt(o);
      let y = P256_N - x;
      for (let i = 31; i >= 0; i--) {
        e.sSig[i] = Number(y & 0xffn);
        y >>= 8n;
      }
    });
    expect(verifierFor(b).verify(twin).status).toBe('verified'); // a valid signature...
    expect(v.verify(twin).status).toBe('replay'); // ...of data already seen
    expect(v.counters.replay).toBe(2);
  });

  it('the replay table stays bounded', () => {
    const s = signerFor(b, { certificateIntervalMs: 0 });
    const v = verifierFor(b, { maxReplayEntries: 50, maxAgeMs: 60_000 });
    const frames = distinctBsms();
    for (let i = 0; i < 200; i++) {
      expect(v.verify(s.secure(bsmMessage(frames[i % frames.length]!))).status).toBe('verified');
      b.clock.advance(1);
    }
    expect(v.replayEntries).toBeLessThanOrEqual(50);
  });

  it('generated outside a circular certificate region: outside-region', async () => {
    const keys = generateP256();
    const enrolKey = new SoftwareKey((await import('node:crypto')).createPrivateKey((await import('node:fs')).readFileSync(`${b.dir}/enrolment.key`)));
    const cert = await issueCertificate(
      { id: { name: 'regional' }, startMs: T0 - 1000, duration: { hours: 1 }, appPermissions: [{ psid: 0x20 }], region: { circularRegion: { center: { latitude: 421234567, longitude: -831234567 }, radius: 1000 } }, publicKey: keys.publicKey },
      { certificate: b.loaded.authorities[0]!, key: enrolKey },
    );
    const s = new MessageSigner({ pseudonyms: [{ certificate: cert, key: new SoftwareKey(keys.privateKey), index: 0 }], clock: b.clock, location: () => ({ latitude: 421234567 + 500_000, longitude: -831234567, elevation: 0 }) });
    const near = new MessageSigner({ pseudonyms: [{ certificate: cert, key: new SoftwareKey(keys.privateKey), index: 0 }], clock: b.clock, location: () => ({ latitude: 421234567 + 5_000, longitude: -831234567, elevation: 0 }) });
    expect(verifierFor(b).verify(s.secure(bsmMessage())).status).toBe('outside-region'); // 5.6 km north of the centre
    expect(verifierFor(b).verify(near.secure(bsmMessage(distinctBsms()[5]))).status).toBe('verified'); // 56 m north: inside the 1 km circle
  });

  it('unsigned, malformed and self-signed data: a result, never an exception; the policy drops or marks', () => {
    const drop = verifierFor(b);
    const mark = verifierFor(b, { policy: 'mark' });
    for (const v of [drop, mark]) {
      const u = v.verify(encodeUnsecured(BSM()));
      expect(u).toMatchObject({ verified: false, status: 'unsigned' });
      expect(toHex(u.payload!)).toBe(toHex(BSM()));
      expect(v.verify(Uint8Array.of(3, 0x81, 0)).status).toBe('malformed');
      const self = edit(signerFor(b).secure(bsmMessage()), (sd) => {
        sd.signer = { self: null };
      });
      expect(v.verify(self).status).toBe('unsupported');
    }
    expect(drop.counters).toMatchObject({ total: 3, accepted: 0, dropped: 3 });
    expect(mark.counters).toMatchObject({ total: 3, accepted: 3, dropped: 0 });
    // A bare MessageFrame (no 1609.2 at all) is judged as unsigned too.
    expect(drop.unsecured()).toMatchObject({ verified: false, status: 'unsigned' });
    expect(drop.counters).toMatchObject({ total: 4, unsigned: 2, dropped: 4 });
    expect(mark.accept(mark.verify(encodeUnsecured(BSM())))).toBe(true);
    expect(drop.accept(drop.verify(encodeUnsecured(BSM())))).toBe(false);
  });

  it('counters add up to the total, one per status', () => {
    const v = verifierFor(b);
    const s = signerFor(b);
    v.verify(s.secure(bsmMessage()));
    v.verify(encodeUnsecured(BSM()));
    v.verify(new Uint8Array(0));
    const sum = VERIFICATION_STATUSES.reduce((a, k) => a + v.counters[k], 0);
    expect(sum).toBe(v.counters.total);
    expect(v.counters.total).toBe(3);
  });
});

describe('unknown certificates and P2PCD', () => {
  it('a digest signer whose certificate is unknown is reported and asked for; the answer is the full certificate', () => {
    const alice = signerFor(b, { certificateIntervalMs: 60_000 });
    const bobP2pcd = new P2pcd();
    const bobVerifier = verifierFor(b, { p2pcd: bobP2pcd });
    const bobSigner = signerFor(b, { p2pcd: bobP2pcd, certificateIntervalMs: 60_000 });
    const aliceVerifier = verifierFor(b, { p2pcd: alice.p2pcd });
    const frames = distinctBsms();
    // Alice's first message (with her certificate) was lost; Bob hears a digest.
    alice.secure(bsmMessage(frames[0]));
    b.clock.advance(100);
    const r = bobVerifier.verify(alice.secure(bsmMessage(frames[1])));
    const id8 = alice.current.hashedId8;
    expect(r).toMatchObject({ verified: false, status: 'unknown-signer', p2pcdRequest: id8.slice(10), signer: { kind: 'digest', hashedId8: id8 } });
    // Bob's next message asks for it (inlineP2pcdRequest, HashedId3)...
    b.clock.advance(100);
    const bobMsg = bobSigner.secure(bsmMessage(frames[2]));
    expect(signedOf(bobMsg).tbsData.headerInfo.inlineP2pcdRequest?.map(toHex)).toEqual([id8.slice(10)]);
    // ...Alice verifies it, sees the request for her certificate, and sends it in full.
    expect(aliceVerifier.verify(bobMsg).status).toBe('verified');
    b.clock.advance(100);
    const answer = alice.secure(bsmMessage(frames[3]));
    expect(signerKind(answer)).toBe('certificate');
    expect(alice.stats.certificatesSentOnRequest).toBe(1);
    expect(bobVerifier.verify(answer).status).toBe('verified');
    expect(bobP2pcd.isWanted(Buffer.from(id8.slice(10), 'hex'))).toBe(false);
    b.clock.advance(100);
    expect(bobVerifier.verify(alice.secure(bsmMessage(frames[4]))).status).toBe('verified');
    // The request is not repeated once answered.
    expect(signedOf(bobSigner.secure(bsmMessage(frames[5]))).tbsData.headerInfo.inlineP2pcdRequest).toBeUndefined();
  });

  it('a request nobody answers is repeated once a second, then given up after its lifetime', () => {
    const p2 = new P2pcd({ requestIntervalMs: 1000, requestLifetimeMs: 5000 });
    const v = verifierFor(b, { p2pcd: p2 });
    const bob = signerFor(b, { p2pcd: p2, certificateIntervalMs: 60_000 });
    const stranger = new MessageSigner({ pseudonyms: [b.loaded.pseudonyms[3]!], clock: b.clock, mode: 'digest' });
    const frames = distinctBsms();
    expect(v.verify(stranger.secure(bsmMessage(frames[40]))).status).toBe('unknown-signer');
    const asked: number[] = [];
    for (let i = 0; i < 80; i++) {
      if (signedOf(bob.secure(bsmMessage(frames[i % frames.length]))).tbsData.headerInfo.inlineP2pcdRequest) asked.push(i);
      b.clock.advance(100);
    }
    // At 0, 1, 2, 3, 4 and 5 s of the request's life; not after.
    expect(asked).toEqual([0, 10, 20, 30, 40, 50]);
    expect(p2.stats.requestsSent).toBe(6);
  });

  it('an unknown issuer is asked for; the peer answers with requestedCertificate; the chain then verifies', () => {
    const rootOnly = new TrustStore();
    rootOnly.addAnchor(b.loaded.root);
    const p2 = new P2pcd();
    const v = new Verifier({ trust: rootOnly, clock: b.clock, p2pcd: p2 });
    const alice = signerFor(b);
    const frames = distinctBsms();
    const r = v.verify(alice.secure(bsmMessage(frames[10])));
    const enrolId8 = b.manifest.enrolment.hashedId8;
    expect(r).toMatchObject({ status: 'unknown-issuer', p2pcdRequest: enrolId8.slice(10) });
    // The verifier's station asks; the signer that holds the chain answers with the CA certificate.
    const bob = new MessageSigner({ pseudonyms: b.loaded.pseudonyms, clock: b.clock, p2pcd: p2 });
    b.clock.advance(100);
    const ask = bob.secure(bsmMessage(frames[11]));
    expect(signedOf(ask).tbsData.headerInfo.inlineP2pcdRequest?.map(toHex)).toEqual([enrolId8.slice(10)]);
    expect(verifierFor(b, { p2pcd: alice.p2pcd }).verify(ask).status).toBe('verified');
    b.clock.advance(100);
    const answer = alice.secure(bsmMessage(frames[12]));
    expect(toHex(hashedId8(signedOf(answer).tbsData.headerInfo.requestedCertificate!))).toBe(enrolId8);
    expect(alice.stats.authoritiesSentOnRequest).toBe(1);
    expect(v.verify(answer).status).toBe('verified');
  });

  it('a chain to a root that is not trusted: untrusted; a tampered certificate: bad-certificate', async () => {
    const other = await bench({ pseudonyms: 1 });
    const s = signerFor(other);
    const spdu = s.secure(bsmMessage());
    const chain = edit(spdu, (sd) => {
      (sd.signer as { certificate: Certificate[] }).certificate.push(other.loaded.authorities[0]!, other.loaded.root);
    });
    expect(verifierFor(b).verify(chain)).toMatchObject({ status: 'untrusted' });
    expect(verifierFor(other).verify(chain).status).toBe('verified');
    const tampered = edit(signerFor(b).secure(bsmMessage()), (sd) => {
      (sd.signer as { certificate: Certificate[] }).certificate[0]!.toBeSigned.crlSeries = 9;
    });
    expect(verifierFor(b).verify(tampered).status).toBe('bad-certificate');
    other.cleanup();
  });

  it('the certificate cache is keyed by HashedId8 and bounded', () => {
    const cache = new CertificateCache(2);
    const v = new Verifier({ trust: b.loaded.trust, clock: b.clock, cache });
    const frames = distinctBsms();
    for (let i = 0; i < 4; i++) {
      const s = new MessageSigner({ pseudonyms: [b.loaded.pseudonyms[i]!], clock: b.clock });
      expect(v.verify(s.secure(bsmMessage(frames[20 + i]))).status).toBe('verified');
      expect(cache.has(s.current.hashedId8)).toBe(true);
    }
    expect(cache.stats.evicted).toBe(2);
    // The two oldest pseudonyms are gone: their digests are unknown again.
    const first = new MessageSigner({ pseudonyms: [b.loaded.pseudonyms[0]!], clock: b.clock, mode: 'digest' });
    expect(v.verify(first.secure(bsmMessage(frames[30]))).status).toBe('unknown-signer');
  });
});

describe('the signed vectors of ../shared/vectors (copied to test/fixtures/vectors)', () => {
  it("jpo-ode's signed TIM parses; its signer is a digest with no certificate here: reported and asked for", () => {
    const bytes = vector('j2735/jpo-ode/1609dot2_001.hex');
    const x = extractPayload(bytes);
    expect(x).toMatchObject({ content: 'signed', psid: 0x83, signer: { kind: 'digest', digest: 'a30029d6585009ef' }, trailing: 1 });
    const tim = c2020.decode('MessageFrame', x.payload!) as { messageId: number };
    expect(tim.messageId).toBe(31);
    // Its generation time, 2018-11-15, is long past: a verifier at that time still cannot know the signer.
    const then = new ManualClock(time64ToUtcMs(x.generationTime!));
    const r = verifierFor(b, { clock: then }).verify(bytes);
    expect(r).toMatchObject({ verified: false, status: 'unknown-signer', p2pcdRequest: '5009ef', psid: 0x83 });
    expect(new Date(r.generationTimeMs!).toISOString()).toMatch(/^2018-11-/);
  });
});
