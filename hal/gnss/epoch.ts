/**
 * Epoch assembly: merges the observations of one receiver epoch (NMEA sentences, UBX NAV
 * messages, gpsd reports) into one `GnssFix`. Pure apart from stamping receive times with the
 * injected clock; the same observation sequence always gives the same fixes.
 *
 * An epoch is identified by its UTC time of day (the "key"): NMEA sentence times, UBX iTOW
 * minus the GPS-UTC offset, gpsd report times. Messages without a time (VTG, GSA, HDT, ...)
 * belong to the epoch in progress. An epoch is complete when
 * - a message with another time arrives;
 * - the receiver marks the end (UBX NAV-EOE);
 * - the message type that has ended the last two epochs arrives again (the learned "cycle
 *   ender", so a fix is delivered as soon as its epoch is complete rather than when the next
 *   one starts); a type that turns out not to end epochs (a message for the same time follows
 *   it) is never used again;
 * - a message type that occurs once per epoch repeats while no time separates them;
 * - the caller says so (`flush()`: idle line, end of input).
 */
import type { Clock } from '../clock.js';
import { gpsUtcOffsetAt, GPS_EPOCH_UNIX_MS, GPS_UTC_LEAP_TABLE } from './leap-seconds.js';
import { MS_PER_DAY, type Observation } from './observations.js';
import type { AccuracyEllipse, AccuracySource, FixMode, FixQuality, GnssFix, GnssProtocol, LeapSecondsSource } from './types.js';

type Kind = Observation['kind'];
type ObsOf<K extends Kind> = Extract<Observation, { kind: K }>;

/** Message types that occur at most once per epoch (a repeat without a time change starts a new epoch). */
const ONCE_PER_EPOCH: ReadonlySet<Kind> = new Set<Kind>(['GGA', 'RMC', 'GLL', 'GNS', 'VTG', 'ZDA', 'HDT', 'GST']);
/** Message types that carry a position: an epoch without one of these is not a fix. */
const FIX_BEARING: ReadonlySet<Kind> = new Set<Kind>(['GGA', 'RMC', 'GLL', 'GNS', 'NAV-PVT', 'NAV-HPPOSLLH', 'TPV']);
const UBX_KINDS: ReadonlySet<Kind> = new Set<Kind>(['NAV-PVT', 'NAV-HPPOSLLH', 'NAV-COV', 'NAV-DOP', 'NAV-TIMEGPS', 'NAV-EOE']);
const GPSD_KINDS: ReadonlySet<Kind> = new Set<Kind>(['TPV', 'GPSD-GST', 'SKY']);
/** Consecutive epochs a type must end before it is trusted as the cycle ender. */
const ENDER_STREAK = 2;
/** Sigma of a normal distribution at 95 % two-sided confidence, per axis. */
const SIGMA_95 = 1.96;

export type FlushReason = 'key-change' | 'end-of-epoch' | 'ender' | 'repeat' | 'idle' | 'end';

export interface EpochAssemblerOptions {
  /** Name put in `GnssFix.source`. */
  source: string;
  /** Stamps `rxTime`/`rxMonotonic`. */
  clock: Clock;
  onFix: (fix: GnssFix) => void;
  /** A message arrived for an epoch already delivered (it is skipped). */
  onLate?: (detail: string) => void;
}

interface Draft {
  key: number | undefined;
  obs: Observation[];
  kinds: Set<Kind>;
  /** Tag (see `tagOf`) of the last message added. */
  lastTag: string | undefined;
}

/**
 * What identifies a message as a possible cycle ender: its type, and whether it carried a
 * time (gpsd sends SKY both without a time, mid-cycle, and with one, at the end).
 */
function tagOf(kind: Kind, key: number | undefined): string {
  return key === undefined ? `${kind} (no time)` : kind;
}

function fmtTod(tod: number | undefined): string {
  if (tod === undefined) return 'no time';
  const t = Math.max(0, tod);
  const h = Math.floor(t / 3_600_000);
  const m = Math.floor((t % 3_600_000) / 60_000);
  const s = (t % 60_000) / 1000;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${s.toFixed(3).padStart(6, '0')}`;
}

const LATEST_LEAP_MS = GPS_UTC_LEAP_TABLE[GPS_UTC_LEAP_TABLE.length - 1]![1] * 1000;

function axisAligned(sigmaNorth: number, sigmaEast: number, source: AccuracySource): AccuracyEllipse {
  return sigmaNorth >= sigmaEast
    ? { semiMajor: sigmaNorth, semiMinor: sigmaEast, orientation: 0, source }
    : { semiMajor: sigmaEast, semiMinor: sigmaNorth, orientation: 90, source };
}

/** Orientation in [0, 180). */
function normOrientation(deg: number): number {
  const o = ((deg % 180) + 180) % 180;
  return o === 180 ? 0 : o;
}

function ellipseFromAxes(a: number, b: number, orientation: number, source: AccuracySource): AccuracyEllipse {
  return a >= b
    ? { semiMajor: a, semiMinor: b, orientation: normOrientation(orientation), source }
    : { semiMajor: b, semiMinor: a, orientation: normOrientation(orientation + 90), source };
}

/** Error ellipse of a north/east covariance: eigenvalues and the major axis angle from north towards east. */
export function ellipseFromCovariance(nn: number, ne: number, ee: number, source: AccuracySource): AccuracyEllipse {
  const mean = (nn + ee) / 2;
  const r = Math.hypot((nn - ee) / 2, ne);
  const major = Math.sqrt(Math.max(0, mean + r));
  const minor = Math.sqrt(Math.max(0, mean - r));
  const theta = r === 0 ? 0 : (Math.atan2(2 * ne, nn - ee) / 2) * (180 / Math.PI);
  return { semiMajor: major, semiMinor: minor, orientation: normOrientation(theta), source };
}

/**
 * gpsd may report several TPVs for one time while it assembles a cycle (one per sentence at
 * start-up; one from UBX and one from NMEA on a u-blox). Each field is taken from the first TPV
 * that has it, and the mode is the highest reported.
 */
function mergedTpv(obs: readonly Observation[]): ObsOf<'TPV'> | undefined {
  let out: ObsOf<'TPV'> | undefined;
  for (const o of obs) {
    if (o.kind !== 'TPV') continue;
    if (out === undefined) {
      out = { ...o };
      continue;
    }
    const merged = out as unknown as Record<string, unknown>;
    for (const [k, v] of Object.entries(o)) if (merged[k] === undefined) merged[k] = v;
    if (o.mode === '3d' || (o.mode === '2d' && out.mode === 'none')) out.mode = o.mode;
  }
  return out;
}

const TPV_STATUS: Record<number, FixQuality> = {
  1: 'gps', 2: 'dgps', 3: 'rtk-fixed', 4: 'rtk-float', 5: 'dead-reckoning', 6: 'gps', 7: 'none', 8: 'simulation', 9: 'pps',
};

export class EpochAssembler {
  private open: Draft | undefined;
  private lastEmittedKey: number | undefined;
  private lastFlushReason: FlushReason | undefined;
  private enderCandidate: string | undefined;
  private enderStreak = 0;
  private ender: string | undefined;
  private readonly bannedEnders = new Set<string>();
  private lastDate: { date: number; tod: number } | undefined;
  private receiverLeap: number | undefined;
  /** GPS-UTC in ms used to turn UBX iTOW into a UTC time of day. */
  private ubxLeapMs = LATEST_LEAP_MS;
  private endMarkerSeen = false;

  constructor(private readonly opts: EpochAssemblerOptions) {}

  /** The message type trusted to end an epoch, if one has been learned (`VTG (no time)` for a type without time). */
  get learnedEnder(): string | undefined {
    return this.ender;
  }

  /** True while an epoch is being collected. */
  get pending(): boolean {
    return this.open !== undefined;
  }

  push(obs: Observation): void {
    const key = this.keyOf(obs);
    if (obs.kind === 'NAV-EOE') {
      if (this.open !== undefined && this.open.key !== undefined && this.open.key !== key) this.flush('key-change');
      this.endMarkerSeen = true;
      if (this.open === undefined) return; // an end marker with nothing collected
      this.add(obs, key);
      this.flush('end-of-epoch');
      return;
    }
    if (key !== undefined) {
      const o = this.open;
      if (key === this.lastEmittedKey && (o === undefined || o.key !== key)) {
        this.late(obs, key);
        return;
      }
      if (o !== undefined && o.key !== undefined && o.key !== key) this.flush('key-change');
      else if (o !== undefined && o.key === undefined && ONCE_PER_EPOCH.has(obs.kind) && o.kinds.has(obs.kind)) this.flush('repeat');
    } else if (this.open !== undefined && ONCE_PER_EPOCH.has(obs.kind) && this.open.kinds.has(obs.kind)) {
      this.flush('repeat');
    }
    this.add(obs, key);
    if (this.ender !== undefined && this.ender === tagOf(obs.kind, key) && this.open !== undefined && this.open.key !== undefined) this.flush('ender');
  }

  /**
   * Completes the epoch in progress, if any (idle line, end of input). An idle line does not
   * cut an epoch once the stream has shown how its epochs end (a learned ender, or UBX NAV-EOE):
   * a receiver may pause inside an epoch (a u-blox interleaves 10 Hz HNR output with its NAV
   * messages), and the ender or the next epoch's time completes it anyway.
   */
  flush(reason: FlushReason = 'idle'): void {
    const d = this.open;
    if (d === undefined) return;
    if (reason === 'idle' && (this.ender !== undefined || this.endMarkerSeen)) return;
    this.open = undefined;
    this.lastFlushReason = reason;
    if (reason === 'key-change' && d.lastTag !== undefined) this.learn(d.lastTag);
    if (!this.hasFix(d)) return;
    this.lastEmittedKey = d.key;
    this.opts.onFix(this.build(d));
  }

  private add(obs: Observation, key: number | undefined): void {
    let d = this.open;
    if (d === undefined) {
      d = { key: undefined, obs: [], kinds: new Set(), lastTag: undefined };
      this.open = d;
    }
    if (d.key === undefined && key !== undefined) d.key = key;
    d.obs.push(obs);
    d.kinds.add(obs.kind);
    d.lastTag = tagOf(obs.kind, key);
  }

  private learn(tag: string): void {
    if (this.bannedEnders.has(tag)) {
      this.enderCandidate = undefined;
      this.enderStreak = 0;
      return;
    }
    if (tag === this.enderCandidate) this.enderStreak++;
    else {
      this.enderCandidate = tag;
      this.enderStreak = 1;
    }
    if (this.ender === undefined && this.enderStreak >= ENDER_STREAK) this.ender = tag;
  }

  private late(obs: Observation, key: number): void {
    if (this.lastFlushReason === 'ender' && this.ender !== undefined) {
      // The learned ender was wrong: never trust it again.
      this.bannedEnders.add(this.ender);
      this.ender = undefined;
      this.enderCandidate = undefined;
      this.enderStreak = 0;
    }
    this.opts.onLate?.(`${obs.kind} for ${fmtTod(key)} arrived after that epoch was delivered`);
  }

  private keyOf(obs: Observation): number | undefined {
    switch (obs.kind) {
      case 'NAV-PVT': {
        if (obs.tod !== undefined && obs.tod < MS_PER_DAY) {
          // Calibrate the iTOW -> UTC offset on the receiver's own UTC time (whole seconds).
          const diff = (((obs.itow % MS_PER_DAY) - obs.tod) % MS_PER_DAY + MS_PER_DAY) % MS_PER_DAY;
          const leap = Math.round(diff / 1000) * 1000;
          if (leap >= 0 && leap <= 100_000) this.ubxLeapMs = leap;
        }
        return this.ubxKey(obs.itow);
      }
      case 'NAV-HPPOSLLH': case 'NAV-COV': case 'NAV-DOP': case 'NAV-TIMEGPS': case 'NAV-EOE':
        return this.ubxKey(obs.itow);
      case 'VTG': case 'GSA': case 'HDT':
        return undefined;
      default:
        return obs.tod;
    }
  }

  private ubxKey(itow: number): number {
    return (((itow - this.ubxLeapMs) % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY;
  }

  private hasFix(d: Draft): boolean {
    for (const k of d.kinds) if (FIX_BEARING.has(k)) return true;
    return false;
  }

  private build(d: Draft): GnssFix {
    // The first observation of each type (all GSA).
    const got: { [K in Kind]: ObsOf<K> | undefined } = {
      GGA: undefined, RMC: undefined, GLL: undefined, GNS: undefined, VTG: undefined, GSA: undefined, GST: undefined,
      ZDA: undefined, HDT: undefined, 'NAV-PVT': undefined, 'NAV-HPPOSLLH': undefined, 'NAV-COV': undefined,
      'NAV-DOP': undefined, 'NAV-TIMEGPS': undefined, 'NAV-EOE': undefined, TPV: undefined, 'GPSD-GST': undefined, SKY: undefined,
    };
    const used = new Set<number>();
    let gsa: ObsOf<'GSA'> | undefined;
    for (const o of d.obs) {
      if (o.kind === 'GSA') {
        gsa ??= o;
        for (const u of o.used) used.add(u);
      } else if (got[o.kind] === undefined) {
        (got as Record<string, Observation>)[o.kind] = o;
      }
    }
    const pvt = got['NAV-PVT'];
    const hp = got['NAV-HPPOSLLH'];
    const cov = got['NAV-COV'];
    const dop = got['NAV-DOP'];
    const tgps = got['NAV-TIMEGPS'];
    const tpv = mergedTpv(d.obs);
    const ggst = got['GPSD-GST'];
    const sky = got.SKY;
    const gga = got.GGA;
    const gns = got.GNS;
    const rmc = got.RMC;
    const gll = got.GLL;
    const vtg = got.VTG;
    const gst = got.GST;
    const zda = got.ZDA;
    const hdt = got.HDT;

    // --- time ---
    let tod: number | undefined;
    let date: number | undefined;
    if (pvt !== undefined && (pvt.tod !== undefined || pvt.date !== undefined)) {
      tod = pvt.tod;
      date = pvt.date;
    } else if (tpv !== undefined) {
      tod = tpv.tod;
      date = tpv.date;
    } else {
      tod = gga?.tod ?? rmc?.tod ?? gns?.tod ?? gll?.tod ?? zda?.tod ?? gst?.tod ?? ggst?.tod ?? sky?.tod;
      date = rmc?.date ?? zda?.date ?? ggst?.date ?? sky?.date;
    }
    if (tod !== undefined) {
      if (date === undefined && this.lastDate !== undefined) {
        // No date in this epoch: the stream's last date, moved on if the clock passed midnight.
        date = this.lastDate.date + (tod < this.lastDate.tod - MS_PER_DAY / 2 ? 1 : 0);
      }
      if (date !== undefined) this.lastDate = { date, tod };
    }
    let time: number | undefined;
    let leapSecond: boolean | undefined;
    if (tod !== undefined && date !== undefined) {
      if (tod >= MS_PER_DAY) {
        leapSecond = true;
        time = date * MS_PER_DAY + (MS_PER_DAY - 1000) + (tod - MS_PER_DAY);
      } else {
        time = date * MS_PER_DAY + tod;
      }
    }
    const rxLeap = tgps?.leapS ?? tpv?.leapSeconds;
    if (rxLeap !== undefined) this.receiverLeap = rxLeap;
    let leapSeconds: number | undefined;
    let leapSecondsSource: LeapSecondsSource | undefined;
    if (this.receiverLeap !== undefined) {
      leapSeconds = this.receiverLeap;
      leapSecondsSource = 'receiver';
    } else if (time !== undefined && time >= GPS_EPOCH_UNIX_MS) {
      leapSeconds = gpsUtcOffsetAt(time);
      leapSecondsSource = 'table';
    }

    // --- position ---
    const pvtPos = pvt !== undefined && pvt.fixType !== 0 && !pvt.invalidLlh ? pvt : undefined;
    const hpPos = hp !== undefined && !hp.invalidLlh && (pvt === undefined || pvt.fixType !== 0) ? hp : undefined;
    const ubxPos = hpPos ?? pvtPos;
    let lat: number | undefined;
    let lon: number | undefined;
    let altHae: number | undefined;
    let altMsl: number | undefined;
    let geoidSep: number | undefined;
    if (ubxPos !== undefined) {
      lat = ubxPos.lat;
      lon = ubxPos.lon;
      altHae = ubxPos.height;
      altMsl = ubxPos.hMsl;
      geoidSep = Math.round((ubxPos.height - ubxPos.hMsl) * 10000) / 10000;
    } else if (tpv !== undefined && tpv.lat !== undefined) {
      lat = tpv.lat;
      lon = tpv.lon;
      altHae = tpv.altHae;
      altMsl = tpv.altMsl;
      geoidSep = tpv.geoidSep;
    } else {
      const withPos = [gga, gns, rmc, gll].find((o) => o !== undefined && o.lat !== undefined && o.lon !== undefined);
      lat = withPos?.lat;
      lon = withPos?.lon;
      const h = gga?.altMsl !== undefined ? gga : gns?.altMsl !== undefined ? gns : undefined;
      if (h !== undefined) {
        altMsl = h.altMsl;
        geoidSep = h.geoidSep;
        if (altMsl !== undefined && geoidSep !== undefined) altHae = Math.round((altMsl + geoidSep) * 10000) / 10000;
      }
    }

    // --- motion ---
    let speed: number | undefined;
    let course: number | undefined;
    let climb: number | undefined;
    if (pvtPos !== undefined) {
      speed = pvtPos.gSpeed;
      course = pvtPos.headMot;
      climb = -pvtPos.velD;
    } else if (tpv !== undefined && (tpv.speed !== undefined || tpv.track !== undefined)) {
      speed = tpv.speed;
      course = tpv.track;
      climb = tpv.climb;
    } else {
      speed = rmc?.speed ?? vtg?.speed;
      course = rmc?.course ?? vtg?.course;
    }
    if (climb === undefined && tpv !== undefined) climb = tpv.climb;
    const heading = hdt?.heading ?? pvt?.headVeh;

    // --- quality, mode, validity ---
    let quality: FixQuality;
    let mode: FixMode;
    let flaggedInvalid = false;
    if (pvt !== undefined) {
      const ft = pvt.fixType;
      quality = ft === 0 || ft === 5 ? 'none'
        : ft === 1 ? 'dead-reckoning'
          : pvt.carrSoln === 2 ? 'rtk-fixed' : pvt.carrSoln === 1 ? 'rtk-float' : pvt.diffSoln ? 'dgps' : 'gps';
      mode = ft === 1 || ft === 2 ? '2d' : ft === 3 || ft === 4 ? '3d' : 'none';
      flaggedInvalid = !pvt.gnssFixOk || pvt.invalidLlh;
    } else if (tpv !== undefined) {
      mode = tpv.mode;
      quality = tpv.status !== undefined && TPV_STATUS[tpv.status] !== undefined ? TPV_STATUS[tpv.status]!
        : mode === '2d' || mode === '3d' ? 'gps' : 'none';
    } else {
      // RMC/GLL status V overrides their mode letter (some receivers send V with mode A).
      const rmcQuality = rmc === undefined ? undefined : rmc.statusValid === false ? 'none' : rmc.quality ?? (rmc.statusValid ? 'gps' : undefined);
      const gllQuality = gll === undefined ? undefined : gll.statusValid === false ? 'none' : gll.quality;
      quality = gga?.quality ?? gns?.quality ?? rmcQuality ?? gllQuality ?? vtg?.quality ?? 'none';
      const gsaMode = gsa?.mode;
      if (gsaMode !== undefined) mode = gsaMode;
      else if (quality !== 'none' && lat !== undefined) mode = altMsl !== undefined ? '3d' : '2d';
      else mode = 'none';
      flaggedInvalid = rmc?.statusValid === false || gll?.statusValid === false || gns?.statusValid === false;
    }
    const valid = !flaggedInvalid && quality !== 'none' && quality !== 'manual' && quality !== 'simulation'
      && mode !== 'none' && lat !== undefined && lon !== undefined;

    // --- satellites and DOPs ---
    const satellites = pvt?.numSv ?? sky?.uSat ?? (used.size > 0 ? used.size : undefined) ?? gga?.numSv ?? gns?.numSv;
    const pdop = dop?.pdop ?? pvt?.pdop ?? sky?.pdop ?? gsa?.pdop;
    const hdop = dop?.hdop ?? sky?.hdop ?? gsa?.hdop ?? gga?.hdop ?? gns?.hdop;
    const vdop = dop?.vdop ?? sky?.vdop ?? gsa?.vdop;

    // --- accuracy ---
    let accuracy: AccuracyEllipse | undefined;
    let verticalAccuracy: number | undefined;
    // The accuracy of the position used: an HPPOSLLH flagged invalidLlh was passed over above.
    const ubxAcc = hpPos ?? pvt;
    if (cov !== undefined && cov.posValid) {
      accuracy = ellipseFromCovariance(cov.nn, cov.ne, cov.ee, 'ubx-nav-cov');
      verticalAccuracy = Math.sqrt(cov.dd);
    } else if (gst !== undefined && gst.semiMajor !== undefined && gst.semiMinor !== undefined && gst.orientation !== undefined) {
      accuracy = ellipseFromAxes(gst.semiMajor, gst.semiMinor, gst.orientation, 'nmea-gst');
    } else if (gst !== undefined && gst.sigmaLat !== undefined && gst.sigmaLon !== undefined) {
      accuracy = axisAligned(gst.sigmaLat, gst.sigmaLon, 'nmea-gst-sigmas');
    } else if (ggst !== undefined && ggst.major !== undefined && ggst.minor !== undefined && ggst.orient !== undefined) {
      accuracy = ellipseFromAxes(ggst.major, ggst.minor, ggst.orient, 'gpsd-gst');
    } else if (ggst !== undefined && ggst.lat !== undefined && ggst.lon !== undefined) {
      accuracy = axisAligned(ggst.lat, ggst.lon, 'gpsd-gst-sigmas');
    } else if (ubxAcc !== undefined && (pvt === undefined || pvt.fixType !== 0)) {
      accuracy = { semiMajor: ubxAcc.hAcc, semiMinor: ubxAcc.hAcc, orientation: 0, source: 'ubx-hacc' };
    } else if (tpv !== undefined && tpv.epx !== undefined && tpv.epy !== undefined) {
      accuracy = axisAligned(tpv.epy / SIGMA_95, tpv.epx / SIGMA_95, 'gpsd-epx-epy');
    }
    verticalAccuracy ??= gst?.sigmaAlt ?? ggst?.alt
      ?? (ubxAcc !== undefined && (pvt === undefined || pvt.fixType !== 0) ? ubxAcc.vAcc : undefined)
      ?? (tpv?.epv !== undefined ? tpv.epv / SIGMA_95 : undefined);
    const speedAccuracy = pvtPos?.sAcc ?? (tpv?.eps !== undefined ? tpv.eps / SIGMA_95 : undefined);
    const courseAccuracy = pvtPos?.headAcc ?? (tpv?.epd !== undefined ? tpv.epd / SIGMA_95 : undefined);

    let hasUbx = false;
    let hasNmea = false;
    let hasGpsd = false;
    for (const k of d.kinds) {
      if (UBX_KINDS.has(k)) hasUbx = true;
      else if (GPSD_KINDS.has(k)) hasGpsd = true;
      else hasNmea = true;
    }
    const protocol: GnssProtocol = hasGpsd ? 'gpsd' : hasUbx ? (hasNmea ? 'nmea+ubx' : 'ubx') : 'nmea';

    // One literal with every field (undefined where not reported): one object shape for all fixes.
    const fix: GnssFix = {
      time, timeOfDay: tod, leapSecond, leapSeconds, leapSecondsSource,
      valid, quality, mode, lat, lon, altHae, altMsl, geoidSep,
      speed, course, heading, climb, satellites, hdop, vdop, pdop,
      accuracy, verticalAccuracy, speedAccuracy, courseAccuracy,
      rxTime: this.opts.clock.now(),
      rxMonotonic: this.opts.clock.monotonic(),
      source: this.opts.source,
      protocol,
    };
    return fix;
  }
}
