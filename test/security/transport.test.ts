/**
 * Signed messages through the real transports and back: the signing sinks of `run --sign`
 * (raw UDP, RSU 4.1 Immediate Forward, WSMP over UDP, WSMP in a pcap) on loopback, the receive
 * pipeline recognising each envelope, and the verifier accepting every message. Debian's
 * tshark dissects the signed SPDUs of the capture: content type, PSID, signer kind and
 * generation time shown as we set them, from the pseudonym's MAC.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codec as c2020 } from '../../asn1/generated/j2735-2020/index.js';
import { toHex } from '../../asn1/runtime/values.js';
import { RxPipeline } from '../../src/rx/pipeline.js';
import { createSecuredSinks, hashedId8 } from '../../src/security/index.js';
import { decodeIeee1609Dot2Data, utcMsToTime64, type Certificate, type SignedData } from '../../src/transport/ieee1609dot2/index.js';
import { parseIfm } from '../../src/transport/ifm.js';
import { decodeWsmp } from '../../src/transport/wsmp.js';
import { bytesHex, field, fieldValues, tsharkJson, tsharkSkipReason } from '../transport/tshark.js';
import { receiver } from '../transport/udp-helpers.js';
import { bench, bsmMessage, distinctBsms, signerFor, T0, verifierFor, type Bench } from './helpers.js';

let b: Bench;
const tmp = mkdtempSync(join(tmpdir(), 'v2x-signed-'));
beforeAll(async () => {
  b = await bench({ pseudonyms: 3 });
});
afterAll(() => {
  b.cleanup();
  rmSync(tmp, { recursive: true, force: true });
});

const skipTshark = tsharkSkipReason();

describe('signed messages through the transports', () => {
  it('raw UDP, IFM and WSMP on loopback: recognised by the receive pipeline, every one verified', { timeout: 30_000 }, async () => {
    const udp = await receiver();
    const rsu = await receiver();
    const air = await receiver();
    const signer = signerFor(b);
    const pcap = join(tmp, 'signed.pcap');
    const sinks = createSecuredSinks({ udp: [`127.0.0.1:${udp.port}`], rsu: `127.0.0.1:${rsu.port}`, wsmp: `udp://127.0.0.1:${air.port}`, pcap, wsmpOptions: { channel: 172 }, clock: b.clock }, signer);
    expect(sinks.sinks.map((s) => s.name.split(' ')[0])).toEqual(['udp', 'rsu-ifm', 'wsmp', 'wsmp']);
    const frames = distinctBsms().slice(0, 15);
    for (const f of frames) {
      sinks.stage.send(bsmMessage(f));
      b.clock.advance(100);
    }
    await Promise.all([udp.waitFor(15), rsu.waitFor(15), air.waitFor(15)]);
    await sinks.close();
    expect(signer.stats).toMatchObject({ signed: 15, withCertificate: 2, withDigest: 13 });
    for (const s of sinks.sinks) expect(s.stats, s.name).toMatchObject({ sent: 15, errors: 0 });

    const rx = new RxPipeline({ codec: c2020 as never, edition: 'j2735-2020' });
    const v = { udp: verifierFor(b), rsu: verifierFor(b), air: verifierFor(b) };
    const at = (i: number): number => T0 + i * 100;
    const check = (name: 'udp' | 'rsu' | 'air', data: Uint8Array, i: number): void => {
      const r = rx.ingest(data, name, at(i));
      expect(r.ok, `${name} ${i}`).toBe(true);
      if (!r.ok) return;
      expect(toHex(r.frame)).toBe(toHex(frames[i]!));
      expect(r.security?.content).toBe('signed');
      const spdu = name === 'udp' ? data : name === 'rsu' ? parseIfm(data).payload : decodeWsmp(data).data;
      const res = v[name].verify(spdu);
      expect(res.status, `${name} ${i}: ${res.reason}`).toBe('verified');
    };
    const verifyAll = (): void => {
      udp.messages.forEach((m, i) => check('udp', m.data, i));
      rsu.messages.forEach((m, i) => check('rsu', m.data, i));
      air.messages.forEach((m, i) => check('air', m.data, i));
    };
    // The verifiers share the bench clock: 1.5 s after the first message, within the window.
    expect(b.clock.now() - T0).toBeLessThanOrEqual(5000);
    verifyAll();
    expect(rx.stats.byEnvelope).toEqual({ '1609.2-signed/uper': 15, 'ifm/1609.2-signed/uper': 15, 'wsmp/1609.2-signed/uper': 15 });
    // IFM says the payload is signed.
    expect(new TextDecoder().decode(rsu.messages[0]!.data)).toMatch(/\nSignature=True\n/);
    expect(decodeWsmp(air.messages[0]!.data)).toMatchObject({ psid: 0x20, channel: 172 });
    await Promise.all([udp.close(), rsu.close(), air.close()]);
  });

  it('a signing error is counted by the stage, never thrown at the loop', async () => {
    const signer = signerFor(b, { psids: { BSM: 0x82 } });
    const sinks = createSecuredSinks({ udp: ['127.0.0.1:9'] }, signer);
    const errors: string[] = [];
    sinks.stage.onError = (e) => errors.push(e.message);
    expect(() => sinks.stage.send(bsmMessage())).not.toThrow();
    await sinks.close();
    expect(sinks.stage.stats.errors).toBe(1);
    expect(errors[0]).toMatch(/does not permit PSID 0x82/);
    expect(sinks.sinks[0]!.stats.sent).toBe(0);
  });
});

describe.skipIf(skipTshark !== undefined)('tshark dissects our signed SPDUs', () => {
  it('content type signedData, PSID 0x20, signer certificate then digest, generation time, pseudonym MAC', { timeout: 60_000 }, async () => {
    const signer = signerFor(b, { certificateIntervalMs: 1000 });
    const file = join(tmp, 'tshark.pcapng');
    const sinks = createSecuredSinks({ wsmp: true, pcap: file, clock: b.clock }, signer);
    const start = b.clock.now();
    const sent: Uint8Array[] = [];
    const macs: string[] = [];
    for (let i = 0; i < 4; i++) {
      if (i === 2) signer.rotate();
      macs.push(toHex(signer.linkAddress));
      const m = bsmMessage(distinctBsms()[i]);
      sinks.stage.send(m);
      sent.push(signer.secure(m));
      b.clock.advance(100);
    }
    await sinks.close();
    const p = tsharkJson(file);
    expect(p).toHaveLength(4);
    const expectedKinds = ['1', '0', '1', '0']; // certificate, digest; after the rotation: certificate, digest
    for (let i = 0; i < 4; i++) {
      const sd = (decodeIeee1609Dot2Data(sent[i]!).value.content as { signedData: SignedData }).signedData;
      expect(field(p[i], 'wsmp.psid')).toBe('0x00000020');
      expect(fieldValues(p[i], 'ieee1609dot2.content')).toEqual(['1', '0']); // signedData holding unsecuredData
      expect(field(p[i], 'ieee1609dot2.hashId')).toBe('0');
      expect(fieldValues(p[i], 'ieee1609dot2.psid')[0]).toBe('32');
      expect(field(p[i], 'ieee1609dot2.generationTime')).toBe(utcMsToTime64(start + i * 100).toString());
      expect(field(p[i], 'ieee1609dot2.signer')).toBe(expectedKinds[i]);
      expect(bytesHex(field(p[i], 'ieee1609dot2.unsecuredData'))).toBe(toHex(distinctBsms()[i]!));
      // The message's signature is the last sSig (a certificate before it has its own).
      expect(bytesHex(fieldValues(p[i], 'ieee1609dot2.sSig').at(-1))).toBe(toHex((sd.signature as { ecdsaNistP256Signature: { sSig: Uint8Array } }).ecdsaNistP256Signature.sSig));
      if (expectedKinds[i] === '0') expect(bytesHex(field(p[i], 'ieee1609dot2.digest'))).toBe(toHex((sd.signer as { digest: Uint8Array }).digest));
      else expect(bytesHex(field(p[i], 'ieee1609dot2.sha256AndDigest'))).toBe(b.manifest.enrolment.hashedId8);
      expect(field(p[i], 'eth.src')?.replace(/:/g, '')).toBe(macs[i]);
    }
    // The certificate of message 3 is another pseudonym than message 1's, and the MAC changed with it.
    const certOf = (i: number): string => toHex(hashedId8(((decodeIeee1609Dot2Data(sent[i]!).value.content as { signedData: SignedData }).signedData.signer as { certificate: [Certificate] }).certificate[0]));
    expect(certOf(2)).not.toBe(certOf(0));
    expect(macs[2]).not.toBe(macs[1]);
  });
});
