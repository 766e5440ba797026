/**
 * CSAE 53-2017 against a vendor RSU's captures.
 *
 * Capture layout (read from the bytes): an 8-octet ASCII device id ("u_id_123"), a 4-octet
 * time, 4 octets, then a little-endian 16-bit length and the MsgFrame: MAP 0x0211 = 529
 * octets, RSI 79, RSM 40, SPAT 261. So `--skip 18` (or dropping 18 octets) gives the frame.
 * The BSM capture is a batch instead: a count (2) where the length would start, then for
 * each BSM a little-endian length and the frame (86 and 53 octets). Dropping 18 octets
 * therefore leaves the first length's second octet in front; dropping 19 gives the first
 * BSM, whose 55 trailing octets (length 0x0035 and the second BSM) are reported.
 *
 * The vendor's printed decodes do not always match the bytes; the bytes are trusted and
 * every printed field that disagrees is listed here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codec as csae } from '../../asn1/generated/csae53-2017/index.js';
import type { Codec } from '../../asn1/runtime/api.js';
import { fromHex, toHex } from '../../asn1/runtime/values.js';
import { fixtures, readHex } from './helpers.js';
import { comparePrint, parseVendorPrint } from './vendor-print.js';

const codec = csae as unknown as Codec<Record<string, unknown>>;
const raw = (m: string): Uint8Array => fromHex(readHex(`csae53-2017/${m}_raw_with_vendor_header.hex`));
const frame = (m: string): Uint8Array => fromHex(readHex(`csae53-2017/${m}_MessageFrame.hex`));
const printed = (m: string) => parseVendorPrint(readFileSync(join(fixtures, 'csae53-2017', `${m}_decoded_vendor_text.txt`), 'utf8'));
const inner = (v: unknown): unknown => Object.values(codec.toJer('MessageFrame', v) as Record<string, unknown>)[0];

const printedDisagreements: Record<string, string[]> = {
  MAP: ['.timeStamp: printed 475988, bytes 475970', '.nodes[0].inLinks: printed 2 items, bytes 4'],
  RSI: [],
  RSM: [],
  SPAT: ['.msgCnt: printed 109, bytes 48', '.moy: printed 458304, bytes 458335', '.timeStamp: printed 9250, bytes 5238'],
};

describe('CSAE 53-2017 captures', () => {
  it.each(['MAP', 'RSI', 'RSM', 'SPAT'])('%s: the frame follows an 18-octet header whose last two octets are its length', (m) => {
    const r = raw(m);
    expect(Buffer.from(r.subarray(0, 8)).toString('latin1')).toBe('u_id_123');
    expect(toHex(r.subarray(18))).toBe(toHex(frame(m)));
    const d = codec.decodeDetailed('MessageFrame', r.subarray(18));
    expect(d.usedOctets).toBe(r[16]! | (r[17]! << 8));
    expect(d.trailing.length).toBe(0);
  });

  it.each(['MAP', 'RSI', 'RSM', 'SPAT'])('%s decodes and re-encodes byte-identically', (m) => {
    const bytes = frame(m);
    const v = codec.decode('MessageFrame', bytes);
    expect(toHex(codec.encode('MessageFrame', v))).toBe(toHex(bytes));
  });

  it.each(['MAP', 'RSI', 'RSM', 'SPAT'])('%s: the printed decode agrees except for the listed fields', (m) => {
    const p = printed(m);
    expect(p.length).toBe(1);
    const v = codec.decode('MessageFrame', frame(m));
    expect(comparePrint(p[0]!.children, inner(v))).toEqual(printedDisagreements[m]);
  });

  it('the comparison with the print does see differences (a changed value is reported)', () => {
    const v = inner(codec.decode('MessageFrame', frame('RSM'))) as { participants: { speed: number }[] };
    v.participants[0]!.speed += 1;
    expect(comparePrint(printed('RSM')[0]!.children, v)).toEqual([`.participants[0].speed: printed ${v.participants[0]!.speed - 1}, bytes ${v.participants[0]!.speed}`]);
  });

  describe('the BSM capture: two BSMs in one record', () => {
    const r = raw('BSM');
    const first = codec.decodeDetailed('MessageFrame', r.subarray(19));

    it('19 octets in: the first BSM, with its 55 trailing octets reported', () => {
      expect(r[16]).toBe(2); // the count of BSMs
      expect(r[17]! | (r[18]! << 8)).toBe(86);
      expect(first.usedOctets).toBe(86);
      expect(first.trailing.length).toBe(55);
      expect(toHex(codec.encode('MessageFrame', first.value))).toBe(toHex(r.subarray(19, 19 + 86)));
    });

    it('the trailing octets are a length (53) and the second BSM, which decodes exactly', () => {
      const t = first.trailing;
      expect(t[0]! | (t[1]! << 8)).toBe(53);
      const second = codec.decodeDetailed('MessageFrame', t.subarray(2));
      expect(second.usedOctets).toBe(53);
      expect(second.trailing.length).toBe(0);
      expect(toHex(codec.encode('MessageFrame', second.value))).toBe(toHex(t.subarray(2)));
      // The print shows the second BSM first: every printed field agrees.
      expect(comparePrint(printed('BSM')[0]!.children, inner(second.value))).toEqual([]);
    });

    it('the printed decode of the first BSM disagrees with the bytes on msgCnt and secMark', () => {
      expect(comparePrint(printed('BSM')[1]!.children, inner(first.value))).toEqual(['.msgCnt: printed 118, bytes 117', '.secMark: printed 9600, bytes 9500']);
    });

    it('read from the 18-octet split, the bytes are misframed: a short bogus BSM and 106 trailing octets, reported', () => {
      const d = codec.decodeDetailed('MessageFrame', frame('BSM'));
      expect(d.trailing.length).toBe(106);
      expect(comparePrint(printed('BSM')[0]!.children, inner(d.value)).length).toBeGreaterThan(5);
    });
  });
});
