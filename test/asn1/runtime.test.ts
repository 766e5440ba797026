/**
 * The PER primitives (X.691, unaligned) against encodings worked out from the standard's
 * rules, and hostile inputs that must fail fast without large allocations.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BitReader, BitWriter } from '../../asn1/runtime/bits.js';
import { DecodeError } from '../../asn1/runtime/errors.js';
import { decChars, decOctets, encChars, encOctets } from '../../asn1/runtime/per.js';
import { fromHex, toHex } from '../../asn1/runtime/values.js';
import { bitDiff } from './helpers.js';

function written(f: (w: BitWriter) => void): string {
  const w = new BitWriter(4);
  f(w);
  return toHex(w.finish());
}

describe('bit writer and reader', () => {
  it('round-trip any sequence of bit fields', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 32 }).chain((n) => fc.tuple(fc.constant(n), n === 0 ? fc.constant(0) : fc.integer({ min: 0, max: 2 ** n - 1 }))), { maxLength: 60 }), (fields) => {
        const w = new BitWriter(2);
        for (const [n, v] of fields) w.bits(v, n);
        const bytes = w.finish();
        expect(bytes.length).toBe(Math.max(1, Math.ceil(fields.reduce((s, [n]) => s + n, 0) / 8)));
        const r = new BitReader(bytes);
        for (const [n, v] of fields) expect(r.bits(n)).toBe(v);
      }),
    );
  });

  it('writes most significant bit first and pads with zeros', () => {
    expect(written((w) => { w.bits(1, 1); w.bits(0, 2); w.bits(5, 3); })).toBe('94');
    expect(written((w) => w.bits(0x1ffff, 17))).toBe('ffff80');
    expect(written((w) => w.wide(2 ** 40 + 3, 41))).toBe('800000000180');
    expect(written(() => undefined)).toBe('00');
  });

  it('reading past the end is OUT_OF_DATA with the bit offset', () => {
    const r = new BitReader(Uint8Array.of(0xff));
    r.bits(5);
    expect(() => r.bits(4)).toThrow(expect.objectContaining({ code: 'OUT_OF_DATA', bitOffset: 5 }));
  });
});

describe('length determinants (X.691 11.9)', () => {
  it.each([
    [0, '00'],
    [1, '01'],
    [127, '7f'],
    [128, '8080'],
    [16383, 'bfff'],
  ])('length %i is %s', (n, hex) => {
    expect(written((w) => w.length(n))).toBe(hex);
    expect(new BitReader(fromHex(hex)).length()).toBe(n);
  });

  it('fragments 16 KiB and more: 64K blocks, then the rest, with a final empty fragment when needed', () => {
    for (const n of [16384, 32768, 65536, 70000, 150000]) {
      const src = new Uint8Array(n).map((_, i) => (i * 7) & 0xff);
      const w = new BitWriter(16);
      w.bits(1, 3); // start unaligned
      w.lengthPrefixedOctets(src);
      const out = w.finish();
      const r = new BitReader(out);
      expect(r.bits(3)).toBe(1);
      const back = r.lengthPrefixedOctets();
      expect(back.length).toBe(n);
      expect(toHex(back.subarray(n - 10))).toBe(toHex(src.subarray(n - 10)));
      expect(toHex(back)).toBe(toHex(src));
    }
    // 16384 octets: one fragment of m=1 (C1), the octets, then a zero length.
    const w = new BitWriter();
    w.lengthPrefixedOctets(new Uint8Array(16384));
    const b = w.finish();
    expect(b[0]).toBe(0xc1);
    expect(b.length).toBe(1 + 16384 + 1);
    expect(b[b.length - 1]).toBe(0x00);
  });
});

describe('whole numbers (X.691 11.6-11.8)', () => {
  it.each([
    [0, '0100'],
    [127, '017f'],
    [128, '020080'],
    [-1, '01ff'],
    [-128, '0180'],
    [-129, '02ff7f'],
    [2 ** 40, '06010000000000'],
  ])('unconstrained %i is %s', (v, hex) => {
    expect(written((w) => w.unconstrained(v))).toBe(hex);
    expect(new BitReader(fromHex(hex)).unconstrained()).toBe(v);
  });

  it.each([
    [1, 1, '0100'],
    [1, 256, '01ff'],
    [0, 256, '020100'],
    [-5, 0, '0105'],
  ])('semi-constrained lb %i value %i is %s', (lb, v, hex) => {
    expect(written((w) => w.semiConstrained(v, lb))).toBe(hex);
    expect(new BitReader(fromHex(hex)).semiConstrained(lb)).toBe(v);
  });

  it('normally small numbers: 6 bits below 64, semi-constrained above', () => {
    expect(written((w) => w.normallySmall(5))).toBe('0a');
    expect(written((w) => w.normallySmall(63))).toBe('7e');
    // 1, then length 1, then 64
    expect(written((w) => w.normallySmall(64))).toBe('80a000');
    expect(new BitReader(fromHex('80a000')).normallySmall()).toBe(64);
    expect(written((w) => w.normallySmallLength(1))).toBe('00');
    expect(written((w) => w.normallySmallLength(64))).toBe('7e');
  });

  it('a constrained number above its upper bound is VALUE_OUT_OF_RANGE', () => {
    // 0..5 in 3 bits; 7 does not exist
    expect(() => new BitReader(Uint8Array.of(0xe0)).constrained(0, 5, 3)).toThrow(expect.objectContaining({ code: 'VALUE_OUT_OF_RANGE' }));
  });
});

describe('open types', () => {
  it('short content: a one-octet length patched after the content', () => {
    const w = new BitWriter();
    w.bits(1, 1);
    w.open((x, v: number) => x.bits(v, 5), 9);
    // 1, length 00000001, content 01001 padded to 01001000
    expect(toHex(w.finish())).toBe('80a400');
    const r = new BitReader(fromHex('80a400'));
    expect(r.bits(1)).toBe(1);
    expect(r.open((x) => x.bits(5))).toBe(9);
  });

  it('any content after any prefix: the patched length lands whether its bits are stored or still pending', () => {
    const field = fc.integer({ min: 1, max: 32 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: 2 ** n - 1 })));
    fc.assert(
      fc.property(fc.array(field, { maxLength: 6 }), fc.array(field, { maxLength: 40 }), fc.array(field, { maxLength: 3 }), (pre, content, post) => {
        const w = new BitWriter(2);
        for (const [n, v] of pre) w.bits(v, n);
        w.open((x, fs: [number, number][]) => { for (const [n, v] of fs) x.bits(v, n); }, content);
        for (const [n, v] of post) w.bits(v, n);
        const r = new BitReader(w.finish());
        for (const [n, v] of pre) expect(r.bits(n)).toBe(v);
        expect(r.open((x) => content.map(([n]) => x.bits(n)))).toEqual(content.map(([, v]) => v));
        for (const [n, v] of post) expect(r.bits(n)).toBe(v);
      }),
    );
  });

  it('content of 128 octets and more moves to make room for a two-octet length, and 16 KiB fragments', () => {
    for (const n of [127, 128, 300, 16383, 16384, 40000]) {
      const src = new Uint8Array(n).map((_, i) => (i * 13) & 0xff);
      const w = new BitWriter(8);
      w.bits(3, 2);
      w.open((x, v: Uint8Array) => x.octets(v), src);
      w.bits(1, 1);
      const r = new BitReader(w.finish());
      expect(r.bits(2)).toBe(3);
      expect(toHex(r.open((x) => x.octets(n)))).toBe(toHex(src));
      expect(r.bits(1)).toBe(1);
    }
  });

  it('an empty encoding becomes one zero octet', () => {
    const w = new BitWriter();
    w.open(() => undefined, 0);
    expect(toHex(w.finish())).toBe('0100');
  });

  it('content that claims more octets than it has is BAD_OPEN_TYPE', () => {
    const r = new BitReader(fromHex('01ff'));
    expect(() => r.open((x) => x.bits(16))).toThrow(expect.objectContaining({ code: 'BAD_OPEN_TYPE' }));
  });
});

describe('nesting', () => {
  it('open types nested deeper than the bound are TOO_DEEP, not a stack overflow', () => {
    // 60 open types, each holding the next: lengths 60..1 octets, the innermost one zero octet.
    const levels = 60;
    const bytes = new Uint8Array(levels + 1);
    for (let k = 0; k < levels; k++) bytes[k] = levels - k;
    const dive = (r: BitReader): number => r.open(dive);
    const err = (() => {
      try {
        dive(new BitReader(bytes));
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(DecodeError);
    expect(err).toMatchObject({ code: 'TOO_DEEP' });
    // Within the bound the same nesting decodes.
    const shallow = new Uint8Array(11);
    for (let k = 0; k < 10; k++) shallow[k] = 10 - k;
    const depthOf = (r: BitReader, d = 0): number => (d === 10 ? r.bits(8) : r.open((x) => depthOf(x, d + 1)));
    expect(depthOf(new BitReader(shallow))).toBe(0);
  });
});

describe('test helpers', () => {
  it('a mismatch names the first differing bit and shows both encodings as hex and as bits from there', () => {
    const msg = bitDiff('a0ff00', 'a1ff');
    expect(msg.split('\n')).toEqual([
      'encodings differ from bit 7 (octet 0); lengths 3 and 2 octets',
      'expected hex: a0ff00',
      'actual hex:   a1ff',
      expect.stringMatching(/^expected bits from 7: 0111111110{8}/),
      expect.stringMatching(/^actual bits from 7: {3}1111111110?/),
    ]);
    expect(bitDiff('abcd', 'abcd')).toBe('identical');
  });
});

describe('hostile lengths fail before allocating', () => {
  it('a fragment header promising 64K octets in 10 bytes', () => {
    const r = new BitReader(fromHex('c4' + '00'.repeat(9)));
    expect(() => r.lengthPrefixedOctets()).toThrow(expect.objectContaining({ code: 'BAD_LENGTH' }));
  });

  it('an integer claiming 16383 octets', () => {
    const r = new BitReader(fromHex('bfff' + '01'.repeat(8)));
    expect(() => r.semiConstrained(0)).toThrow(expect.objectContaining({ code: 'BAD_LENGTH' }));
  });

  it('an octet string and a character string longer than the input', () => {
    expect(() => decOctets(new BitReader(fromHex('8fff00')), 0, null, false)).toThrow(expect.objectContaining({ code: 'BAD_LENGTH' }));
    expect(() => decChars(new BitReader(fromHex('8fff00')), 0, null, false, 7, null, null)).toThrow(expect.objectContaining({ code: 'BAD_LENGTH' }));
  });

  it('integers beyond 2^53 are UNSUPPORTED, not wrong', () => {
    expect(() => new BitReader(fromHex('08ffffffffffffffff')).semiConstrained(0)).toThrow(expect.objectContaining({ code: 'UNSUPPORTED' }));
  });

  it('every failure is a DecodeError', () => {
    try {
      new BitReader(new Uint8Array(0)).bool();
    } catch (e) {
      expect(e).toBeInstanceOf(DecodeError);
    }
  });
});

describe('sized strings', () => {
  it('IA5String SIZE(1..63): 6-bit length, 7 bits a character', () => {
    const w = new BitWriter();
    encChars(w, 'AB', 1, 63, false, 7, null, null);
    // length 2-1=1 in 6 bits: 000001, 'A' 1000001, 'B' 1000010 -> 0000 0110 0000 1100 0010 (pad)
    expect(toHex(w.finish())).toBe('060c20');
    expect(decChars(new BitReader(fromHex('060c20')), 1, 63, false, 7, null, null)).toBe('AB');
  });

  it('OCTET STRING SIZE(1..16, ...): extension bit, then a constrained length', () => {
    const w = new BitWriter();
    encOctets(w, Uint8Array.of(0xab), 1, 16, true);
    // 0 (in root) 0000 (1-1) then ab
    expect(toHex(w.finish())).toBe('0558');
    const w2 = new BitWriter();
    encOctets(w2, new Uint8Array(17), 1, 16, true);
    const r = new BitReader(w2.finish());
    expect(decOctets(r, 1, 16, true).length).toBe(17);
  });
});
