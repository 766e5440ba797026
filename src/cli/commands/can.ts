/**
 * `v2x-edge can state|replay|dump`: the vehicle state from a candump log or a live interface,
 * a log replayed onto an interface with its recorded timing, and the frames of an interface
 * as candump -L lines or decoded signals.
 */
import { SystemClock, type Clock } from '../../../hal/clock.js';
import { formatCandumpLine, newReadStats, readCandumpFile, type CandumpReadStats, type CandumpRecord } from '../../../hal/can/candump.js';
import { replay } from '../../../hal/can/replay.js';
import { SocketCanBus } from '../../../hal/can/socketcan.js';
import type { CanBus, CanFrame } from '../../../hal/can/types.js';
import { DbcDecoder } from '../../vehicle/dbc/compile.js';
import { parseDbc } from '../../vehicle/dbc/parse.js';
import { loadProfile } from '../../vehicle/profile.js';
import { FIELD_NAMES, VEHICLE_FIELDS, type VehicleState } from '../../vehicle/state.js';
import { VehicleStateTracker } from '../../vehicle/tracker.js';

export const summary = 'CAN: vehicle state from a log or interface, replay a candump log, dump frames';

const USAGE = `usage:
  v2x-edge can state --profile NAME (--log FILE [--channel LOGCHANNEL] | --iface IF) [--interval-ms 100] [--count N]
      JSON lines of the vehicle state every 100 ms of log (or bus) time, J2735 sign conventions:
      {"t":<unix s>,"speed":<m/s>,"steeringAngle":<deg>,"yawRate":<deg/s>,"accelLong":<m/s2>,
       "accelLat":<m/s2>,"brakeApplied":<bool>,"gear":"...","turnSignal":"...",...}  (null: unknown)
  v2x-edge can replay FILE --iface IF [--speed N|max] [--channel LOGCHANNEL]
      sends a candump log (-l / -L format) onto IF with its recorded timing, N times faster, or
      as fast as possible
  v2x-edge can dump (--iface IF | --log FILE [--channel LOGCHANNEL]) [--profile NAME | --dbc FILE] [--count N]
      frames as candump -L lines, or with a profile or DBC their decoded signals as JSON lines
profiles: see src/vehicle/profiles (toyota-rav4-2017)`;

/** What the command talks to; tests give their own (a virtual bus, a manual clock, buffers). */
export interface CanIo {
  /** Writes to standard output; resolves when the data may be written again (backpressure). */
  out(text: string): Promise<void>;
  err(text: string): void;
  /** Opens a bus on an interface (default: SocketCAN). */
  openBus(iface: string): CanBus;
  clock: Clock;
  /** Ends a live command (Ctrl-C). */
  signal: AbortSignal;
}

class UsageError extends Error {}

interface Args {
  positional: string[];
  opts: Map<string, string>;
}

const VALUE_OPTS = new Set(['--profile', '--log', '--iface', '--interval-ms', '--count', '--speed', '--channel', '--dbc']);

function parseArgs(argv: string[]): Args {
  const positional: string[] = [];
  const opts = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') { opts.set('--help', ''); continue; }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const key = eq > 0 ? a.slice(0, eq) : a;
      if (!VALUE_OPTS.has(key)) throw new UsageError(`unknown option ${key}`);
      const v = eq > 0 ? a.slice(eq + 1) : argv[++i];
      if (v === undefined) throw new UsageError(`${key} needs a value`);
      opts.set(key, v);
    } else {
      positional.push(a);
    }
  }
  return { positional, opts };
}

function positiveInt(args: Args, key: string): number | undefined {
  const v = args.opts.get(key);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${key} must be a positive integer, got '${v}'`);
  return n;
}

/** Decimals printed per unit: 1 mm/s, 0.01 degree, 1 mm/s^2. */
const DECIMALS: Record<string, number> = { 'm/s': 3, deg: 2, 'deg/s': 2, 'm/s^2': 3, Pa: 0, ratio: 3 };

function round(v: number, decimals: number): number {
  const k = 10 ** decimals;
  const r = Math.round(v * k) / k;
  return r === 0 ? 0 : r; // no -0
}

/** One output line of `can state`. */
export function stateLine(t: number, s: VehicleState): string {
  const o: Record<string, number | string | boolean | null> = { t: round(t, 3) };
  for (const f of FIELD_NAMES) {
    const v = s[f];
    const spec = VEHICLE_FIELDS[f];
    o[f] = v === undefined ? null : typeof v === 'number' && spec.kind === 'number' ? round(v, DECIMALS[spec.unit] ?? 3) : v;
  }
  return JSON.stringify(o);
}

function describeStats(tr: VehicleStateTracker, read?: CandumpReadStats): string {
  const s = tr.stats;
  const parts = [`${s.frames} frames`, `${s.used} used`, `${s.unknownIds} of ids not in the DBC (${tr.unknownIdSet.size} ids)`, `${s.shortFrames} short`];
  const oor = Object.entries(s.outOfRange);
  if (oor.length > 0) parts.push(`out of range: ${oor.map(([k, v]) => `${k} ${v}`).join(', ')}`);
  const uv = Object.entries(s.unknownValues);
  if (uv.length > 0) parts.push(`unknown values: ${uv.map(([k, v]) => `${k} ${v}`).join(', ')}`);
  if (read !== undefined && read.skipped > 0) parts.push(`${read.skipped} bad log lines skipped (first: line ${read.problems[0]!.line}: ${read.problems[0]!.reason})`);
  return parts.join('; ');
}

/** Frames of a bus until it closes or the command is stopped. */
async function* busFrames(bus: CanBus, signal: AbortSignal): AsyncGenerator<CanFrame> {
  const it = bus[Symbol.asyncIterator]();
  const stop = new Promise<IteratorResult<CanFrame>>((resolve) => {
    if (signal.aborted) resolve({ done: true, value: undefined });
    signal.addEventListener('abort', () => resolve({ done: true, value: undefined }), { once: true });
  });
  try {
    for (;;) {
      const r = await Promise.race([it.next(), stop]);
      if (r.done === true) return;
      yield r.value;
    }
  } finally {
    await it.return?.();
  }
}

async function openLive(io: CanIo, iface: string): Promise<CanBus> {
  const bus = io.openBus(iface);
  bus.on('state', (s, d) => io.err(`can: ${iface} ${s}${d === undefined ? '' : ` (${d})`}\n`));
  await bus.open();
  return bus;
}

async function cmdState(args: Args, io: CanIo): Promise<number> {
  const profileName = args.opts.get('--profile');
  if (profileName === undefined) throw new UsageError('--profile is required');
  const log = args.opts.get('--log');
  const iface = args.opts.get('--iface');
  if ((log === undefined) === (iface === undefined)) throw new UsageError('give --log FILE or --iface IF');
  const intervalMs = positiveInt(args, '--interval-ms') ?? 100;
  const count = positiveInt(args, '--count');
  const tracker = new VehicleStateTracker(loadProfile(profileName));
  let lines = 0;
  const emit = async (t: number): Promise<boolean> => {
    await io.out(stateLine(t, tracker.state) + '\n');
    return count !== undefined && ++lines >= count;
  };

  if (log !== undefined) {
    // boundaries are whole multiples of the interval on the log's clock, counted in integers
    const per = 1000 / intervalMs;
    const read = newReadStats();
    let tick: number | undefined;
    let last = 0;
    let done = false;
    const channel = args.opts.get('--channel');
    for await (const r of readCandumpFile(log, read)) {
      if (r.kind !== 'frame' || (channel !== undefined && r.channel !== channel)) continue;
      const ts = r.frame.timestamp!;
      tick ??= Math.ceil(ts * per - 1e-6);
      while (ts > tick / per + 1e-7) {
        if (await emit(tick / per)) { done = true; break; }
        tick++;
      }
      if (done) break;
      tracker.ingest(r.frame);
      last = ts;
    }
    while (!done && tick !== undefined && tick / per <= last + 1e-7) {
      if (await emit(tick / per)) break;
      tick++;
    }
    io.err(`can state: ${describeStats(tracker, read)}\n`);
    return 0;
  }

  const bus = await openLive(io, iface!);
  const stopAll = new AbortController();
  const stop = (): void => stopAll.abort();
  io.signal.addEventListener('abort', stop, { once: true });
  // lines at whole multiples of the interval of the clock's time
  const ticker = (async () => {
    while (!stopAll.signal.aborted) {
      const now = io.clock.now();
      const next = (Math.floor(now / intervalMs) + 1) * intervalMs;
      await io.clock.sleep(next - now);
      if (stopAll.signal.aborted) break;
      if (await emit(next / 1000)) stop();
    }
  })();
  for await (const f of busFrames(bus, stopAll.signal)) tracker.ingest(f);
  stop();
  await ticker;
  io.signal.removeEventListener('abort', stop);
  await bus.close();
  io.err(`can state: ${describeStats(tracker)}\n`);
  return 0;
}

async function cmdReplay(args: Args, io: CanIo): Promise<number> {
  const file = args.positional[0];
  if (file === undefined) throw new UsageError('the log FILE is required');
  const iface = args.opts.get('--iface');
  if (iface === undefined) throw new UsageError('--iface is required');
  const sp = args.opts.get('--speed') ?? '1';
  const speed = sp === 'max' ? 'max' : Number(sp);
  if (speed !== 'max' && !(speed > 0 && Number.isFinite(speed))) throw new UsageError(`--speed must be a number > 0 or max, got '${sp}'`);
  const channel = args.opts.get('--channel');
  const read = newReadStats();
  const bus = await openLive(io, iface);
  try {
    const res = await replay(readCandumpFile(file, read), bus, { clock: io.clock, speed, signal: io.signal, ...(channel === undefined ? {} : { channels: [channel] }) });
    const refused = Object.entries(res.failed);
    const parts = [
      `can replay: ${res.sent} frames sent (${res.logSeconds.toFixed(3)} s of log in ${(res.elapsedMs / 1000).toFixed(3)} s)`,
      ...(refused.length > 0 ? [`refused: ${refused.map(([k, v]) => `${k} ${v}`).join(', ')}`] : []),
      ...(res.errorFrames > 0 ? [`${res.errorFrames} error frames not sent`] : []),
      ...(res.otherChannels > 0 ? [`${res.otherChannels} frames of other channels skipped`] : []),
      ...(read.skipped > 0 ? [`${read.skipped} bad log lines skipped (first: line ${read.problems[0]!.line}: ${read.problems[0]!.reason})`] : []),
      ...(res.aborted ? ['stopped'] : []),
    ];
    io.err(parts.join('; ') + '\n');
    return refused.length > 0 ? 1 : 0;
  } finally {
    await bus.close();
  }
}

async function cmdDump(args: Args, io: CanIo): Promise<number> {
  const iface = args.opts.get('--iface');
  const log = args.opts.get('--log');
  if ((log === undefined) === (iface === undefined)) throw new UsageError('give --iface IF or --log FILE');
  const profileName = args.opts.get('--profile');
  const dbcFile = args.opts.get('--dbc');
  if (profileName !== undefined && dbcFile !== undefined) throw new UsageError('give --profile or --dbc, not both');
  const count = positiveInt(args, '--count');
  let decoder: DbcDecoder | undefined;
  if (profileName !== undefined) decoder = new DbcDecoder(loadProfile(profileName).dbc);
  if (dbcFile !== undefined) {
    const { readFileSync } = await import('node:fs');
    decoder = new DbcDecoder(parseDbc(readFileSync(dbcFile, 'latin1'), dbcFile));
  }
  const line = (r: CandumpRecord): string => {
    if (decoder === undefined || r.kind !== 'frame') return r.kind === 'frame' ? formatCandumpLine(r.frame, r.channel) : `${JSON.stringify({ t: r.error.timestamp, channel: r.channel, error: r.error.classes })}`;
    const f = r.frame;
    const id = f.extended === true ? f.id.toString(16).toUpperCase().padStart(8, '0') : f.id.toString(16).toUpperCase().padStart(3, '0');
    const d = decoder.decodeFrame(f.id, f.extended === true, f.data);
    if (d === undefined) return JSON.stringify({ t: f.timestamp, channel: r.channel, id, message: null, data: Buffer.from(f.data).toString('hex').toUpperCase() });
    return JSON.stringify({ t: f.timestamp, channel: r.channel, id, message: d.message.name, ...(d.short ? { short: true } : {}), signals: d.values });
  };
  let n = 0;
  if (log !== undefined) {
    const read = newReadStats();
    const channel = args.opts.get('--channel');
    for await (const r of readCandumpFile(log, read)) {
      if (channel !== undefined && r.channel !== channel) continue;
      await io.out(line(r) + '\n');
      if (count !== undefined && ++n >= count) break;
    }
    if (read.skipped > 0) io.err(`can dump: ${read.skipped} bad log lines skipped (first: line ${read.problems[0]!.line}: ${read.problems[0]!.reason})\n`);
    return 0;
  }
  const bus = await openLive(io, iface!);
  const ac = new AbortController();
  const stop = (): void => ac.abort();
  io.signal.addEventListener('abort', stop, { once: true });
  bus.on('errorFrame', (error) => { void io.out(line({ kind: 'error', channel: iface!, error }) + '\n'); });
  try {
    for await (const f of busFrames(bus, ac.signal)) {
      await io.out(line({ kind: 'frame', channel: iface!, frame: f }) + '\n');
      if (count !== undefined && ++n >= count) break;
    }
  } finally {
    io.signal.removeEventListener('abort', stop);
    await bus.close();
  }
  return 0;
}

/** Runs `can` with explicit I/O (tests), returning the exit code. */
export async function runCan(argv: string[], io: CanIo): Promise<number> {
  const [sub, ...rest] = argv;
  try {
    const args = parseArgs(rest);
    if (sub === undefined || sub === '--help' || sub === '-h' || args.opts.has('--help')) {
      io.err(USAGE + '\n');
      return sub === undefined ? 2 : 0;
    }
    if (sub === 'state') return await cmdState(args, io);
    if (sub === 'replay') return await cmdReplay(args, io);
    if (sub === 'dump') return await cmdDump(args, io);
    throw new UsageError(`unknown subcommand '${sub}'`);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`v2x-edge can: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    // our errors carry a code or a path; say them in one line
    io.err(`v2x-edge can: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

export async function run(argv: string[]): Promise<number> {
  const ac = new AbortController();
  const onSignal = (): void => ac.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    return await runCan(argv, {
      out: (text) => new Promise<void>((resolve) => {
        if (process.stdout.write(text)) resolve();
        else process.stdout.once('drain', resolve);
      }),
      err: (text) => { process.stderr.write(text); },
      openBus: (iface) => new SocketCanBus(iface),
      clock: new SystemClock(),
      signal: ac.signal,
    });
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
