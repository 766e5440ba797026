/** `v2x-edge rsu-emulator` as a separate process: ready line, rejections on stderr, counters at exit, usage errors. */
import { afterEach, describe, expect, it } from 'vitest';
import { toHex } from '../../asn1/runtime/values.js';
import { extractPayload } from '../../src/transport/ieee1609dot2/index.js';
import { IfmSink } from '../../src/transport/ifm.js';
import { UdpSink } from '../../src/transport/udp.js';
import { decodeWsmp } from '../../src/transport/wsmp.js';
import { runCli } from '../cli/run-cli.js';
import { startCli, type Running } from '../rx/spawn.js';
import { receiver, sleep, type Receiver } from '../transport/udp-helpers.js';
import { BSM, SPAT, vectorsDir } from '../transport/vectors.js';

const closers: { close(): Promise<void> }[] = [];
const running: Running[] = [];
afterEach(async () => {
  for (const c of closers.splice(0)) await c.close();
  for (const r of running.splice(0)) await r.stop();
});

const spatFile = `${vectorsDir}/j2735/asn1_codec-hexonly/SPAT_001.hex`;

describe('v2x-edge rsu-emulator', () => {
  it('takes IFMs, puts them and its repeated SPaT on the air, forwards, and reports its counters on SIGINT', async () => {
    const group = '239.255.27.70';
    const port = 43000 + Math.floor(Math.random() * 9000);
    const airRx: Receiver = await receiver({ group, port });
    const host: Receiver = await receiver();
    closers.push(airRx, host);
    const emu = startCli([
      'rsu-emulator', '--ifm', 'udp://127.0.0.1:0', '--air', `udp://${group}:${port}`, '--iface', '127.0.0.1',
      '--repeat', `${spatFile}@5`, '--forward', `udp://127.0.0.1:${host.port},format=1609.2,psid=0x20`, '--forward-own',
    ]);
    running.push(emu);
    const ifmPort = Number((await emu.waitStderr(/IFM on udp:\/\/127\.0\.0\.1:(\d+), air udp:\/\/239\.255\.27\.70:\d+/))[1]);
    const sink = new IfmSink({ target: `127.0.0.1:${ifmPort}` });
    closers.push(sink);
    sink.send({ frame: BSM(), type: 'BSM', messageId: 20, t: 0 });
    const junk = new UdpSink({ target: `127.0.0.1:${ifmPort}` });
    closers.push(junk);
    junk.sendBytes(new TextEncoder().encode('Version=0.7\nType=BSM\nPSID=0x20\n'));
    await emu.waitStderr(/rejected IFM from udp:\/\/127\.0\.0\.1:\d+: MISSING_FIELD: Priority: missing/);
    const [fwd] = await host.waitFor(1);
    expect(extractPayload(fwd!.data).payload).toEqual(BSM()); // forwarded as the 1609.2 SPDU, SPaT filtered out
    await airRx.waitFor(4);
    expect(await emu.stop()).toBe(0);
    await sleep(100); // the last frames on loopback
    const stats = JSON.parse(/stats (\{.*\})\n$/.exec(emu.stderr())![1]!) as Record<string, unknown>;
    expect(stats).toMatchObject({ ifmReceived: 2, ifmAccepted: 1, ifmRejected: 1, rejected: { MISSING_FIELD: 1 }, forwarded: 1, errors: 0 });
    const onAir = airRx.messages.map((m) => toHex(extractPayload(decodeWsmp(m.data).data).payload!));
    expect(onAir.filter((h) => h === toHex(BSM()))).toHaveLength(1);
    expect(onAir.filter((h) => h === toHex(SPAT())).length).toBe((stats.transmittedByPsid as Record<string, number>)['0x8002']);
  });

  it('refuses bad options with exit 2 and the reason', async () => {
    const bad: [string[], RegExp][] = [
      [['--loss', '2'], /--loss must be a number in 0\.\.1/],
      [['--forward', 'udp://127.0.0.1:9,psid=0x82'], /not a P-encoded PSID/],
      [['--repeat', '/nonexistent.hex'], /--repeat \/nonexistent\.hex: .*ENOENT/],
      [['--repeat', `${vectorsDir}/j2735/asn1_codec-data/TIM_MessageFrame.hex`], /give a rate \(FILE@HZ\)/],
      [['--air', 'udp://127.0.0.1:5999'], /the air must be a multicast group/],
      [['--signature', 'maybe'], /--signature must be payload-signed or rsu-signs/],
      [['--channel', '12'], /not a 5\.9 GHz ITS channel/],
    ];
    for (const [args, re] of bad) {
      const r = await runCli(['rsu-emulator', '--ifm', 'udp://127.0.0.1:0', ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(re);
    }
  });
});
