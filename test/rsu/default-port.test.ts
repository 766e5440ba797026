/** `v2x-edge rsu-emulator` without --ifm listens on the RSU 4.1 Immediate Forward port, UDP 1516. */
import { createSocket } from 'node:dgram';
import { afterEach, describe, expect, it } from 'vitest';
import { toHex } from '../../asn1/runtime/values.js';
import { extractPayload } from '../../src/transport/ieee1609dot2/index.js';
import { IfmSink } from '../../src/transport/ifm.js';
import { decodeWsmp } from '../../src/transport/wsmp.js';
import { startCli, type Running } from '../rx/spawn.js';
import { receiver, sleep, type Receiver } from '../transport/udp-helpers.js';
import { BSM } from '../transport/vectors.js';

/** Undefined when UDP 1516 can be bound on every address, else why not. */
async function portTaken(port: number): Promise<string | undefined> {
  const s = createSocket({ type: 'udp4' });
  return new Promise((resolve) => {
    s.once('error', (e: NodeJS.ErrnoException) => { s.close(); resolve(`UDP port ${port} is taken on this machine (${e.code ?? e.message})`); });
    s.bind({ port, address: '0.0.0.0', exclusive: true }, () => s.close(() => resolve(undefined)));
  });
}

const closers: { close(): Promise<void> }[] = [];
const running: Running[] = [];
afterEach(async () => {
  for (const c of closers.splice(0)) await c.close();
  for (const r of running.splice(0)) await r.stop();
});

describe('v2x-edge rsu-emulator default IFM port', () => {
  it('listens on UDP 1516 without --ifm and accepts an IFM sent to 127.0.0.1:1516, putting it on the air', async (ctx) => {
    const taken = await portTaken(1516);
    if (taken !== undefined) {
      process.stderr.write(`rsu-emulator default port test SKIPPED: ${taken}\n`);
      ctx.skip(taken);
    }
    // a private air group and port, so that nothing else on the machine hears it
    const group = '239.255.27.71';
    const port = 43000 + Math.floor(Math.random() * 9000);
    const airRx: Receiver = await receiver({ group, port });
    closers.push(airRx);
    const emu = startCli(['rsu-emulator', '--air', `udp://${group}:${port}`, '--iface', '127.0.0.1']);
    running.push(emu);
    await emu.waitStderr(/rsu-emulator: IFM on udp:\/\/0\.0\.0\.0:1516, air /);
    const sink = new IfmSink({ target: '127.0.0.1:1516' });
    closers.push(sink);
    expect(sink.target.port).toBe(1516);
    sink.send({ frame: BSM(), type: 'BSM', messageId: 20, t: 0 });
    const [heard] = await airRx.waitFor(1);
    expect(toHex(extractPayload(decodeWsmp(heard!.data).data).payload!)).toBe(toHex(BSM()));
    expect(await emu.stop()).toBe(0);
    await sleep(50);
    const stats = JSON.parse(/stats (\{.*\})\n$/.exec(emu.stderr())![1]!) as Record<string, unknown>;
    expect(stats).toMatchObject({ ifmReceived: 1, ifmAccepted: 1, ifmRejected: 0, errors: 0 });
  });
});
