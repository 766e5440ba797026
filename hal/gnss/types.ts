/**
 * The GNSS source contract: one fix per receiver epoch, with UTC time, position, motion and
 * accuracy as the receiver reports them. Units are SI and degrees; `undefined` means the
 * receiver did not report the value.
 */
export type FixQuality =
  | 'none' | 'gps' | 'dgps' | 'pps' | 'rtk-fixed' | 'rtk-float' | 'dead-reckoning' | 'manual' | 'simulation';

export type FixMode = 'none' | '2d' | '3d';

export interface AccuracyEllipse {
  /** One-sigma semi-major axis, metres. */
  semiMajor: number;
  /** One-sigma semi-minor axis, metres. */
  semiMinor: number;
  /** Orientation of the semi-major axis, degrees clockwise from true north (0..180). */
  orientation: number;
}

export interface GnssFix {
  /** UTC time of the epoch, ms since the Unix epoch; undefined when the receiver has no time. */
  time: number | undefined;
  /** GPS-UTC leap seconds used to get `time` (from the receiver where it says, else the table). */
  leapSeconds?: number;
  lat: number | undefined;
  lon: number | undefined;
  /** Height above the WGS-84 ellipsoid, metres. */
  altHae?: number;
  /** Height above mean sea level, metres. */
  altMsl?: number;
  /** Geoid separation (ellipsoid - MSL), metres. */
  geoidSep?: number;
  /** Speed over ground, m/s. */
  speed?: number;
  /** Course over ground, degrees from true north. */
  course?: number;
  quality: FixQuality;
  mode: FixMode;
  satellites?: number;
  hdop?: number;
  vdop?: number;
  pdop?: number;
  accuracy?: AccuracyEllipse;
  /** One-sigma vertical accuracy, metres. */
  verticalAccuracy?: number;
  /** One-sigma speed accuracy, m/s. */
  speedAccuracy?: number;
  /** One-sigma course accuracy, degrees. */
  courseAccuracy?: number;
  /** Where this fix came from (device path, gpsd address, log file). */
  source: string;
}
