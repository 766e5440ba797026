/**
 * IEEE 1609.2 Ieee1609Dot2Data in COER: the real wrapped vectors (asn1_codec, jpo-ode), our
 * unsecured encoder against asn1_codec's output, signed data with certificates (round trip),
 * extensions this code does not know, and malformed input (typed errors with a path).
 * tshark checks the same structures in tshark.test.ts.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codec as c2020 } from '../../asn1/generated/j2735-2020/index.js';
import { toHex } from '../../asn1/runtime/values.js';
import {
  CertificateCodec, Dot2DecodeError, Dot2EncodeError, decodeIeee1609Dot2Data, encodeIeee1609Dot2Data, encodeUnsecured, extractPayload,
  time64ToUtcMs, utcMsToTime64, type Ieee1609Dot2Data,
} from '../../src/transport/ieee1609dot2/index.js';
import { OerReader, OerWriter } from '../../src/transport/ieee1609dot2/oer.js';
import { explicitCertificate, implicitCertificate, octets, signedData, signedOf } from './dot2-samples.js';
import { BSM, vector, vectorsDir } from './vectors.js';

/** Structural equality that ignores the non-enumerable `$bytes` the decoder adds. */
function plain(v: unknown): unknown {
  return JSON.parse(JSON.stringify(v, (_k, x: unknown) => (x instanceof Uint8Array ? toHex(x) : typeof x === 'bigint' ? `${x}n` : x)));
}

function decodeError(bytes: Uint8Array): Dot2DecodeError | undefined {
  try {
    decodeIeee1609Dot2Data(bytes);
  } catch (e) {
    if (e instanceof Dot2DecodeError) return e;
    throw e;
  }
  return undefined;
}

describe('unsecured data', () => {
  it('wraps a MessageFrame exactly as asn1_codec does (its COER vector)', () => {
    const expected = vector('j2735/asn1_codec-data/1609dot2-unsecured_BSM_coer.hex');
    expect(toHex(encodeUnsecured(BSM()))).toBe(toHex(expected));
    expect(toHex(encodeIeee1609Dot2Data({ protocolVersion: 3, content: { unsecuredData: BSM() } }))).toBe(toHex(expected));
    expect(vector('j2735/asn1_codec-hexonly/1609dot2_003.hex')).toEqual(expected);
  });

  it('unwraps the real unsecured vectors to MessageFrames that decode', () => {
    for (const rel of ['j2735/asn1_codec-data/1609dot2-unsecured_BSM_coer.hex', 'j2735/asn1_codec-hexonly/1609dot2_004.hex', 'j2735/asn1_codec-hexonly/1609dot2_005.hex']) {
      const b = vector(rel);
      const x = extractPayload(b);
      expect(x, rel).toMatchObject({ content: 'unsecured', signatureVerified: false, trailing: 0 });
      const frame = c2020.decode('MessageFrame', x.payload!);
      expect(frame.messageId, rel).toBe(20);
      const d = decodeIeee1609Dot2Data(b);
      expect(encodeIeee1609Dot2Data(d.value)).toEqual(b);
    }
  });

  it('uses the short length form below 128 octets and long forms above', () => {
    expect(toHex(encodeUnsecured(new Uint8Array(127))).slice(0, 6)).toBe('03807f');
    expect(toHex(encodeUnsecured(new Uint8Array(128))).slice(0, 8)).toBe('03808180');
    expect(toHex(encodeUnsecured(new Uint8Array(300))).slice(0, 10)).toBe('038082012c');
    for (const n of [0, 127, 128, 255, 256, 70000]) expect(extractPayload(encodeUnsecured(new Uint8Array(n).fill(7))).payload!.length).toBe(n);
  });
});

describe("jpo-ode's signed TIM", () => {
  const b = vector('j2735/jpo-ode/1609dot2_001.hex');

  it('yields the TIM and the signed header, and says the signature is not verified', () => {
    const x = extractPayload(b);
    expect(x).toMatchObject({
      content: 'signed',
      psid: 0x83,
      signatureVerified: false,
      signedLayers: 1,
      signer: { kind: 'digest', digest: 'a30029d6585009ef' },
      generationTime: 469296032511832n,
      expiryTime: 469299632511832n,
      // The capture carries one extra octet after the SPDU: reported, not fatal.
      trailing: 1,
    });
    const tim = c2020.decode('MessageFrame', x.payload!) as { messageId: number; value: { msgCnt: number; timeStamp: number } };
    // The XER saved beside the vector: messageId 31, msgCnt 1, timeStamp 449089.
    const xer = readFileSync(join(vectorsDir, 'j2735/jpo-ode/1609dot2_001.xer'), 'utf8');
    expect(xer).toMatch(/<messageId>31<\/messageId>[\s\S]*<msgCnt>1<\/msgCnt>[\s\S]*<timeStamp>449089<\/timeStamp>/);
    expect(tim.messageId).toBe(31);
    expect(tim.value.msgCnt).toBe(1);
    expect(tim.value.timeStamp).toBe(449089);
  });

  it('re-encodes byte for byte (without the trailing octet)', () => {
    const d = decodeIeee1609Dot2Data(b, { allowTrailing: true });
    expect(d.usedOctets).toBe(b.length - 1);
    expect(toHex(encodeIeee1609Dot2Data(d.value))).toBe(toHex(b.subarray(0, d.usedOctets)));
    expect(decodeError(b)?.code).toBe('TRAILING_DATA');
  });

  it('keeps the octets the signature covers', () => {
    const d = decodeIeee1609Dot2Data(b, { allowTrailing: true }).value;
    const sd = signedOf(d);
    // tbsData starts after version, content tag and hashId: payload (preamble 1 + data 216 octets)
    // and headerInfo (19 octets).
    expect(toHex(sd.tbsData.$bytes!)).toBe(toHex(b.subarray(3, 3 + 217 + 19)));
  });

  it('converts the generation time to UTC, leap seconds since 2004 removed', () => {
    // 2004-01-01 + 469296032.511832 s = 2018-11-14T16:00:32.511Z on a scale that counts the 5 leap
    // seconds inserted since (2005, 2008, 2012, 2015, 2016): 16:00:27.511Z UTC.
    expect(new Date(time64ToUtcMs(469296032511832n)).toISOString()).toBe('2018-11-14T16:00:27.511Z');
    expect(utcMsToTime64(Date.parse('2018-11-14T16:00:27.511Z'))).toBe(469296032511000n);
    expect(utcMsToTime64(Date.UTC(2004, 0, 1))).toBe(0n);
  });
});

describe('the older encoding of two asn1_codec files', () => {
  it('is not COER (it is UPER, without the protocol version octet); the COER decoder refuses it with a reason', () => {
    for (const rel of ['j2735/asn1_codec-data/1609dot2-unsecured_BSM.hex', 'j2735/asn1_codec-data/1609dot2-unsecured_TIM.hex']) {
      const e = decodeError(vector(rel));
      expect(e?.code, rel).toBe('BAD_VALUE');
      expect(e?.path).toEqual(['protocolVersion']);
    }
  });
});

describe('signed data with certificates', () => {
  it('round-trips an explicit and an implicit certificate field for field', () => {
    for (const cert of [explicitCertificate(), implicitCertificate()]) {
      const w = new OerWriter();
      CertificateCodec.enc(w, cert);
      const bytes = w.finish();
      const r = new OerReader(bytes);
      const back = CertificateCodec.dec(r);
      expect(r.remaining).toBe(0);
      expect(plain(back)).toEqual(plain(cert));
      expect(back.$bytes).toEqual(bytes);
    }
  });

  it('omits DEFAULT values (canonical) and reads them back as absent', () => {
    const cert = implicitCertificate();
    const perms = cert.toBeSigned.certIssuePermissions![0]!;
    perms.chainLengthRange = 0; // the default
    perms.eeType = Uint8Array.of(0x80); // the default {app}
    const w = new OerWriter();
    CertificateCodec.enc(w, cert);
    const back = CertificateCodec.dec(new OerReader(w.finish()));
    const p = back.toBeSigned.certIssuePermissions![0]!;
    expect(p.minChainLength).toBe(2);
    expect(p.chainLengthRange).toBeUndefined();
    expect(p.eeType).toBeUndefined();
  });

  it('extracts the payload from data signed by a certificate, a digest and self', () => {
    for (const signer of ['certificate', 'digest', 'self'] as const) {
      const bytes = encodeIeee1609Dot2Data(signedData(BSM(), signer));
      const x = extractPayload(bytes);
      expect(x.payload, signer).toEqual(BSM());
      expect(x).toMatchObject({ content: 'signed', psid: 0x20, signatureVerified: false, signer: { kind: signer }, generationTime: 600_100_000_000_000n });
      if (signer === 'certificate') expect(x.signer).toMatchObject({ certificates: 1, certificateId: 'obu-test-001' });
      const back = decodeIeee1609Dot2Data(bytes).value;
      expect(plain(back)).toEqual(plain(signedData(BSM(), signer)));
      expect(encodeIeee1609Dot2Data(back)).toEqual(bytes);
    }
  });

  it('reports why there is no payload for encrypted data and external-hash signatures', () => {
    const enc: Ieee1609Dot2Data = {
      protocolVersion: 3,
      content: { encryptedData: { recipients: [{ pskRecipInfo: octets(8, 20) }], ciphertext: { aes128ccm: { nonce: octets(12, 21), ccmCiphertext: octets(40, 22) } } } },
    };
    expect(extractPayload(encodeIeee1609Dot2Data(enc))).toMatchObject({ content: 'encrypted', noPayloadReason: expect.stringMatching(/encrypted/) });
    const ext = signedData(BSM(), 'digest');
    signedOf(ext).tbsData.payload = { extDataHash: { sha256HashedData: octets(32, 23) } };
    const x = extractPayload(encodeIeee1609Dot2Data(ext));
    expect(x.payload).toBeUndefined();
    expect(x.noPayloadReason).toMatch(/external data/);
  });

  it('unwraps signed data nested in signed data', () => {
    const inner = signedData(BSM(), 'digest');
    const outer = signedData(new Uint8Array(0), 'self');
    signedOf(outer).tbsData.payload.data = inner;
    const x = extractPayload(encodeIeee1609Dot2Data(outer));
    expect(x.signedLayers).toBe(2);
    expect(x.payload).toEqual(BSM());
  });
});

describe('extensions this code does not know', () => {
  it('keeps an unknown content alternative and an unknown header addition, and re-encodes them', () => {
    const unknownContent: Ieee1609Dot2Data = { protocolVersion: 3, content: { $ext: { index: 9, bytes: Uint8Array.of(1, 2, 3) } } };
    const b1 = encodeIeee1609Dot2Data(unknownContent);
    expect(toHex(b1)).toBe('0389' + '03010203');
    expect(plain(decodeIeee1609Dot2Data(b1).value)).toEqual(plain(unknownContent));
    expect(extractPayload(b1)).toMatchObject({ content: 'unknown', noPayloadReason: expect.stringMatching(/\[9\]/) });

    const sd = signedData(BSM(), 'digest');
    const h = signedOf(sd).tbsData.headerInfo;
    h.pduFunctionalType = 1;
    h.$ext = { bitmapLength: 7, additions: [{ index: 6, bytes: Uint8Array.of(0xab) }] };
    const b2 = encodeIeee1609Dot2Data(sd);
    const back = decodeIeee1609Dot2Data(b2).value;
    expect(plain(back)).toEqual(plain(sd));
    expect(encodeIeee1609Dot2Data(back)).toEqual(b2);
    expect(extractPayload(b2).payload).toEqual(BSM());
  });
});

describe('malformed input', () => {
  const signed = encodeIeee1609Dot2Data(signedData(BSM(), 'certificate'));

  it('fails every truncation with a typed error, never anything else', () => {
    for (let n = 0; n < signed.length; n++) {
      const e = decodeError(signed.subarray(0, n));
      expect(e, `cut at ${n}`).toBeInstanceOf(Dot2DecodeError);
      expect(['TRUNCATED', 'BAD_LENGTH']).toContain(e!.code);
    }
  });

  it('names the field that failed', () => {
    // headerInfo.psid: its length octet (01) becomes 0x85, a 5-octet length determinant.
    const b = vector('j2735/jpo-ode/1609dot2_001.hex').slice(0, 314);
    expect(b[221]).toBe(0x01);
    b[221] = 0x85;
    const e = decodeError(b)!;
    expect(e.code).toBe('BAD_LENGTH');
    expect(e.path).toEqual(['content', 'signedData', 'tbsData', 'headerInfo', 'psid']);
    expect(e.offset).toBe(221);
    expect(e.message).toMatch(/^content\.signedData\.tbsData\.headerInfo\.psid: /);
  });

  it('refuses a wrong version, an application tag and over-deep nesting', () => {
    expect(decodeError(Uint8Array.of(2, 0x80, 0))?.code).toBe('BAD_VALUE');
    expect(decodeError(Uint8Array.of(3, 0x40, 0))?.code).toBe('BAD_TAG');
    let d: Ieee1609Dot2Data = { protocolVersion: 3, content: { unsecuredData: BSM() } };
    for (let i = 0; i < 9; i++) {
      const s = signedData(new Uint8Array(0), 'self');
      signedOf(s).tbsData.payload.data = d;
      d = s;
    }
    expect(decodeError(encodeIeee1609Dot2Data(d))?.code).toBe('TOO_DEEP');
  });

  it('throws only Dot2DecodeError on random octets', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      const b = bytes.length > 1 ? Uint8Array.from([3, 0x80 | (bytes[0]! & 3), ...bytes.subarray(1)]) : bytes;
      try {
        extractPayload(b);
      } catch (e) {
        expect(e).toBeInstanceOf(Dot2DecodeError);
      }
    }), { numRuns: 3000 });
  });

  it('names the field of our own bad values when encoding', () => {
    const cert = explicitCertificate();
    cert.toBeSigned.cracaId = Uint8Array.of(1, 2);
    const sd = signedData(BSM(), 'certificate');
    signedOf(sd).signer = { certificate: [cert] };
    let err: unknown;
    try {
      encodeIeee1609Dot2Data(sd);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(Dot2EncodeError);
    expect((err as Dot2EncodeError).path).toEqual(['content', 'signedData', 'signer', 'certificate', 0, 'toBeSigned', 'cracaId']);
    expect(() => encodeIeee1609Dot2Data({ protocolVersion: 2, content: { unsecuredData: BSM() } })).toThrow(/protocolVersion: version must be 3/);
  });
});
