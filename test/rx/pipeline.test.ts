/**
 * The receive pipeline on real vectors in every envelope: bare UPER, IEEE 1609.2 (unsecured,
 * signed, the older UPER form), WSMP, hex text, Immediate Forward text; and on bad input,
 * which is counted with a reason and never thrown.
 */
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEdition, type AnyCodec } from '../../asn1/editions.js';
import { fromHex, toHex } from '../../asn1/runtime/values.js';
import { RxPipeline, resultToJson, type RxDecoded, type RxFailed, type RxResult } from '../../src/rx/pipeline.js';
import { decodeLegacyUnsecured } from '../../src/rx/legacy-uper-1609dot2.js';
import { encodeIeee1609Dot2Data, encodeUnsecured, type Ieee1609Dot2Data } from '../../src/transport/ieee1609dot2/index.js';
import { IfmBuilder } from '../../src/transport/ifm.js';
import { encodeWsmp } from '../../src/transport/wsmp.js';
import { octets, signedData } from '../transport/dot2-samples.js';
import { BSM, MAP, SPAT, TIM, vector, vectorsDir } from '../transport/vectors.js';

let c2020: AnyCodec;
let csae: AnyCodec;
beforeAll(async () => {
  c2020 = await loadEdition('j2735-2020');
  csae = await loadEdition('csae53-2017');
});

const pipe = (): RxPipeline => new RxPipeline({ codec: c2020, edition: 'j2735-2020', now: () => 1_700_000_000_000 });
const te = new TextEncoder();

function ok(r: RxResult): RxDecoded {
  if (!r.ok) throw new Error(`expected a decode, got ${r.reason}: ${r.detail}`);
  return r;
}
function failed(r: RxResult): RxFailed {
  if (r.ok) throw new Error(`expected a failure, got ${r.envelope.join('/')} ${r.type}`);
  return r;
}

describe('bare MessageFrames', () => {
  it('decodes every real J2735 vector to the messageId an independent decoder found', () => {
    const expected = JSON.parse(readFileSync(join(vectorsDir, 'j2735', 'expected-asn1tools-2020.json'), 'utf8')) as Record<string, { hex: string; messageId?: number }>;
    const p = pipe();
    let n = 0;
    for (const [name, e] of Object.entries(expected)) {
      if (name.includes('1609dot2')) continue; // envelopes: below
      if (e.messageId === undefined) continue; // not a MessageFrame for asn1tools either (checked below)
      const r = ok(p.ingest(fromHex(e.hex), name));
      expect(r.messageId, name).toBe(e.messageId);
      expect(r.envelope, name).toEqual(['uper']);
      expect(r.frame).toEqual(fromHex(e.hex));
      n++;
    }
    expect(n).toBeGreaterThan(55);
    expect(p.stats).toMatchObject({ received: n, decoded: n, failed: 0 });
  });

  it('names J2735 messages and decodes with the configured edition (CSAE 53)', () => {
    const p = pipe();
    expect([BSM(), SPAT(), MAP(), TIM()].map((f) => ok(p.ingest(f, 't')).type)).toEqual(['BSM', 'SPAT', 'MAP', 'TIM']);
    const cp = new RxPipeline({ codec: csae, edition: 'csae53-2017' });
    for (const t of ['BSM', 'MAP', 'RSI', 'RSM', 'SPAT']) {
      const r = ok(cp.ingest(vector(`csae53-2017/${t}_MessageFrame.hex`), t));
      expect(r.type).toBe(t);
      expect(r.envelope).toEqual(['uper']);
    }
  });
});

describe('IEEE 1609.2 envelopes', () => {
  it('unwraps and decodes every real 1609.2-wrapped vector', () => {
    const p = pipe();
    const cases: [string, string, number][] = [
      ['j2735/asn1_codec-data/1609dot2-unsecured_BSM_coer.hex', '1609.2-unsecured/uper', 20],
      ['j2735/asn1_codec-hexonly/1609dot2_003.hex', '1609.2-unsecured/uper', 20],
      ['j2735/asn1_codec-hexonly/1609dot2_004.hex', '1609.2-unsecured/uper', 20],
      ['j2735/asn1_codec-hexonly/1609dot2_005.hex', '1609.2-unsecured/uper', 20],
      ['j2735/jpo-ode/1609dot2_001.hex', '1609.2-signed/uper', 31],
      ['j2735/asn1_codec-data/1609dot2-unsecured_BSM.hex', '1609.2-uper/uper', 20],
      ['j2735/asn1_codec-data/1609dot2-unsecured_TIM.hex', '1609.2-uper/uper', 31],
    ];
    for (const [rel, env, id] of cases) {
      const r = ok(p.ingest(vector(rel), rel));
      expect([r.envelope.join('/'), r.messageId], rel).toEqual([env, id]);
      expect(r.security?.signatureVerified).toBe(false);
    }
    // The older UPER form carries the same BSM as the COER one, and the XML beside it.
    const legacy = ok(p.ingest(vector('j2735/asn1_codec-data/1609dot2-unsecured_BSM.hex'), 'x'));
    expect(legacy.frame).toEqual(BSM());
    const xml = readFileSync(join(vectorsDir, 'j2735/asn1_codec-data/1609dot2-unsecured_TIM.xml'), 'utf8');
    const timPayload = /<unsecuredData>([0-9a-f]+)<\/unsecuredData>/.exec(xml)![1]!;
    expect(toHex(ok(p.ingest(vector('j2735/asn1_codec-data/1609dot2-unsecured_TIM.hex'), 'x')).frame)).toBe(timPayload);
    expect(legacy.warnings.join()).toMatch(/older UPER encoding/);
  });

  it('says a signed payload was not verified, with the header PSID and signer', () => {
    const r = ok(pipe().ingest(vector('j2735/jpo-ode/1609dot2_001.hex'), 'rsu'));
    expect(r.security).toMatchObject({ content: 'signed', signatureVerified: false, psid: 0x83, signer: { kind: 'digest', digest: 'a30029d6585009ef' } });
    expect(r.psid).toBe(0x83);
    expect(r.warnings).toEqual(['1 octet(s) after the IEEE 1609.2 data', 'signature not verified']);
    const json = resultToJson(r, c2020);
    expect(json).toMatchObject({ envelope: '1609.2-signed/uper', type: 'TIM', psid: '0x83', security: { signatureVerified: false, generationTime: '469296032511832' } });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('unwraps data signed by a certificate', () => {
    const r = ok(pipe().ingest(encodeIeee1609Dot2Data(signedData(BSM(), 'certificate')), 'obu'));
    expect(r.frame).toEqual(BSM());
    expect(r.security?.signer).toMatchObject({ kind: 'certificate', certificateId: 'obu-test-001' });
  });
});

describe('WSMP, hex text and Immediate Forward text', () => {
  it('unwraps WSMP with the 1609.2 data inside, or a bare frame inside', () => {
    const p = pipe();
    const a = ok(p.ingest(encodeWsmp({ psid: 0x82, channel: 183, dataRate: 12, txPowerDbm: 23 }, encodeUnsecured(SPAT())), 'air'));
    expect(a).toMatchObject({ envelope: ['wsmp', '1609.2-unsecured', 'uper'], type: 'SPAT', psid: 0x82, wsmp: { psid: 0x82, channel: 183, dataRate: 12, txPowerDbm: 23 }, warnings: [] });
    const b = ok(p.ingest(encodeWsmp({ psid: 0x20 }, BSM()), 'air'));
    expect(b.envelope).toEqual(['wsmp', 'uper']);
    const c = ok(p.ingest(encodeWsmp({ psid: 0x20 }, encodeIeee1609Dot2Data(signedData(BSM(), 'digest'))), 'air'));
    expect(c.envelope).toEqual(['wsmp', '1609.2-signed', 'uper']);
  });

  it('flags a PSID that does not match the message, and a WSMP PSID that differs from the 1609.2 one', () => {
    const p = pipe();
    expect(ok(p.ingest(encodeWsmp({ psid: 0x82 }, encodeUnsecured(BSM())), 'air')).warnings).toEqual([expect.stringMatching(/PSID check: BSM: PSID 0x82 .*does not match/)]);
    const w = ok(p.ingest(encodeWsmp({ psid: 0x82 }, encodeIeee1609Dot2Data(signedData(BSM(), 'self', 0x20))), 'air')).warnings;
    expect(w).toContainEqual(expect.stringMatching(/WSMP PSID 0x82 differs from the 1609.2 header PSID 0x20/));
    expect(p.stats.warnings).toBe(2);
  });

  it('reads hex text (any case, 0x prefix, line breaks) of any of the binary forms', () => {
    const p = pipe();
    const forms = [BSM(), encodeUnsecured(BSM()), encodeWsmp({ psid: 0x20 }, encodeUnsecured(BSM()))];
    for (const f of forms) {
      const h = toHex(f);
      for (const text of [h, h.toUpperCase(), `0x${h}\n`, `${h.slice(0, 40)}\r\n${h.slice(40)}\n`]) {
        const r = ok(p.ingest(te.encode(text), 'text'));
        expect(r.envelope[0]).toBe('hex');
        expect(r.frame).toEqual(BSM());
      }
    }
  });

  it('reads the Payload of an Immediate Forward text', () => {
    const r = ok(pipe().ingest(te.encode(new IfmBuilder({ payloadForm: 'ieee1609dot2' }).text({ frame: MAP(), type: 'MAP' })), 'ifm'));
    expect(r.envelope).toEqual(['ifm', '1609.2-unsecured', 'uper']);
    expect(r.type).toBe('MAP');
  });
});

describe('bad input', () => {
  it('counts each kind of failure with its reason', () => {
    const p = pipe();
    const enc: Ieee1609Dot2Data = { protocolVersion: 3, content: { encryptedData: { recipients: [{ pskRecipInfo: octets(8, 1) }], ciphertext: { aes128ccm: { nonce: octets(12, 2), ccmCiphertext: octets(20, 3) } } } } };
    const cases: [Uint8Array, string, string[]][] = [
      [new Uint8Array(0), 'EMPTY', []],
      [te.encode('0014abc'), 'BAD_HEX', ['hex']],
      [te.encode('Version=0.7\nType=BSM\n'), 'BAD_IFM', ['ifm']],
      [encodeUnsecured(BSM()).subarray(0, 50), 'BAD_1609DOT2', ['1609.2']],
      [encodeWsmp({ psid: 0x20 }, encodeUnsecured(BSM())).subarray(0, 60), 'BAD_WSMP', ['wsmp']],
      [encodeIeee1609Dot2Data(enc), 'NO_PAYLOAD', ['1609.2-unsecured']],
      [BSM().subarray(0, 40), 'BAD_UPER', ['uper']],
      [encodeUnsecured(Uint8Array.of(0x00)), 'BAD_UPER', ['1609.2-unsecured', 'uper']],
    ];
    for (const [bytes, reason, envelope] of cases) {
      const r = failed(p.ingest(bytes, 'bad'));
      expect([r.reason, r.envelope], toHex(bytes).slice(0, 20)).toEqual([reason, envelope]);
      expect(r.detail.length).toBeGreaterThan(5);
    }
    expect(p.stats).toMatchObject({ received: 8, decoded: 0, failed: 8, byReason: { EMPTY: 1, BAD_HEX: 1, BAD_IFM: 1, BAD_1609DOT2: 1, BAD_WSMP: 1, NO_PAYLOAD: 1, BAD_UPER: 2 } });
  });

  it('never throws, on random octets or on valid envelopes with octets changed or cut', () => {
    const p = pipe();
    const seeds = [BSM(), encodeUnsecured(SPAT()), encodeWsmp({ psid: 0x20, channel: 172 }, encodeUnsecured(BSM())), encodeIeee1609Dot2Data(signedData(BSM(), 'certificate')), vector('j2735/jpo-ode/1609dot2_001.hex'), te.encode(toHex(BSM()))];
    fc.assert(fc.property(fc.integer({ min: 0, max: seeds.length - 1 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }), fc.nat(), (i, edits, cut) => {
      const b = seeds[i]!.slice();
      for (const [pos, v] of edits) b[pos % b.length] = v;
      const r = p.ingest(b.subarray(0, b.length - (cut % 8)), 'fuzz');
      expect(typeof r.ok).toBe('boolean');
    }), { numRuns: 3000 });
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (b) => {
      expect(typeof p.ingest(b, 'random').ok).toBe('boolean');
    }), { numRuns: 2000 });
    expect(p.stats.received).toBe(5000);
    expect(p.stats.decoded + p.stats.failed).toBe(5000);
    expect(p.stats.byReason.INTERNAL).toBeUndefined();
  });

  it('takes the older UPER 1609.2 form only when its sizes add up exactly', () => {
    const legacy = vector('j2735/asn1_codec-data/1609dot2-unsecured_BSM.hex');
    expect(decodeLegacyUnsecured(legacy)?.payload).toEqual(BSM());
    expect(decodeLegacyUnsecured(legacy.subarray(0, legacy.length - 1))).toBeUndefined();
    expect(decodeLegacyUnsecured(new Uint8Array([...legacy, 0]))).toBeUndefined();
    expect(decodeLegacyUnsecured(BSM())).toBeUndefined();
  });

  it('reports the time spent and when it arrived', () => {
    let t = 0;
    const p = new RxPipeline({ codec: c2020, edition: 'j2735-2020', hrtimeUs: () => (t += 7), now: () => 42 });
    const r = p.ingest(BSM(), 's');
    expect(r.decodeUs).toBe(7);
    expect(r.receivedAt).toBe(42);
    expect(p.ingest(BSM(), 's', 99).receivedAt).toBe(99);
  });
});

describe('every vector file in the fixtures', () => {
  it('decodes each, except the two that no decoder reads (asn1tools fails on them too)', () => {
    const p = pipe();
    const dirs = ['j2735/asn1_codec-data', 'j2735/asn1_codec-hexonly', 'j2735/jpo-ode'];
    const failures: string[] = [];
    let n = 0;
    for (const d of dirs) for (const f of readdirSync(join(vectorsDir, d)).filter((x) => x.endsWith('.hex'))) {
      // As hex text datagrams, the way some pipelines forward them.
      const r = p.ingest(te.encode(readFileSync(join(vectorsDir, d, f), 'utf8')), f);
      if (!r.ok) failures.push(`${d}/${f} ${r.reason}`);
      n++;
    }
    expect(p.stats.received).toBe(n);
    expect(failures.sort()).toEqual(['j2735/asn1_codec-data/TIM_asn1c_input.hex BAD_UPER', 'j2735/asn1_codec-hexonly/TIM_002.hex BAD_UPER']);
  });
});
