/**
 * `v2x-edge run` as a user runs it: the bundled drive in real time to a UDP socket of the
 * test, to two sockets at once, at N times real time, at max speed with JSON lines, with its
 * status line on a terminal, stopped by SIGINT, with a configuration file whose errors name
 * the field, and in hardware mode on a real serial pseudo-terminal fed with the drive's NMEA.
 */
import { execFile } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { codec, type BasicSafetyMessage } from '../../asn1/generated/j2735-2020/index.js';
import { fromHex } from '../../asn1/runtime/values.js';
import { openFeed, ptyPair, ptySkipReason } from '../gnss/pty.js';
import { repoRoot, runCli, runCliOnTerminal, startCli, terminalSkipReason, untilUdpBound } from './run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'v2x-run-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A UDP socket on 127.0.0.1: the datagrams it got, and when (performance.now(), ms). */
async function listen(): Promise<{ port: number; got: Uint8Array[]; at: number[]; close: () => void }> {
  const sock = createSocket('udp4');
  const got: Uint8Array[] = [];
  const at: number[] = [];
  sock.on('message', (m) => {
    at.push(performance.now());
    got.push(new Uint8Array(m));
  });
  await new Promise<void>((r) => sock.bind(0, '127.0.0.1', () => r()));
  return { port: sock.address().port, got, at, close: () => sock.close() };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const bsm = (b: Uint8Array): BasicSafetyMessage => {
  const f = codec.decode('MessageFrame', b) as { messageId: number; value: BasicSafetyMessage };
  expect(f.messageId).toBe(20);
  return f.value;
};

describe('v2x-edge run', () => {
  it('real time for a few seconds: BSMs at 10 Hz reach a UDP socket', async () => {
    const l = await listen();
    const r = await runCli(['run', '--duration', '3', '--udp', `127.0.0.1:${l.port}`, '--quiet']);
    await new Promise((res) => setTimeout(res, 100));
    l.close();
    expect(r.code).toBe(0);
    expect(l.got.length).toBeGreaterThanOrEqual(27);
    expect(l.got.length).toBeLessThanOrEqual(31);
    const msgs = l.got.map(bsm);
    for (let i = 1; i < msgs.length; i++) expect(msgs[i]!.coreData.msgCnt).toBe((msgs[i - 1]!.coreData.msgCnt + 1) % 128);
    expect(msgs[0]!.coreData.lat).toBeGreaterThan(377200000);
    expect(r.stderr).toMatch(/v2x-edge run: \d+ BSMs in 3\.\d s/);
    expect(r.stderr).toMatch(/tick-to-send ms: p50 [\d.]+ p99 [\d.]+/);
  }, 30_000);

  it('--udp twice: both sockets get every BSM, the same datagrams in the same order', async () => {
    const a = await listen();
    const b = await listen();
    const r = await runCli(['run', '--speed', 'max', '--duration', '5', '--quiet', '--udp', `127.0.0.1:${a.port}`, '--udp', `127.0.0.1:${b.port}`]);
    await new Promise((res) => setTimeout(res, 100));
    a.close();
    b.close();
    expect(r.code, r.stderr).toBe(0);
    // 5 s of drive at 10 Hz
    expect(a.got.length).toBeGreaterThanOrEqual(45);
    expect(b.got.length).toBe(a.got.length);
    for (let i = 0; i < a.got.length; i++) expect(Buffer.from(b.got[i]!).equals(Buffer.from(a.got[i]!)), `datagram ${i}`).toBe(true);
    expect(bsm(a.got[0]!).coreData.lat).toBeGreaterThan(377200000);
    // The summary counts what each target sent.
    const sentLines = r.stderr.split('\n').filter((l) => /^ {2}udp udp:\/\/127\.0\.0\.1:\d+: sent /.test(l));
    expect(sentLines.map((l) => Number(/sent (\d+)/.exec(l)![1]))).toEqual([a.got.length, a.got.length]);
  }, 30_000);

  it('--speed 10: the drive runs ten times faster than the wall clock, still 10 BSMs a drive second', async () => {
    const speed = 10;
    const driveS = 20;
    const l = await listen();
    const t0 = performance.now();
    const r = await runCli(['run', '--speed', String(speed), '--duration', String(driveS), '--quiet', '--udp', `127.0.0.1:${l.port}`]);
    const wallMs = performance.now() - t0;
    await new Promise((res) => setTimeout(res, 100));
    l.close();
    expect(r.code, r.stderr).toBe(0);
    // 10 Hz in drive time, whatever the speed (+-15 %).
    expect(l.got.length).toBeGreaterThanOrEqual(driveS * 10 * 0.85);
    expect(l.got.length).toBeLessThanOrEqual(driveS * 10 * 1.15);
    // 100 ms of drive time between BSMs is 100/N ms of wall time (not 100 ms, not ~0 as at max).
    const gaps = l.at.slice(1).map((t, i) => t - l.at[i]!);
    const expectedGap = 100 / speed;
    expect(median(gaps)).toBeGreaterThan(expectedGap * 0.5);
    expect(median(gaps)).toBeLessThan(expectedGap * 2);
    // The 20 s drive went by in about 2 s of wall time; the whole command in far less than 20 s.
    const spanMs = l.at.at(-1)! - l.at[0]!;
    expect(spanMs).toBeGreaterThan((driveS * 1000) / speed / 2);
    expect(spanMs).toBeLessThan(((driveS * 1000) / speed) * 2);
    expect(wallMs).toBeLessThan((driveS * 1000) / 2);
    expect(r.stderr).toMatch(new RegExp(`drive: .*, ${driveS}\\.0 s of [\\d.]+ s at x${speed}\\b`));
  }, 30_000);

  it('on a terminal: the status line is redrawn in place 4 times a second with live numbers, then the summary', async (ctx) => {
    const why = terminalSkipReason();
    if (why !== undefined) ctx.skip(why);
    const l = await listen();
    const r = await runCliOnTerminal(['run', '--duration', '3', '--udp', `127.0.0.1:${l.port}`]);
    await new Promise((res) => setTimeout(res, 100));
    l.close();
    expect(r.code, r.stdout).toBe(0);
    // Each refresh goes back to the start of the line and clears it; the last clear leaves the
    // line empty for the summary. Between them, the status line alone (no newline).
    const parts = r.stdout.split('\r\x1b[K');
    expect(parts[0]).not.toMatch(/BSMs \d/);
    const refreshes = parts.slice(1, -1);
    const last = parts.at(-1)!;
    // 250 ms apart for 3 s, less the start-up
    expect(refreshes.length, r.stdout).toBeGreaterThanOrEqual(6);
    const status = /^BSMs (\d+) \| ([\d.]+)\/s \| tick-to-send p50 ([\d.]+|-) p99 ([\d.]+|-) ms \| (fix 3d|no fix) \| (37\.\d{6},-122\.\d{6} [\d.]+ km\/h|-)$/;
    for (const line of refreshes) expect(line).toMatch(status);
    const fields = refreshes.map((line) => status.exec(line)!);
    const sent = fields.map((f) => Number(f[1]));
    for (let i = 1; i < sent.length; i++) expect(sent[i]).toBeGreaterThanOrEqual(sent[i - 1]!);
    // 2.5 BSMs a refresh at 10 Hz; at least half of that
    expect(sent.at(-1)! - sent[0]!).toBeGreaterThanOrEqual((refreshes.length - 1) * 1.25);
    // By the end: the rate of the last 2 s near 10/s (start-up left out), latencies, the fix
    // and the car's position and speed.
    const end = fields.at(-1)!;
    expect(Number(end[2])).toBeGreaterThan(7);
    expect(Number(end[2])).toBeLessThan(12);
    expect(end[3]).not.toBe('-');
    expect(end[5]).toBe('fix 3d');
    expect(end[6]).not.toBe('-');
    // The summary after it, whole lines (the terminal turns \n into \r\n).
    const summaryCount = /^v2x-edge run: (\d+) BSMs in [\d.]+ s \([\d.]+\/s real time\)\r\n/.exec(last);
    expect(summaryCount, last).not.toBeNull();
    expect(Number(summaryCount![1])).toBeGreaterThanOrEqual(sent.at(-1)!);
    expect(Number(summaryCount![1])).toBe(l.got.length);
    expect(last).toMatch(/\r\n {2}tick-to-send ms: p50 [\d.]+ p99 [\d.]+/);
  }, 30_000);

  // The README's first command. `npm ci` builds the package (prepare), so dist/ is there.
  it.skipIf(!existsSync(join(repoRoot, 'dist', 'src', 'cli', 'main.js')))('`npm start` (the README\'s first command): the built command with its Node flags replays the drive', async () => {
    const l = await listen();
    // Asynchronous, so that this process reads its socket while the command sends.
    const r = await new Promise<{ status: number; stderr: string }>((res) => {
      execFile('npm', ['start', '--silent', '--', '--speed', 'max', '--quiet', '--udp', `127.0.0.1:${l.port}`], { cwd: repoRoot, encoding: 'utf8' }, (e, _out, stderr) => res({ status: e ? Number(e.code ?? 1) : 0, stderr }));
    });
    await new Promise((res) => setTimeout(res, 100));
    l.close();
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/v2x-edge run: \d+ BSMs/);
    // The whole 60 s drive at 10 Hz, every BSM decodable.
    expect(l.got.length).toBeGreaterThan(580);
    expect(bsm(l.got[0]!).coreData.lat).toBeGreaterThan(377200000);
    // The first line of the command names the flags that `env -S` passes to Node.
    expect(readFileSync(join(repoRoot, 'dist', 'src', 'cli', 'main.js'), 'utf8').split('\n')[0]).toBe('#!/usr/bin/env -S node --max-semi-space-size=4');
  }, 60_000);

  it('--speed max --json: one line per BSM with its hex, the whole drive', async () => {
    const r = await runCli(['run', '--speed', 'max', '--json', '--quiet', '--udp', '127.0.0.1:9']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { msgCnt: number; lat: number; lon: number; speed: number; hex: string });
    expect(lines.length).toBeGreaterThanOrEqual(585);
    expect(lines.length).toBeLessThanOrEqual(605);
    for (const l of lines.filter((_, i) => i % 50 === 0)) {
      const b = bsm(fromHex(l.hex));
      expect(b.coreData.msgCnt).toBe(l.msgCnt);
      expect(b.coreData.lat).toBe(Math.round(l.lat * 1e7));
      expect(b.coreData.speed).toBe(Math.round(l.speed / 0.02));
    }
  }, 60_000);

  it('SIGINT stops it cleanly with the summary', async () => {
    const l = await listen();
    const p = startCli(['run', '--udp', `127.0.0.1:${l.port}`]);
    // Stopped once it is sending (its signal handlers are in place by then).
    await vi.waitUntil(() => l.got.length >= 5, { timeout: 30_000, interval: 50 }).catch(() => undefined);
    expect(l.got.length).toBeGreaterThanOrEqual(5);
    p.child.kill('SIGINT');
    const r = await p.result;
    l.close();
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/\(stopped\)/);
    expect(r.stderr).toMatch(/v2x-edge run: \d+ BSMs/);
  }, 30_000);

  it('without --udp: BSMs to 127.0.0.1:46800; a status line every 5 s off a terminal; SIGTERM stops it with the per-stage latency', async () => {
    const sock = createSocket('udp4');
    const got: Uint8Array[] = [];
    sock.on('message', (m) => got.push(new Uint8Array(m)));
    await new Promise<void>((r) => sock.bind(46800, '127.0.0.1', () => r()));
    const p = startCli(['run']);
    // Stopped once the first status line is out (5 s after the start; up to 15 s here).
    let err = '';
    p.child.stderr!.on('data', (d: Buffer | string) => (err += d.toString()));
    for (let i = 0; i < 150 && !/^BSMs /m.test(err); i++) await new Promise((r) => setTimeout(r, 100));
    p.child.kill('SIGTERM');
    const r = await p.result;
    sock.close();
    expect(r.code).toBe(0);
    expect(got.length).toBeGreaterThan(30);
    expect(bsm(got[0]!).coreData.lat).toBeGreaterThan(377200000);
    // Not a terminal: whole lines, one per 5 s.
    const status = r.stderr.split('\n').filter((l) => l.startsWith('BSMs '));
    expect(status.length).toBe(1);
    expect(status[0]).toMatch(/^BSMs \d+ \| [\d.]+\/s \| tick-to-send p50 [\d.]+ p99 [\d.]+ ms \| fix 3d \| 37\.\d+,-122\.\d+ [\d.]+ km\/h$/);
    expect(r.stderr).toMatch(/\(stopped\)/);
    expect(r.stderr).toMatch(/stages p50\/p99 ms: wake [\d.]+\/[\d.]+, snapshot [\d.]+\/[\d.]+, build [\d.]+\/[\d.]+, encode [\d.]+\/[\d.]+, send [\d.]+\/[\d.]+/);
  }, 30_000);

  it('a configuration file: applied, and errors name the field', async () => {
    const good = join(tmp, 'good.json');
    writeFileSync(good, JSON.stringify({ messages: 'cn-csae53-2017', vehicle: { profile: 'toyota-rav4-2017', width: 2.0, length: 5.0, basicClass: 10 }, speed: 'max', duration: 5, udp: ['127.0.0.1:9'], j2945: { txJitterMs: 0 } }));
    const ok = await runCli(['run', '--config', good, '--json', '--quiet']);
    expect(ok.code).toBe(0);
    const first = JSON.parse(ok.stdout.split('\n')[0]!) as { hex: string };
    const { codec: csae } = await import('../../asn1/generated/csae53-2017/index.js');
    const v = (csae.decode('MessageFrame', fromHex(first.hex)) as { bsmFrame: { size: { width: number; length: number } } }).bsmFrame;
    expect(v.size).toEqual({ width: 200, length: 500 });
    const bad = join(tmp, 'bad.json');
    for (const [cfg, msg] of [
      [{ vehicle: { profile: 'toyota-rav4-2017', width: 20 } }, 'config.vehicle.width: must be a number from 0 to 10.23, got 20'],
      [{ udp: ['nowhere'] }, 'config.udp[0]: must be HOST:PORT'],
      [{ j2945: { txJitterMs: -1 } }, 'config.j2945.txJitterMs: must be a number from 0'],
      [{ colour: 'red' }, 'config.colour: unknown setting'],
      [{ messages: 'mars' }, 'config.messages: must be one of us-j2735-2020'],
      [{ sign: 'yes' }, 'config.sign: must be true or false'],
    ] as const) {
      writeFileSync(bad, JSON.stringify(cfg));
      const r = await runCli(['run', '--config', bad]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(msg);
    }
    expect((await runCli(['run', '--can', 'can0'])).stderr).toContain('--can needs --gnss');
  }, 60_000);

  it('--rsu sends RSU 4.1 Immediate Forward datagrams; --wsmp --pcap captures WSMP frames tshark reads', async () => {
    const l = await listen();
    const pcap = join(tmp, 'run.pcap');
    const r = await runCli(['run', '--speed', 'max', '--duration', '2', '--quiet', '--rsu', `127.0.0.1:${l.port}`, '--wsmp', '--pcap', pcap]);
    await new Promise((res) => setTimeout(res, 100));
    l.close();
    expect(r.code).toBe(0);
    expect(l.got.length).toBeGreaterThanOrEqual(18);
    const text = Buffer.from(l.got[0]!).toString('latin1');
    const lines = text.trim().split('\n');
    expect(lines.slice(0, 11)).toEqual(['Version=0.7', 'Type=BSM', 'PSID=0x20', expect.stringMatching(/^Priority=\d$/), expect.stringMatching(/^TxMode=(CONT|ALT)$/), expect.stringMatching(/^TxChannel=\d+$/), 'TxInterval=0', 'DeliveryStart=', 'DeliveryStop=', expect.stringMatching(/^Signature=(True|False)$/), 'Encryption=False']);
    const payload = /^Payload=([0-9A-Fa-f]+)$/.exec(lines[11]!)![1]!;
    expect(bsm(fromHex(payload)).coreData.lat).toBeGreaterThan(377200000);
    const { spawnSync } = await import('node:child_process');
    const t = spawnSync('tshark', ['-r', pcap, '-T', 'fields', '-e', 'frame.protocols'], { encoding: 'utf8' });
    if (t.error) return; // tshark missing: the transport tests say so
    const protos = t.stdout.trim().split('\n');
    expect(protos.filter((x) => x.includes('wsmp:ieee1609dot2')).length).toBe(l.got.length);
    expect(protos.filter((x) => x.endsWith('ip:udp:data')).length).toBe(l.got.length);
  }, 60_000);

  it('the configuration file sets the IFM table, the Signature meaning and the WSMP information elements; a bad PSID is refused by name', async () => {
    const rsu = await listen();
    const air = await listen();
    const cfg = join(tmp, 'rsu.json');
    writeFileSync(cfg, JSON.stringify({
      speed: 'max', duration: 2, udp: [], rsu: `127.0.0.1:${rsu.port}`, wsmp: `127.0.0.1:${air.port}`,
      ifm: { signatureMeaning: 'rsu-signs', hexCase: 'lower', messages: { BSM: { priority: 5, txMode: 'ALT', txChannel: 172 } } },
      wsmpOptions: { channel: 172, dataRate: 12, txPowerDbm: 20 },
    }));
    const r = await runCli(['run', '--config', cfg, '--quiet']);
    await new Promise((res) => setTimeout(res, 100));
    rsu.close();
    air.close();
    expect(r.code, r.stderr).toBe(0);
    expect(rsu.got.length).toBeGreaterThanOrEqual(18);
    const lines = Buffer.from(rsu.got[0]!).toString('latin1').trim().split('\n');
    expect(lines.slice(2, 6)).toEqual(['PSID=0x20', 'Priority=5', 'TxMode=ALT', 'TxChannel=172']);
    // rsu-signs: True asks the RSU to sign the (unsigned) payload.
    expect(lines[9]).toBe('Signature=True');
    expect(lines[11]).toMatch(/^Payload=[0-9a-f]+$/);
    const { decodeWsmp } = await import('../../src/transport/wsmp.js');
    expect(air.got.length).toBe(rsu.got.length);
    expect(decodeWsmp(air.got[0]!)).toMatchObject({ psid: 0x20, channel: 172, dataRate: 12, txPowerDbm: 20 });

    // SPaT's PSID written plain (0x82) instead of P-encoded (0x8002): refused, naming the message.
    writeFileSync(cfg, JSON.stringify({ speed: 'max', duration: 1, rsu: '127.0.0.1:9', ifm: { messages: { SPAT: { psid: 0x82 } } } }));
    const bad = await runCli(['run', '--config', cfg, '--quiet']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/SPAT/);
    expect(bad.stderr).toMatch(/0x8002/);
    // A setting the schema does not know is named with its path.
    writeFileSync(cfg, JSON.stringify({ ifm: { messages: { BSM: { txMode: 'BURST' } } } }));
    const unknown = await runCli(['run', '--config', cfg, '--quiet']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/config\.ifm\.messages\.BSM\.txMode: must be one of CONT, ALT/);
  }, 60_000);

  it('--listen: a second vehicle hears the first one\'s BSMs (for congestion control)', async () => {
    const probe = await listen();
    const port = probe.port;
    probe.close();
    // b listens until stopped; a sends for 3 s once b is listening: b hears every BSM a sent.
    const b = startCli(['run', '--listen', `udp://127.0.0.1:${port}`, '--udp', '127.0.0.1:9', '--quiet']);
    await untilUdpBound(port);
    const a = await runCli(['run', '--duration', '3', '--udp', `127.0.0.1:${port}`, '--quiet']);
    await new Promise((res) => setTimeout(res, 300));
    b.child.kill('SIGINT');
    const rb = await b.result;
    expect(a.code).toBe(0);
    expect(rb.code).toBe(0);
    const sent = /v2x-edge run: (\d+) BSMs/.exec(a.stderr);
    expect(Number(sent![1])).toBeGreaterThanOrEqual(25);
    const heard = /heard: (\d+) BSMs from other vehicles/.exec(rb.stderr);
    expect(heard, rb.stderr).not.toBeNull();
    expect(Number(heard![1])).toBe(Number(sent![1]));
  }, 60_000);

  it('--sign --certs DIR: IEEE 1609.2 signed BSMs that a receiver trusting the directory verifies', async () => {
    const certs = join(tmp, 'certs');
    expect((await runCli(['certs', 'init', '--dir', certs])).code).toBe(0);
    const l = await listen();
    const r = await runCli(['run', '--duration', '3', '--sign', '--certs', certs, '--udp', `127.0.0.1:${l.port}`, '--quiet']);
    await new Promise((res) => setTimeout(res, 100));
    l.close();
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/signed: \d+ \(full certificate \d+, digest \d+\)/);
    expect(l.got.length).toBeGreaterThanOrEqual(25);
    const { createVerifier } = await import('../../src/security/index.js');
    const v = createVerifier({ trust: certs });
    const statuses = l.got.map((b) => v.verify(b));
    // the first message carries the full certificate; digests after it verify from the cache
    expect(statuses.filter((s) => s.verified).length).toBe(l.got.length);
    expect(bsm((statuses[0] as { payload: Uint8Array }).payload).coreData.lat).toBeGreaterThan(377200000);
  }, 60_000);

  it.skipIf(ptySkipReason() !== undefined)('hardware mode: a serial GNSS receiver (real pty) gives BSMs at its positions', async () => {
    const pair = await ptyPair('gnss');
    const l = await listen();
    try {
      const p = startCli(['run', '--gnss', pair.devicePath, '--baud', '115200', '--duration', '3', '--udp', `127.0.0.1:${l.port}`, '--quiet']);
      const feed = await openFeed(pair);
      const nmea = readFileSync(join(repoRoot, 'data', 'drives', 'toyota-rav4-2017-seg40', 'gnss.nmea'), 'utf8').split('\n');
      // 10 Hz: GGA, RMC, VTG per epoch
      for (let i = 0; i + 2 < nmea.length && i < 150; i += 3) {
        await feed.write(nmea.slice(i, i + 3).join('\n') + '\n');
        await new Promise((r) => setTimeout(r, 100));
      }
      const r = await p.result;
      await feed.close();
      expect(r.code).toBe(0);
      expect(l.got.length).toBeGreaterThanOrEqual(15);
      const msgs = l.got.map(bsm);
      // positions are the fed fixes': latitude of the drive, speed from GNSS (no CAN), vehicle data unavailable
      for (const m of msgs) {
        expect(m.coreData.lat).toBeGreaterThan(377200000);
        expect(m.coreData.lat).toBeLessThan(377300000);
        expect(m.coreData.angle).toBe(127);
      }
      expect(r.stderr).toMatch(/inputs: GNSS /);
    } finally {
      l.close();
      await pair.dispose();
    }
  }, 30_000);
});
