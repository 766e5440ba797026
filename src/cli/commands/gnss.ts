/**
 * `v2x-edge gnss`: fixes from a serial receiver, a gpsd daemon or a recorded log, as JSON
 * lines on stdout, until the input ends or SIGINT/SIGTERM. Link changes and a closing summary
 * of the counters go to stderr.
 */
import { SystemClock } from '../../../hal/clock.js';
import { GpsdGnssSource, parseHostPort } from '../../../hal/gnss/gpsd.js';
import { ReplayGnssSource } from '../../../hal/gnss/replay.js';
import { SerialGnssSource, serialByIdFor } from '../../../hal/gnss/serial.js';
import { GnssConfigError } from '../../../hal/gnss/source.js';
import type { GnssCounters, GnssFix, GnssSource } from '../../../hal/gnss/types.js';
import { fixTimeToJ2735 } from '../../units/time.js';
import { UsageError, int, parseArgs, str } from '../args.js';
import { out } from '../io.js';

export const summary = 'GNSS: fixes from a serial receiver (NMEA/UBX), gpsd or a recorded log, as JSON lines';

const USAGE = `usage:
  v2x-edge gnss --device PATH [--baud N]         a receiver on a serial port (NMEA 0183 and/or UBX);
                                                 prefer /dev/serial/by-id/... names (default baud 9600)
  v2x-edge gnss --gpsd HOST[:PORT]               a gpsd daemon (JSON, default port 2947)
  v2x-edge gnss --log FILE [--speed N|max] [--max-gap S]
                                                 a recorded NMEA/UBX log (raw or gpsd test log) with
                                                 its timing, N times faster, or as fast as possible;
                                                 --max-gap shortens silences longer than S seconds
options:
  --count N     stop after N fixes
  --stale-ms M  report the source stale after M ms without a fix (default 1500)
output: one JSON line per fix, until the input ends or SIGINT:
  {"time":"<ISO UTC>","lat":<deg>,"lon":<deg>,"altHae":<m>,"speed":<m/s>,"course":<deg>,...}
  time is null when the receiver has no date/time; other unknown values are null or left out.`;

const SPEC = {
  device: { value: true }, baud: { value: true }, gpsd: { value: true }, log: { value: true },
  speed: { value: true }, 'max-gap': { value: true }, count: { value: true }, 'stale-ms': { value: true }, help: {},
};

const round = (v: number | undefined, decimals: number): number | null =>
  v === undefined ? null : Number(v.toFixed(decimals));

/** ISO 8601 UTC with milliseconds; an inserted leap second shows as second 60. */
function isoTime(f: GnssFix): string | null {
  if (f.time === undefined) return null;
  const iso = new Date(f.time).toISOString();
  return f.leapSecond ? iso.replace(/:59\.(\d{3})Z$/, ':60.$1Z') : iso;
}

/** The JSON line of a fix: the six leading keys always, then what the receiver reported. */
export function fixToJson(f: GnssFix): string {
  const o: Record<string, unknown> = {
    time: isoTime(f),
    lat: round(f.lat, 9),
    lon: round(f.lon, 9),
    altHae: round(f.altHae, 3),
    speed: round(f.speed, 3),
    course: round(f.course, 3),
    valid: f.valid,
    quality: f.quality,
    mode: f.mode,
  };
  const j = fixTimeToJ2735(f);
  o.secMark = j.secMark;
  o.minuteOfTheYear = j.minuteOfTheYear;
  if (f.altMsl !== undefined) o.altMsl = round(f.altMsl, 3);
  if (f.geoidSep !== undefined) o.geoidSep = round(f.geoidSep, 3);
  if (f.heading !== undefined) o.heading = round(f.heading, 3);
  if (f.climb !== undefined) o.climb = round(f.climb, 3);
  if (f.satellites !== undefined) o.satellites = f.satellites;
  if (f.hdop !== undefined) o.hdop = round(f.hdop, 2);
  if (f.vdop !== undefined) o.vdop = round(f.vdop, 2);
  if (f.pdop !== undefined) o.pdop = round(f.pdop, 2);
  if (f.accuracy !== undefined) {
    o.accuracy = {
      semiMajor: round(f.accuracy.semiMajor, 3), semiMinor: round(f.accuracy.semiMinor, 3),
      orientation: round(f.accuracy.orientation, 2), source: f.accuracy.source,
    };
  }
  if (f.verticalAccuracy !== undefined) o.verticalAccuracy = round(f.verticalAccuracy, 3);
  if (f.speedAccuracy !== undefined) o.speedAccuracy = round(f.speedAccuracy, 3);
  if (f.courseAccuracy !== undefined) o.courseAccuracy = round(f.courseAccuracy, 3);
  if (f.leapSeconds !== undefined) {
    o.leapSeconds = f.leapSeconds;
    o.leapSecondsSource = f.leapSecondsSource;
  }
  if (f.leapSecond) o.leapSecond = true;
  o.protocol = f.protocol;
  return JSON.stringify(o);
}

function describeCounters(c: GnssCounters): string {
  const skipped = `garbage ${c.garbageBytes} B, bad checksum ${c.badChecksum}, truncated ${c.truncated}, invalid ${c.invalidValues}, late ${c.late}, malformed ${c.malformed}`;
  return `${c.fixes} fixes from ${c.bytes} bytes (${c.nmeaSentences} NMEA sentences, ${c.ubxFrames} UBX frames, ${c.gpsdReports} gpsd reports, ${c.ignored} ignored); skipped: ${skipped}; dropped ${c.dropped}, reopened ${c.reopens}`;
}

function positiveNumber(v: string | undefined, name: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!(n > 0) || !Number.isFinite(n)) throw new UsageError(`--${name} must be a number > 0, got '${v}'`);
  return n;
}

interface Made {
  source: GnssSource;
  count: number | undefined;
  staleAfterMs: number;
}

function makeSource(argv: string[]): Made {
  const p = parseArgs(argv, SPEC);
  if (p.positional.length > 0) throw new UsageError(`unexpected argument '${p.positional[0]}'`);
  const inputs = ['device', 'gpsd', 'log'].filter((k) => str(p, k) !== undefined);
  if (inputs.length !== 1) throw new UsageError('give exactly one of --device, --gpsd, --log');
  const staleAfterMs = int(p, 'stale-ms', 1) ?? 1500;
  const count = int(p, 'count', 1);
  const clock = new SystemClock();
  const device = str(p, 'device');
  const gpsd = str(p, 'gpsd');
  const log = str(p, 'log');
  if (device === undefined && str(p, 'baud') !== undefined) throw new UsageError('--baud goes with --device');
  if (log === undefined && (str(p, 'speed') !== undefined || str(p, 'max-gap') !== undefined)) throw new UsageError('--speed and --max-gap go with --log');
  let source: GnssSource;
  if (device !== undefined) {
    source = new SerialGnssSource({ path: device, baudRate: int(p, 'baud', 1) ?? 9600, clock, staleAfterMs });
    const byId = device.includes('/by-id/') ? undefined : serialByIdFor(device);
    if (byId !== undefined) process.stderr.write(`gnss: hint: ${device} is also ${byId}, a name that survives re-plugging\n`);
  } else if (gpsd !== undefined) {
    const { host, port } = parseHostPort(gpsd);
    source = new GpsdGnssSource({ host, port, clock, staleAfterMs });
  } else {
    const speedArg = str(p, 'speed');
    const speed = speedArg === 'max' ? Infinity : positiveNumber(speedArg, 'speed') ?? 1;
    const maxGap = positiveNumber(str(p, 'max-gap'), 'max-gap');
    source = new ReplayGnssSource({ path: log!, speed, maxGapMs: maxGap === undefined ? undefined : maxGap * 1000, clock, staleAfterMs });
  }
  return { source, count, staleAfterMs };
}

export async function run(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  let made: Made;
  try {
    made = makeSource(argv);
  } catch (err) {
    if (err instanceof UsageError || err instanceof GnssConfigError) {
      process.stderr.write(`v2x-edge gnss: ${err.message}\n${err instanceof UsageError ? USAGE + '\n' : ''}`);
      return 2;
    }
    throw err;
  }
  const { source, count, staleAfterMs } = made;
  source.on('state', (s, detail) => {
    if (s === 'reconnecting' || s === 'ended' || (s === 'open' && source.counters.reopens > 0)) {
      process.stderr.write(`gnss: ${source.name}: ${s}${detail === undefined ? '' : ` (${detail})`}\n`);
    }
  });
  let reportedStale = false;
  source.on('stale', (stale) => {
    if (stale && source.state === 'open') {
      reportedStale = true;
      process.stderr.write(`gnss: ${source.name}: stale, no fix for ${staleAfterMs} ms\n`);
    } else if (!stale && reportedStale) {
      reportedStale = false;
      process.stderr.write(`gnss: ${source.name}: fixes again\n`);
    }
  });
  const stop = (): void => { void source.close(); };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  // Iterate from before open(): no fix is missed, however fast the input.
  const fixes = source[Symbol.asyncIterator]();
  try {
    try {
      await source.open();
    } catch (err) {
      if (err instanceof GnssConfigError) {
        process.stderr.write(`v2x-edge gnss: ${err.message}\n`);
        return 1;
      }
      throw err;
    }
    let n = 0;
    for (let r = await fixes.next(); !r.done; r = await fixes.next()) {
      await out(fixToJson(r.value) + '\n');
      if (count !== undefined && ++n >= count) break;
    }
    await source.close();
    process.stderr.write(`gnss: ${source.name}: ${describeCounters(source.counters)}\n`);
    return 0;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await source.close();
  }
}
