/**
 * The RSU emulator in-process on real loopback sockets: IFM validation (every rejection has its
 * reason and the emulator goes on), what goes on the air (WSMP + IEEE 1609.2), loss and delay,
 * forwarding between emulators sharing the air, store and repeat on the injected clock.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../hal/clock.js';
import { loadEdition, type AnyCodec } from '../../asn1/editions.js';
import { toHex } from '../../asn1/runtime/values.js';
import { RsuEmulator, parseForwardRule, seededRandom, type EmulatorOptions } from '../../src/rsu/emulator.js';
import { encodeIeee1609Dot2Data, extractPayload } from '../../src/transport/ieee1609dot2/index.js';
import { IfmBuilder, formatIfm, parseIfm, type IfmOptions } from '../../src/transport/ifm.js';
import { UdpSink } from '../../src/transport/udp.js';
import { decodeWsmp, encodeWsmp, type WsmpFrame } from '../../src/transport/wsmp.js';
import { signedData } from '../transport/dot2-samples.js';
import { receiver, sleep, type Receiver } from '../transport/udp-helpers.js';
import { BSM, MAP, SPAT } from '../transport/vectors.js';

let codec: AnyCodec;
beforeAll(async () => {
  codec = await loadEdition('j2735-2020');
});

const closers: { close?(): Promise<void>; stop?(): Promise<void> }[] = [];
afterEach(async () => {
  for (const c of closers.splice(0).reverse()) await (c.stop ? c.stop() : c.close!());
});

let groupN = 50;
/** A fresh multicast group and port per test, so tests never hear each other. */
function air(): { url: string; group: string; port: number } {
  const group = `239.255.27.${groupN++}`;
  const port = 42000 + Math.floor(Math.random() * 10000);
  return { url: `udp://${group}:${port}`, group, port };
}

async function emulator(o: Partial<EmulatorOptions> & { air: string }): Promise<{ e: RsuEmulator; ifm: UdpSink; log: string[] }> {
  const log: string[] = [];
  const e = new RsuEmulator({ codec, edition: 'j2735-2020', ifm: 'udp://127.0.0.1:0', airInterface: '127.0.0.1', log: (l) => log.push(l), ...o });
  closers.push(e);
  const b = await e.start();
  const ifm = new UdpSink({ target: b.ifm });
  closers.push(ifm);
  return { e, ifm, log };
}

async function airReceiver(a: { group: string; port: number }): Promise<Receiver> {
  const r = await receiver({ group: a.group, port: a.port });
  closers.push(r);
  return r;
}

async function until(cond: () => boolean, what: string, ms = 5000): Promise<void> {
  for (let t = 0; t < ms && !cond(); t += 10) await sleep(10);
  if (!cond()) throw new Error(`timed out: ${what}`);
}

const ifmText = (frame: Uint8Array, type: string, o: IfmOptions = {}): Uint8Array => new TextEncoder().encode(new IfmBuilder({ psidCheck: 'off', ...o }).text({ frame, type }));

describe('Immediate Forward in, WSMP on the air', () => {
  it('transmits an accepted IFM as WSMP with its PSID and channel around an unsecured SPDU', async () => {
    const a = air();
    const r = await airReceiver(a);
    const { e, ifm } = await emulator({ air: a.url });
    ifm.sendBytes(ifmText(BSM(), 'BSM', { messages: { BSM: { txChannel: 172 } } }));
    ifm.sendBytes(ifmText(SPAT(), 'SPAT'));
    const got = (await r.waitFor(2)).map((g) => decodeWsmp(g.data)).sort((x, y) => x.psid - y.psid);
    expect(got.map((f: WsmpFrame) => [f.psid, f.channel, f.dataRate, f.txPowerDbm])).toEqual([[0x20, 172, 12, 20], [0x82, 183, 12, 20]]);
    expect(extractPayload(got[0]!.data)).toMatchObject({ content: 'unsecured', payload: BSM() });
    expect(extractPayload(got[1]!.data).payload).toEqual(SPAT());
    expect(e.stats).toMatchObject({ ifmReceived: 2, ifmAccepted: 2, ifmRejected: 0, transmitted: 2, transmittedByPsid: { '0x20': 1, '0x8002': 1 } });
  });

  it('rejects each kind of bad IFM with its reason, logs it, and keeps working', async () => {
    const a = air();
    const r = await airReceiver(a);
    const { e, ifm, log } = await emulator({ air: a.url });
    const good = parseIfm(ifmText(BSM(), 'BSM'));
    const te = new TextEncoder();
    const bad: [string, Uint8Array][] = [
      ['NOT_TEXT', BSM()],
      ['FIELD_ORDER', te.encode(formatIfm(good).replace('Version=0.7\nType=BSM\n', 'Type=BSM\nVersion=0.7\n'))],
      ['MISSING_FIELD', te.encode(formatIfm(good).split('\n').slice(0, 6).join('\n'))],
      ['BAD_VALUE', te.encode(formatIfm(good).replace('Priority=7', 'Priority=high'))],
      ['PSID_NOT_P_ENCODED', te.encode(formatIfm({ ...parseIfm(ifmText(SPAT(), 'SPAT')), psid: 0x82 }))],
      ['PSID_MISMATCH', te.encode(formatIfm({ ...good, psid: 0x8002 }))],
      ['TYPE_MISMATCH', te.encode(formatIfm({ ...good, type: 'SPAT', psid: 0x8002 }))],
      ['BAD_PAYLOAD', te.encode(formatIfm({ ...good, payload: Uint8Array.of(0xde, 0xad) }))],
      ['SIGNATURE_FLAG', te.encode(formatIfm({ ...good, signature: true }))],
      ['ENCRYPTION_UNSUPPORTED', te.encode(formatIfm({ ...good, encryption: true }))],
      ['BAD_CHANNEL', te.encode(formatIfm({ ...good, txChannel: 1 }))],
    ];
    for (const [, b] of bad) ifm.sendBytes(b);
    await until(() => e.stats.ifmReceived === bad.length, 'all IFMs');
    expect(e.stats.ifmRejected).toBe(bad.length);
    expect(Object.keys(e.stats.rejected).sort()).toEqual(bad.map(([k]) => k).sort());
    for (const [reason] of bad) expect(log.some((l) => l.includes(`: ${reason}: `)), reason).toBe(true);
    expect(log.find((l) => l.includes('PSID_NOT_P_ENCODED'))).toMatch(/0x82 is not P-encoded.*0x8002/);
    // Still working.
    ifm.sendBytes(ifmText(BSM(), 'BSM'));
    await r.waitFor(1);
    expect(e.stats).toMatchObject({ ifmAccepted: 1, transmitted: 1 });
  });

  it('transmits a signed payload as it is (payload-signed) and notes what it cannot sign (rsu-signs)', async () => {
    const a = air();
    const r = await airReceiver(a);
    const signed = encodeIeee1609Dot2Data(signedData(BSM(), 'digest'));
    const { e, ifm } = await emulator({ air: a.url });
    ifm.sendBytes(ifmText(signed, 'BSM'));
    const [w] = await r.waitFor(1);
    expect(decodeWsmp(w!.data).data).toEqual(signed);
    expect(e.stats.ifmAccepted).toBe(1);

    const a2 = air();
    const r2 = await airReceiver(a2);
    const { e: e2, ifm: ifm2, log } = await emulator({ air: a2.url, signatureMeaning: 'rsu-signs' });
    ifm2.sendBytes(ifmText(BSM(), 'BSM', { signatureMeaning: 'rsu-signs' }));
    ifm2.sendBytes(ifmText(BSM(), 'BSM', { signatureMeaning: 'rsu-signs' }));
    await r2.waitFor(2);
    expect(e2.stats).toMatchObject({ ifmAccepted: 2, notSigned: 2 });
    expect(log.filter((l) => /no credentials/.test(l))).toHaveLength(1);
    expect(extractPayload(decodeWsmp(r2.messages[0]!.data).data).content).toBe('unsecured');
  });

  it('loses transmissions with the configured probability, reproducibly', async () => {
    const a = air();
    const r = await airReceiver(a);
    const { e, ifm } = await emulator({ air: a.url, loss: 0.3, seed: 7 });
    for (let i = 0; i < 200; i++) ifm.sendBytes(ifmText(BSM(), 'BSM'));
    await until(() => e.stats.ifmReceived === 200, 'IFMs');
    await until(() => r.messages.length === e.stats.transmitted, 'air frames');
    await sleep(50);
    expect(e.stats.transmitted + e.stats.lost).toBe(200);
    expect(r.messages.length).toBe(e.stats.transmitted);
    // The same seed loses the same share: the generator's first 200 draws.
    const rnd = seededRandom(7);
    let lost = 0;
    for (let i = 0; i < 200; i++) if (rnd() < 0.3) lost++;
    expect(e.stats.lost).toBe(lost);
    expect(lost).toBeGreaterThan(40);
    expect(lost).toBeLessThan(80);
  });

  it('delays transmissions by the delay plus jitter, on the injected clock', async () => {
    const clock = new ManualClock(1_700_000_000_000);
    const a = air();
    const r = await airReceiver(a);
    const { e, ifm } = await emulator({ air: a.url, delayMs: 50, jitterMs: 20, clock });
    ifm.sendBytes(ifmText(BSM(), 'BSM'));
    await until(() => e.stats.ifmAccepted === 1, 'accepted');
    clock.advance(49);
    await sleep(30);
    expect([e.stats.transmitted, r.messages.length]).toEqual([0, 0]);
    clock.advance(21);
    await r.waitFor(1);
    expect(e.stats.transmitted).toBe(1);
  });
});

describe('forwarding what is heard on the air', () => {
  it('forwards other radios\' transmissions by PSID, as bare UPER or as the 1609.2 SPDU', async () => {
    const a = air();
    const [bsmHost, allHost] = [await receiver(), await receiver()];
    closers.push(bsmHost, allHost);
    // The RSU: hears the air, forwards.
    const { e: rsu } = await emulator({
      air: a.url,
      forward: [parseForwardRule(`udp://127.0.0.1:${bsmHost.port},format=uper,psid=0x20`), parseForwardRule(`udp://127.0.0.1:${allHost.port},format=1609.2`)],
    });
    // An OBU on the same air: takes IFMs, transmits.
    const { e: obu, ifm } = await emulator({ air: a.url });
    ifm.sendBytes(ifmText(BSM(), 'BSM'));
    ifm.sendBytes(ifmText(SPAT(), 'SPAT'));
    ifm.sendBytes(ifmText(MAP(), 'MAP'));
    await allHost.waitFor(3);
    await bsmHost.waitFor(1);
    await sleep(50);
    expect(bsmHost.messages.map((m) => toHex(m.data))).toEqual([toHex(BSM())]);
    expect(allHost.messages.map((m) => toHex(extractPayload(m.data).payload!)).sort()).toEqual([toHex(BSM()), toHex(SPAT()), toHex(MAP())].sort());
    expect(rsu.stats).toMatchObject({ airHeard: 3, forwarded: 4, forwardFiltered: 2 });
    // Each emulator ignores its own transmissions.
    expect(obu.stats.airOwnIgnored).toBe(3);
    expect(rsu.stats.airOwnIgnored).toBe(0);
  });

  it('forwards its own transmissions with forwardOwn, and counts bad frames on the air', async () => {
    const a = air();
    const host = await receiver();
    closers.push(host);
    const { e, ifm } = await emulator({ air: a.url, forwardOwn: true, forward: [{ target: `127.0.0.1:${host.port}`, format: 'uper' }] });
    ifm.sendBytes(ifmText(BSM(), 'BSM'));
    await host.waitFor(1);
    expect(host.messages[0]!.data).toEqual(BSM());
    const junk = new UdpSink({ target: `${a.group}:${a.port}`, multicastInterface: '127.0.0.1' });
    closers.push(junk);
    junk.sendBytes(Uint8Array.of(1, 2, 3));
    junk.sendBytes(encodeWsmp({ psid: 0x20 }, Uint8Array.of(3, 0x80, 9)));
    await until(() => e.stats.airBad === 2, 'bad frames counted');
    expect(e.stats.airHeard).toBe(1);
  });

  it('parses forwarding rules and refuses bad ones', () => {
    expect(parseForwardRule('udp://10.0.0.2:46800,format=1609.2,psid=0x20,psid=0x8002')).toEqual({ target: 'udp://10.0.0.2:46800', format: 'ieee1609dot2', psids: [0x20, 0x82] });
    expect(() => parseForwardRule('udp://10.0.0.2:46800,psid=0x82')).toThrow(/not a P-encoded PSID/);
    expect(() => parseForwardRule('udp://10.0.0.2:46800,format=xml')).toThrow(/format/);
    expect(() => parseForwardRule('udp://10.0.0.2:46800,rssi=-80')).toThrow(/unknown option/);
  });
});

describe('store and repeat', () => {
  it('broadcasts SPaT at 10 Hz and MAP at 1 Hz on the injected clock', async () => {
    const clock = new ManualClock(1_700_000_000_000);
    const a = air();
    const r = await airReceiver(a);
    const { e } = await emulator({ air: a.url, clock, repeat: [{ payload: SPAT(), intervalMs: 100 }, { payload: MAP(), intervalMs: 1000 }] });
    for (let i = 0; i < 20; i++) clock.advance(100); // 2 s
    await until(() => r.messages.length === 21 + 3, 'repeated frames');
    const psids = r.messages.map((m) => decodeWsmp(m.data)).map((f) => toHex(extractPayload(f.data).payload!));
    expect(psids.filter((h) => h === toHex(SPAT()))).toHaveLength(21);
    expect(psids.filter((h) => h === toHex(MAP()))).toHaveLength(3);
    expect(e.stats).toMatchObject({ repeated: 24, transmitted: 24 });
  });

  it('refuses a repeat item it cannot place', async () => {
    expect(() => new RsuEmulator({ codec, edition: 'j2735-2020', air: 'udp://127.0.0.1:5999' })).toThrow(/multicast/);
    const e = new RsuEmulator({ codec, edition: 'j2735-2020', ifm: 'udp://127.0.0.1:0', air: air().url, airInterface: '127.0.0.1', repeat: [{ payload: Uint8Array.of(1, 2, 3), intervalMs: 100, name: 'junk' }] });
    closers.push(e);
    await expect(e.start()).rejects.toThrow(/repeat junk: .*not a j2735-2020 MessageFrame/);
  });
});
