/**
 * RSU 4.1 Immediate Forward: the exact text, the per-message table and its PSID check, both
 * meanings of `Signature`, the parser the emulator uses (every malformation has its code), and
 * the sink over a real UDP socket.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { toHex } from '../../asn1/runtime/values.js';
import { encodeIeee1609Dot2Data, encodeUnsecured, extractPayload } from '../../src/transport/ieee1609dot2/index.js';
import {
  DEFAULT_IFM_TABLE, IFM_FIELDS, IfmBuilder, IfmConfigError, IfmSink, formatIfm, parseIfm, resolveIfmTable, type IfmError, type ImmediateForward,
} from '../../src/transport/ifm.js';
import { signedData } from './dot2-samples.js';
import { receiver, type Receiver } from './udp-helpers.js';
import { BSM, MAP, PSM, SPAT, TIM } from './vectors.js';

const closers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const c of closers.splice(0)) await c.close();
});

describe('IFM text', () => {
  it('has the field names and order of the specification, one line each, Version 0.7', () => {
    const text = new IfmBuilder().text({ frame: BSM(), type: 'BSM' });
    expect(text).toBe(
      'Version=0.7\nType=BSM\nPSID=0x20\nPriority=7\nTxMode=CONT\nTxChannel=183\nTxInterval=0\nDeliveryStart=\nDeliveryStop=\n' +
        `Signature=False\nEncryption=False\nPayload=${toHex(BSM()).toUpperCase()}\n`,
    );
    expect(text.split('\n').slice(0, 12).map((l) => l.split('=')[0])).toEqual([...IFM_FIELDS]);
  });

  it('uses the default PSIDs per message', () => {
    const b = new IfmBuilder();
    const psid = (type: string, frame: Uint8Array): string => /PSID=(\S+)/.exec(b.text({ frame, type }))![1]!;
    expect(psid('BSM', BSM())).toBe('0x20');
    expect(psid('SPAT', SPAT())).toBe('0x8002');
    expect(psid('MAP', MAP())).toBe('0x8002');
    expect(psid('TIM', TIM())).toBe('0x8003');
    expect(psid('PSM', PSM())).toBe('0x27');
    expect(DEFAULT_IFM_TABLE.SSM?.psid).toBe(0x8002);
  });

  it('takes per-message overrides and new messages from the configuration', () => {
    const b = new IfmBuilder({ messages: { bsm: { priority: 2, txChannel: 172, txMode: 'ALT' }, CARMA: { psid: 0xbfee, priority: 5, txMode: 'CONT', txChannel: 172 } }, psidCheck: 'error' });
    expect(b.text({ frame: BSM(), type: 'BSM' })).toMatch(/\nPriority=2\nTxMode=ALT\nTxChannel=172\n/);
    expect(b.text({ frame: BSM(), type: 'carma' })).toMatch(/^Version=0\.7\nType=CARMA\nPSID=0xBFEE\nPriority=5\n/);
    expect(() => b.text({ frame: BSM(), type: 'RTCM' })).toThrow(/no IFM settings for message type RTCM/);
    expect(() => resolveIfmTable({ XYZ: { psid: 0x20 } })).toThrow(/ifm\.messages\.XYZ\.priority: missing/);
    expect(() => resolveIfmTable({ BSM: { priority: 9 } })).toThrow(/ifm\.messages\.BSM\.priority: 9 outside 0\.\.7/);
  });

  it('refuses a table whose PSIDs fail the sanity check, unless told to warn', () => {
    expect(() => new IfmBuilder({ messages: { SPAT: { psid: 0x82 } } })).toThrow(IfmConfigError);
    expect(() => new IfmBuilder({ messages: { SPAT: { psid: 0x82 } } })).toThrow(/SPAT: PSID 0x82 is not P-encoded.*0x8002/);
    expect(() => new IfmBuilder({ messages: { BSM: { psid: 0x8002 } } })).toThrow(/BSM: PSID 0x82 .*does not match/);
    const w = new IfmBuilder({ messages: { BSM: { psid: 0x8002 } }, psidCheck: 'warn' });
    expect(w.warnings.map((i) => i.code)).toEqual(['MISMATCH']);
    expect(w.text({ frame: BSM(), type: 'BSM' })).toMatch(/PSID=0x8002/);
  });

  it("sets Signature by the configured meaning (vendors disagree)", () => {
    const signed = encodeIeee1609Dot2Data(signedData(BSM(), 'digest'));
    const sig = (b: IfmBuilder, frame: Uint8Array): string => /Signature=(\w+)/.exec(b.text({ frame, type: 'BSM' }))![1]!;
    // V2X Hub's reading: True only when the payload is already a signed SPDU.
    const hub = new IfmBuilder({ signatureMeaning: 'payload-signed' });
    expect(sig(hub, BSM())).toBe('False');
    expect(sig(hub, signed)).toBe('True');
    // The other reading: True asks the RSU to sign.
    expect(sig(new IfmBuilder({ signatureMeaning: 'rsu-signs' }), BSM())).toBe('True');
    expect(sig(new IfmBuilder({ signatureMeaning: 'rsu-signs', requestSigning: false }), BSM())).toBe('False');
  });

  it('can carry the frame inside an unsecured 1609.2 envelope, in lower-case hex', () => {
    const t = new IfmBuilder({ payloadForm: 'ieee1609dot2', hexCase: 'lower' }).text({ frame: SPAT(), type: 'SPAT' });
    const payload = /Payload=([0-9a-f]+)\n$/.exec(t)![1]!;
    expect(payload).toBe(toHex(encodeUnsecured(SPAT())));
    expect(extractPayload(new Uint8Array(Buffer.from(payload, 'hex'))).payload).toEqual(SPAT());
  });

  it('refuses our own bad values naming the field', () => {
    const good = parseIfm(new IfmBuilder().text({ frame: BSM(), type: 'BSM' }));
    const bad = (patch: Partial<ImmediateForward>): string => {
      try {
        formatIfm({ ...good, ...patch });
      } catch (e) {
        return (e as IfmError).field ?? '';
      }
      return 'ok';
    };
    expect(bad({})).toBe('ok');
    expect(bad({ priority: 8 })).toBe('Priority');
    expect(bad({ version: '1.0' })).toBe('Version');
    expect(bad({ txMode: 'BURST' as 'CONT' })).toBe('TxMode');
    expect(bad({ payload: new Uint8Array(0) })).toBe('Payload');
    expect(bad({ deliveryStart: 'a\nb' })).toBe('DeliveryStart');
  });
});

describe('IFM parser (RSU side)', () => {
  const text = new IfmBuilder().text({ frame: BSM(), type: 'BSM' });

  it('round-trips what the builder writes, with CRLF or without a final line break', () => {
    const m = parseIfm(text);
    expect(m).toMatchObject({ version: '0.7', type: 'BSM', psid: 0x20, priority: 7, txMode: 'CONT', txChannel: 183, txInterval: 0, deliveryStart: '', deliveryStop: '', signature: false, encryption: false });
    expect(m.payload).toEqual(BSM());
    expect(formatIfm(m)).toBe(text);
    expect(parseIfm(text.replace(/\n/g, '\r\n')).payload).toEqual(BSM());
    expect(parseIfm(new TextEncoder().encode(text.slice(0, -1))).payload).toEqual(BSM());
    expect(parseIfm(text.replace('TxChannel=183', 'TxChannel=CCH').replace('Signature=False', 'Signature=true')).txChannel).toBe('CCH');
  });

  it('gives every malformation its own code and field', () => {
    const err = (t: string | Uint8Array): [string, string | undefined] => {
      try {
        parseIfm(t);
      } catch (e) {
        return [(e as IfmError).code, (e as IfmError).field];
      }
      return ['ok', undefined];
    };
    const lines = text.split('\n');
    expect(err('')).toEqual(['EMPTY', undefined]);
    expect(err(Uint8Array.of(0x00, 0x14, 0x25))).toEqual(['NOT_TEXT', undefined]);
    expect(err(text.replace('Priority=7', 'Priority 7'))).toEqual(['BAD_LINE', undefined]);
    expect(err(text.replace('TxMode=CONT', 'Mode=CONT'))).toEqual(['UNKNOWN_FIELD', 'Mode']);
    expect(err([lines[0], lines[2], lines[1], ...lines.slice(3)].join('\n'))).toEqual(['FIELD_ORDER', 'PSID']);
    expect(err([lines[0], lines[0], ...lines.slice(1)].join('\n'))).toEqual(['DUPLICATE_FIELD', 'Version']);
    expect(err(lines.slice(0, 11).join('\n'))).toEqual(['MISSING_FIELD', 'Payload']);
    expect(err(text.replace('Version=0.7', 'Version=0.8'))).toEqual(['BAD_VALUE', 'Version']);
    expect(err(text.replace('PSID=0x20', 'PSID=32'))).toEqual(['BAD_VALUE', 'PSID']);
    expect(err(text.replace('Priority=7', 'Priority=8'))).toEqual(['BAD_VALUE', 'Priority']);
    expect(err(text.replace('TxMode=CONT', 'TxMode=BURST'))).toEqual(['BAD_VALUE', 'TxMode']);
    expect(err(text.replace('TxChannel=183', 'TxChannel=x'))).toEqual(['BAD_VALUE', 'TxChannel']);
    expect(err(text.replace('Signature=False', 'Signature=0'))).toEqual(['BAD_VALUE', 'Signature']);
    expect(err(text.replace(/Payload=(\w+)/, 'Payload=$1A'))).toEqual(['BAD_VALUE', 'Payload']);
    expect(err(text.replace(/Payload=\w+/, 'Payload=XYZ1'))).toEqual(['BAD_VALUE', 'Payload']);
    expect(err(text.replace(/Payload=\w+/, 'Payload='))).toEqual(['BAD_VALUE', 'Payload']);
  });
});

describe('IfmSink', () => {
  async function rx(): Promise<Receiver> {
    const r = await receiver();
    closers.push(r);
    return r;
  }

  it('sends one IFM datagram per message to the RSU', async () => {
    const r = await rx();
    const sink = new IfmSink({ target: `127.0.0.1:${r.port}` });
    closers.push(sink);
    sink.send({ frame: BSM(), type: 'BSM', messageId: 20, t: 0 });
    sink.send({ frame: SPAT(), type: 'SPAT', messageId: 19, t: 0 });
    const got = await r.waitFor(2);
    const parsed = got.map((g) => parseIfm(g.data)).sort((a, b) => a.type.localeCompare(b.type));
    expect(parsed.map((p) => [p.type, p.psid])).toEqual([['BSM', 0x20], ['SPAT', 0x8002]]);
    expect(parsed[0]!.payload).toEqual(BSM());
    expect(parsed[1]!.payload).toEqual(SPAT());
    await sink.close();
    expect(sink.stats).toMatchObject({ sent: 2, errors: 0 });
  });

  it('defaults to port 1516 and counts a message type it has no settings for', () => {
    const sink = new IfmSink({ target: '127.0.0.1' });
    closers.push(sink);
    expect(sink.target.port).toBe(1516);
    sink.send({ frame: BSM(), type: 'RTCM', messageId: 28, t: 0 });
    expect(sink.reasons).toEqual({ encode: 1 });
  });

  it('throws at construction for a bad table, before opening a socket', () => {
    expect(() => new IfmSink({ target: '127.0.0.1', messages: { TIM: { psid: 0x83 } } })).toThrow(/TIM: PSID 0x83 is not P-encoded/);
  });
});
