/**
 * The compiler on a module of our own that exercises every construct the standards use
 * (and those J2735 2020 happens not to): hand-worked encodings, property round trips of the
 * generated code, the intermediate form, and compile errors that name module, type and line.
 */
import fc from 'fast-check';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitEdition } from '../../asn1/compiler/emit.js';
import { CompileError } from '../../asn1/compiler/errors.js';
import { Parser } from '../../asn1/compiler/parser.js';
import { resolveEdition } from '../../asn1/compiler/resolve.js';
import type { Codec } from '../../asn1/runtime/api.js';
import type { IrEdition } from '../../asn1/runtime/schema.js';
import { toHex } from '../../asn1/runtime/values.js';
import { Arbitraries } from './arbitrary.js';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '.generated', 'widgets');

function compile(text: string, file = 'test.asn'): IrEdition {
  const classes = new Set(Parser.scanClassNames(text, file));
  return resolveEdition('test', Parser.parseFile(text, file, classes));
}

let ir: IrEdition;
let codec: Codec<Record<string, unknown>>;

beforeAll(async () => {
  ir = compile(readFileSync(join(here, 'fixtures', 'widgets.asn'), 'utf8'), 'widgets.asn');
  const files = emitEdition(ir, { title: 'the Widgets test module', runtime: '../../../../asn1/runtime' });
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(outDir, name), text);
  codec = ((await import(pathToFileURL(join(outDir, 'index.ts')).href)) as { codec: Codec<Record<string, unknown>> }).codec;
});

afterAll(() => {
  rmSync(join(here, '.generated'), { recursive: true, force: true });
});

const hex = (type: string, v: unknown): string => toHex(codec.encode(type, v));

describe('hand-worked encodings', () => {
  it('extensible INTEGER: in the root 1+4 bits, outside it 1 bit then an unconstrained number', () => {
    expect(hex('Small', 3)).toBe('40'); // 0 1000
    expect(hex('Small', 6)).toBe('808300'); // 1 00000001 00000110
    expect(codec.decode('Small', Uint8Array.of(0x80, 0x83, 0x00))).toBe(6);
  });

  it('semi-constrained and unconstrained INTEGER', () => {
    expect(hex('Semi', 10)).toBe('0100');
    expect(hex('Semi', 266)).toBe('020100');
    expect(hex('Any', -129)).toBe('02ff7f');
  });

  it('ENUMERATED indexes follow the values; additions are normally small numbers', () => {
    // root by value: low(0) high(1) mid(5): mid is index 2 -> 0 10
    expect(hex('Level', 'mid')).toBe('40');
    expect(hex('Level', 'high')).toBe('20');
    expect(hex('Level', 'extreme')).toBe('80'); // 1 000000
    expect(codec.decode('Level', Uint8Array.of(0x81))).toBe(1); // unknown addition index 1 kept as a number
    expect(hex('Level', 1)).toBe('81');
  });

  it('BIT STRING SIZE(3, ...) and character strings with alphabets', () => {
    expect(hex('Flags', { length: 3, bytes: Uint8Array.of(0xa0) })).toBe('50'); // 0 101
    expect(hex('Code', '0429')).toBe('153a'); // NumericString: 4 bits an index: 1 5 3 10 -> 0001 0101 0011 1010
    expect(hex('Caps', 'AZ')).toBe('20c8'); // 3-bit length 001, then 5 bits a letter index: 00000 11001
  });

  it('SEQUENCE with extension additions and a group: bitmap, then each addition as an open type', () => {
    const v = { id: 1, colour: 'green', extra: true, v2a: 5 };
    const bytes = codec.encode('Item', v);
    // ext 1, optional bits 00, id 16 bits, colour 01, bitmap length 3 (0000010), bitmap 110,
    // extra: length 00000001 + 10000000; group: length 00000001 + (v2b absent 0, v2a 101) padded
    expect(toHex(bytes)).toBe('8000282c030002a0');
    expect(codec.decode('Item', bytes)).toEqual(v);
    expect(codec.decode('Item', codec.encode('Item', { id: 2, colour: 'red' }))).toEqual({ id: 2, colour: 'red' });
  });

  it('CHOICE with an extension alternative', () => {
    expect(hex('Shape', { circle: 5 })).toBe('0280'); // 0 0 0000101
    expect(hex('Shape', { square: null })).toBe('40');
    const poly = codec.encode('Shape', { polygon: [1, 2, 3] });
    expect(codec.decode('Shape', poly)).toEqual({ polygon: [1, 2, 3] });
    expect(poly[0]! >> 7).toBe(1);
  });

  it('an information object set selects the open type; an unknown key keeps octets', () => {
    const env = { holder: { kind: 2, body: { circle: 7 } }, others: [{ kind: 9, body: Uint8Array.of(0xde, 0xad) }] };
    expect(codec.decode('Envelope', codec.encode('Envelope', env))).toEqual(env);
    const unknown = { holder: { kind: 77, body: Uint8Array.of(1) }, others: [] };
    expect(codec.decode('Envelope', codec.encode('Envelope', unknown))).toEqual(unknown);
  });

  it('recursive types', () => {
    const t = { label: 'a', children: [{ label: 'b', children: [{ label: 'c', children: [] }] }, { label: 'd', children: [] }] };
    expect(codec.decode('Tree', codec.encode('Tree', t))).toEqual(t);
  });

  it('SEQUENCE OF without a size bound fragments beyond 16K items', () => {
    const big = Array.from({ length: 40000 }, (_, i) => i & 0xff);
    const bytes = codec.encode('Big', big);
    expect(bytes[0]).toBe(0xc2); // two 16K blocks first
    expect(codec.decode('Big', bytes)).toEqual(big);
  });
});

describe('the intermediate form', () => {
  it('resolves imports, value references, parameterised types and object sets', () => {
    const byId = Object.fromEntries(ir.types.map((t) => [t.id, t.type]));
    expect(byId.Items).toEqual({ kind: 'sequenceof', item: { kind: 'ref', id: 'Item' }, size: { lb: 1, ub: 4, ext: true } });
    const holders = ir.types.filter((t) => t.name === 'Holder');
    expect(holders.map((h) => h.id).sort()).toEqual(['Holder', 'Holder_Kinds']);
    const withKinds = holders.find((h) => h.id === 'Holder_Kinds')!.type;
    expect(withKinds.kind === 'sequence' && withKinds.fields[1]!.type).toEqual({
      kind: 'open',
      keyField: 'kind',
      ext: true,
      entries: [
        { key: 1, type: { kind: 'ref', id: 'Item' } },
        { key: 2, type: { kind: 'ref', id: 'Shape' } },
      ],
    });
    expect(byId.Tree).toMatchObject({ kind: 'sequence', fields: [{ name: 'label' }, { name: 'children', type: { kind: 'sequenceof', item: { kind: 'ref', id: 'Tree' } } }] });
    expect(byId.Level).toEqual({ kind: 'enumerated', root: ['low', 'high', 'mid'], additions: ['extreme'], values: { low: 0, mid: 5, high: 1, extreme: 10 } });
    expect(ir.values).toContainEqual({ module: 'Palette', name: 'maxItems', value: 4 });
  });

  it('generated code names the module edition and carries no module text', () => {
    const text = readFileSync(join(outDir, 'codec.ts'), 'utf8');
    expect(text.startsWith('// Generated from the Widgets test module by asn1/compiler; do not edit.')).toBe(true);
    expect(text).not.toContain('A module written for the compiler tests');
  });
});

describe('property round trips of the generated code', () => {
  it('every type', () => {
    const arbs = new Arbitraries(codec.schema);
    for (const name of codec.typeNames()) {
      fc.assert(
        fc.property(arbs.forType(name), (v) => {
          const b = codec.encode(name, v);
          expect(codec.decode(name, b)).toEqual(v);
          expect(toHex(codec.encode(name, codec.fromJer(name, JSON.parse(JSON.stringify(codec.toJer(name, v))))))).toBe(toHex(b));
        }),
        { numRuns: 60, seed: 7 },
      );
    }
  });
});

describe('compile errors name the module, the type and the line', () => {
  const cases: [string, string, RegExp][] = [
    ['an unknown reference', 'M DEFINITIONS AUTOMATIC TAGS ::= BEGIN\nA ::= INTEGER\nBad ::= SEQUENCE {\n  x Missing }\nEND\n', /^test\.asn:4, module M, type Bad: unknown reference 'Missing'/],
    ['a syntax error', 'M DEFINITIONS AUTOMATIC TAGS ::= BEGIN\nBad ::= SEQUENCE { x INTEGER (0..) }\nEND\n', /^test\.asn:2, module M, type Bad: expected a value/],
    ['an empty range', 'M DEFINITIONS AUTOMATIC TAGS ::= BEGIN\n\nBad ::= INTEGER (5..1)\nEND\n', /^test\.asn:3, module M, type Bad: empty value range 5\.\.1/],
    ['an import from a missing module', 'M DEFINITIONS AUTOMATIC TAGS ::= BEGIN\nIMPORTS X FROM Gone;\nBad ::= X\nEND\n', /^test\.asn:3, module M, type Bad: 'X' is imported from module 'Gone'/],
    ['a duplicate definition', 'M DEFINITIONS AUTOMATIC TAGS ::= BEGIN\nA ::= INTEGER\nA ::= BOOLEAN\nEND\n', /^test\.asn:3, module M: 'A' is defined twice/],
    ['a missing END', 'M DEFINITIONS AUTOMATIC TAGS ::= BEGIN\nA ::= INTEGER\n', /module M has no END/],
  ];
  it.each(cases)('%s', (_what, text, re) => {
    expect(() => compile(text)).toThrow(CompileError);
    expect(() => compile(text)).toThrow(re);
  });
});
