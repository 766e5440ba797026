/**
 * `v2x-edge rx` as a user runs it (a separate process): datagrams of every kind sent to it over
 * real UDP come out as JER lines with source, envelope and decode time; bad ones are reported
 * on stderr and counted; SIGINT stops it with the counters.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { encodeIeee1609Dot2Data, encodeUnsecured } from '../../src/transport/ieee1609dot2/index.js';
import { IfmBuilder } from '../../src/transport/ifm.js';
import { UdpSink } from '../../src/transport/udp.js';
import { encodeWsmp } from '../../src/transport/wsmp.js';
import { runCli } from '../cli/run-cli.js';
import { signedData } from '../transport/dot2-samples.js';
import { BSM, MAP, SPAT, vector, vectorsDir } from '../transport/vectors.js';
import { startCli, type Running } from './spawn.js';

const running: Running[] = [];
const sinks: UdpSink[] = [];
afterEach(async () => {
  for (const s of sinks.splice(0)) await s.close();
  for (const r of running.splice(0)) await r.stop();
});

describe('v2x-edge rx', () => {
  it('prints one JER line per datagram, whatever the envelope, and stops after --count', async () => {
    const rx = startCli(['rx', '--listen', 'udp://127.0.0.1:0', '--count', '7']);
    running.push(rx);
    const port = Number((await rx.waitStderr(/listening on udp:\/\/127\.0\.0\.1:(\d+)/))[1]);
    const sink = new UdpSink({ target: `127.0.0.1:${port}` });
    sinks.push(sink);
    const te = new TextEncoder();
    const datagrams = [
      BSM(),
      encodeUnsecured(SPAT()),
      encodeWsmp({ psid: 0x82, channel: 183 }, encodeUnsecured(MAP())),
      vector('j2735/jpo-ode/1609dot2_001.hex'),
      encodeIeee1609Dot2Data(signedData(BSM(), 'certificate')),
      te.encode(Buffer.from(BSM()).toString('hex') + '\n'),
      te.encode(new IfmBuilder().text({ frame: SPAT(), type: 'SPAT' })),
    ];
    for (const d of datagrams) sink.sendBytes(d);
    expect(await rx.exited()).toBe(0);
    const lines = rx.stdout().trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(7);
    await sink.ready();
    const src = `udp://127.0.0.1:${sink.localAddress!.port}`;
    const byEnv = Object.fromEntries(lines.map((l) => [l.envelope as string, l]));
    expect(Object.keys(byEnv).sort()).toEqual(['1609.2-signed/uper', '1609.2-unsecured/uper', 'hex/uper', 'ifm/uper', 'uper', 'wsmp/1609.2-unsecured/uper'].sort());
    for (const l of lines) {
      expect(l.source).toBe(src);
      expect(typeof l.decodeUs).toBe('number');
      expect(Date.parse(l.time as string)).toBeGreaterThan(Date.now() - 60_000);
    }
    expect(byEnv['uper']).toMatchObject({ type: 'BSM', messageId: 20, frame: { messageId: 20, value: { coreData: { msgCnt: 88, id: 'bea10000' } } } });
    expect(byEnv['wsmp/1609.2-unsecured/uper']).toMatchObject({ type: 'MAP', psid: '0x82', wsmp: { psid: '0x82', channel: 183 } });
    const signed = lines.filter((l) => l.envelope === '1609.2-signed/uper');
    expect(signed.map((l) => l.type).sort()).toEqual(['BSM', 'TIM']);
    for (const l of signed) expect(l.security).toMatchObject({ content: 'signed', signatureVerified: false });
    expect(rx.stderr()).toMatch(/rx: 7 datagram\(s\), 7 decoded .* 0 failed/);
  });

  it('reports what it cannot decode on stderr with the reason, counts it, and keeps receiving', async () => {
    const rx = startCli(['rx', '--listen', 'udp://127.0.0.1:0', '--quiet']);
    running.push(rx);
    const port = Number((await rx.waitStderr(/listening on udp:\/\/127\.0\.0\.1:(\d+)/))[1]);
    const sink = new UdpSink({ target: `127.0.0.1:${port}` });
    sinks.push(sink);
    sink.sendBytes(Uint8Array.of(0xff, 0xff, 0xff));
    sink.sendBytes(encodeUnsecured(BSM()).subarray(0, 30));
    sink.sendBytes(new TextEncoder().encode('00142'));
    await rx.waitStderr(/BAD_HEX/);
    sink.sendBytes(BSM());
    await rx.waitStderr(/BAD_1609DOT2/);
    await new Promise((r) => setTimeout(r, 200));
    expect(await rx.stop()).toBe(0);
    expect(rx.stdout()).toBe('');
    expect(rx.stderr()).toMatch(/BAD_UPER: MessageFrame \(j2735-2020\)/);
    expect(rx.stderr()).toMatch(/rx: 4 datagram\(s\), 1 decoded \(uper 1\) \(BSM 1\), 3 failed \(BAD_UPER 1, BAD_1609DOT2 1, BAD_HEX 1\)/);
  });

  it('joins a multicast group', async () => {
    const group = '239.255.27.43';
    const rx = startCli(['rx', '--listen', `udp://${group}:0`, '--iface', '127.0.0.1', '--count', '1']);
    running.push(rx);
    const port = Number((await rx.waitStderr(/listening on udp:\/\/239\.255\.27\.43:(\d+)/))[1]);
    const sink = new UdpSink({ target: `${group}:${port}`, multicastInterface: '127.0.0.1' });
    sinks.push(sink);
    sink.sendBytes(encodeWsmp({ psid: 0x20 }, encodeUnsecured(BSM())));
    expect(await rx.exited()).toBe(0);
    expect(JSON.parse(rx.stdout())).toMatchObject({ envelope: 'wsmp/1609.2-unsecured/uper', type: 'BSM' });
  });

  it('reads hex lines from a file, and refuses bad usage with exit 2', async () => {
    const r = await runCli(['rx', '--file', `${vectorsDir}/j2735/asn1_codec-hexonly/1609dot2_004.hex`]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ envelope: 'hex/1609.2-unsecured/uper', type: 'BSM' });
    expect((await runCli(['rx'])).code).toBe(2);
    expect((await runCli(['rx', '--listen', 'udp://example.org:5'])).stderr).toMatch(/--listen udp:\/\/example\.org:5: .*not an IPv4 or IPv6/);
    expect((await runCli(['rx', '--listen', 'udp://127.0.0.1:0', '--edition', 'x'])).code).toBe(2);
  });

  it('decodes with the edition it is given: a 2024 RSM, a CSAE MAP; the 2020 default keeps the RSM opaque', async () => {
    const rsm = `${vectorsDir}/j2735/asn1_codec-hexonly/RSM_001.hex`;
    const r24 = await runCli(['rx', '--file', rsm, '--edition', 'j2735-2024']);
    expect(r24.code, r24.stderr).toBe(0);
    const j24 = JSON.parse(r24.stdout) as { type: string; messageId: number; frame: { value: { commonContainer?: unknown } } };
    expect(j24).toMatchObject({ messageId: 33, type: 'RSM' });
    expect(j24.frame.value.commonContainer).toBeDefined();
    const r20 = await runCli(['rx', '--file', rsm]);
    expect(typeof (JSON.parse(r20.stdout) as { frame: { value: unknown } }).frame.value).toBe('string');
    const cn = await runCli(['rx', '--file', `${vectorsDir}/csae53-2017/MAP_MessageFrame.hex`, '--profile', 'cn-csae53-2017']);
    expect(cn.code, cn.stderr).toBe(0);
    expect(Object.keys((JSON.parse(cn.stdout) as { frame: object }).frame)).toEqual(['mapFrame']);
  });
});
