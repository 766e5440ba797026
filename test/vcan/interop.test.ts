import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCandumpFrameText, parseCandump, parseCandumpLine } from '../../hal/can/candump.js';
import { SocketCanBus } from '../../hal/can/socketcan.js';
import type { CanFrame } from '../../hal/can/types.js';
import { loadProfile } from '../../src/vehicle/profile.js';
import { stateValues } from '../../src/vehicle/state.js';
import { VehicleStateTracker } from '../../src/vehicle/tracker.js';
import { receive } from '../can/conformance.js';
import { startCan } from '../can/cli-io.js';
import { RAV4_LOG } from '../can/fixtures.js';
import { Candump } from './candump-process.js';
import { sh, skipReason, vcan0, vcan1 } from './env.js';

const norm = (f: CanFrame): object => ({ id: f.id, extended: f.extended === true, rtr: f.rtr === true, data: Array.from(f.data) });
const run = (cmd: string, args: string[]): Promise<number> => new Promise((resolve, reject) => {
  const p = spawn(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  p.once('error', reject);
  p.once('exit', (code) => resolve(code ?? -1));
});

// The first 10 s of the RAV4 drive (8,977 frames), as a file for canplayer.
const allLines = readFileSync(RAV4_LOG, 'latin1').split('\n').filter((l) => l.length > 0);
const t0 = Number(allLines[0]!.slice(1, allLines[0]!.indexOf(')')));
const first10s = allLines.filter((l) => Number(l.slice(1, l.indexOf(')'))) < t0 + 10);
let dir = '';
let log10 = '';

describe.skipIf(skipReason !== undefined)('interop with can-utils on vcan', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'vcan-interop-'));
    log10 = join(dir, 'rav4-first10s.log');
    writeFileSync(log10, first10s.join('\n') + '\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('receives what cansend sends, every kind of frame', async () => {
    const bus = new SocketCanBus(vcan0);
    await bus.open();
    const texts = ['123#DEADBEEF', '7FF#', '00000123#11', '1FFFFFFF#0011223344556677', '123#R', '0A1#R8', '321##1112233', '18DAF110##0' + '5A'.repeat(64)];
    const reader = receive(bus, texts.length, 10_000);
    for (const t of texts) sh('cansend', vcan0, t);
    const got = await reader;
    await bus.close();
    const expected = texts.map((t) => (parseCandumpLine(`(0.000000) x ${t}`) as { frame: CanFrame }).frame);
    expect(got.map(norm)).toEqual(expected.map(norm));
    // FD frames: flagged where the addon can tell (more than 8 bytes), see capabilities
    expect(got[6]!.fd).toBe(bus.capabilities.fdFlagsOnReceive);
    expect(got[7]!.fd).toBe(true);
  });

  it('sends frames that candump -L prints byte for byte as our writer does, with the same kernel timestamps', async () => {
    const tx = new SocketCanBus(vcan0);
    const rx = new SocketCanBus(vcan0);
    await tx.open();
    await rx.open();
    const dump = new Candump(vcan0);
    await dump.ready(tx);
    await receive(rx, 100, 100).catch(() => []); // drain the markers
    const sent: CanFrame[] = [
      { id: 0x0b4, data: Uint8Array.from([0, 0, 0, 0, 0xc1, 0x10, 0x19, 0xa6]) },
      { id: 0x000, data: new Uint8Array(0) },
      { id: 0x7ff, data: Uint8Array.from([0xff]) },
      { id: 0x1abcdef, extended: true, data: Uint8Array.from([1, 2, 3]) },
      { id: 0x12, rtr: true, data: new Uint8Array(4) },
      { id: 0x345, fd: true, data: Uint8Array.from({ length: 12 }, (_, i) => i) },
      { id: 0x18daf110, extended: true, fd: true, brs: true, data: Uint8Array.from({ length: 64 }, (_, i) => 255 - i) },
    ];
    const mine = receive(rx, sent.length, 10_000);
    for (const f of sent) await tx.send(f);
    const lines = await dump.waitFor(sent.length);
    const ours = await mine;
    await dump.stop();
    await tx.close();
    await rx.close();
    expect(lines.map((l) => l.slice(l.indexOf(')') + 2))).toEqual(sent.map((f) => `${vcan0} ${formatCandumpFrameText(f)}`));
    // the same receive event seen by candump and by our other socket
    const theirs = lines.map((l) => Number(l.slice(1, l.indexOf(')'))));
    ours.forEach((f, i) => expect(Math.abs(f.timestamp! - theirs[i]!)).toBeLessThan(0.0005));
  });

  it('canplayer replaying the RAV4 log onto vcan0 yields the state of decoding the log offline', async () => {
    const profile = loadProfile('toyota-rav4-2017');
    const offline = new VehicleStateTracker(profile);
    const logFrames = parseCandump(first10s.join('\n')).records.flatMap((r) => (r.kind === 'frame' ? [r.frame] : []));
    for (const f of logFrames) offline.ingest(f);

    const bus = new SocketCanBus(vcan0);
    await bus.open();
    const live = new VehicleStateTracker(profile);
    const got: CanFrame[] = [];
    const reader = (async () => {
      for await (const f of bus) {
        got.push(f);
        live.ingest(f);
        if (got.length === logFrames.length) break;
      }
    })();
    // the CLI follows the same bus from its own socket
    const ac = new AbortController();
    const cli = startCan(['state', '--profile', 'toyota-rav4-2017', '--iface', vcan0], { openBus: (i) => new SocketCanBus(i), signal: ac.signal });
    await new Promise((r) => setTimeout(r, 300));
    expect(await run('canplayer', ['-I', log10, `${vcan0}=can0`])).toBe(0);
    await Promise.race([reader, new Promise((r) => setTimeout(r, 3000))]);
    await new Promise((r) => setTimeout(r, 300));
    ac.abort();
    const out = await cli.done;
    await bus.close();
    await reader;

    expect(got.length).toBe(logFrames.length);
    expect(bus.stats.rxDropped).toBe(0);
    got.forEach((f, i) => expect(norm(f)).toEqual(norm(logFrames[i]!)));
    // the live timing is the recorded one: 10 s of log took about 10 s on the bus
    expect(got[got.length - 1]!.timestamp! - got[0]!.timestamp!).toBeGreaterThan(9.5);
    expect(stateValues(live.state)).toEqual(stateValues(offline.state));
    expect(live.stats).toEqual(offline.stats);
    // and the CLI's last line shows that same state
    const last = JSON.parse(out.lines[out.lines.length - 1]!) as Record<string, unknown>;
    expect(out.code).toBe(0);
    expect(last.speed).toBe(Math.round(offline.state.speed! * 1000) / 1000);
    expect(last.steeringAngle).toBe(Math.round(offline.state.steeringAngle! * 100) / 100 || 0);
    expect(last.gear).toBe(offline.state.gear ?? null);
    expect(out.err).toMatch(new RegExp(`can state: ${logFrames.length} frames`));
  });

  it('v2x-edge can replay puts the log on the interface as recorded (checked by candump)', async () => {
    const marker = new SocketCanBus(vcan1);
    await marker.open();
    const dump = new Candump(vcan1);
    await dump.ready(marker);
    const part = first10s.slice(0, 1500);
    const file = join(dir, 'part.log');
    writeFileSync(file, part.join('\n') + '\n');
    const r = await startCan(['replay', file, '--iface', vcan1, '--speed', '2'], { openBus: (i) => new SocketCanBus(i) }).done;
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/can replay: 1500 frames sent/);
    const lines = await dump.waitFor(1500);
    await dump.stop();
    await marker.close();
    expect(lines.map((l) => l.slice(l.indexOf(')') + 2))).toEqual(part.map((l) => l.slice(l.indexOf(')') + 2).replace(/^can0 /, `${vcan1} `)));
    // x2: the bus time spans half the log time
    const span = (ls: string[]): number => Number(ls[ls.length - 1]!.slice(1, ls[ls.length - 1]!.indexOf(')'))) - Number(ls[0]!.slice(1, ls[0]!.indexOf(')')));
    expect(span(lines)).toBeGreaterThan(span(part) / 2 - 0.1);
    expect(span(lines)).toBeLessThan(span(part) / 2 + 1.5); // generous: the guest is slow, lateness is not the point
  });

  it('v2x-edge can dump prints what cansend sends, as candump -L does', async () => {
    const ac = new AbortController();
    const cli = startCan(['dump', '--iface', vcan0, '--count', '3'], { openBus: (i) => new SocketCanBus(i), signal: ac.signal });
    await new Promise((r) => setTimeout(r, 500));
    for (const t of ['0B4#000000001D0B7A5E', '1ABCDEF0#CAFE', '345##0' + '00'.repeat(12)]) sh('cansend', vcan0, t);
    const r = await cli.done;
    expect(r.code).toBe(0);
    expect(r.lines.map((l) => l.slice(l.indexOf(')') + 2))).toEqual([`${vcan0} 0B4#000000001D0B7A5E`, `${vcan0} 1ABCDEF0#CAFE`, `${vcan0} 345##4${'00'.repeat(12)}`]);
  });

  it('the v2x-edge process dumps a live interface until interrupted, then exits 0', async () => {
    const p = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'can', 'dump', '--iface', vcan0], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.on('data', (d: Buffer) => { out += d.toString('latin1'); });
    p.stderr.on('data', (d: Buffer) => { err += d.toString('latin1'); });
    const exited = new Promise<number | null>((resolve) => p.once('exit', (code) => resolve(code)));
    const t0 = Date.now();
    while (!out.includes('7EE#') && Date.now() - t0 < 30_000) { // started once it shows a marker
      sh('cansend', vcan0, '7EE#');
      await new Promise((r) => setTimeout(r, 300));
    }
    for (const t of ['0AA#1A6F1A6F1A6F1A6F', '12345678#00']) sh('cansend', vcan0, t);
    while (!out.includes('12345678#00') && Date.now() - t0 < 40_000) await new Promise((r) => setTimeout(r, 50));
    p.kill('SIGINT');
    expect(await exited).toBe(0);
    const lines = out.split('\n').filter((l) => l.length > 0).map((l) => l.slice(l.indexOf(')') + 2)).filter((l) => !l.includes('7EE#'));
    expect(lines).toEqual([`${vcan0} 0AA#1A6F1A6F1A6F1A6F`, `${vcan0} 12345678#00`]);
    expect(err).toBe(`can: ${vcan0} active\ncan: ${vcan0} closed\n`);
  });
});
