/**
 * `v2x-edge run`: the main job. With no arguments it replays the bundled drive (Toyota RAV4,
 * 60 s of CAN and GNSS) through the whole pipeline in real time and broadcasts BSMs on UDP
 * 127.0.0.1:46800, with a live status line and a summary. On hardware it takes a CAN
 * interface and a GNSS receiver (or gpsd). SIGINT/SIGTERM stop it cleanly with the summary.
 */
import { readFileSync } from 'node:fs';
import { SystemClock } from '../../../hal/clock.js';
import type { GnssSource } from '../../../hal/gnss/types.js';
import { toHex } from '../../../asn1/runtime/values.js';
import { profileNamed } from '../../config/profiles.js';
import { ConfigError, DEFAULT_RUN_CONFIG, DEFAULT_UDP_TARGET, parseRunConfig, RUN_CONFIG_SCHEMA, type RunConfig } from '../../config/run-config.js';
import { bundledDriveDir, loadDrive } from '../../loop/drive.js';
import type { BsmEngine, SentBsm } from '../../loop/engine.js';
import { attachCan, attachGnss, createPipeline, listenForNeighbours, runDrive, type NeighbourListener, type Pipeline } from '../../loop/pipeline.js';
import { RealtimeError, setRealtimePriority } from '../../loop/realtime.js';
import { createSecuredSinks, createSigner, SecurityError, type MessageSigner } from '../../security/index.js';
import { createSinks, SinkConfigError, type SinkFlags, type Sinks } from '../../transport/sinks.js';
import type { MessageSink } from '../../transport/types.js';
import { flag, parseArgs, str, UsageError } from '../args.js';

export const summary = 'the main job: vehicle state and GNSS -> J2945/1 BSMs on UDP (default: the bundled drive)';

const usage = `usage: v2x-edge run [options]
  (no options)          replay the bundled drive (Toyota RAV4, 60 s) in real time,
                        BSMs to UDP ${DEFAULT_UDP_TARGET}
  --speed N|max         replay speed (1 = real time; max = as fast as possible)
  --duration S          stop after S seconds (of drive time when replaying)
  --udp HOST:PORT       where BSMs go as bare UPER (repeatable; unicast, broadcast or multicast)
  --rsu HOST[:PORT]     RSU 4.1 Immediate Forward to an RSU or OBU (port 1516 by default)
  --wsmp[=udp://H:P]    WSMP + IEEE 1609.2 frames: into the capture, or sent to H:P
  --pcap FILE           capture of everything sent (.pcap or .pcapng)
  --sign --certs DIR    sign what is sent (IEEE 1609.2, pseudonyms of a 'v2x-edge certs init' directory;
                        they change with the TemporaryID)
  --listen udp://A:P    hear other vehicles' BSMs there (raw, IEEE 1609.2, WSMP or hex):
                        the J2945/1 congestion control counts them
                        (with none of --udp/--rsu/--wsmp: UDP ${DEFAULT_UDP_TARGET})
  --json                one JSON line per BSM on stdout (hex and key fields)
  --messages P          message set: us-j2735-2020 (default), us-j2735-2024, us-j2735-2016, cn-csae53-2017
  --drive DIR           another recorded drive (can0.log + gnss.nmea)
  --can IFACE           hardware: SocketCAN interface (e.g. can0)
  --profile NAME        vehicle profile (DBC + mapping), default toyota-rav4-2017
  --gnss DEV|gpsd://HOST[:PORT]   hardware: serial receiver or gpsd
  --baud N              serial receiver line speed (default 9600)
  --realtime PRIO       run the loop's thread under SCHED_FIFO at PRIO (1-99; needs CAP_SYS_NICE
                        or an rtprio limit): on a shared machine it about halves the tick-to-send p99
  --config FILE         JSON configuration (see README); options given here override it
  --quiet               no status line`;

interface Flags {
  json: boolean;
  quiet: boolean;
}

export async function run(argv: string[]): Promise<number> {
  let cfg: RunConfig;
  let flags: Flags;
  try {
    const p = parseArgs(argv, {
      speed: { value: true }, duration: { value: true }, udp: { value: true, repeat: true }, json: {}, messages: { value: true },
      rsu: { value: true }, wsmp: { optionalValue: true }, pcap: { value: true }, listen: { value: true }, sign: {}, certs: { value: true },
      drive: { value: true }, can: { value: true }, profile: { value: true }, gnss: { value: true }, baud: { value: true },
      config: { value: true }, quiet: {}, help: {}, realtime: { value: true },
    });
    if (flag(p, 'help')) {
      process.stdout.write(usage + '\n');
      return 0;
    }
    if (p.positional.length) throw new UsageError(`unexpected argument '${p.positional[0]}'`);
    cfg = fromArgs(p);
    flags = { json: flag(p, 'json'), quiet: flag(p, 'quiet') };
  } catch (e) {
    if (e instanceof UsageError || e instanceof ConfigError) {
      process.stderr.write(`v2x-edge run: ${e.message}\n${e instanceof UsageError ? usage + '\n' : ''}`);
      return 2;
    }
    throw e;
  }
  let scheduling: Record<string, string> = {};
  if (cfg.realtimePriority !== undefined) {
    try {
      const sch = setRealtimePriority(cfg.realtimePriority);
      scheduling = { scheduling: `${sch.policy} ${sch.priority} (the loop's thread)` };
    } catch (e) {
      if (!(e instanceof RealtimeError)) throw e;
      process.stderr.write(`v2x-edge run: --realtime ${cfg.realtimePriority}: ${e.message}\n`);
      return 2;
    }
  }
  return cfg.gnss ? runHardware(cfg, flags, scheduling) : runReplay(cfg, flags, scheduling);
}

function fromArgs(p: ReturnType<typeof parseArgs>): RunConfig {
  let cfg = DEFAULT_RUN_CONFIG;
  const file = str(p, 'config');
  if (file !== undefined) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      throw new ConfigError(file, `cannot read the configuration: ${(e as Error).message}`);
    }
    cfg = parseRunConfig(json);
  }
  const over: Record<string, unknown> = {};
  const speed = str(p, 'speed');
  if (speed !== undefined) over.speed = speed === 'max' ? 'max' : Number(speed);
  const duration = str(p, 'duration');
  if (duration !== undefined) over.duration = Number(duration);
  const udp = p.options.udp as string[] | undefined;
  if (udp) over.udp = udp;
  if (str(p, 'rsu') !== undefined) over.rsu = str(p, 'rsu');
  const wsmp = p.options.wsmp;
  if (wsmp !== undefined) over.wsmp = wsmp;
  if (str(p, 'pcap') !== undefined) over.pcap = str(p, 'pcap');
  if (str(p, 'listen') !== undefined) over.listen = str(p, 'listen');
  if (flag(p, 'sign')) over.sign = true;
  if (str(p, 'certs') !== undefined) over.certs = str(p, 'certs');
  const realtime = str(p, 'realtime');
  if (realtime !== undefined) over.realtimePriority = Number(realtime);
  if ((over.sign ?? cfg.sign) === true && (over.certs ?? cfg.certs) === undefined) throw new UsageError('--sign needs --certs DIR (make one with: v2x-edge certs init --dir DIR)');
  // The default UDP target stands only when no transport is chosen.
  if (!udp && !file && (over.rsu !== undefined || over.wsmp !== undefined)) over.udp = [];
  if (str(p, 'messages') !== undefined) over.messages = str(p, 'messages');
  if (str(p, 'drive') !== undefined) over.drive = str(p, 'drive');
  if (str(p, 'profile') !== undefined) over.vehicle = { ...cfg.vehicle, profile: str(p, 'profile') };
  if (str(p, 'can') !== undefined) over.can = { interface: str(p, 'can') };
  const gnss = str(p, 'gnss');
  if (gnss !== undefined) {
    const baud = str(p, 'baud');
    over.gnss = gnss.startsWith('gpsd://') ? { gpsd: gnss.slice('gpsd://'.length) } : { device: gnss, ...(baud !== undefined ? { baud: Number(baud) } : {}) };
  } else if (str(p, 'baud') !== undefined) throw new UsageError('--baud goes with --gnss DEVICE');
  if (over.can !== undefined && gnss === undefined && cfg.gnss === undefined) throw new UsageError('--can needs --gnss (no BSM goes out without a position)');
  // Options are checked by the same schema as a file.
  const merged = { ...cfg, ...over };
  const { j2945, ...rest } = merged;
  RUN_CONFIG_SCHEMA({ ...rest, ...(Object.keys(j2945).length ? { j2945 } : {}) }, 'options');
  return merged as RunConfig;
}

/** The transports, with a signing stage in front when asked; the engine sends to `entry`. */
interface Outputs {
  entry: MessageSink;
  sinks: MessageSink[];
  signer?: MessageSigner;
  close(): Promise<void>;
}

async function makeOutputs(cfg: RunConfig, log: (m: string) => void): Promise<Outputs> {
  const flags: SinkFlags = {
    udp: cfg.udp,
    ...(cfg.rsu !== undefined ? { rsu: cfg.rsu } : {}),
    ...(cfg.ifm !== undefined ? { ifm: cfg.ifm } : {}),
    ...(cfg.wsmp !== undefined ? { wsmp: cfg.wsmp } : {}),
    ...(cfg.wsmpOptions !== undefined ? { wsmpOptions: cfg.wsmpOptions } : {}),
    ...(cfg.pcap !== undefined ? { pcap: cfg.pcap } : {}),
    onError: (sink, err) => log(`${sink}: ${err.message}`),
  };
  try {
    if (cfg.sign) {
      // Signing time is now (the host clock), whatever the time of a replayed drive.
      const signer = await createSigner({ certsDir: cfg.certs!, clock: new SystemClock() });
      const secured = createSecuredSinks(flags, signer);
      return { entry: secured.stage, sinks: [secured.stage, ...secured.sinks], signer, close: () => secured.close() };
    }
    const plain = createSinks(flags);
    return { entry: fanOut(plain), sinks: plain.sinks, close: () => plain.close() };
  } catch (e) {
    if (e instanceof SinkConfigError || e instanceof SecurityError) throw new UsageError(e.message);
    throw e;
  }
}

/** The plain sinks as one sink for the engine. */
function fanOut(s: Sinks): MessageSink {
  return { name: 'transports', stats: { sent: 0, errors: 0, bytes: 0 }, send: (m) => s.send(m), close: () => s.close() };
}

/** The outputs, or undefined (after saying why) when their configuration is wrong. */
async function openOutputs(cfg: RunConfig, log: (m: string) => void): Promise<Outputs | undefined> {
  try {
    return await makeOutputs(cfg, log);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`v2x-edge run: ${e.message}\n`);
      return undefined;
    }
    throw e;
  }
}

function signedLine(out: Outputs): Record<string, string> {
  const st = out.signer?.stats;
  return st ? { signed: `${st.signed} (full certificate ${st.withCertificate}, digest ${st.withDigest}), pseudonym changes ${st.rotations}, errors ${st.errors}` } : {};
}

function listenOptions(cfg: RunConfig, out: Outputs, log: (m: string) => void): { onError: (err: Error) => void; onNewNeighbour?: () => void } {
  return { onError: (err) => log(`listen ${cfg.listen}: ${err.message}`), ...(out.signer ? { onNewNeighbour: () => out.signer!.newNeighbour() } : {}) };
}

// ---- status and summary --------------------------------------------------------------

class Reporter {
  private last: SentBsm | undefined;
  /** Real time of the drive's start (set again by `begin`, once loading is done). */
  private startReal = performance.now();
  private timer: NodeJS.Timeout | undefined;
  private lastLine = 0;
  /** (real ms, BSMs sent) at recent status lines: the live rate is over the last 2 s or so. */
  private readonly recent: { t: number; sent: number }[] = [];
  private readonly tty = process.stderr.isTTY === true;

  constructor(private readonly flags: Flags, private readonly engine: () => BsmEngine | undefined) {}

  sent(m: SentBsm): void {
    this.last = m;
    if (this.flags.json) {
      const f = m.fix;
      process.stdout.write(
        JSON.stringify({
          t: new Date(m.t).toISOString(),
          msgCnt: m.msgCnt,
          id: toHex(m.id),
          trigger: m.trigger,
          lat: f.lat,
          lon: f.lon,
          speed: m.inputs.speed ?? null,
          heading: m.inputs.heading ?? null,
          pathHistory: m.inputs.pathHistory.length,
          tickToSendMs: Number(m.tickToSendMs.toFixed(3)),
          hex: toHex(m.frame),
        }) + '\n',
      );
    }
  }

  /** The drive starts now: the summary's seconds and rate count from here, not from loading. */
  begin(): void {
    this.startReal = performance.now();
    this.recent.length = 0;
  }

  start(): void {
    if (this.flags.quiet) return;
    this.timer = setInterval(() => this.status(), this.tty ? 250 : 5000);
    this.timer.unref();
  }

  private status(): void {
    const e = this.engine();
    if (!e) return;
    const now = performance.now();
    if (!this.tty && now - this.lastLine < 4900) return;
    this.lastLine = now;
    const t = e.stats.latency.tickToSend;
    const fix = e.lastFix;
    const fixState = !fix ? 'no fix' : fix.valid ? `fix ${fix.mode}` : 'fix invalid';
    const l = this.last;
    const pos = l ? `${l.fix.lat!.toFixed(6)},${l.fix.lon!.toFixed(6)} ${((l.inputs.speed ?? 0) * 3.6).toFixed(1)} km/h` : '-';
    const line = `BSMs ${e.stats.sent} | ${this.liveRate(now, e.stats.sent).toFixed(1)}/s | tick-to-send p50 ${fmt(t.percentile(50))} p99 ${fmt(t.percentile(99))} ms | ${fixState} | ${pos}`;
    process.stderr.write(this.tty ? `\r\x1b[K${line}` : `${line}\n`);
  }

  /** BSMs per second over the last 2 s or so (since the start during the first second of lines). */
  private liveRate(now: number, sent: number): number {
    const r = this.recent;
    r.push({ t: now, sent });
    while (r.length > 2 && now - r[1]!.t >= 2000) r.shift();
    const from = now - r[0]!.t >= 1000 ? r[0]! : { t: this.startReal, sent: 0 };
    return (sent - from.sent) / Math.max((now - from.t) / 1000, 1e-3);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    if (this.tty && !this.flags.quiet) process.stderr.write('\r\x1b[K');
  }

  summary(p: Pipeline, sinks: MessageSink[], extra: Record<string, string>): void {
    const e = p.engine.stats;
    const L = e.latency;
    const secs = (performance.now() - this.startReal) / 1000;
    const lines = [
      `v2x-edge run: ${e.sent} BSMs in ${secs.toFixed(1)} s (${(e.sent / Math.max(secs, 1e-3)).toFixed(1)}/s real time)`,
      ...Object.entries(extra).map(([k, v]) => `  ${k}: ${v}`),
      `  sent: periodic ${e.byTrigger.periodic}, event ${e.byTrigger.event}, tracking error ${e.byTrigger.tracking}; skipped without a valid fix ${e.skippedNoFix}; encode errors ${e.encodeErrors}`,
      `  tick-to-send ms: p50 ${fmt(L.tickToSend.percentile(50))} p99 ${fmt(L.tickToSend.percentile(99))} max ${fmt(L.tickToSend.max)}; period jitter p99 ${fmt(L.periodJitter.percentile(99))} ms`,
      `  stages p50/p99 ms: wake ${fmt(L.wake.percentile(50))}/${fmt(L.wake.percentile(99))}, snapshot ${fmt(L.snapshot.percentile(50))}/${fmt(L.snapshot.percentile(99))}, build ${fmt(L.build.percentile(50))}/${fmt(L.build.percentile(99))}, encode ${fmt(L.encode.percentile(50))}/${fmt(L.encode.percentile(99))}, send ${fmt(L.send.percentile(50))}/${fmt(L.send.percentile(99))}`,
      `  identity changes ${e.identityChanges}; interval ${e.intervalMs.toFixed(0)} ms (density ${e.density.toFixed(2)})`,
      `  CAN frames ${p.tracker.stats.frames} (unknown ids ${p.tracker.stats.unknownIds}, short ${p.tracker.stats.shortFrames})`,
      ...sinks.map((s) => `  ${s.name}: sent ${s.stats.sent} (${s.stats.bytes} octets), errors ${s.stats.errors}`),
    ];
    process.stderr.write(lines.join('\n') + '\n');
  }
}

function fmt(ms: number): string {
  return Number.isFinite(ms) ? ms.toFixed(3) : '-';
}

/** SIGINT and SIGTERM abort `ctl`, with the signal's name as the reason. */
function onSignals(ctl: AbortController): () => void {
  const stop = (signal: NodeJS.Signals): void => ctl.abort(signal);
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return () => {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  };
}

// ---- replay ----------------------------------------------------------------------------

async function runReplay(cfg: RunConfig, flags: Flags, scheduling: Record<string, string>): Promise<number> {
  const log = (m: string): void => void process.stderr.write(`v2x-edge run: ${m}\n`);
  const drive = loadDrive(cfg.drive ?? bundledDriveDir());
  const out = await openOutputs(cfg, log);
  if (out === undefined) return 2;
  const sinks = out.sinks;
  let pipeline: Pipeline | undefined;
  const rep = new Reporter(flags, () => pipeline?.engine);
  const ctl = new AbortController();
  const off = onSignals(ctl);
  rep.start();
  const edition = profileNamed(cfg.messages).edition;
  let neighbours: Promise<NeighbourListener> | undefined;
  const res = await runDrive({
    drive,
    edition,
    profile: cfg.vehicle.profile,
    ...(cfg.vehicle.width !== undefined || cfg.vehicle.length !== undefined ? { description: { basicClass: cfg.vehicle.basicClass ?? 10, ...cfg.vehicle } } : {}),
    sinks: [out.entry],
    config: cfg.j2945,
    ...(out.signer ? { onIdentityChange: out.signer.onIdentityChange } : {}),
    control: { speed: cfg.speed, ...(cfg.duration !== undefined ? { durationS: cfg.duration } : {}), signal: ctl.signal },
    onSent: (m) => rep.sent(m),
    log,
    onCreated: (p) => {
      pipeline = p;
      rep.begin();
      if (cfg.listen !== undefined) neighbours = listenForNeighbours(p.engine, edition, cfg.listen, listenOptions(cfg, out, log));
    },
  });
  const heard = neighbours ? await neighbours : undefined;
  off();
  rep.stop();
  await out.close();
  await heard?.close();
  rep.summary(res, sinks, {
    ...scheduling,
    ...signedLine(out),
    ...(heard ? { heard: `${heard.stats.bsms} BSMs from other vehicles on ${cfg.listen} (own ${heard.stats.own}, other messages ${heard.stats.other}, undecodable ${heard.stats.failed})` } : {}),
    drive: `${drive.name}, ${(res.driveMs / 1000).toFixed(1)} s of ${((drive.endMs - drive.startMs) / 1000).toFixed(1)} s at ${cfg.speed === 'max' ? 'max speed' : `x${cfg.speed}`}${ctl.signal.aborted ? ' (stopped)' : ''}`,
    messages: cfg.messages,
    'peak RSS': `${(process.resourceUsage().maxRSS / 1024).toFixed(1)} MB`,
  });
  return 0;
}

// ---- hardware --------------------------------------------------------------------------

async function runHardware(cfg: RunConfig, flags: Flags, scheduling: Record<string, string>): Promise<number> {
  const log = (m: string): void => void process.stderr.write(`v2x-edge run: ${m}\n`);
  const clock = new SystemClock();
  const out = await openOutputs(cfg, log);
  if (out === undefined) return 2;
  const sinks = out.sinks;
  const p = await createPipeline({
    clock,
    edition: profileNamed(cfg.messages).edition,
    profile: cfg.vehicle.profile,
    ...(cfg.vehicle.width !== undefined || cfg.vehicle.length !== undefined ? { description: { basicClass: cfg.vehicle.basicClass ?? 10, ...cfg.vehicle } } : {}),
    sinks: [out.entry],
    config: cfg.j2945,
    ...(out.signer ? { onIdentityChange: out.signer.onIdentityChange } : {}),
    onSent: (m) => rep.sent(m),
    log,
  });
  const rep = new Reporter(flags, () => p.engine);
  // Device drivers load only in hardware mode (the replay needs none of them).
  const { GpsdGnssSource, parseHostPort } = await import('../../../hal/gnss/gpsd.js');
  const { SerialGnssSource } = await import('../../../hal/gnss/serial.js');
  const { SocketCanBus } = await import('../../../hal/can/socketcan.js');
  const g = cfg.gnss!;
  const gnss: GnssSource = 'gpsd' in g ? new GpsdGnssSource({ ...parseHostPort(g.gpsd), clock }) : new SerialGnssSource({ path: g.device, ...(g.baud !== undefined ? { baudRate: g.baud } : {}), clock });
  gnss.on('state', (s, d) => log(`GNSS ${gnss.name}: ${s}${d ? ` (${d})` : ''}`));
  const bus = cfg.can ? new SocketCanBus(cfg.can.interface, { clock }) : undefined;
  bus?.on('state', (s, d) => log(`CAN ${cfg.can!.interface}: ${s}${d ? ` (${d})` : ''}`));
  const ctl = new AbortController();
  const off = onSignals(ctl);
  rep.start();
  rep.begin();
  p.engine.start();
  const heard = cfg.listen !== undefined ? await listenForNeighbours(p.engine, profileNamed(cfg.messages).edition, cfg.listen, listenOptions(cfg, out, log)) : undefined;
  await gnss.open();
  const feeds = [attachGnss(p, gnss)];
  if (bus) {
    await bus.open();
    feeds.push(attachCan(p, bus));
  }
  const ended = Promise.all(feeds);
  const timer = cfg.duration !== undefined ? setTimeout(() => ctl.abort(`--duration ${cfg.duration} s`), cfg.duration * 1000) : undefined;
  await Promise.race([ended, new Promise<void>((resolve) => ctl.signal.addEventListener('abort', () => resolve(), { once: true }))]);
  if (timer) clearTimeout(timer);
  off();
  // The replay's summary says "(stopped)" on its drive line; here, what ended the run.
  const stoppedBy = ctl.signal.aborted ? `${String(ctl.signal.reason)}` : 'the inputs ended';
  p.engine.stop();
  await Promise.all([gnss.close(), bus?.close()]);
  rep.stop();
  await out.close();
  await heard?.close();
  rep.summary(p, sinks, {
    ...scheduling,
    ...signedLine(out),
    ...(heard ? { heard: `${heard.stats.bsms} BSMs from other vehicles on ${cfg.listen}` } : {}),
    inputs: `${cfg.can ? `CAN ${cfg.can.interface}, ` : ''}GNSS ${gnss.name}`, 'stopped by': stoppedBy, messages: cfg.messages, 'peak RSS': `${(process.resourceUsage().maxRSS / 1024).toFixed(1)} MB` });
  return 0;
}
