/** Shared helpers for the codec tests: fixtures, asn1tools-form values, bit-level diffs. */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Codec } from '../../asn1/runtime/api.js';
import type { IrType } from '../../asn1/runtime/schema.js';
import { toHex, type BitString } from '../../asn1/runtime/values.js';

export const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'vectors');

export interface Expected {
  hex: string;
  messageId?: number;
  type?: string;
  value?: unknown;
  frameReencodesIdentically?: boolean;
  valueReencodesIdentically?: boolean;
  asn1toolsError?: string;
}

export function loadExpected(edition: '2020' | '2024'): Record<string, Expected> {
  return JSON.parse(readFileSync(join(fixtures, 'j2735', `expected-asn1tools-${edition}.json`), 'utf8')) as Record<string, Expected>;
}

export function readHex(rel: string): string {
  return readFileSync(join(fixtures, rel), 'utf8').replace(/\s+/g, '').toLowerCase();
}

export function listFiles(relDir: string, ext: string): string[] {
  return readdirSync(join(fixtures, relDir)).filter((f) => f.endsWith(ext)).sort();
}

function bits(hex: string, from: number, count: number): string {
  let s = '';
  for (let i = from; i < from + count && i < hex.length * 4; i++) {
    const nib = parseInt(hex[i >> 2]!, 16);
    s += (nib >> (3 - (i & 3))) & 1;
  }
  return s;
}

/** Describes where two encodings differ: hex of both and the bits from the first differing bit. */
export function bitDiff(expectedHex: string, actualHex: string): string {
  if (expectedHex === actualHex) return 'identical';
  const n = Math.max(expectedHex.length, actualHex.length) * 4;
  let first = 0;
  while (first < n && bits(expectedHex, first, 1) === bits(actualHex, first, 1)) first++;
  return [
    `encodings differ from bit ${first} (octet ${first >> 3}); lengths ${expectedHex.length / 2} and ${actualHex.length / 2} octets`,
    `expected hex: ${expectedHex}`,
    `actual hex:   ${actualHex}`,
    `expected bits from ${first}: ${bits(expectedHex, first, 64)}`,
    `actual bits from ${first}:   ${bits(actualHex, first, 64)}`,
  ].join('\n');
}

/**
 * Our decoded value in the form of the independent decoder's JSON: BIT STRING as
 * {bits, length}, OCTET STRING as hex, open types as the hex of their content (re-encoded
 * with our encoder of the selected type).
 */
export function toAsn1toolsForm(codec: Codec<Record<string, unknown>>, t0: IrType, v: unknown): unknown {
  const types = codec.schema.types;
  let t = t0;
  while (t.kind === 'ref') t = types[t.id]!.type;
  switch (t.kind) {
    case 'octetstring':
      return toHex(v as Uint8Array);
    case 'bitstring': {
      const b = v as BitString;
      return { bits: toHex(b.bytes), length: b.length };
    }
    case 'sequenceof':
      return (v as unknown[]).map((x) => toAsn1toolsForm(codec, t.item, x));
    case 'choice': {
      const o = v as Record<string, unknown>;
      const alt = [...t.alts, ...t.additions].find((a) => o[a.name] !== undefined)!;
      return { [alt.name]: toAsn1toolsForm(codec, alt.type, o[alt.name]) };
    }
    case 'sequence': {
      const o = v as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      const fields = [...t.fields, ...t.additions.flatMap((a) => (a.kind === 'field' ? [a.field] : a.fields))];
      for (const f of fields) {
        const x = o[f.name];
        if (x === undefined) continue;
        if (f.type.kind === 'open') {
          if (x instanceof Uint8Array) out[f.name] = toHex(x);
          else {
            const key = o[f.type.keyField!];
            const entry = f.type.entries.find((e) => e.key === key)!;
            if (entry.type.kind !== 'ref') throw new Error('open type entry is not a named type');
            out[f.name] = toHex(codec.encode(entry.type.id, x));
          }
        } else out[f.name] = toAsn1toolsForm(codec, f.type, x);
      }
      return out;
    }
    case 'relativeoid':
      // The independent decoder declares RELATIVE-OID as the OCTET STRING of its contents octets.
      return toHex(relativeOidContents(v as string));
    default:
      return v;
  }
}

function relativeOidContents(oid: string): Uint8Array {
  const out: number[] = [];
  for (const arc of oid.split('.').map(Number)) {
    const tmp: number[] = [];
    let x = arc;
    do {
      tmp.unshift(x % 128);
      x = Math.floor(x / 128);
    } while (x > 0);
    tmp.forEach((b, i) => out.push(b | (i < tmp.length - 1 ? 0x80 : 0)));
  }
  return Uint8Array.from(out);
}
