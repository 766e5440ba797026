/**
 * UPER codec figures: the 177-octet asn1_codec BSM (15 path-history points and path
 * prediction) and the 128-BSM bundle, encode and decode, J2735 2020 (and the same BSM with
 * the 2016 codec); a 2024 BSM (jpo-ode, 188 octets, with supplemental extensions) and a
 * CSAE BSM (the vendor capture's first BSM, 86 octets).
 * Anchors: asn1c-generated C measured on this machine class (DESIGN.md).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codec as c2016 } from '../../asn1/generated/j2735-2016/index.js';
import { codec as c2020 } from '../../asn1/generated/j2735-2020/index.js';
import { codec as c2024 } from '../../asn1/generated/j2735-2024/index.js';
import { codec as csae } from '../../asn1/generated/csae53-2017/index.js';
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

const vectors = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'vectors');
const bsm2024 = fromHex(readFileSync(join(vectors, 'j2735', 'jpo-ode', 'BSM_003.hex'), 'utf8').trim());
const bsm2024Value = c2024.decode('MessageFrame', bsm2024);
const csaeRaw = fromHex(readFileSync(join(vectors, 'csae53-2017', 'BSM_raw_with_vendor_header.hex'), 'utf8').trim());
const csaeBsm = csaeRaw.slice(19, 19 + 86);
const csaeValue = csae.decode('MessageFrame', csaeBsm);
const bsm2016Value = c2016.decode('MessageFrame', bsm177);

export const benches: BenchCase[] = [
  { name: 'uper.encode.bsm177', anchor: 'asn1c 2020: 4.8 us, 2016: 3.4 us; target <= 1.1 us', fn: () => c2020.encode('MessageFrame', bsmValue) },
  { name: 'uper.decode.bsm177', anchor: 'asn1c 2020: 5.8 us, 2016: 4.7 us; target <= 1.5 us', fn: () => c2020.decode('MessageFrame', bsm177) },
  { name: 'uper.encode.bundle128', anchor: 'per BSM, 128 distinct BSMs in turn', fn: () => c2020.encode('MessageFrame', values[i++ & 127]!) },
  { name: 'uper.decode.bundle128', anchor: 'per BSM, 128 distinct BSMs in turn', fn: () => c2020.decode('MessageFrame', frames[i++ & 127]!) },
  { name: 'uper.encode.bsm177.j2735-2016', anchor: 'asn1c 2016: 3.4 us', fn: () => c2016.encode('MessageFrame', bsm2016Value) },
  { name: 'uper.decode.bsm177.j2735-2016', anchor: 'asn1c 2016: 4.7 us', fn: () => c2016.decode('MessageFrame', bsm177) },
  { name: 'uper.encode.bsm188.j2735-2024', fn: () => c2024.encode('MessageFrame', bsm2024Value) },
  { name: 'uper.decode.bsm188.j2735-2024', fn: () => c2024.decode('MessageFrame', bsm2024) },
  { name: 'uper.encode.bsm86.csae53-2017', fn: () => csae.encode('MessageFrame', csaeValue) },
  { name: 'uper.decode.bsm86.csae53-2017', fn: () => csae.decode('MessageFrame', csaeBsm) },
];
