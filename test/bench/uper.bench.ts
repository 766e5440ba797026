/**
 * UPER codec figures: the 177-octet asn1_codec BSM (15 path-history points and path
 * prediction) and the 128-BSM bundle, encode and decode, J2735 2020.
 * Anchors: asn1c-generated C measured on this machine class (DESIGN.md).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codec as c2020 } from '../../asn1/generated/j2735-2020/index.js';
import { fromHex } from '../../asn1/runtime/values.js';
import type { BenchCase } from './harness.js';

const fx = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'vectors', 'j2735', 'asn1_codec-data');
const bsm177 = fromHex(readFileSync(join(fx, 'BSM_MessageFrame.hex'), 'utf8').trim());
const bsmValue = c2020.decode('MessageFrame', bsm177);

const bundle = new Uint8Array(readFileSync(join(fx, 'BSM_x128_bundle.uper')));
const frames: Uint8Array[] = [];
for (let off = 0; off < bundle.length; ) {
  const r = c2020.decodeDetailed('MessageFrame', bundle.subarray(off));
  frames.push(bundle.slice(off, off + r.usedOctets));
  off += r.usedOctets;
}
const values = frames.map((f) => c2020.decode('MessageFrame', f));
let i = 0;

export const benches: BenchCase[] = [
  { name: 'uper.encode.bsm177', anchor: 'asn1c 2020: 4.8 us, 2016: 3.4 us; target <= 1.1 us', fn: () => c2020.encode('MessageFrame', bsmValue) },
  { name: 'uper.decode.bsm177', anchor: 'asn1c 2020: 5.8 us, 2016: 4.7 us; target <= 1.5 us', fn: () => c2020.decode('MessageFrame', bsm177) },
  { name: 'uper.encode.bundle128 (per BSM)', fn: () => c2020.encode('MessageFrame', values[i++ & 127]!) },
  { name: 'uper.decode.bundle128 (per BSM)', fn: () => c2020.decode('MessageFrame', frames[i++ & 127]!) },
];
