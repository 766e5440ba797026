/** WSMP (IEEE 1609.3) framing: headers, information elements, lengths, malformed frames. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHex } from '../../asn1/runtime/values.js';
import { encodeUnsecured } from '../../src/transport/ieee1609dot2/index.js';
import { PSID_MAX } from '../../src/transport/psid.js';
import { WsmpError, decodeWsmp, encodeCount, encodeWsmp } from '../../src/transport/wsmp.js';
import { BSM } from './vectors.js';

describe('WSMP', () => {
  it('builds the minimal frame: N-header 0x03, TPID 0, PSID, length, data', () => {
    const data = encodeUnsecured(BSM());
    const f = encodeWsmp({ psid: 0x20 }, data);
    // 03 | 00 | 20 | 80 b5 (181 in two octets) | 03 80 81 b1 ...
    expect(toHex(f.subarray(0, 5))).toBe('03002080b5');
    expect(f.subarray(5)).toEqual(data);
    const d = decodeWsmp(f);
    expect(d).toMatchObject({ psid: 0x20, headerLength: 5, trailing: 0 });
    expect(d.data).toEqual(data);
    expect(d.channel).toBeUndefined();
  });

  it('writes and reads the N-header information elements', () => {
    const f = encodeWsmp({ psid: 0x82, channel: 172, dataRate: 12, txPowerDbm: -3 }, Uint8Array.of(1, 2, 3));
    // 0b0000_1_011, count 3, [04 01 7d] [0f 01 ac] [10 01 0c], TPID 0, PSID 80 02, length 3
    expect(toHex(f)).toBe('0b0304017d0f01ac10010c00800203010203');
    expect(decodeWsmp(f)).toMatchObject({ psid: 0x82, channel: 172, dataRate: 12, txPowerDbm: -3 });
  });

  it('keeps other elements and T-header elements (TPID 1)', () => {
    const f = encodeWsmp({ psid: 0x27, otherElements: [{ id: 23, data: Uint8Array.of(9) }], tElements: [{ id: 0, data: new Uint8Array(0) }] }, Uint8Array.of(7));
    const d = decodeWsmp(f);
    expect(d.otherElements).toEqual([{ id: 23, data: Uint8Array.of(9) }]);
    expect(d.tElements).toEqual([{ id: 0, data: new Uint8Array(0) }]);
    expect(f[0]! & 0x08).toBe(0x08);
    expect(f[5]).toBe(1); // TPID 1, after the N-header byte, the count and one 3-octet element
  });

  it('uses one-octet counts up to 127 and two octets from 128 to 16383', () => {
    expect(toHex(encodeCount(127))).toBe('7f');
    expect(toHex(encodeCount(128))).toBe('8080');
    expect(toHex(encodeCount(16383))).toBe('bfff');
    expect(() => encodeCount(16384)).toThrow(RangeError);
    for (const n of [0, 127, 128, 1000, 16383]) {
      const d = decodeWsmp(encodeWsmp({ psid: 0x20 }, new Uint8Array(n).fill(0x5a)));
      expect(d.data.length).toBe(n);
    }
  });

  it('round-trips any header and data', () => {
    fc.assert(fc.property(
      fc.integer({ min: 0, max: PSID_MAX }),
      fc.option(fc.integer({ min: 0, max: 255 }), { nil: undefined }),
      fc.option(fc.integer({ min: 0, max: 255 }), { nil: undefined }),
      fc.option(fc.integer({ min: -128, max: 127 }), { nil: undefined }),
      fc.uint8Array({ maxLength: 600 }),
      (psid, channel, dataRate, txPowerDbm, data) => {
        const h = { psid, ...(channel === undefined ? {} : { channel }), ...(dataRate === undefined ? {} : { dataRate }), ...(txPowerDbm === undefined ? {} : { txPowerDbm }) };
        const d = decodeWsmp(encodeWsmp(h, data));
        expect(d).toMatchObject(h);
        expect(d.data).toEqual(data);
      },
    ));
  });

  it('reports trailing octets (Ethernet padding) without failing', () => {
    const f = encodeWsmp({ psid: 0x20 }, Uint8Array.of(1, 2));
    const padded = new Uint8Array([...f, 0, 0, 0]);
    expect(decodeWsmp(padded)).toMatchObject({ trailing: 3, data: Uint8Array.of(1, 2) });
  });

  it('rejects every truncation with a WsmpError, and malformed headers with their code', () => {
    const f = encodeWsmp({ psid: 0x4080, channel: 178, dataRate: 6, txPowerDbm: 20 }, encodeUnsecured(BSM()));
    for (let n = 0; n < f.length; n++) {
      let err: unknown;
      try {
        decodeWsmp(f.subarray(0, n));
      } catch (e) {
        err = e;
      }
      expect(err, `cut at ${n}`).toBeInstanceOf(WsmpError);
      expect((err as WsmpError).code).toBe('TRUNCATED');
    }
    const code = (b: number[]): string => {
      try {
        decodeWsmp(Uint8Array.from(b));
      } catch (e) {
        return (e as WsmpError).code;
      }
      return 'ok';
    };
    expect(code([0x02, 0x00, 0x20, 0x00])).toBe('BAD_VERSION');
    expect(code([0x13, 0x00, 0x20, 0x00])).toBe('UNSUPPORTED'); // subtype 1
    expect(code([0x03, 0x02, 0x20, 0x00])).toBe('UNSUPPORTED'); // TPID 2
    expect(code([0x03, 0x00, 0xf0, 0x00])).toBe('BAD_PSID');
    expect(code([0x03, 0x00, 0x20, 0xc0, 0x00])).toBe('BAD_LENGTH');
    expect(code([0x0b, 0x01, 0x0f, 0x02, 0xac, 0xac, 0x00, 0x20, 0x00])).toBe('BAD_ELEMENT');
    expect(code([0x03, 0x00, 0x20, 0x00])).toBe('ok');
  });

  it('refuses header values it cannot encode', () => {
    expect(() => encodeWsmp({ psid: 0x20, channel: 256 }, new Uint8Array(1))).toThrow(/channel 256/);
    expect(() => encodeWsmp({ psid: 0x20, txPowerDbm: 128 }, new Uint8Array(1))).toThrow(/transmit power/);
    expect(() => encodeWsmp({ psid: PSID_MAX + 1 }, new Uint8Array(1))).toThrow(/PSID/);
  });
});
