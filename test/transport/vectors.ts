/** Real encodings used by the transport, receive and RSU tests (test/fixtures/vectors). */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codec as c2020 } from '../../asn1/generated/j2735-2020/index.js';
import { fromHex } from '../../asn1/runtime/values.js';

export const vectorsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'vectors');

export function vector(rel: string): Uint8Array {
  return fromHex(readFileSync(join(vectorsDir, rel), 'utf8').trim());
}

/** asn1_codec's 177-octet BSM (J2735 2020 MessageFrame, messageId 20). */
export const BSM = (): Uint8Array => vector('j2735/asn1_codec-data/BSM_MessageFrame.hex');
/** A SPaT (messageId 19), a MAP (18) and a PSM (32) from asn1_codec's tests (no trailing octets). */
export const SPAT = (): Uint8Array => vector('j2735/asn1_codec-hexonly/SPAT_001.hex');
export const MAP = (): Uint8Array => vector('j2735/asn1_codec-hexonly/MAP_001.hex');
export const TIM = (): Uint8Array => vector('j2735/asn1_codec-data/TIM_MessageFrame.hex');
export const PSM = (): Uint8Array => vector('j2735/asn1_codec-hexonly/PSM_001.hex');

/** The 128 distinct BSMs of asn1_codec's bundle, split at their ends by the codec. */
export function bsmBundle(): Uint8Array[] {
  const all = new Uint8Array(readFileSync(join(vectorsDir, 'j2735/asn1_codec-data/BSM_x128_bundle.uper')));
  const out: Uint8Array[] = [];
  for (let off = 0; off < all.length; ) {
    const r = c2020.decodeDetailed('MessageFrame', all.subarray(off));
    out.push(all.slice(off, off + r.usedOctets));
    off += r.usedOctets;
  }
  return out;
}
