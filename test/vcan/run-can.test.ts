/**
 * `v2x-edge run --can vcan0 --profile toyota-rav4-2017 --gnss gpsd://...`: the built command
 * on real SocketCAN. canplayer plays 4 s of the RAV4 drive onto vcan0 (the brakes go on in
 * it); gpsd serves the drive's NMEA, which it reads over TCP from this test (a receiver behind
 * a serial server: no pseudo-terminal needed); the BSMs are received on UDP and decoded.
 *
 * The vehicle fields of each BSM must be those of the log as the command had it when sending:
 * the test's own socket on vcan0 timestamps every frame, and a BSM must equal the state of the
 * log after one of the frames of the last WINDOW_S before it arrived. The state is decoded
 * here from the frames' bytes, with the signal layouts of the profile's DBC.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codec, type BasicSafetyMessage } from '../../asn1/generated/j2735-2020/index.js';
import { BrakeAppliedStatus, ExteriorLights } from '../../asn1/generated/j2735-2020/types.js';
import { setBitNames, type BitString } from '../../asn1/runtime/values.js';
import { SocketCanBus } from '../../hal/can/socketcan.js';
import type { CanFrame } from '../../hal/can/types.js';
import { repoRoot } from '../cli/run-cli.js';
import { freePort, gpsdPidsForPort, releaseNtpShmIfUnused } from '../gnss/gpsd-harness.js';
import { skipReason, vcan0 } from './env.js';

const DRIVE = join(repoRoot, 'data', 'drives', 'toyota-rav4-2017-seg40');
const CLI = join(repoRoot, 'dist', 'src', 'cli', 'main.js');
const PATH = `${process.env.PATH ?? ''}:/usr/sbin`;
/**
 * How long before a BSM arrived the frame whose state it carries may have been on the bus: the
 * engine's own age limit for speed and brakes (J2945_DEFAULTS.maxDynamicsAgeMs). In the guest
 * it is mostly under 40 ms, with stalls of the one shared CPU up to about 200 ms.
 */
const WINDOW_S = 0.5;

function why(): string | undefined {
  if (skipReason !== undefined) return skipReason;
  if (!existsSync(CLI)) return 'the command is not built (npm run build)';
  if (spawnSync('gpsd', ['-V'], { stdio: 'ignore', env: { ...process.env, PATH } }).error !== undefined) return 'gpsd is not installed (Debian package gpsd)';
  return undefined;
}
const skip = why();
if (skip !== undefined && skipReason === undefined) process.stderr.write(`run --can on vcan SKIPPED: ${skip}\n`);

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const stamp = (l: string): number => Number(l.slice(1, l.indexOf(')')));

// 4 s of the drive from 9.3 s: speed about 19.8 m/s and falling slowly; BRKON goes to 1 at 10.55 s.
const lines = readFileSync(join(DRIVE, 'can0.log'), 'latin1').split('\n').filter((l) => l.length > 0);
const from = stamp(lines[0]!) + 9.3;
const part = lines.filter((l) => stamp(l) >= from && stamp(l) < from + 4);

/** What the BSM should carry, per the profile's mapping. */
interface Expected {
  /** m/s, the mean of the four wheel speeds. */
  speed?: number;
  brakes: string[];
  transmission: string;
  lights?: string[];
}

const GEARS: Record<number, string> = { 0: 'forwardGears', 1: 'forwardGears', 8: 'neutral', 16: 'reverseGears', 32: 'park' };

/** The state after each frame of `part`, decoded from the bytes (DBC bit n: byte n >> 3, bit n & 7). */
function expectedStates(): Expected[] {
  const bit = (d: Buffer, n: number): boolean => ((d[n >> 3]! >> (n & 7)) & 1) === 1;
  let speed: number | undefined;
  let brake: boolean | undefined;
  let gear: number | undefined;
  let stalk: Buffer | undefined;
  let blinkers: Buffer | undefined;
  return part.map((l) => {
    const m = / ([0-9A-F]{3})#([0-9A-F]*)$/.exec(l);
    const id = m === null ? -1 : parseInt(m[1]!, 16);
    const d = Buffer.from(m?.[2] ?? '', 'hex');
    // WHEEL_SPEEDS: four 15-bit big-endian values (0.01 km/h, -67.67) in bytes 0-1, 2-3, 4-5, 6-7
    if (id === 0x0aa) speed = [0, 2, 4, 6].reduce((s, k) => s + ((((d[k]! & 0x7f) << 8) | d[k + 1]!) * 0.01 - 67.67), 0) / 4 / 3.6;
    if (id === 0x320) brake = bit(d, 8); // VSC1S07.BRKON
    if (id === 0x3bc) gear = d[1]! & 0x3f; // GEAR_PACKET.GEAR (13|6@0+)
    if (id === 0x622) stalk = d; // LIGHT_STALK
    if (id === 0x614) blinkers = d; // BLINKERS_STATE
    let lights: string[] | undefined;
    if (stalk !== undefined || blinkers !== undefined) {
      lights = [];
      if (stalk) {
        if (bit(stalk, 29)) lights.push('lowBeamHeadlightsOn');
        if (bit(stalk, 30)) lights.push('highBeamHeadlightsOn');
        if ([6, 7].includes((stalk[2]! >> 5) & 7)) lights.push('automaticLightControlOn'); // HEADLIGHT_MODE 21|3@1+
        if (bit(stalk, 31)) lights.push('daytimeRunningLightsOn');
        if (bit(stalk, 27)) lights.push('fogLightOn');
        if (bit(stalk, 28)) lights.push('parkingLightsOn');
      }
      if (blinkers) {
        const turn = (blinkers[3]! >> 4) & 3; // TURN_SIGNALS 29|2@0+: 1 left, 2 right
        if (turn === 1) lights.push('leftTurnSignalOn');
        if (turn === 2) lights.push('rightTurnSignalOn');
        if (bit(blinkers, 27)) lights.push('hazardSignalOn');
      }
      lights.sort((a, b) => ExteriorLights[a as keyof typeof ExteriorLights] - ExteriorLights[b as keyof typeof ExteriorLights]);
    }
    return {
      ...(speed !== undefined ? { speed } : {}),
      brakes: brake === undefined ? ['unavailable'] : brake ? ['leftFront', 'leftRear', 'rightFront', 'rightRear'] : [],
      transmission: gear === undefined ? 'unavailable' : GEARS[gear] ?? `gear ${gear}`,
      ...(lights !== undefined ? { lights } : {}),
    };
  });
}

interface Received { t: number; bsm: BasicSafetyMessage }

function carried(b: BasicSafetyMessage): Omit<Expected, 'speed'> & { speed: number } {
  const lights = (b.partII?.find((p) => p['partII-Id'] === 0)?.['partII-Value'] as { lights?: BitString } | undefined)?.lights;
  return {
    speed: b.coreData.speed * 0.02,
    brakes: setBitNames(b.coreData.brakes.wheelBrakes, BrakeAppliedStatus),
    transmission: b.coreData.transmission,
    ...(lights !== undefined ? { lights: setBitNames(lights, ExteriorLights) } : {}),
  };
}

const matches = (got: ReturnType<typeof carried>, e: Expected): boolean =>
  e.speed !== undefined && Math.abs(got.speed - e.speed) <= 0.02 && got.transmission === e.transmission
  && JSON.stringify(got.brakes) === JSON.stringify(e.brakes) && JSON.stringify(got.lights) === JSON.stringify(e.lights);

/** Serves the drive's NMEA at 10 epochs a second to each client, from the start of the drive. */
async function nmeaServer(): Promise<{ port: number; close: () => Promise<void> }> {
  const nmea = readFileSync(join(DRIVE, 'gnss.nmea'), 'latin1').split(/\r?\n/).filter((l) => l.length > 0);
  const clients = new Set<Socket>();
  const server = createServer((s) => {
    clients.add(s);
    let i = 0;
    const timer = setInterval(() => {
      if (i + 3 > nmea.length) return;
      s.write(nmea.slice(i, i + 3).join('\r\n') + '\r\n'); // GGA, RMC, VTG
      i += 3;
    }, 100);
    s.on('error', () => undefined);
    s.on('close', () => { clearInterval(timer); clients.delete(s); });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const a = server.address();
  return {
    port: typeof a === 'object' && a !== null ? a.port : 0,
    close: () => new Promise((r) => { for (const c of clients) c.destroy(); server.close(() => r()); }),
  };
}

/** gpsd reading a TCP source, stopped and its shared-memory export removed afterwards. */
function startGpsd(port: number, source: string): { proc: ChildProcess; stop: () => Promise<void> } {
  const shmKey = `0x4770${port.toString(16).padStart(4, '0')}`;
  const proc = spawn('gpsd', ['-N', '-n', '-S', String(port), source], { stdio: 'ignore', env: { ...process.env, PATH, GPSD_SHM_KEY: shmKey } });
  return {
    proc,
    stop: async () => {
      if (proc.exitCode === null && proc.signalCode === null) {
        const exited = new Promise((r) => proc.once('exit', r));
        proc.kill('SIGTERM');
        await exited;
      }
      if (spawnSync('ipcs', ['-m'], { encoding: 'utf8' }).stdout?.split('\n').some((l) => l.startsWith(shmKey + ' '))) spawnSync('ipcrm', ['-M', shmKey], { stdio: 'ignore' });
      releaseNtpShmIfUnused();
    },
  };
}

describe.skipIf(skip !== undefined)('v2x-edge run on SocketCAN (vcan)', () => {
  it('the built command, CAN from canplayer and GNSS from gpsd: each BSM carries the speed, brakes, transmission and lights of the log at its time', async (ctx) => {
    const want = expectedStates();
    const dir = mkdtempSync(join(tmpdir(), 'vcan-run-'));
    ctx.onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const partLog = join(dir, 'rav4-4s.log');
    writeFileSync(partLog, part.join('\n') + '\n');

    const nmea = await nmeaServer();
    ctx.onTestFinished(() => nmea.close());
    const gpsdPort = await freePort();
    const gpsd = startGpsd(gpsdPort, `tcp://127.0.0.1:${nmea.port}`);
    ctx.onTestFinished(async () => {
      await gpsd.stop();
      expect(gpsdPidsForPort(gpsdPort)).toEqual([]);
    });

    // Our own socket on vcan0: the kernel's receive time of every frame.
    const bus = new SocketCanBus(vcan0);
    await bus.open();
    const frames: CanFrame[] = [];
    const reader = (async () => { for await (const f of bus) frames.push(f); })();
    ctx.onTestFinished(async () => { await bus.close(); await reader; });

    const sock = createSocket('udp4');
    const got: Received[] = [];
    sock.on('message', (m) => {
      const f = codec.decode('MessageFrame', new Uint8Array(m)) as { messageId: number; value: BasicSafetyMessage };
      expect(f.messageId).toBe(20);
      got.push({ t: Date.now() / 1000, bsm: f.value });
    });
    await new Promise<void>((r) => sock.bind(0, '127.0.0.1', () => r()));
    ctx.onTestFinished(() => { sock.close(); });

    const cli = spawn(CLI, ['run', '--can', vcan0, '--profile', 'toyota-rav4-2017', '--gnss', `gpsd://127.0.0.1:${gpsdPort}`, '--udp', `127.0.0.1:${sock.address().port}`, '--quiet'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'] });
    ctx.onTestFinished(() => { if (cli.exitCode === null) cli.kill('SIGKILL'); });
    let err = '';
    cli.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    const exited = new Promise<number | null>((r) => cli.once('exit', (code) => r(code)));
    // Ready once the bus is open and BSMs come (gpsd has a fix).
    const t0 = Date.now();
    while (!(err.includes(`CAN ${vcan0}: active`) && got.length >= 3)) {
      if (Date.now() - t0 > 30_000 || cli.exitCode !== null) throw new Error(`the command did not start sending:\n${err}`);
      await sleep(50);
    }

    const played = await new Promise<number | null>((resolve, reject) => {
      const p = spawn('canplayer', ['-I', partLog, `${vcan0}=can0`], { stdio: 'ignore' });
      p.once('error', reject);
      p.once('exit', resolve);
    });
    expect(played).toBe(0);
    await sleep(300);
    cli.kill('SIGINT');
    expect(await exited, err).toBe(0);

    // Our socket saw the log, frame for frame: its receive times stand for the command's.
    for (let i = 0; i < 100 && frames.length < part.length; i++) await sleep(20);
    expect(frames.length).toBe(part.length);
    expect(bus.stats.rxDropped).toBe(0);
    frames.forEach((f, i) => expect(`${f.id.toString(16).toUpperCase().padStart(3, '0')}#${Buffer.from(f.data).toString('hex').toUpperCase()}`).toBe(part[i]!.slice(part[i]!.lastIndexOf(' ') + 1)));
    const times = frames.map((f) => f.timestamp!);
    const first = times[0]!;
    const last = times[times.length - 1]!;

    // Before the first frame: GNSS only, the CAN fields unavailable.
    const before = got.filter((g) => g.t < first);
    expect(before.length).toBeGreaterThanOrEqual(3);
    for (const g of before) expect(carried(g.bsm)).toMatchObject({ brakes: ['unavailable'], transmission: 'unavailable' });
    expect(before.every((g) => carried(g.bsm).lights === undefined)).toBe(true);

    // During the play: the state after one of the frames of the window before the BSM arrived.
    const during = got.filter((g) => g.t >= first + WINDOW_S && g.t <= last);
    expect(during.length).toBeGreaterThanOrEqual(25);
    const lags: number[] = [];
    for (const g of during) {
      const c = carried(g.bsm);
      let i = times.findLastIndex((t) => t <= g.t);
      while (i >= 0 && times[i]! >= g.t - WINDOW_S && !matches(c, want[i]!)) i--;
      if (i < 0 || times[i]! < g.t - WINDOW_S) {
        const lo = times.findIndex((t) => t >= g.t - WINDOW_S);
        const hi = times.findLastIndex((t) => t <= g.t);
        expect.fail(`BSM at +${(g.t - first).toFixed(3)} s carries ${JSON.stringify(c)}; the log between frames ${lo} and ${hi}: ${JSON.stringify(want[lo])} ... ${JSON.stringify(want[hi])}`);
      }
      lags.push(g.t - times[i]!);
    }
    process.stdout.write(`[vcan] run --can: ${during.length} BSMs matched; age of the frame each carries: max ${(Math.max(...lags) * 1000).toFixed(0)} ms\n`);
    // The played part has the brakes going on, and the BSMs show both.
    const brakes = new Set(during.map((g) => carried(g.bsm).brakes.length));
    expect(brakes).toEqual(new Set([0, 4]));
    expect(carried(during[during.length - 1]!.bsm)).toMatchObject({ transmission: 'forwardGears', lights: want[want.length - 1]!.lights });

    // The summary counts every frame played.
    expect(err).toMatch(new RegExp(`CAN frames ${part.length} \\(unknown ids \\d+, short 0\\)`));
    expect(err).toContain(`inputs: CAN ${vcan0}, GNSS 127.0.0.1:${gpsdPort}`);
  });
});
