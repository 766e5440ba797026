/**
 * `v2x-edge soak` through the real entry point on a short budget: the CSV has a row per
 * interval with consistent counters, every signed BSM sent on loopback is received, decoded
 * and verified, the PNG is valid, and the exit status follows the verdict. The drive loops
 * without a gap a receiver would notice (checked on the deterministic clock).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../hal/clock.js';
import { parseDuration, PASS_GAP_MS, shiftedDrive } from '../../src/cli/commands/soak.js';
import { bundledDriveDir, loadDrive, replayDrive } from '../../src/loop/drive.js';
import { createPipeline } from '../../src/loop/pipeline.js';
import { runCli } from '../cli/run-cli.js';
import { havePython, pythonReadPng } from './png-reader.js';

const dir = mkdtempSync(join(tmpdir(), 'v2x-soak-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('v2x-edge soak', () => {
  it('samples into a CSV, verifies everything on loopback, plots a PNG, exits by the verdict', { timeout: 120_000 }, async () => {
    const csv = join(dir, 'soak.csv');
    const png = join(dir, 'soak.png');
    const r = await runCli(['soak', '--duration', '14s', '--interval', '2s', '--warmup', '4s', '--speed', '2', '--csv', csv, '--plot', png, '--json'], undefined, { timeoutMs: 90_000 });
    const s = JSON.parse(r.stdout.trim()) as { sent: number; received: number; verified: number; dropped: number; rxFailed: number; notVerified: Record<string, number>; samples: number; identityChanges: number; pass: boolean; criteria: Record<string, boolean>; missedTicks: number; rssGrowthMb: number };
    expect(r.code, r.stderr).toBe(s.pass ? 0 : 1);
    expect(r.stderr).toMatch(/RSS after warm-up .* growth/);
    // 14 s at x2 is 28 s of drive: some 280 BSMs.
    expect(s.sent).toBeGreaterThan(200);
    expect(s).toMatchObject({ dropped: 0, rxFailed: 0, notVerified: {} });
    expect(s.received).toBe(s.sent);
    expect(s.verified).toBe(s.sent);
    expect(s.identityChanges).toBeGreaterThanOrEqual(1);
    expect(s.criteria.dropped).toBe(true);

    const lines = readFileSync(csv, 'utf8').trim().split('\n');
    const header = lines[0]!.split(',');
    expect(header.slice(0, 5)).toEqual(['t', 'rssMb', 'heapUsedMb', 'heapTotalMb', 'externalMb']);
    const rows = lines.slice(1).map((l) => Object.fromEntries(l.split(',').map((v, i) => [header[i]!, Number(v)])));
    expect(rows.length).toBe(s.samples);
    expect(rows.length).toBeGreaterThanOrEqual(7);
    for (let i = 1; i < rows.length; i++) {
      expect(rows[i]!.t).toBeGreaterThan(rows[i - 1]!.t!);
      expect(rows[i]!.sent).toBeGreaterThanOrEqual(rows[i - 1]!.sent!);
    }
    const last = rows[rows.length - 1]!;
    expect(last).toMatchObject({ sent: s.sent, received: s.sent, verified: s.sent, inFlight: 0, missedTicks: s.missedTicks });
    for (const row of rows) {
      expect(row.rssMb).toBeGreaterThan(10);
      expect(row.withCertificate! + row.withDigest!).toBeGreaterThanOrEqual(row.sent!);
      // Latency and event-loop delay are measured, ordered and finite.
      for (const k of ['loopDelayP50Ms', 'loopDelayP99Ms', 'loopDelayMaxMs', 'tickToSendP50Ms', 'tickToSendP99Ms', 'tickToSendMaxMs']) expect(Number.isFinite(row[k]) && row[k]! >= 0, k).toBe(true);
      expect(row.loopDelayP50Ms).toBeLessThanOrEqual(row.loopDelayP99Ms!);
      expect(row.loopDelayP99Ms).toBeLessThanOrEqual(row.loopDelayMaxMs!);
      expect(row.tickToSendP50Ms).toBeLessThanOrEqual(row.tickToSendP99Ms!);
      expect(row.tickToSendP99Ms).toBeLessThanOrEqual(row.tickToSendMaxMs!);
    }
    // Sending a BSM takes time: every window with BSMs has a tick-to-send above zero.
    expect(rows.filter((r) => r.tickToSendP50Ms! > 0).length).toBeGreaterThanOrEqual(rows.length - 1);
    // Some 20 samples per minute of drive: the full certificate about once a second.
    expect(last.withCertificate).toBeGreaterThanOrEqual(10);

    expect(readFileSync(png).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    if (havePython) {
      const p = pythonReadPng(new Uint8Array(readFileSync(png)));
      expect(p.crcOk).toBe(true);
      expect(p.width).toBe(1200);
      expect(p.nonWhite).toBeGreaterThan(10_000);
    }
  });

  it('the drive loops with time shifted: no BSM skipped and no gap at the joins', { timeout: 60_000 }, async () => {
    const drive = loadDrive(bundledDriveDir());
    const clock = new ManualClock(drive.startMs);
    let last: number | undefined;
    let worstGap = 0;
    const p = await createPipeline({
      clock,
      edition: 'j2735-2020',
      profile: 'toyota-rav4-2017',
      sinks: [],
      timeScale: Infinity,
      onSent: (m) => {
        if (last !== undefined) worstGap = Math.max(worstGap, m.t - last);
        last = m.t;
      },
    });
    // The engine starts with the first fix (as the soak does): before it nothing can be sent.
    const sink = {
      frame: (f: Parameters<typeof p.tracker.ingest>[0]) => {
        p.tracker.ingest(f);
        p.engine.vehicleUpdated();
      },
      fix: (f: Parameters<typeof p.engine.onFix>[0]) => {
        p.engine.onFix(f);
        p.engine.start();
      },
    };
    const period = drive.endMs - drive.startMs + PASS_GAP_MS;
    for (let k = 0; k < 3; k++) await replayDrive(k === 0 ? drive : shiftedDrive(drive, k * period), clock, sink, { speed: 'max' });
    p.engine.stop();
    expect(p.engine.stats.skippedNoFix).toBe(0);
    expect(p.engine.stats.sent).toBeGreaterThan(3 * 550);
    expect(worstGap).toBeLessThanOrEqual(150);
    expect(clock.now() - drive.startMs).toBeGreaterThan(3 * 59_000);
  });

  it('durations and usage errors', async () => {
    expect([parseDuration('90s', 'x'), parseDuration('10m', 'x'), parseDuration('1h', 'x'), parseDuration('250ms', 'x'), parseDuration('3', 'x')]).toEqual([90_000, 600_000, 3_600_000, 250, 3000]);
    expect(() => parseDuration('soon', '--duration')).toThrow(/not a duration/);
    expect((await runCli(['soak', '--duration', 'soon'])).code).toBe(2);
    expect((await runCli(['soak', '--speed', '0'])).code).toBe(2);
  });
});
