/**
 * The envelopes around received MessageFrames: IEEE 1609.2 Ieee1609Dot2Data in COER (decode
 * and payload extraction), WSMP (IEEE 1609.3) frames carrying it, and RSU 4.1 Immediate
 * Forward text.
 *
 * Structure-aware inputs: decoded real envelopes (the 1609.2 vectors, signed data with
 * certificate chains, requested certificates and P2PCD requests) mutated as values and
 * re-encoded by the COER encoder, so lengths, quantities, presence bits and tags stay
 * consistent; WSMP headers built from random header fields (P-encoded PSIDs of every size,
 * WAVE elements known and unknown, T-header elements); IFM text mutated by line and field.
 */
import { encodeIeee1609Dot2Data, encodeUnsecured, decodeIeee1609Dot2Data, extractPayload, Dot2DecodeError, type Ieee1609Dot2Data } from '../../../src/transport/ieee1609dot2/index.js';
import { IfmBuilder, IfmError, parseIfm } from '../../../src/transport/ifm.js';
import { PSID_MAX } from '../../../src/transport/psid.js';
import { WsmpError, decodeWsmp, encodeWsmp, type WaveElement, type WsmpHeader } from '../../../src/transport/wsmp.js';
import { explicitCertificate, implicitCertificate, signedData, signedOf } from '../../transport/dot2-samples.js';
import type { FuzzSession, FuzzTarget } from '../engine.js';
import { bytesToText, int, mutateBytes, mutateFields, mutateLines, mutateValue, pick, randomBytes, stacked, textToBytes, type Rand } from '../mutate.js';
import { hexFixture } from './common.js';

const FRAMES = ['j2735/asn1_codec-data/BSM_MessageFrame.hex', 'j2735/jpo-ode/SPAT_001.hex', 'j2735/jpo-ode/MAP_001.hex', 'j2735/asn1_codec-data/TIM_MessageFrame.hex', 'j2735/jpo-ode/PSM_001.hex'];
const ENVELOPES = ['j2735/asn1_codec-data/1609dot2-unsecured_BSM_coer.hex', 'j2735/asn1_codec-hexonly/1609dot2_003.hex', 'j2735/asn1_codec-hexonly/1609dot2_004.hex', 'j2735/asn1_codec-hexonly/1609dot2_005.hex', 'j2735/jpo-ode/1609dot2_001.hex'];

function frames(): Uint8Array[] {
  return FRAMES.map((f) => hexFixture(`vectors/${f}`));
}

/** Extra envelopes a caller adds (e.g. SPDUs signed with real keys). */
export type EnvelopeSource = () => Promise<Uint8Array[]>;

/** Real 1609.2 envelopes, plus structures with every signer kind and the header extensions. */
export async function envelopeSeeds(extra?: EnvelopeSource): Promise<Uint8Array[]> {
  const out = ENVELOPES.map((f) => hexFixture(`vectors/${f}`));
  for (const f of frames()) {
    out.push(encodeUnsecured(f));
    for (const s of ['certificate', 'digest', 'self'] as const) out.push(encodeIeee1609Dot2Data(signedData(f, s)));
  }
  const d = signedData(frames()[0]!, 'digest');
  const h = signedOf(d).tbsData.headerInfo;
  h.requestedCertificate = implicitCertificate();
  h.inlineP2pcdRequest = [Uint8Array.of(1, 2, 3), Uint8Array.of(4, 5, 6)];
  h.pduFunctionalType = 1;
  out.push(encodeIeee1609Dot2Data(d));
  const chain = signedData(frames()[1]!, 'certificate');
  const sd = signedOf(chain);
  if ('certificate' in sd.signer) sd.signer.certificate.push(explicitCertificate(), implicitCertificate());
  out.push(encodeIeee1609Dot2Data(chain));
  out.push(encodeIeee1609Dot2Data({ protocolVersion: 3, content: { signedData: { ...sd, tbsData: { ...sd.tbsData, payload: { extDataHash: { sha256HashedData: new Uint8Array(32) } } } } } }));
  if (extra) out.push(...(await extra()));
  return out;
}

export const dot2Expected = (e: unknown): string | undefined => (e instanceof Dot2DecodeError ? e.code : undefined);

/** Envelope inputs: decoded seeds mutated as values and re-encoded, or mutated as octets. */
export function envelopeGenerator(seeds: Uint8Array[]): (rand: Rand) => Uint8Array {
  const values: Ieee1609Dot2Data[] = [];
  for (const s of seeds) {
    try {
      values.push(decodeIeee1609Dot2Data(s, { allowTrailing: true }).value);
    } catch {
      // not decodable: an octet seed only
    }
  }
  const bytes = (b: Uint8Array, r: Rand): Uint8Array => mutateBytes(b, r, pick(r, seeds));
  return (rand) => {
    const p = rand();
    if (p < 0.55 && values.length) {
      let v = pick(rand, values);
      for (let k = 1 + int(rand, 3); k > 0; k--) v = mutateValue(v, rand);
      let enc: Uint8Array;
      try {
        enc = encodeIeee1609Dot2Data(v);
      } catch {
        enc = pick(rand, seeds);
      }
      return rand() < 0.3 ? stacked(enc, rand, [bytes], 2) : enc;
    }
    if (p < 0.97) return stacked(pick(rand, seeds), rand, [bytes], 4);
    return randomBytes(rand, 200);
  };
}

async function dot2Session(extra?: EnvelopeSource): Promise<FuzzSession> {
  const seeds = await envelopeSeeds(extra);
  return {
    seeds,
    generate: envelopeGenerator(seeds),
    run(input) {
      decodeIeee1609Dot2Data(input, { allowTrailing: true });
      extractPayload(input);
    },
    expected: dot2Expected,
  };
}

// ---- WSMP -----------------------------------------------------------------------------------

const PSID_EDGES = [0, 0x20, 0x7f, 0x80, 0x82, 0x3fff + 0x80, 0x3fff + 0x81, 0x1fffff + 0x4080, 0x1fffff + 0x4081, PSID_MAX];

function randomElements(rand: Rand, ids: number[]): WaveElement[] {
  const out: WaveElement[] = [];
  for (let k = int(rand, 4); k > 0; k--) out.push({ id: rand() < 0.7 ? pick(rand, ids) : int(rand, 256), data: randomBytes(rand, rand() < 0.9 ? 3 : 200) });
  return out;
}

function randomHeader(rand: Rand): WsmpHeader {
  const h: WsmpHeader = { psid: rand() < 0.7 ? pick(rand, PSID_EDGES) : int(rand, PSID_MAX + 1) };
  if (rand() < 0.5) h.channel = int(rand, 256);
  if (rand() < 0.5) h.dataRate = int(rand, 256);
  if (rand() < 0.5) h.txPowerDbm = int(rand, 256) - 128;
  if (rand() < 0.3) h.otherElements = randomElements(rand, [4, 15, 16, 17, 23]);
  if (rand() < 0.3) h.tElements = randomElements(rand, [4, 15, 16]);
  return h;
}

async function wsmpSession(): Promise<FuzzSession> {
  const envelopes = await envelopeSeeds();
  const envelope = envelopeGenerator(envelopes);
  const seeds = envelopes.map((e, i) => encodeWsmp({ psid: [0x20, 0x82, 0x83, 0x27][i % 4]!, ...(i % 2 ? { channel: 172, dataRate: 12, txPowerDbm: 20 } : {}) }, e));
  const bytes = (b: Uint8Array, r: Rand): Uint8Array => mutateBytes(b, r, pick(r, seeds));
  return {
    seeds,
    generate(rand) {
      const p = rand();
      if (p < 0.5) {
        let frame: Uint8Array;
        try {
          frame = encodeWsmp(randomHeader(rand), rand() < 0.7 ? envelope(rand) : randomBytes(rand, 64));
        } catch {
          frame = pick(rand, seeds);
        }
        return rand() < 0.4 ? stacked(frame, rand, [bytes], 2) : frame;
      }
      if (p < 0.97) return stacked(pick(rand, seeds), rand, [bytes], 4);
      return randomBytes(rand, 64);
    },
    run(input) {
      const f = decodeWsmp(input);
      extractPayload(f.data);
    },
    expected: (e) => (e instanceof WsmpError ? `WSMP_${e.code}` : dot2Expected(e)),
  };
}

// ---- IFM ------------------------------------------------------------------------------------

async function ifmSession(): Promise<FuzzSession> {
  const b = new IfmBuilder();
  const b2 = new IfmBuilder({ payloadForm: 'ieee1609dot2', hexCase: 'lower' });
  const types = ['BSM', 'SPAT', 'MAP', 'TIM', 'PSM'];
  const fs = frames();
  const seeds = fs.flatMap((frame, i) => [b.text({ frame, type: types[i]! }), b2.text({ frame, type: types[i]! })]).map(textToBytes);
  const bytes = (x: Uint8Array, r: Rand): Uint8Array => mutateBytes(x, r, pick(r, seeds));
  return {
    seeds,
    generate(rand) {
      const p = rand();
      if (p < 0.7) {
        const lines = bytesToText(pick(rand, seeds)).split('\n');
        for (let k = 1 + int(rand, 3); k > 0; k--) {
          if (rand() < 0.4) mutateLines(lines, rand);
          else {
            const i = int(rand, lines.length);
            const kv = (lines[i] ?? '').split('=');
            mutateFields(kv, rand);
            lines[i] = kv.join(rand() < 0.9 ? '=' : ' = ');
          }
        }
        return textToBytes(lines.join(rand() < 0.8 ? '\n' : '\r\n'));
      }
      if (p < 0.97) return stacked(pick(rand, seeds), rand, [bytes], 3);
      return randomBytes(rand, 200);
    },
    run(input) {
      parseIfm(input);
    },
    expected: (e) => (e instanceof IfmError ? e.code : undefined),
  };
}

export const envelopeTargets: FuzzTarget[] = [
  {
    name: 'coer-1609dot2',
    summary: 'IEEE 1609.2 Ieee1609Dot2Data (COER) decoder and payload extraction',
    // Real signatures too: SPDUs signed by a bench chain (imported late: the chain is made at setup).
    setup: () => dot2Session(async () => (await import('./security.js')).signedSpdus().then((s) => s.spdus)),
  },
  { name: 'wsmp', summary: 'WSMP (IEEE 1609.3) frame parser, then the 1609.2 payload extraction', setup: wsmpSession },
  { name: 'ifm', summary: 'RSU 4.1 Immediate Forward text parser', setup: ifmSession },
];

export { dot2Session };
