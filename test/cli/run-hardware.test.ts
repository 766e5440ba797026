/**
 * `v2x-edge run` in hardware mode with `--gnss gpsd://HOST:PORT`: Debian's gpsd, fed by
 * gpsfake with the RAV4 drive's NMEA in real time (10 Hz), the BSMs received on a UDP socket
 * of the test and decoded with the J2735 codec. The command starts before gpsd is there, so
 * it runs for a while without any fix.
 */
import { createSocket } from 'node:dgram';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codec, type BasicSafetyMessage } from '../../asn1/generated/j2735-2020/index.js';
import { fixturePath } from '../gnss/fixtures.js';
import { freePort, gpsdPidsForPort, gpsdSkipReason, startGpsfake } from '../gnss/gpsd-harness.js';
import { startCli } from './run-cli.js';

const skip = gpsdSkipReason();
if (skip !== undefined) process.stdout.write(`[run] ${skip}\n`);

const LOG = 'toyota_rav4_2017_comma2k19_seg40_ublox_derived.nmea';
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

interface LogFix { lat: number; lon: number; speed: number }

/**
 * The log's fixes by their millisecond of the minute (what a BSM's secMark carries), read
 * from the GGA (position) and RMC (speed, knots) sentences. Only the first 50 s: the 60 s
 * log comes round to the same milliseconds of the minute at its end.
 */
function logFixes(): Map<number, LogFix> {
  const deg = (v: string, hemi: string, degDigits: number): number => {
    const d = Number(v.slice(0, degDigits)) + Number(v.slice(degDigits)) / 60;
    return hemi === 'S' || hemi === 'W' ? -d : d;
  };
  const msOfMinute = (hhmmss: string): number => Math.round(Number(hhmmss.slice(4)) * 1000);
  const out = new Map<number, LogFix>();
  let first: number | undefined;
  for (const line of readFileSync(fixturePath(LOG), 'latin1').split(/\r?\n/)) {
    const f = line.slice(0, line.indexOf('*')).split(',');
    const secs = Number(f[1]!.slice(0, 2)) * 3600 + Number(f[1]!.slice(2, 4)) * 60 + Number(f[1]!.slice(4));
    first ??= secs;
    if (secs - first >= 50) break;
    const key = msOfMinute(f[1]!);
    if (f[0] === '$GPGGA') out.set(key, { lat: deg(f[2]!, f[3]!, 2), lon: deg(f[4]!, f[5]!, 3), speed: NaN });
    if (f[0] === '$GPRMC') out.get(key)!.speed = Number(f[7]) * 1852 / 3600;
  }
  return out;
}

describe.skipIf(skip !== undefined)('v2x-edge run --gnss gpsd:// (gpsd fed by gpsfake)', () => {
  it('no BSM before the first fix; then BSMs at the positions and speeds of the fixes gpsd serves; SIGINT stops it with the summary', async (ctx) => {
    const fixes = logFixes();
    const sock = createSocket('udp4');
    const got: Uint8Array[] = [];
    sock.on('message', (m) => got.push(new Uint8Array(m)));
    await new Promise<void>((r) => sock.bind(0, '127.0.0.1', () => r()));
    ctx.onTestFinished(() => { sock.close(); });
    const port = await freePort();

    // The command first, with nothing on the gpsd port: its engine runs, but there is no fix.
    const cli = startCli(['run', '--gnss', `gpsd://127.0.0.1:${port}`, '--udp', `127.0.0.1:${sock.address().port}`, '--quiet']);
    ctx.onTestFinished(() => { if (cli.child.exitCode === null) cli.child.kill('SIGKILL'); });
    let err = '';
    cli.child.stderr!.on('data', (d: Buffer) => { err += d.toString(); });
    const t0 = Date.now();
    while (!err.includes(`GNSS 127.0.0.1:${port}: reconnecting`)) {
      if (Date.now() - t0 > 15_000 || cli.child.exitCode !== null) throw new Error(`the command did not try gpsd:\n${err}`);
      await sleep(20);
    }

    // gpsd comes up (gpsfake waits 1.4 s before feeding the log at 10 epochs a second).
    const g = await startGpsfake(fixturePath(LOG), { port, cycle: 0.1 / 3 });
    ctx.onTestFinished(async () => {
      await g.stop();
      expect(gpsdPidsForPort(port)).toEqual([]);
    });
    const noFixFor = Date.now() - t0;
    expect(noFixFor).toBeGreaterThan(300);
    expect(got.length, `sent without a fix in ${noFixFor} ms`).toBe(0);

    const t1 = Date.now();
    while (got.length < 40 && Date.now() - t1 < 12_000) await sleep(20);
    cli.child.kill('SIGINT');
    const r = await cli.result;
    await sleep(100);

    expect(r.code, r.stderr).toBe(0);
    expect(got.length).toBeGreaterThanOrEqual(40);
    const msgs = got.map((b) => {
      const f = codec.decode('MessageFrame', b) as { messageId: number; value: BasicSafetyMessage };
      expect(f.messageId).toBe(20);
      return f.value.coreData;
    });
    // Every BSM is at a fix of the log: the one of its time (secMark, ms of the minute).
    for (const [i, m] of msgs.entries()) {
      const f = fixes.get(m.secMark);
      if (f === undefined) expect.fail(`BSM ${i}: secMark ${m.secMark} is not the time of a fix of the log`);
      expect(Math.abs(m.lat / 1e7 - f.lat), `BSM ${i} latitude`).toBeLessThanOrEqual(1e-7);
      expect(Math.abs(m.long / 1e7 - f.lon), `BSM ${i} longitude`).toBeLessThanOrEqual(1e-7);
      // No CAN: the speed is the receiver's.
      expect(Math.abs(m.speed * 0.02 - f.speed), `BSM ${i} speed`).toBeLessThanOrEqual(0.02);
    }
    // The fixes advance with the log (a moving car), in order.
    const marks = msgs.map((m) => m.secMark);
    marks.forEach((s, i) => { if (i > 0) expect(s).toBeGreaterThanOrEqual(marks[i - 1]!); });
    expect(new Set(marks).size).toBeGreaterThanOrEqual(30);

    // The summary: every BSM it counts reached the socket; the time without a fix was skipped.
    const count = /^v2x-edge run: (\d+) BSMs in [\d.]+ s/m.exec(r.stderr);
    expect(count, r.stderr).not.toBeNull();
    expect(Number(count![1])).toBe(got.length);
    const skipped = /skipped without a valid fix (\d+)/.exec(r.stderr);
    expect(Number(skipped?.[1])).toBeGreaterThanOrEqual(3);
    expect(r.stderr).toContain(`inputs: GNSS 127.0.0.1:${port}`);
    expect(r.stderr).toContain('  stopped by: SIGINT\n');
    expect(r.stderr).toMatch(new RegExp(`udp udp://127\\.0\\.0\\.1:${sock.address().port}: sent ${got.length} \\(\\d+ octets\\), errors 0`));
  }, 30_000);
});
