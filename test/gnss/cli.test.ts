/**
 * `v2x-edge gnss` through the real entry point: JSON lines from a log, a serial pty (stopped
 * with SIGINT) and gpsd; usage errors.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SystemClock } from '../../hal/clock.js';
import { planReplay, runReplay } from '../../hal/gnss/replay.js';
import { fixturePath, nmea, offlineParse, rav4Rows, rawLog, receiverBytes } from './fixtures.js';
import { gpsdSkipReason, startGpsfake } from './gpsd-harness.js';
import { openFeed, ptyPair, ptySkipReason } from './pty.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const MAIN = join(ROOT, 'src', 'cli', 'main.ts');

interface Result { code: number | null; signal: NodeJS.Signals | null; out: string; err: string }

function cli(args: string[], opts: { whenLines?: (n: number, kill: (s: NodeJS.Signals) => void) => void } = {}): Promise<Result> {
  return new Promise((resolve) => {
    const p = spawn(TSX, [MAIN, 'gnss', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      opts.whenLines?.(out.split('\n').length - 1, (s) => p.kill(s));
    });
    p.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    p.on('close', (code, signal) => resolve({ code, signal, out, err }));
  });
}

for (const reason of [ptySkipReason(), gpsdSkipReason()]) if (reason !== undefined) process.stdout.write(`[gnss] cli: ${reason}\n`);

const jsonLines = (s: string): Record<string, unknown>[] => s.split('\n').filter((l) => l.length > 0).map((l) => JSON.parse(l) as Record<string, unknown>);

describe('v2x-edge gnss', () => {
  it('--log: one JSON line per fix, the documented keys first, until the log ends', async () => {
    const r = await cli(['--log', fixturePath('toyota_rav4_2017_comma2k19_seg40_ublox_derived.nmea'), '--speed', 'max']);
    expect(r.code).toBe(0);
    const lines = jsonLines(r.out);
    expect(lines).toHaveLength(579);
    expect(Object.keys(lines[0]!).slice(0, 6)).toEqual(['time', 'lat', 'lon', 'altHae', 'speed', 'course']);
    expect(lines[0]).toMatchObject({
      time: '2018-08-02T16:14:48.300Z', lat: 37.7209977, lon: -122.4723053, altHae: 33.4, speed: 7.823, course: 2.14,
      valid: true, quality: 'gps', mode: '3d', secMark: 48_300, minuteOfTheYear: 213 * 1440 + 16 * 60 + 14, protocol: 'nmea',
    });
    const rows = rav4Rows();
    lines.forEach((l, i) => {
      expect(Math.abs(Date.parse(l.time as string) - rows[i]!.fixMs)).toBeLessThanOrEqual(5);
      expect(l.lat).toBeCloseTo(rows[i]!.lat, 8);
      expect(l.lon).toBeCloseTo(rows[i]!.lon, 8);
    });
    expect(r.err).toMatch(/579 fixes from 111747 bytes/);
  });

  it('--log: no receiver time gives "time": null; UBX logs carry the accuracy ellipse', async () => {
    const telit = await cli(['--log', fixturePath('gpsd_telit-he910.log'), '--speed', 'max', '--count', '3']);
    expect(telit.code).toBe(0);
    const t = jsonLines(telit.out);
    expect(t).toHaveLength(3);
    expect(t[0]).toMatchObject({ time: null, lat: null, lon: null, altHae: null, speed: null, course: null, valid: false, secMark: 65535, minuteOfTheYear: 527_040 });
    const f9r = await cli(['--log', fixturePath('gpsd_ublox-zed-f9r.log'), '--speed', 'max', '--count', '1']);
    expect(jsonLines(f9r.out)[0]).toMatchObject({
      time: '2025-04-11T23:14:08.000Z', accuracy: { semiMajor: 0.19, semiMinor: 0.12, orientation: 97, source: 'nmea-gst' }, leapSeconds: 18, leapSecondsSource: 'receiver',
    });
  });

  it('--log: an inserted leap second prints as second 60 with secMark 60000', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'v2x-gnss-cli-'));
    try {
      const file = join(dir, 'leap.nmea');
      writeFileSync(file, nmea('GPZDA,235960.250,31,12,2016,00,00') + nmea('GPGGA,235960.250,4404.1295864,N,12118.8685453,W,2,07,1.2,1102.537,M,-20.300,M,,0000'));
      const r = await cli(['--log', file, '--speed', 'max']);
      expect(jsonLines(r.out)).toEqual([expect.objectContaining({ time: '2016-12-31T23:59:60.250Z', secMark: 60_250, leapSecond: true, leapSeconds: 17 })]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(ptySkipReason() !== undefined)('--device on a pty: fixes until SIGINT, then a summary and exit 0', async (ctx) => {
    const pair = await ptyPair();
    ctx.onTestFinished(() => pair.dispose());
    {
      const run = cli(['--device', pair.devicePath, '--baud', '38400'], {
        whenLines: (n, kill) => { if (n >= 6) kill('SIGINT'); },
      });
      await new Promise((r) => setTimeout(r, 1500)); // let the command open the device
      const feed = await openFeed(pair);
      const plan = planReplay(rawLog('gpsd_ublox-zed-f9p-nmea.log'), { comments: true });
      let exited = false;
      const feeding = runReplay(plan, async (b) => { await feed.write(b).catch(() => undefined); }, { clock: new SystemClock(), speed: 10, stopped: () => exited });
      const r = await run;
      exited = true;
      // Nobody reads the device any more: unplug it so a pending write returns.
      await pair.kill();
      await feeding;
      await feed.close().catch(() => undefined);
      expect(r.code).toBe(0);
      const lines = jsonLines(r.out);
      expect(lines.length).toBeGreaterThanOrEqual(6);
      // Opening the port flushes what was written before (tcflush), so a slow start loses the
      // first epochs: the fixes are the offline ones from the first one printed on, in order.
      const offline = offlineParse(receiverBytes('gpsd_ublox-zed-f9p-nmea.log')).fixes.map((f) => new Date(f.time!).toISOString());
      const first = offline.indexOf(lines[0]!.time as string);
      expect(first, `the first fix printed, ${String(lines[0]!.time)}, is one of the log's`).toBeGreaterThanOrEqual(0);
      expect(lines.map((l) => l.time)).toEqual(offline.slice(first, first + lines.length));
      expect(r.err).toMatch(/fixes from \d+ bytes/);
    }
  }, 60_000);

  it.skipIf(gpsdSkipReason() !== undefined)('--gpsd host:port', async (ctx) => {
    const g = await startGpsfake(fixturePath('gpsd_ublox-neo-m9n-nmea.log'), { cycle: 0.005 });
    ctx.onTestFinished(() => g.stop());
    {
      const r = await cli(['--gpsd', `127.0.0.1:${g.port}`, '--count', '5']);
      expect(r.code).toBe(0);
      const lines = jsonLines(r.out);
      expect(lines).toHaveLength(5);
      const times = new Set(offlineParse(receiverBytes('gpsd_ublox-neo-m9n-nmea.log')).fixes.map((f) => new Date(f.time!).toISOString()));
      for (const l of lines) expect(times.has(l.time as string)).toBe(true);
      expect(lines[1]).toMatchObject({ protocol: 'gpsd', accuracy: { source: 'gpsd-gst' } });
    }
  }, 60_000);

  it('usage errors exit 2 with the reason; an unreadable log exits 1', async () => {
    const none = await cli([]);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/give exactly one of --device, --gpsd, --log/);
    expect((await cli(['--log', 'a', '--gpsd', 'b'])).code).toBe(2);
    const speed = await cli(['--device', '/dev/ttyACM0', '--speed', '2']);
    expect(speed.code).toBe(2);
    expect(speed.err).toMatch(/--speed and --max-gap go with --log/);
    const addr = await cli(['--gpsd', 'localhost:99999']);
    expect(addr.code).toBe(2);
    expect(addr.err).toMatch(/gpsd port must be 1\.\.65535/);
    const missing = await cli(['--log', '/nonexistent/gnss.log']);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/cannot read GNSS log \/nonexistent\/gnss\.log/);
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/v2x-edge gnss --device PATH \[--baud N\]/);
  }, 60_000);
});
