/**
 * The GNSS contract: what a position source delivers (`GnssFix`, one per receiver epoch) and
 * how a source behaves (`GnssSource`). Every implementation (serial NMEA/UBX, the gpsd client,
 * log replay, the firmware bridge) obeys the same rules; one conformance suite checks them.
 *
 * Units are SI and degrees. A field that the receiver did not report is `undefined`: nothing
 * is invented, no host clock is used as a stand-in for receiver time.
 */

/**
 * How the position was obtained (NMEA GGA quality / GNS mode / RMC mode, UBX NAV-PVT fixType
 * and flags, gpsd TPV status).
 */
export type FixQuality =
  | 'none' | 'gps' | 'dgps' | 'pps' | 'rtk-fixed' | 'rtk-float' | 'dead-reckoning' | 'manual' | 'simulation';

/** Fix dimension (NMEA GSA mode, UBX fixType, gpsd TPV mode). */
export type FixMode = 'none' | '2d' | '3d';

/** Which receiver output the accuracy ellipse was taken from. */
export type AccuracySource =
  /** NMEA GST semi-major/semi-minor/orientation fields. */
  | 'nmea-gst'
  /** NMEA GST latitude and longitude sigmas (axis-aligned ellipse; the receiver left the ellipse fields empty). */
  | 'nmea-gst-sigmas'
  /** UBX NAV-COV north/east position covariance (eigen-decomposed). */
  | 'ubx-nav-cov'
  /** UBX NAV-PVT (or NAV-HPPOSLLH) hAcc, a circle: no orientation information. */
  | 'ubx-hacc'
  /** gpsd GST major/minor/orient. */
  | 'gpsd-gst'
  /** gpsd GST lat/lon sigmas (axis-aligned ellipse). */
  | 'gpsd-gst-sigmas'
  /** gpsd TPV epx/epy (95 % per axis, divided by 1.96 to give one sigma; axis-aligned). */
  | 'gpsd-epx-epy';

/** The horizontal position error ellipse at one standard deviation (J2735 PositionalAccuracy). */
export interface AccuracyEllipse {
  /** One-sigma semi-major axis, metres. */
  semiMajor: number;
  /** One-sigma semi-minor axis, metres (<= semiMajor). */
  semiMinor: number;
  /** Orientation of the semi-major axis, degrees clockwise from true north, in [0, 180). */
  orientation: number;
  /** The receiver output it was computed from. */
  source: AccuracySource;
}

/** Where the GPS-UTC offset in a fix came from. */
export type LeapSecondsSource = 'receiver' | 'table';

/** The wire protocol a fix was assembled from. */
export type GnssProtocol = 'nmea' | 'ubx' | 'nmea+ubx' | 'gpsd';

/**
 * One receiver epoch. Sources, per field, in order of preference (the first one present wins):
 * UBX = u-blox binary, NMEA = NMEA 0183 sentences, gpsd = gpsd JSON reports.
 */
export interface GnssFix {
  /**
   * UTC time of the epoch, ms since the Unix epoch (POSIX: leap seconds not counted).
   * UBX NAV-PVT date+time (+nano, rounded to the ms) when validDate and validTime; NMEA
   * time of day (GGA/RMC/GNS/GST/ZDA) with the date of RMC or ZDA (the last date seen on the
   * same stream, advanced across midnight, when this epoch carries none); gpsd TPV `time`.
   * `undefined` when the receiver has no date or no time: never the host clock.
   * During an inserted leap second (receiver second 60) this is 23:59:59.xxx and `leapSecond` is set.
   */
  time: number | undefined;
  /**
   * UTC time of day of the epoch, ms since 00:00 (0..86399999; 86400000..86400999 during an
   * inserted leap second). Present whenever the receiver gave a time, even without a date,
   * so secMark is available when MinuteOfTheYear is not.
   */
  timeOfDay?: number;
  /** True when the epoch falls in an inserted leap second (second 60). */
  leapSecond?: boolean;
  /**
   * GPS-UTC offset in seconds that applies to `time`: from the receiver (UBX NAV-TIMEGPS leapS
   * when leapSValid, gpsd TPV `leapseconds`) or else from the built-in table for the fix date.
   */
  leapSeconds?: number;
  leapSecondsSource?: LeapSecondsSource;

  /**
   * True when the fix may be used for safety messages: a GNSS position with quality other than
   * none/manual/simulation, mode 2d or 3d, latitude and longitude present, and no receiver flag
   * saying otherwise (NMEA RMC/GLL status V, GNS navigational status U, UBX gnssFixOK clear or invalidLlh set).
   */
  valid: boolean;
  quality: FixQuality;
  mode: FixMode;

  /** Latitude, degrees, WGS-84, north positive. UBX NAV-HPPOSLLH, NAV-PVT; NMEA GGA, GNS, RMC, GLL; gpsd TPV lat. */
  lat: number | undefined;
  /** Longitude, degrees, WGS-84, east positive. Same sources as `lat`. */
  lon: number | undefined;
  /**
   * Height above the WGS-84 ellipsoid, metres (what J2735 Elevation carries). UBX `height`;
   * NMEA GGA/GNS altitude + geoid separation (undefined when the receiver leaves the
   * separation empty: MSL is not passed off as ellipsoidal); gpsd TPV altHAE.
   */
  altHae?: number;
  /** Height above mean sea level, metres. UBX hMSL; NMEA GGA/GNS altitude; gpsd TPV altMSL. */
  altMsl?: number;
  /** Geoid separation (ellipsoid height - MSL height), metres. */
  geoidSep?: number;

  /** Speed over ground, m/s. UBX gSpeed; NMEA RMC knots, else VTG knots or km/h; gpsd TPV speed. */
  speed?: number;
  /** Course over ground, degrees clockwise from true north [0, 360). UBX headMot; NMEA RMC/VTG true course; gpsd TPV track. */
  course?: number;
  /** Vehicle heading, degrees from true north (NMEA HDT; UBX headVeh when headVehValid). */
  heading?: number;
  /** Vertical speed, m/s, up positive (UBX -velD; gpsd TPV climb). */
  climb?: number;

  /** Satellites used in the solution (UBX numSV; NMEA GSA PRNs counted, else GGA/GNS; gpsd SKY uSat). */
  satellites?: number;
  /** Dilutions of precision (UBX NAV-DOP / NAV-PVT pDOP; NMEA GSA, GGA/GNS hdop; gpsd SKY). */
  hdop?: number;
  vdop?: number;
  pdop?: number;

  /**
   * Horizontal accuracy ellipse at one sigma. UBX NAV-COV, else NMEA GST, else UBX hAcc (a
   * circle); gpsd GST, else TPV epx/epy. Undefined when the receiver reports none.
   */
  accuracy?: AccuracyEllipse;
  /** One-sigma vertical accuracy, metres (UBX NAV-COV/vAcc; NMEA GST altitude sigma; gpsd GST alt, else epv/1.96). */
  verticalAccuracy?: number;
  /** One-sigma speed accuracy, m/s (UBX sAcc; gpsd eps/1.96). */
  speedAccuracy?: number;
  /** One-sigma course accuracy, degrees (UBX headAcc; gpsd epd/1.96). */
  courseAccuracy?: number;

  /** `clock.now()` of the injected Clock when the epoch was completed (UTC ms). */
  rxTime: number;
  /** `clock.monotonic()` when the epoch was completed (ms); ages and staleness use this. */
  rxMonotonic: number;
  /** Where this fix came from (device path, gpsd address, log file). */
  source: string;
  protocol: GnssProtocol;
}

/** Link state of a source. */
export type GnssLinkState =
  /** Constructed, `open()` not called yet. */
  | 'idle'
  /** Opening the device / connecting. */
  | 'opening'
  /** Receiving bytes from the device / daemon / log. */
  | 'open'
  /** The device disappeared or the connection dropped; reopening with backoff. */
  | 'reconnecting'
  /** The input ended for good (end of a log). Iteration ends. */
  | 'ended'
  /** `close()` was called. Iteration ends. */
  | 'closed';

/** Why received input was skipped. */
export type GnssDiscardReason =
  /** Bytes that start no known frame. */
  | 'garbage'
  /** NMEA or UBX frame whose checksum does not match (or NMEA without one). */
  | 'bad-checksum'
  /** A frame cut short (new start byte, control byte or over-long line before its end). */
  | 'truncated'
  /** A well-framed message with an impossible value (latitude 91 deg, hour 25, ...). */
  | 'invalid-value'
  /** A message for an epoch that was already completed and delivered. */
  | 'late'
  /** A gpsd line that is not JSON or not an object with a class. */
  | 'malformed';

export interface GnssDiscard {
  reason: GnssDiscardReason;
  /** Human-readable reason with the field path, e.g. `GGA.lat: minutes 61.2 >= 60`. */
  detail: string;
  /** Number of bytes skipped. */
  bytes: number;
}

/** Monotonic counters of a source (since construction; not reset by reopening). */
export interface GnssCounters {
  /** Bytes received. */
  bytes: number;
  /** NMEA sentences with a good checksum. */
  nmeaSentences: number;
  /** UBX frames with a good checksum. */
  ubxFrames: number;
  /** gpsd JSON reports received. */
  gpsdReports: number;
  /** Well-formed messages not used for fixes (GSV, TXT, proprietary, RTCM3, other UBX classes, other gpsd classes). */
  ignored: number;
  /** Bytes skipped while looking for a frame start. */
  garbageBytes: number;
  badChecksum: number;
  truncated: number;
  invalidValues: number;
  /** Messages that arrived after their epoch was delivered (skipped). */
  late: number;
  /** Malformed gpsd lines. */
  malformed: number;
  /** Fixes delivered. */
  fixes: number;
  /** Fixes an iterator could not keep up with (oldest dropped). */
  dropped: number;
  /** Times the device or connection was reopened after a loss. */
  reopens: number;
}

export interface GnssSourceEvents {
  /** Every fix, as it is completed (also delivered to iterators). */
  fix: (fix: GnssFix) => void;
  /** The link changed state; `detail` says why (error text, end of log). */
  state: (state: GnssLinkState, detail?: string) => void;
  /** Freshness changed: true when no fix arrived for `staleAfterMs` or the link is down. */
  stale: (stale: boolean) => void;
  /** Received input was skipped (also counted in `counters`). */
  discard: (d: GnssDiscard) => void;
}

/**
 * A GNSS source.
 *
 * Rules:
 * - `open()` resolves once the first open attempt succeeded. If it fails because the device is
 *   absent or the daemon is down, `open()` still resolves and the source keeps retrying with
 *   backoff (state `reconnecting`); it rejects only on a configuration error (bad path syntax,
 *   unreadable log file).
 * - Iterating (`for await (const fix of source)`) yields the fixes completed after the
 *   iterator was created, in order. Each iterator has its own bounded queue; when a consumer
 *   falls behind, the oldest fixes are dropped and counted in `counters.dropped`.
 *   Iteration ends when the source is closed or its input ends (state `ended`).
 * - `stale` is true until the first fix, after `staleAfterMs` of the injected clock without a
 *   fix, and while the link is down; a `stale` event fires on every change.
 * - A lost device/connection is reopened with exponential backoff; fixes resume; the source
 *   never throws from its receive path. Bad input is counted and reported as `discard` events.
 * - `close()` is idempotent, cancels timers, releases the device and ends every iterator.
 * - Receive times (`rxTime`, `rxMonotonic`) and staleness use the injected Clock only.
 */
export interface GnssSource extends AsyncIterable<GnssFix> {
  /** What this source reads: device path, `host:port`, or log file path. */
  readonly name: string;
  readonly state: GnssLinkState;
  readonly stale: boolean;
  /** The latest fix, or undefined before the first one. */
  readonly lastFix: GnssFix | undefined;
  /** Milliseconds of the injected monotonic clock since the latest fix; Infinity before the first. */
  age(): number;
  readonly counters: Readonly<GnssCounters>;
  open(): Promise<void>;
  close(): Promise<void>;
  on<E extends keyof GnssSourceEvents>(event: E, listener: GnssSourceEvents[E]): this;
  off<E extends keyof GnssSourceEvents>(event: E, listener: GnssSourceEvents[E]): this;
}

/** A fresh, all-zero counter set. */
export function emptyGnssCounters(): GnssCounters {
  return {
    bytes: 0, nmeaSentences: 0, ubxFrames: 0, gpsdReports: 0, ignored: 0, garbageBytes: 0, badChecksum: 0,
    truncated: 0, invalidValues: 0, late: 0, malformed: 0, fixes: 0, dropped: 0, reopens: 0,
  };
}
