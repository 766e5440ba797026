/** PSID P-encoding (IEEE 1609.12) and the PSID sanity check. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHex } from '../../asn1/runtime/values.js';
import {
  PSID_MAX, PsidError, checkPsid, expectedPsid, isPEncoded, pDecode, pEncode, pEncodedValue, parsePsidText, psidFromPEncoded,
} from '../../src/transport/psid.js';

describe('P-encoding', () => {
  it('matches the 1609.12 table at every range boundary', () => {
    const table: [number, string][] = [
      [0x00, '00'], [0x20, '20'], [0x7f, '7f'],
      [0x80, '8000'], [0x82, '8002'], [0x83, '8003'], [0x90, '8010'], [0x407f, 'bfff'],
      [0x4080, 'c00000'], [0x20407f, 'dfffff'],
      [0x204080, 'e0000000'], [PSID_MAX, 'efffffff'],
    ];
    for (const [psid, enc] of table) {
      expect(toHex(pEncode(psid)), `PSID 0x${psid.toString(16)}`).toBe(enc);
      expect(pDecode(Buffer.from(enc, 'hex'))).toEqual({ psid, octets: enc.length / 2 });
      expect(pEncodedValue(psid)).toBe(parseInt(enc, 16));
    }
  });

  it('round-trips every PSID and reads it at any offset', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: PSID_MAX }), fc.uint8Array({ maxLength: 3 }), (psid, prefix) => {
      const e = pEncode(psid);
      const buf = new Uint8Array([...prefix, ...e, 0xaa]);
      expect(pDecode(buf, prefix.length)).toEqual({ psid, octets: e.length });
      expect(isPEncoded(pEncodedValue(psid))).toBe(true);
      expect(psidFromPEncoded(pEncodedValue(psid))).toBe(psid);
    }));
  });

  it('rejects what cannot be a P-encoding', () => {
    expect(() => pEncode(PSID_MAX + 1)).toThrow(PsidError);
    expect(() => pEncode(-1)).toThrow(PsidError);
    expect(() => pDecode(Uint8Array.of(0xf0, 0, 0, 0, 0))).toThrow(/cannot start/);
    expect(() => pDecode(Uint8Array.of(0x80))).toThrow(/needs 1 more/);
    expect(() => pDecode(new Uint8Array(0))).toThrow(PsidError);
    expect(isPEncoded(0x82)).toBe(false); // the plain SPaT PSID, written where the P-encoding belongs
    expect(isPEncoded(0x8002)).toBe(true);
    expect(isPEncoded(0xc0)).toBe(false);
    expect(() => psidFromPEncoded(0x83)).toThrow(/not a P-encoded/);
  });

  it('parses the ways PSIDs are written', () => {
    expect(parsePsidText('0x8002')).toBe(0x8002);
    expect(parsePsidText('8002h')).toBe(0x8002);
    expect(parsePsidText('32')).toBe(32);
    expect(() => parsePsidText('0xZZ')).toThrow(PsidError);
    expect(() => parsePsidText('0x1FFFFFFFF')).toThrow(/4 octets/);
  });
});

describe('PSID sanity check', () => {
  it('accepts the deployed PSIDs', () => {
    expect(checkPsid('BSM', 0x20, 'p-encoded')).toEqual([]);
    expect(checkPsid('SPAT', 0x8002, 'p-encoded')).toEqual([]);
    expect(checkPsid('MAP', 0x8002, 'p-encoded')).toEqual([]);
    expect(checkPsid('TIM', 0x8003, 'p-encoded')).toEqual([]);
    expect(checkPsid('PSM', 0x27, 'p-encoded')).toEqual([]);
    expect(checkPsid('SPAT', 0x82, 'integer')).toEqual([]);
    expect(checkPsid('bsm', 0x20, 'integer')).toEqual([]);
    expect(expectedPsid('TIM')).toBe(0x83);
  });

  it('catches a PSID that is not P-encoded and says what was meant', () => {
    const [issue] = checkPsid('SPAT', 0x82, 'p-encoded');
    expect(issue?.code).toBe('NOT_P_ENCODED');
    expect(issue?.message).toMatch(/0x82 is not P-encoded.*0x8002/);
  });

  it('catches a PSID that does not match the message', () => {
    expect(checkPsid('BSM', 0x8002, 'p-encoded').map((i) => i.code)).toEqual(['MISMATCH']);
    expect(checkPsid('BSM', 0x8002, 'p-encoded')[0]?.message).toMatch(/BSM goes with 0x20/);
    expect(checkPsid('TIM', 0x82, 'integer').map((i) => i.code)).toEqual(['MISMATCH']);
  });

  it('catches a P-encoded value in a 1609.2 header', () => {
    expect(checkPsid('SPAT', 0x8002, 'integer').map((i) => i.code)).toEqual(['LOOKS_P_ENCODED']);
    expect(checkPsid('TIM', 0x8003, 'integer')[0]?.message).toMatch(/P-encoding of 0x83/);
  });

  it('says when it cannot check', () => {
    expect(checkPsid('CARMA', 0xbfee, 'p-encoded').map((i) => i.code)).toEqual(['UNKNOWN_MESSAGE']);
    expect(checkPsid('BSM', -1, 'integer').map((i) => i.code)).toEqual(['OUT_OF_RANGE']);
  });
});
