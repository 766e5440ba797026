/** `v2x-edge can dump --iface vcan0 --profile ...`: decoded signals of a live interface, fed by canplayer. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SocketCanBus } from '../../hal/can/socketcan.js';
import { dumpRows, runCanCaptured, startCan, type DumpRow } from '../can/cli-io.js';
import { RAV4_LOG } from '../can/fixtures.js';
import { sh, skipReason, vcan0 } from './env.js';

const stamp = (l: string): number => Number(l.slice(1, l.indexOf(')')));
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
/** What a decoded line says about the frame, without where and when it was received. */
const content = (r: DumpRow): Omit<DumpRow, 't' | 'channel'> => {
  const { t: _t, channel: _c, ...rest } = r;
  return rest;
};

// The first 3 s of the RAV4 drive, as a file for canplayer and for the offline decode.
const allLines = readFileSync(RAV4_LOG, 'latin1').split('\n').filter((l) => l.length > 0);
const part = allLines.filter((l) => stamp(l) < stamp(allLines[0]!) + 3);
let dir = '';
let partLog = '';

describe.skipIf(skipReason !== undefined)('v2x-edge can dump --profile on vcan', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'vcan-dump-decoded-'));
    partLog = join(dir, 'rav4-first3s.log');
    writeFileSync(partLog, part.join('\n') + '\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('decodes the RAV4 frames canplayer puts on vcan0 as the offline decode of the same log does', async () => {
    const offline = await runCanCaptured(['dump', '--log', partLog, '--profile', 'toyota-rav4-2017']);
    expect(offline.code).toBe(0);
    const want = dumpRows(offline.lines);
    expect(want.length).toBe(part.length);

    const ac = new AbortController();
    let text = '';
    const cli = startCan(['dump', '--iface', vcan0, '--profile', 'toyota-rav4-2017'], {
      openBus: (i) => new SocketCanBus(i),
      signal: ac.signal,
      onOut: (t) => { text += t; },
    });
    // started once it prints a marker frame (an id the DBC does not define)
    const t0 = Date.now();
    while (!text.includes('"id":"7EE"')) {
      if (Date.now() - t0 > 30_000) throw new Error('can dump did not start');
      sh('cansend', vcan0, '7EE#');
      await sleep(200);
    }
    const rows = (): DumpRow[] => dumpRows(text.split('\n').filter((l) => l.length > 0)).filter((r) => r.id !== '7EE');
    expect(await new Promise<number>((resolve, reject) => {
      const p = spawn('canplayer', ['-I', partLog, `${vcan0}=can0`], { stdio: ['ignore', 'inherit', 'inherit'] });
      p.once('error', reject);
      p.once('exit', (code) => resolve(code ?? -1));
    })).toBe(0);
    const t1 = Date.now();
    while (rows().length < part.length && Date.now() - t1 < 10_000) await sleep(50);
    ac.abort();
    const r = await cli.done;
    expect(r.code).toBe(0);
    expect(r.err).toBe(`can: ${vcan0} active\ncan: ${vcan0} closed\n`);

    const got = rows();
    expect(got.length).toBe(part.length);
    expect(new Set(got.map((x) => x.channel))).toEqual(new Set([vcan0]));
    // the decoded signals of every frame equal the offline decode, in order
    got.forEach((x, i) => expect(content(x), `frame ${i}: ${part[i]}`).toEqual(content(want[i]!)));
    expect(got.filter((x) => x.message !== null).length).toBeGreaterThan(500);
    // independently of the decoder: SPEED (0B4, 47|16@0+, 0.01 km/h) is bytes 5..6 big-endian
    const speeds = part.flatMap((l, i) => {
      const m = / 0B4#([0-9A-F]{16})$/.exec(l);
      return m === null ? [] : [{ i, raw: parseInt(m[1]!.slice(10, 14), 16) }];
    });
    expect(speeds.length).toBeGreaterThan(100);
    for (const { i, raw } of speeds) {
      expect(got[i]!.message).toBe('SPEED');
      expect(got[i]!.signals!.SPEED).toBeCloseTo(raw * 0.01, 9);
    }
    // the times are the bus's receive times, with the recorded pacing (3 s of log)
    const times = got.map((x) => x.t);
    times.forEach((t, i) => { if (i > 0) expect(t).toBeGreaterThanOrEqual(times[i - 1]!); });
    expect(times[times.length - 1]! - times[0]!).toBeGreaterThan(stamp(part[part.length - 1]!) - stamp(part[0]!) - 0.1);
    expect(Math.abs(times[0]! - Date.now() / 1000)).toBeLessThan(120);
  });
});
