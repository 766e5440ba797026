/**
 * SI units -> SAE J2735 (and CSAE 53, which uses the same units) data elements: the one
 * place where vehicle and GNSS quantities become message integers. Every function rounds,
 * clamps to the element's range as the element's definition says ("the value 2000 shall be
 * used for values greater than 2000"), and returns the element's "unavailable" value for
 * `undefined` or non-finite input. Each constant below is checked against the generated
 * schema of every edition by test/messages/units.test.ts.
 *
 * Time elements (DSecond, MinuteOfTheYear) live in ./time.ts and are re-exported here.
 */
export { DSECOND_UNAVAILABLE, MINUTE_OF_THE_YEAR_UNAVAILABLE, fixTimeToJ2735, toDSecond, toMinuteOfTheYear } from './time.js';

export const LATITUDE = { min: -900000000, max: 900000000, unavailable: 900000001 } as const;
export const LONGITUDE = { min: -1799999999, max: 1800000000, unavailable: 1800000001 } as const;
/** Elevation, 0.1 m: -4095 and 61439 for beyond the range; -4096 unavailable. */
export const ELEVATION = { min: -4095, max: 61439, unavailable: -4096 } as const;
/** SemiMajor/SemiMinorAxisAccuracy, 0.05 m: 254 for 12.7 m or more; 255 unavailable. */
export const AXIS_ACCURACY = { max: 254, unavailable: 255 } as const;
/** SemiMajorAxisOrientation, 360/65535 degrees; 65535 unavailable. */
export const AXIS_ORIENTATION = { max: 65534, unavailable: 65535 } as const;
/** Speed (Velocity), 0.02 m/s; 8191 unavailable. */
export const SPEED = { max: 8190, unavailable: 8191 } as const;
/** Heading, 0.0125 degrees; 28800 unavailable. */
export const HEADING = { max: 28799, unavailable: 28800 } as const;
/** SteeringWheelAngle, 1.5 degrees, +-126 for +-189 degrees and beyond; 127 unavailable. */
export const STEERING_WHEEL_ANGLE = { min: -126, max: 126, unavailable: 127 } as const;
/** Acceleration, 0.01 m/s^2, +-2000 beyond; 2001 unavailable. */
export const ACCELERATION = { min: -2000, max: 2000, unavailable: 2001 } as const;
/** VerticalAcceleration, 0.02 G, -126 and 127 beyond; -127 unavailable. */
export const VERTICAL_ACCELERATION = { min: -126, max: 127, unavailable: -127 } as const;
/** YawRate, 0.01 degrees/s. The element has no unavailable value: 0 is sent when unknown. */
export const YAW_RATE = { min: -32767, max: 32767 } as const;
/** VehicleWidth (cm, 0 = unavailable by convention) and VehicleLength (cm). */
export const VEHICLE_WIDTH = { max: 1023 } as const;
export const VEHICLE_LENGTH = { max: 4095 } as const;
/** OffsetLL-B18, 0.1 microdegree: +-131071 beyond; -131072 unavailable. */
export const OFFSET_LL_B18 = { min: -131071, max: 131071, unavailable: -131072 } as const;
/** VertOffset-B12, 10 cm: +-2047 beyond; -2048 unavailable. */
export const VERT_OFFSET_B12 = { min: -2047, max: 2047, unavailable: -2048 } as const;
/** TimeOffset, 10 ms: 1..65534 (65534 for 655.34 s or more); 65535 unavailable. */
export const TIME_OFFSET = { min: 1, max: 65534, unavailable: 65535 } as const;
/** CoarseHeading, 1.5 degrees: 0..239; 240 unavailable. */
export const COARSE_HEADING = { max: 239, unavailable: 240 } as const;
/** RadiusOfCurvature, 10 cm: +-32767; 32767 means straight. */
export const RADIUS_OF_CURVATURE = { min: -32766, max: 32766, straight: 32767 } as const;
/** Confidence, 0.5 %: 0..200. */
export const CONFIDENCE = { max: 200 } as const;

const finite = (x: number | undefined): x is number => x !== undefined && Number.isFinite(x);
const clamp = (v: number, lo: number, hi: number): number => (v < lo ? lo : v > hi ? hi : v);

/** Degrees -> Latitude (1e-7 degree). */
export function latitude(deg: number | undefined): number {
  if (!finite(deg) || deg < -90 || deg > 90) return LATITUDE.unavailable;
  return clamp(Math.round(deg * 1e7), LATITUDE.min, LATITUDE.max);
}

/** Degrees -> Longitude (1e-7 degree); 180 is sent as -180's neighbour range end. */
export function longitude(deg: number | undefined): number {
  if (!finite(deg) || deg < -180 || deg > 180) return LONGITUDE.unavailable;
  return clamp(Math.round(deg * 1e7), LONGITUDE.min, LONGITUDE.max);
}

/** Metres above the WGS-84 ellipsoid -> Elevation (0.1 m). */
export function elevation(m: number | undefined): number {
  if (!finite(m)) return ELEVATION.unavailable;
  return clamp(Math.round(m * 10), ELEVATION.min, ELEVATION.max);
}

/** One-sigma axis in metres -> Semi{Major,Minor}AxisAccuracy (0.05 m). */
export function axisAccuracy(m: number | undefined): number {
  if (!finite(m) || m < 0) return AXIS_ACCURACY.unavailable;
  return Math.min(Math.round(m / 0.05), AXIS_ACCURACY.max);
}

/** Degrees from true north -> SemiMajorAxisOrientation (360/65535 degree). */
export function axisOrientation(deg: number | undefined): number {
  if (!finite(deg)) return AXIS_ORIENTATION.unavailable;
  const d = ((deg % 360) + 360) % 360;
  return Math.round(d / (360 / 65535)) % 65535;
}

/** m/s -> Speed (0.02 m/s). */
export function speed(mps: number | undefined): number {
  if (!finite(mps) || mps < 0) return SPEED.unavailable;
  return Math.min(Math.round(mps / 0.02), SPEED.max);
}

/** Degrees from true north -> Heading (0.0125 degree). */
export function heading(deg: number | undefined): number {
  if (!finite(deg)) return HEADING.unavailable;
  const d = ((deg % 360) + 360) % 360;
  return Math.round(d / 0.0125) % 28800;
}

/** Degrees, clockwise positive -> SteeringWheelAngle (1.5 degree). */
export function steeringWheelAngle(deg: number | undefined): number {
  if (!finite(deg)) return STEERING_WHEEL_ANGLE.unavailable;
  return clamp(Math.round(deg / 1.5), STEERING_WHEEL_ANGLE.min, STEERING_WHEEL_ANGLE.max);
}

/** m/s^2 -> Acceleration (0.01 m/s^2). */
export function acceleration(mps2: number | undefined): number {
  if (!finite(mps2)) return ACCELERATION.unavailable;
  return clamp(Math.round(mps2 * 100), ACCELERATION.min, ACCELERATION.max);
}

/** m/s^2 (vertical, relative to 1 G at rest as J2735 counts it) -> VerticalAcceleration (0.02 G). */
export function verticalAcceleration(mps2: number | undefined): number {
  if (!finite(mps2)) return VERTICAL_ACCELERATION.unavailable;
  return clamp(Math.round(mps2 / 9.80665 / 0.02), VERTICAL_ACCELERATION.min, VERTICAL_ACCELERATION.max);
}

/** Degrees/s, clockwise positive -> YawRate (0.01 degree/s); 0 when unknown. */
export function yawRate(degps: number | undefined): number {
  if (!finite(degps)) return 0;
  return clamp(Math.round(degps * 100), YAW_RATE.min, YAW_RATE.max);
}

/** Metres -> VehicleWidth / VehicleLength (cm); 0 when unknown. */
export function vehicleWidth(m: number | undefined): number {
  if (!finite(m) || m < 0) return 0;
  return Math.min(Math.round(m * 100), VEHICLE_WIDTH.max);
}
export function vehicleLength(m: number | undefined): number {
  if (!finite(m) || m < 0) return 0;
  return Math.min(Math.round(m * 100), VEHICLE_LENGTH.max);
}

/** Difference in degrees -> OffsetLL-B18 (0.1 microdegree). */
export function offsetLLB18(deltaDeg: number | undefined): number {
  if (!finite(deltaDeg)) return OFFSET_LL_B18.unavailable;
  return clamp(Math.round(deltaDeg * 1e7), OFFSET_LL_B18.min, OFFSET_LL_B18.max);
}

/** Height difference in metres -> VertOffset-B12 (10 cm). */
export function vertOffsetB12(deltaM: number | undefined): number {
  if (!finite(deltaM)) return VERT_OFFSET_B12.unavailable;
  return clamp(Math.round(deltaM * 10), VERT_OFFSET_B12.min, VERT_OFFSET_B12.max);
}

/** Age in ms -> TimeOffset (10 ms, at least 1). */
export function timeOffset(ageMs: number | undefined): number {
  if (!finite(ageMs) || ageMs < 0) return TIME_OFFSET.unavailable;
  return clamp(Math.round(ageMs / 10), TIME_OFFSET.min, TIME_OFFSET.max);
}

/** Degrees from true north -> CoarseHeading (1.5 degree). */
export function coarseHeading(deg: number | undefined): number {
  if (!finite(deg)) return COARSE_HEADING.unavailable;
  const d = ((deg % 360) + 360) % 360;
  return Math.round(d / 1.5) % 240;
}

/**
 * Radius in metres (positive: curving right, as a positive yaw rate) -> RadiusOfCurvature
 * (10 cm); `undefined` or beyond the range means straight.
 */
export function radiusOfCurvature(m: number | undefined): number {
  if (!finite(m)) return RADIUS_OF_CURVATURE.straight;
  const v = Math.round(m * 10);
  if (v > RADIUS_OF_CURVATURE.max || v < RADIUS_OF_CURVATURE.min) return RADIUS_OF_CURVATURE.straight;
  return v;
}

/** Fraction 0..1 -> Confidence (0.5 %). */
export function confidence(fraction: number | undefined): number {
  if (!finite(fraction)) return 0;
  return clamp(Math.round(fraction * 200), 0, CONFIDENCE.max);
}

/** VehicleHeight, 5 cm units, 0..127 (6.35 m). */
export const VEHICLE_HEIGHT = { max: 127 } as const;
export function vehicleHeight(m: number | undefined): number | undefined {
  if (!finite(m) || m < 0) return undefined;
  return Math.min(Math.round(m / 0.05), VEHICLE_HEIGHT.max);
}

/** VehicleMass: 0-80 in 50 kg steps, 81-200 in 500 kg steps above 4000 kg, 201-253 in 2000 kg steps above 64000 kg, 254 above 170000 kg; 255 unknown. */
export const VEHICLE_MASS = { unavailable: 255 } as const;
export function vehicleMass(kg: number | undefined): number {
  if (!finite(kg) || kg < 0) return VEHICLE_MASS.unavailable;
  if (kg <= 4000) return Math.round(kg / 50);
  if (kg <= 64000) return 80 + Math.round((kg - 4000) / 500);
  if (kg <= 170000) return Math.min(253, 200 + Math.round((kg - 64000) / 2000));
  return 254;
}
