/**
 * `v2x-edge soak`: the endurance run. The bundled drive is replayed in a loop (each pass
 * shifted in time so the clock and the GNSS fixes run on without a break) through the whole
 * broadcast loop with signing on (a pseudonym pool, rotation with the identity changes), the
 * signed BSMs go over UDP on loopback to a receiver in the same process that recognises,
 * decodes and verifies each one. Every interval the run samples RSS and heap, event-loop
 * delay, tick-to-send percentiles and the counters into a CSV; `--plot` draws them as a PNG.
 *
 * Verdict (exit 0 when every line holds):
 * - RSS growth after warm-up under `--max-rss-growth` MB (default 5): the median of the last
 *   three samples against the median of the three samples ending the warm-up. The warm-up
 *   (default 10 min) covers V8 sizing its heap: at this loop's allocation rate the old
 *   generation reaches its working size in steps over the first 10 minutes (measured: heap
 *   total 18 -> 23 -> 28 MB at 5.5 and 10 min while heap used after collection stays flat);
 * - no missed ticks: no gap between consecutive BSMs longer than 1.5 transmission intervals
 *   (of drive time), no BSM skipped for want of a fix;
 * - nothing dropped on loopback: every BSM sent was received, decoded and verified.
 */
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { loadEdition } from '../../../asn1/editions.js';
import { ScaledClock } from '../../../hal/clock.js';
import type { GnssFix } from '../../../hal/gnss/types.js';
import { profileNamed, PROFILES } from '../../config/profiles.js';
import { bundledDriveDir, loadDrive, replayDrive, type Drive } from '../../loop/drive.js';
import { Histogram } from '../../loop/histogram.js';
import { createPipeline } from '../../loop/pipeline.js';
import { RxPipeline } from '../../rx/pipeline.js';
import { UdpListener } from '../../rx/udp-source.js';
import { createSecuredSinks, createSigner, createVerifier, initCertificateDirectory } from '../../security/index.js';
import { decodeWsmp } from '../../transport/wsmp.js';
import { flag, parseArgs, str, UsageError } from '../args.js';
import { plot, type Rgb } from './_soak-plot.js';

export const summary = 'endurance run: the drive in a loop, signed, verified on loopback; CSV of RSS, loop delay, latency, counters; --plot PNG';

const usage = `usage: v2x-edge soak [options]
  --duration D        how long to run (default 1h; e.g. 90s, 10m, 1h, or seconds)
  --interval D        sampling period (default 10s)
  --warmup D          the first part not judged for memory growth (default 10m, at most a quarter)
  --csv FILE          the samples (default soak.csv)
  --plot FILE.png     draw the samples as a PNG at the end
  --certs DIR         certificate directory (default: a new chain in a temporary folder)
  --speed N           replay speed (default 1, real time)
  --messages P        message set: ${Object.keys(PROFILES).join(', ')}
  --wsmp              send signed WSMP frames (default: signed 1609.2 data as the datagram)
  --max-rss-growth MB the memory criterion (default 5)
  --json              print the summary as JSON on stdout
  --quiet             no progress lines
exit status: 0 when the run meets every criterion, 1 when not, 2 for a usage error`;

export function parseDuration(s: string, what: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(s.trim());
  if (!m) throw new UsageError(`${what}: '${s}' is not a duration (90s, 10m, 1h)`);
  const v = Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] ?? 's']!;
  if (!(v > 0)) throw new UsageError(`${what} must be more than 0`);
  return v;
}

export interface SoakOptions {
  durationMs: number;
  intervalMs: number;
  warmupMs: number;
  csv: string;
  plot?: string;
  certs?: string;
  speed: number;
  messages: string;
  wsmp: boolean;
  maxRssGrowthMb: number;
  /** Progress lines. */
  log?: (line: string) => void;
  /** Problems (missed ticks, send errors): shown even when progress is not. */
  warn?: (line: string) => void;
  signal?: AbortSignal;
}

export interface Sample {
  t: number;
  rssMb: number;
  heapUsedMb: number;
  heapTotalMb: number;
  externalMb: number;
  loopDelayP50Ms: number;
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
  tickToSendP50Ms: number;
  tickToSendP99Ms: number;
  tickToSendMaxMs: number;
  sent: number;
  received: number;
  decoded: number;
  verified: number;
  notVerified: number;
  rxFailed: number;
  inFlight: number;
  missedTicks: number;
  skippedNoFix: number;
  identityChanges: number;
  withCertificate: number;
  withDigest: number;
  signErrors: number;
  sinkErrors: number;
  certificateCache: number;
  replayEntries: number;
  drivePasses: number;
}

const COLUMNS: (keyof Sample)[] = ['t', 'rssMb', 'heapUsedMb', 'heapTotalMb', 'externalMb', 'loopDelayP50Ms', 'loopDelayP99Ms', 'loopDelayMaxMs', 'tickToSendP50Ms', 'tickToSendP99Ms', 'tickToSendMaxMs', 'sent', 'received', 'decoded', 'verified', 'notVerified', 'rxFailed', 'inFlight', 'missedTicks', 'skippedNoFix', 'identityChanges', 'withCertificate', 'withDigest', 'signErrors', 'sinkErrors', 'certificateCache', 'replayEntries', 'drivePasses'];

export interface SoakSummary {
  durationS: number;
  samples: number;
  drivePasses: number;
  sent: number;
  received: number;
  verified: number;
  notVerified: Record<string, number>;
  rxFailed: number;
  dropped: number;
  missedTicks: number;
  skippedNoFix: number;
  identityChanges: number;
  rssWarmMb: number;
  rssEndMb: number;
  rssGrowthMb: number;
  rssMaxMb: number;
  tickToSendP99Ms: number;
  tickToSendMaxMs: number;
  loopDelayMaxMs: number;
  criteria: { rssGrowth: boolean; missedTicks: boolean; dropped: boolean };
  pass: boolean;
}

/** Time from the end of one pass of the drive to the start of the next (one transmission interval). */
export const PASS_GAP_MS = 100;

/** The drive moved `offsetMs` later (frames, fixes, bounds). */
export function shiftedDrive(d: Drive, offsetMs: number): Drive {
  return {
    ...d,
    frameTime: (i) => d.frameTime(i) + offsetMs,
    frameAt: (i) => {
      const f = d.frameAt(i);
      return { ...f, timestamp: (f.timestamp ?? 0) + offsetMs / 1000 };
    },
    fixes: d.fixes.map((f): GnssFix => ({ ...f, time: f.time === undefined ? undefined : f.time + offsetMs })),
    startMs: d.startMs + offsetMs,
    endMs: d.endMs + offsetMs,
  };
}

const mb = (b: number): number => Number((b / 1048576).toFixed(2));
const ms3 = (v: number): number => (Number.isFinite(v) ? Number(v.toFixed(3)) : 0);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
}

/** Runs the soak; resolves with the samples and the verdict. */
export async function soak(o: SoakOptions): Promise<{ samples: Sample[]; summary: SoakSummary }> {
  const log = o.log ?? (() => {});
  const warn = o.warn ?? log;
  const edition = profileNamed(o.messages).edition;
  const drive = loadDrive(bundledDriveDir());
  let tmpCerts: string | undefined;
  if (!o.certs) {
    tmpCerts = mkdtempSync(join(tmpdir(), 'v2x-soak-certs-'));
    await initCertificateDirectory({ dir: tmpCerts, pseudonyms: 20 });
  }
  const certsDir = o.certs ?? tmpCerts!;
  const signer = await createSigner({ certsDir });
  const verifier = createVerifier({ trust: certsDir });
  const codec = await loadEdition(edition);
  const rx = new RxPipeline({ codec, edition });
  const c = { received: 0, decoded: 0, verified: 0, rxFailed: 0, notVerified: {} as Record<string, number> };
  const listener = new UdpListener({
    listen: 'udp://127.0.0.1:0',
    onDatagram: (bytes, source, at) => {
      c.received++;
      const r = rx.ingest(bytes, source, at);
      if (!r.ok) {
        c.rxFailed++;
        return;
      }
      c.decoded++;
      const v = verifier.verify(o.wsmp ? decodeWsmp(bytes).data : bytes);
      if (v.verified) c.verified++;
      else c.notVerified[v.status] = (c.notVerified[v.status] ?? 0) + 1;
    },
    onError: (e) => warn(`receiver: ${e.message}`),
  });
  const port = (await listener.ready()).port;
  const sinkErrors = { n: 0 };
  const sinks = createSecuredSinks(o.wsmp ? { wsmp: `udp://127.0.0.1:${port}` } : { udp: [`127.0.0.1:${port}`] }, signer);
  for (const s of [sinks.stage, ...sinks.sinks]) s.onError = (e) => {
    sinkErrors.n++;
    if (sinkErrors.n <= 10) warn(`${s.name}: ${e.message}`);
  };

  const clock = new ScaledClock(drive.startMs, o.speed);
  const t0 = performance.now();
  let window = new Histogram();
  const whole = new Histogram();
  let sent = 0;
  let missed = 0;
  let lastSentAt: number | undefined;
  const p = await createPipeline({
    clock,
    edition,
    profile: 'toyota-rav4-2017',
    sinks: [sinks.stage],
    timeScale: o.speed,
    onIdentityChange: signer.onIdentityChange,
    onSent: (m) => {
      sent++;
      window.record(m.tickToSendMs);
      whole.record(m.tickToSendMs);
      const interval = p.engine.stats.intervalMs;
      if (lastSentAt !== undefined && m.t - lastSentAt > 1.5 * interval) {
        missed += Math.max(1, Math.round((m.t - lastSentAt) / interval) - 1);
        warn(`missed tick: ${(m.t - lastSentAt).toFixed(0)} ms between two BSMs (interval ${interval.toFixed(0)} ms) at ${((performance.now() - t0) / 1000).toFixed(1)} s, ${(((m.t - drive.startMs) % (drive.endMs - drive.startMs + PASS_GAP_MS)) / 1000).toFixed(1)} s into a drive pass, ${m.trigger}`);
      }
      lastSentAt = m.t;
    },
    log,
  });

  // The histogram holds the time between its timer's ticks: the delay is what exceeds the resolution.
  const LOOP_RESOLUTION_MS = 10;
  const loopDelay = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
  const delayMs = (ns: number): number => ms3(Math.max(0, ns / 1e6 - LOOP_RESOLUTION_MS));
  loopDelay.enable();
  const samples: Sample[] = [];
  let passes = 0;
  writeFileSync(o.csv, COLUMNS.join(',') + '\n');
  const take = (): void => {
    const m = process.memoryUsage();
    const e = p.engine.stats;
    const s: Sample = {
      t: Number(((performance.now() - t0) / 1000).toFixed(1)),
      rssMb: mb(m.rss),
      heapUsedMb: mb(m.heapUsed),
      heapTotalMb: mb(m.heapTotal),
      externalMb: mb(m.external),
      loopDelayP50Ms: delayMs(loopDelay.percentile(50)),
      loopDelayP99Ms: delayMs(loopDelay.percentile(99)),
      loopDelayMaxMs: delayMs(loopDelay.max),
      tickToSendP50Ms: ms3(window.percentile(50)),
      tickToSendP99Ms: ms3(window.percentile(99)),
      tickToSendMaxMs: ms3(window.count ? window.max : 0),
      sent,
      received: c.received,
      decoded: c.decoded,
      verified: c.verified,
      notVerified: Object.values(c.notVerified).reduce((a, b) => a + b, 0),
      rxFailed: c.rxFailed,
      inFlight: sent - c.received,
      missedTicks: missed,
      skippedNoFix: e.skippedNoFix,
      identityChanges: e.identityChanges,
      withCertificate: signer.stats.withCertificate,
      withDigest: signer.stats.withDigest,
      signErrors: signer.stats.errors,
      sinkErrors: sinkErrors.n,
      certificateCache: verifier.cache.stats.size,
      replayEntries: verifier.replayEntries,
      drivePasses: passes,
    };
    samples.push(s);
    loopDelay.reset();
    window = new Histogram();
    appendFileSync(o.csv, COLUMNS.map((k) => s[k]).join(',') + '\n');
    log(`${s.t.toFixed(0).padStart(5)} s  RSS ${s.rssMb.toFixed(1)} MB  heap ${s.heapUsedMb.toFixed(1)} MB  loop delay p99 ${s.loopDelayP99Ms} ms  tick-to-send p99 ${s.tickToSendP99Ms} ms  sent ${s.sent} verified ${s.verified}  missed ${s.missedTicks}`);
  };

  const ctl = new AbortController();
  const stopTimer = setTimeout(() => ctl.abort(), o.durationMs);
  const onOuter = (): void => ctl.abort();
  o.signal?.addEventListener('abort', onOuter, { once: true });
  // The last sample is taken after the stop, once the last datagrams are in.
  const sampler = setInterval(() => {
    if (!ctl.signal.aborted) take();
  }, o.intervalMs);
  const period = drive.endMs - drive.startMs + PASS_GAP_MS;
  const sink = {
    frame: (f: Parameters<typeof p.tracker.ingest>[0]) => {
      p.tracker.ingest(f);
      p.engine.vehicleUpdated();
    },
    fix: (f: GnssFix) => {
      p.engine.onFix(f);
      // Started with the first fix: before it no BSM can go out, and none is missed.
      p.engine.start();
    },
  };
  while (!ctl.signal.aborted) {
    await replayDrive(passes === 0 ? drive : shiftedDrive(drive, passes * period), clock, sink, { speed: o.speed, signal: ctl.signal });
    if (!ctl.signal.aborted) passes++;
  }
  clearTimeout(stopTimer);
  clearInterval(sampler);
  o.signal?.removeEventListener('abort', onOuter);
  p.engine.stop();
  // Let the last datagrams arrive, then take the final sample.
  for (let i = 0; i < 20 && c.received < sent; i++) await new Promise((r) => setTimeout(r, 50));
  take();
  loopDelay.disable();
  await sinks.close();
  await listener.close();
  if (tmpCerts) rmSync(tmpCerts, { recursive: true, force: true });

  const warm = samples.filter((s) => s.t * 1000 <= o.warmupMs).slice(-3);
  const end = samples.slice(-3);
  const rssWarmMb = median((warm.length ? warm : samples.slice(0, 1)).map((s) => s.rssMb));
  const rssEndMb = median(end.map((s) => s.rssMb));
  const last = samples[samples.length - 1]!;
  const dropped = sent - c.received;
  const notVerified = Object.values(c.notVerified).reduce((a, b) => a + b, 0);
  const criteria = {
    rssGrowth: rssEndMb - rssWarmMb < o.maxRssGrowthMb,
    missedTicks: missed === 0 && last.skippedNoFix === 0,
    dropped: dropped === 0 && c.rxFailed === 0 && notVerified === 0 && signer.stats.errors === 0 && sinkErrors.n === 0,
  };
  const summary: SoakSummary = {
    durationS: last.t,
    samples: samples.length,
    drivePasses: passes,
    sent,
    received: c.received,
    verified: c.verified,
    notVerified: c.notVerified,
    rxFailed: c.rxFailed,
    dropped,
    missedTicks: missed,
    skippedNoFix: last.skippedNoFix,
    identityChanges: last.identityChanges,
    rssWarmMb,
    rssEndMb,
    rssGrowthMb: Number((rssEndMb - rssWarmMb).toFixed(2)),
    rssMaxMb: Math.max(...samples.map((s) => s.rssMb)),
    tickToSendP99Ms: ms3(whole.percentile(99)),
    tickToSendMaxMs: ms3(whole.max),
    loopDelayMaxMs: Math.max(...samples.map((s) => s.loopDelayMaxMs)),
    criteria,
    pass: criteria.rssGrowth && criteria.missedTicks && criteria.dropped,
  };
  if (o.plot) writeFileSync(o.plot, plotSamples(samples, summary, o));
  return { samples, summary };
}

const BLUE: Rgb = [31, 119, 180];
const ORANGE: Rgb = [230, 120, 20];
const GREEN: Rgb = [40, 160, 60];
const PURPLE: Rgb = [140, 80, 170];
const RED: Rgb = [200, 30, 30];

/** The samples as a PNG: memory, event-loop delay, tick-to-send, traffic, problems. */
export function plotSamples(samples: Sample[], s: SoakSummary, o: Pick<SoakOptions, 'maxRssGrowthMb' | 'speed' | 'wsmp'>): Uint8Array {
  const x = samples.map((v) => v.t / 60);
  const per = (k: keyof Sample): (number | undefined)[] => samples.map((v, i) => (i === 0 ? undefined : (v[k] as number) - (samples[i - 1]![k] as number)));
  const verdict = `${s.pass ? 'PASS' : 'FAIL'}: RSS GROWTH ${s.rssGrowthMb} MB (< ${o.maxRssGrowthMb}), MISSED TICKS ${s.missedTicks}, DROPPED ${s.dropped}, NOT VERIFIED ${Object.values(s.notVerified).reduce((a, b) => a + b, 0)}`;
  return plot({
    title: `v2x-edge soak: ${(s.durationS / 60).toFixed(1)} min, ${s.sent} signed BSMs${o.speed !== 1 ? ` (x${o.speed})` : ''}`,
    subtitle: verdict,
    x,
    xLabel: 'minutes',
    panels: [
      { title: 'memory (MB)', series: [{ label: 'RSS', color: BLUE, values: samples.map((v) => v.rssMb) }, { label: 'heap used', color: ORANGE, values: samples.map((v) => v.heapUsedMb) }] },
      { title: 'event-loop delay (ms)', series: [{ label: 'p99', color: BLUE, values: samples.map((v) => v.loopDelayP99Ms) }, { label: 'max', color: ORANGE, values: samples.map((v) => v.loopDelayMaxMs) }], minTop: 20 },
      { title: 'tick to send (ms)', series: [{ label: 'p50', color: GREEN, values: samples.map((v) => v.tickToSendP50Ms) }, { label: 'p99', color: BLUE, values: samples.map((v) => v.tickToSendP99Ms) }], limit: { value: 2, label: 'p99 target 2 ms' }, minTop: 2 },
      { title: `BSMs per sample (${o.wsmp ? 'WSMP' : '1609.2'} over UDP loopback)`, series: [{ label: 'sent', color: BLUE, values: per('sent') }, { label: 'verified', color: GREEN, values: per('verified') }], minTop: 10 },
      { title: 'problems (total)', series: [{ label: 'missed ticks', color: RED, values: samples.map((v) => v.missedTicks) }, { label: 'not verified', color: PURPLE, values: samples.map((v) => v.notVerified + v.rxFailed) }, { label: 'in flight', color: ORANGE, values: samples.map((v) => v.inFlight) }], minTop: 5 },
    ],
  });
}

export async function run(argv: string[]): Promise<number> {
  let o: SoakOptions;
  let json = false;
  try {
    const p = parseArgs(argv, { duration: { value: true }, interval: { value: true }, warmup: { value: true }, csv: { value: true }, plot: { value: true }, certs: { value: true }, speed: { value: true }, messages: { value: true }, wsmp: {}, 'max-rss-growth': { value: true }, json: {}, quiet: {}, help: {} });
    if (flag(p, 'help')) {
      process.stdout.write(usage + '\n');
      return 0;
    }
    if (p.positional.length) throw new UsageError(`unexpected argument '${p.positional[0]}'`);
    const durationMs = parseDuration(str(p, 'duration') ?? '1h', '--duration');
    const intervalMs = parseDuration(str(p, 'interval') ?? '10s', '--interval');
    const warmupMs = Math.min(parseDuration(str(p, 'warmup') ?? '10m', '--warmup'), durationMs / 4);
    const speed = Number(str(p, 'speed') ?? '1');
    if (!(speed > 0) || !Number.isFinite(speed)) throw new UsageError('--speed must be a number > 0');
    const messages = str(p, 'messages') ?? 'us-j2735-2020';
    if (!PROFILES[messages]) throw new UsageError(`--messages: unknown message set '${messages}'`);
    const growth = Number(str(p, 'max-rss-growth') ?? '5');
    if (!(growth > 0)) throw new UsageError('--max-rss-growth must be a number > 0');
    const plotFile = str(p, 'plot');
    const certs = str(p, 'certs');
    json = flag(p, 'json');
    const quiet = flag(p, 'quiet');
    o = {
      durationMs,
      intervalMs,
      warmupMs,
      csv: str(p, 'csv') ?? 'soak.csv',
      ...(plotFile ? { plot: plotFile } : {}),
      ...(certs ? { certs } : {}),
      speed,
      messages,
      wsmp: flag(p, 'wsmp'),
      maxRssGrowthMb: growth,
      ...(quiet ? {} : { log: (l: string) => void process.stderr.write(`soak: ${l}\n`) }),
      warn: (l: string) => void process.stderr.write(`soak: ${l}\n`),
    };
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`v2x-edge soak: ${e.message}\n${usage}\n`);
      return 2;
    }
    throw e;
  }
  const ctl = new AbortController();
  const stop = (): void => ctl.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  let result;
  try {
    result = await soak({ ...o, signal: ctl.signal });
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
  const s = result.summary;
  if (json) process.stdout.write(JSON.stringify(s) + '\n');
  const ok = (b: boolean): string => (b ? 'ok  ' : 'FAIL');
  process.stderr.write(
    [
      `v2x-edge soak: ${(s.durationS / 60).toFixed(1)} min, ${s.drivePasses} drive passes, ${s.samples} samples (${o.csv}${o.plot ? `, ${o.plot}` : ''})`,
      `  ${ok(s.criteria.rssGrowth)} RSS after warm-up ${s.rssWarmMb} MB, at the end ${s.rssEndMb} MB: growth ${s.rssGrowthMb} MB (< ${o.maxRssGrowthMb}); max ${s.rssMaxMb} MB`,
      `  ${ok(s.criteria.missedTicks)} missed ticks ${s.missedTicks}, skipped without a fix ${s.skippedNoFix}; tick-to-send p99 ${s.tickToSendP99Ms} ms, max ${s.tickToSendMaxMs} ms; event-loop delay max ${s.loopDelayMaxMs} ms`,
      `  ${ok(s.criteria.dropped)} sent ${s.sent}, received ${s.received}, verified ${s.verified}, dropped ${s.dropped}, not decoded ${s.rxFailed}, not verified ${JSON.stringify(s.notVerified)}`,
      `  identity changes ${s.identityChanges}`,
    ].join('\n') + '\n',
  );
  return s.pass ? 0 : 1;
}
