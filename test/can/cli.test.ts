import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../hal/clock.js';
import { parseCandump } from '../../hal/can/candump.js';
import type { CanFrame } from '../../hal/can/types.js';
import { VirtualCanBus, VirtualCanNetwork } from '../../hal/can/virtual.js';
import { SocketCanBus } from '../../hal/can/socketcan.js';
import { loadProfile } from '../../src/vehicle/profile.js';
import { FIELD_NAMES } from '../../src/vehicle/state.js';
import { VehicleStateTracker } from '../../src/vehicle/tracker.js';
import { runCanCaptured, startCan } from './cli-io.js';
import { RAV4_LOG } from './fixtures.js';

const LOG_TEXT = readFileSync(RAV4_LOG, 'latin1');
const frames: CanFrame[] = parseCandump(LOG_TEXT).records.flatMap((r) => (r.kind === 'frame' ? [r.frame] : []));
const KEYS = ['t', ...FIELD_NAMES];

describe('v2x-edge can state --log', () => {
  it('prints the state every 100 ms of log time, in the documented form, equal to the tracker state at those times', async () => {
    const r = await runCanCaptured(['state', '--profile', 'toyota-rav4-2017', '--log', RAV4_LOG]);
    expect(r.code).toBe(0);
    expect(r.lines.length).toBe(600);
    const rows = r.lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(Object.keys(rows[0]!)).toEqual(KEYS);
    expect(Object.keys(rows[0]!).slice(0, 9)).toEqual(['t', 'speed', 'steeringAngle', 'yawRate', 'accelLong', 'accelLat', 'brakeApplied', 'gear', 'turnSignal']);
    rows.forEach((row, i) => expect(row.t).toBe(Math.round((1533226488.3 + i * 0.1) * 1000) / 1000));
    // an independent replay: state after every frame at or before each line's time
    const tr = new VehicleStateTracker(loadProfile('toyota-rav4-2017'));
    let k = 0;
    for (const row of rows) {
      while (k < frames.length && frames[k]!.timestamp! <= (row.t as number)) tr.ingest(frames[k++]!);
      const r3 = (v: number | undefined): number => Math.round(v! * 1000) / 1000 || 0;
      const r2 = (v: number | undefined): number => Math.round(v! * 100) / 100 || 0;
      expect(row.speed).toBe(r3(tr.state.speed));
      expect(row.steeringAngle).toBe(r2(tr.state.steeringAngle));
      expect(row.yawRate).toBe(r2(tr.state.yawRate));
      expect(row.accelLong).toBe(r3(tr.state.accelLong));
      expect(row.brakeApplied).toBe(tr.state.brakeApplied ?? null);
      expect(row.gear).toBe(tr.state.gear ?? null);
      expect(row.turnSignal).toBe(tr.state.turnSignal ?? null);
      expect(row.brakePressure).toBeNull();
    }
    expect(rows[599]).toMatchObject({ gear: 'drive', turnSignal: 'none', brakeApplied: true });
    expect(r.err).toMatch(/can state: 53800 frames; 19185 used; 14817 of ids not in the DBC \(58 ids\); 0 short/);
  });

  it('stops after --count lines and honours --interval-ms', async () => {
    const r = await runCanCaptured(['state', '--profile', 'toyota-rav4-2017', '--log', RAV4_LOG, '--interval-ms', '250', '--count', '4']);
    expect(r.code).toBe(0);
    expect(r.lines.map((l) => (JSON.parse(l) as { t: number }).t)).toEqual([1533226488.25, 1533226488.5, 1533226488.75, 1533226489]);
  });

  it('reads only the log channel asked for', async () => {
    const none = await runCanCaptured(['state', '--profile', 'toyota-rav4-2017', '--log', RAV4_LOG, '--channel', 'can1']);
    expect(none.code).toBe(0);
    expect(none.lines).toEqual([]);
    expect(none.err).toMatch(/can state: 0 frames/);
    const dump = await runCanCaptured(['dump', '--log', RAV4_LOG, '--channel', 'can0', '--count', '2']);
    expect(dump.lines.length).toBe(2);
  });

  it('runs through the real entry point (v2x-edge can ...)', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'can', 'state', '--profile', 'toyota-rav4-2017', '--log', RAV4_LOG, '--count', '2'], { encoding: 'utf8' });
    const lines = stdout.trim().split('\n');
    expect(lines.length).toBe(2);
    expect(JSON.parse(lines[1]!)).toMatchObject({ t: 1533226488.4 });
  });
});

describe('v2x-edge can usage and errors', () => {
  const cases: [string[], number, RegExp][] = [
    [[], 2, /usage:/],
    [['state', '--log', RAV4_LOG], 2, /--profile is required/],
    [['state', '--profile', 'toyota-rav4-2017'], 2, /give --log FILE or --iface IF/],
    [['state', '--profile', 'toyota-rav4-2017', '--log', RAV4_LOG, '--iface', 'vcan0'], 2, /give --log FILE or --iface IF/],
    [['state', '--profile', 'toyota-rav4-2017', '--log', RAV4_LOG, '--count', '0'], 2, /--count must be a positive integer/],
    [['state', '--profile', 'no-such-car', '--log', RAV4_LOG], 1, /no such profile \(known: toyota-rav4-2017/],
    [['state', '--profile', 'toyota-rav4-2017', '--log', '/nonexistent.log'], 1, /ENOENT/],
    [['replay', RAV4_LOG], 2, /--iface is required/],
    [['replay', RAV4_LOG, '--iface', 'x', '--speed', '0'], 2, /--speed must be a number > 0 or max/],
    [['dump'], 2, /give --iface IF or --log FILE/],
    [['dump', '--log', RAV4_LOG, '--frobnicate'], 2, /unknown option --frobnicate/],
    [['explode'], 2, /unknown subcommand 'explode'/],
    [['--help'], 0, /v2x-edge can state --profile NAME/],
  ];
  for (const [argv, code, re] of cases) {
    it(`can ${argv.join(' ').replace(RAV4_LOG, 'LOG') || '(nothing)'} -> exit ${code}`, async () => {
      const r = await runCanCaptured(argv);
      expect(r.code).toBe(code);
      expect(r.err).toMatch(re);
      expect(r.out).toBe('');
    });
  }

  it.skipIf(existsSync('/proc/net/can'))('says why SocketCAN cannot open on a kernel without CAN, exit 1', async () => {
    const r = await runCanCaptured(['dump', '--iface', 'vcan0'], { openBus: (i) => new SocketCanBus(i) });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/NO_CAN: this kernel has no CAN support/);
  });
});

describe('v2x-edge can dump --log', () => {
  it('prints the frames as candump -L lines, byte for byte', async () => {
    const r = await runCanCaptured(['dump', '--log', RAV4_LOG]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(LOG_TEXT);
  });

  it('prints decoded signals with a profile: value-table texts, unknown ids with their bytes', async () => {
    const r = await runCanCaptured(['dump', '--log', RAV4_LOG, '--profile', 'toyota-rav4-2017', '--count', '3000']);
    expect(r.lines.length).toBe(3000);
    const rows = r.lines.map((l) => JSON.parse(l) as { t: number; id: string; message: string | null; signals?: Record<string, unknown>; data?: string });
    expect(rows[0]).toMatchObject({ t: 1533226488.230547, channel: 'can0', id: '260', message: 'STEER_TORQUE_SENSOR' });
    const speed = rows.find((x) => x.message === 'SPEED')!;
    expect(speed.signals!.SPEED).toBeCloseTo(0x0b7a * 0.01, 9); // 0B4#000000001D0B7A5E: bytes 5..6
    expect(speed.signals!.ENCODER).toBe(0x1d);
    expect(rows.find((x) => x.message === 'GEAR_PACKET')!.signals).toMatchObject({ GEAR: 'D', DRIVE_ENGAGED: 'on' });
    const unknown = rows.find((x) => x.id === '223')!;
    expect(unknown).toMatchObject({ message: null, data: '000000000000002D' });
  });
});

describe('v2x-edge can on a bus (virtual bus given in-process)', () => {
  it('replays a log onto an interface: every frame arrives, in order, and the summary says so', async () => {
    const network = new VirtualCanNetwork();
    const rx = new VirtualCanBus('vcan9', { network });
    await rx.open();
    const got: CanFrame[] = [];
    const reader = (async () => { for await (const f of rx) got.push(f); })();
    const r = await runCanCaptured(['replay', RAV4_LOG, '--iface', 'vcan9', '--speed', 'max'], { openBus: (i) => new VirtualCanBus(i, { network }) });
    await rx.close();
    await reader;
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/can replay: 53800 frames sent \(59\.993 s of log in/);
    expect(got.length).toBe(53_800);
    got.forEach((f, i) => { if (i % 1000 === 0) expect([f.id, Array.from(f.data)]).toEqual([frames[i]!.id, Array.from(frames[i]!.data)]); });
  });

  it('exits 1 and counts what the interface refused', async () => {
    const network = new VirtualCanNetwork();
    network.setUp('vcan8', false);
    const r = await runCanCaptured(['replay', RAV4_LOG, '--iface', 'vcan8', '--speed', 'max'], { openBus: (i) => new VirtualCanBus(i, { network }) });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/refused: DOWN 53800/);
    expect(r.err).toMatch(/vcan8 down/);
  });

  it('state --iface prints lines at 100 ms boundaries of the clock with the frames received so far', async () => {
    const clock = new ManualClock(1_533_226_488_000);
    const network = new VirtualCanNetwork(clock);
    const tx = new VirtualCanBus('vcan7', { network, clock });
    await tx.open();
    const run = startCan(['state', '--profile', 'toyota-rav4-2017', '--iface', 'vcan7', '--count', '3'], { openBus: (i) => new VirtualCanBus(i, { network, clock }), clock });
    const settle = async (): Promise<void> => { for (let i = 0; i < 5; i++) await new Promise((res) => setImmediate(res)); };
    await settle();
    // frames of the first 250 ms of the drive, sent at their recorded offsets
    const t0 = frames[0]!.timestamp!;
    for (const f of frames.filter((x) => x.timestamp! - t0 < 0.25)) {
      const at = 1_533_226_488_000 + (f.timestamp! - t0) * 1000;
      if (at > clock.now()) clock.advanceTo(at);
      await settle();
      await tx.send(f);
    }
    clock.advanceTo(1_533_226_488_300);
    await settle();
    const r = await run.done;
    await tx.close();
    expect(r.code).toBe(0);
    const rows = r.lines.map((l) => JSON.parse(l) as { t: number; speed: number | null });
    expect(rows.map((x) => x.t)).toEqual([1533226488.1, 1533226488.2, 1533226488.3]);
    expect(rows[0]!.speed).not.toBeNull();
    expect(r.err).toMatch(/can state: \d+ frames/);
  });

  it('dump --iface prints received frames as candump -L lines until --count', async () => {
    const network = new VirtualCanNetwork();
    const tx = new VirtualCanBus('vcan6', { network });
    await tx.open();
    const run = startCan(['dump', '--iface', 'vcan6', '--count', '3'], { openBus: (i) => new VirtualCanBus(i, { network }) });
    for (let i = 0; i < 5; i++) await new Promise((res) => setImmediate(res)); // let it open its bus
    const sent: CanFrame[] = [{ id: 0x123, data: Uint8Array.from([1, 2]) }, { id: 0x1abcdef, extended: true, data: new Uint8Array(0) }, { id: 0x7ff, fd: true, brs: true, data: new Uint8Array(12) }];
    for (const f of sent) await tx.send(f);
    const r = await run.done;
    await tx.close();
    expect(r.lines.map((l) => l.replace(/^\(\d{10}\.\d{6}\) /, ''))).toEqual(['vcan6 123#0102', 'vcan6 01ABCDEF#', 'vcan6 7FF##5000000000000000000000000']);
  });

  it('stops a live command when it is interrupted', async () => {
    const network = new VirtualCanNetwork();
    const ac = new AbortController();
    const run = startCan(['dump', '--iface', 'vcan5'], { openBus: (i) => new VirtualCanBus(i, { network }), signal: ac.signal });
    await new Promise((res) => setTimeout(res, 20));
    ac.abort();
    expect((await run.done).code).toBe(0);
  });
});
