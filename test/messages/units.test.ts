/**
 * The SI -> J2735 conversion module: every range and "unavailable" constant equals the
 * constraint of the data element in each generated edition, and the conversions round,
 * clamp and fall back as the elements' definitions say.
 */
import { describe, expect, it } from 'vitest';
import type { IrType } from '../../asn1/runtime/schema.js';
import * as U from '../../src/units/j2735.js';
import { editions } from '../asn1/editions.js';

function intRange(codec: (typeof editions)[number][1], id: string): { lb: number; ub: number } {
  let t: IrType = codec.schema.types[id]!.type;
  while (t.kind === 'ref') t = codec.schema.types[t.id]!.type;
  if (t.kind !== 'integer' || t.lb === null || t.ub === null) throw new Error(`${id} is not a constrained INTEGER`);
  return { lb: t.lb, ub: t.ub };
}

const checks: [string, number, number][] = [
  ['Latitude', U.LATITUDE.min, U.LATITUDE.unavailable],
  ['Longitude', U.LONGITUDE.min, U.LONGITUDE.unavailable],
  ['Elevation', U.ELEVATION.unavailable, U.ELEVATION.max],
  ['SemiMajorAxisAccuracy', 0, U.AXIS_ACCURACY.unavailable],
  ['SemiMajorAxisOrientation', 0, U.AXIS_ORIENTATION.unavailable],
  ['Speed', 0, U.SPEED.unavailable],
  ['Heading', 0, U.HEADING.unavailable],
  ['SteeringWheelAngle', U.STEERING_WHEEL_ANGLE.min, U.STEERING_WHEEL_ANGLE.unavailable],
  ['Acceleration', U.ACCELERATION.min, U.ACCELERATION.unavailable],
  ['VerticalAcceleration', U.VERTICAL_ACCELERATION.unavailable, U.VERTICAL_ACCELERATION.max],
  ['YawRate', U.YAW_RATE.min, U.YAW_RATE.max],
  ['VehicleWidth', 0, U.VEHICLE_WIDTH.max],
  ['VehicleLength', 0, U.VEHICLE_LENGTH.max],
  ['OffsetLL_B18', U.OFFSET_LL_B18.unavailable, U.OFFSET_LL_B18.max],
  ['VertOffset_B12', U.VERT_OFFSET_B12.unavailable, U.VERT_OFFSET_B12.max],
  ['TimeOffset', U.TIME_OFFSET.min, U.TIME_OFFSET.unavailable],
  ['RadiusOfCurvature', -U.RADIUS_OF_CURVATURE.straight, U.RADIUS_OF_CURVATURE.straight],
  ['Confidence', 0, U.CONFIDENCE.max],
  ['DSecond', 0, U.DSECOND_UNAVAILABLE],
  ['VehicleHeight', 0, U.VEHICLE_HEIGHT.max],
  ['VehicleMass', 0, U.VEHICLE_MASS.unavailable],
];

describe.each(editions)('conversion constants against the %s modules', (edition, codec) => {
  const present = checks.filter(([id]) => codec.schema.types[id] !== undefined);
  it('the data elements a BSM uses are there', () => {
    // CSAE has no TimeOffset/OffsetLL-B18-based path points (it uses absolute positions) nor VehicleMass.
    expect(present.length).toBeGreaterThanOrEqual(edition === 'csae53-2017' ? 14 : checks.length);
  });
  it.each(present)('%s is %i..%i', (id, lb, ub) => {
    expect(intRange(codec, id)).toEqual({ lb, ub });
  });
  it('CoarseHeading unavailable is its upper bound', () => {
    if (!codec.schema.types.CoarseHeading) return;
    expect(intRange(codec, 'CoarseHeading').ub).toBe(U.COARSE_HEADING.unavailable);
  });
});

describe('conversions', () => {
  it('round, clamp, and use the unavailable values', () => {
    expect(U.latitude(37.7210077)).toBe(377210077);
    expect(U.latitude(undefined)).toBe(900000001);
    expect(U.latitude(Number.NaN)).toBe(900000001);
    expect(U.longitude(-122.4723053)).toBe(-1224723053);
    expect(U.longitude(180)).toBe(1800000000);
    expect(U.elevation(33.37)).toBe(334);
    expect(U.elevation(-1000)).toBe(-4095);
    expect(U.elevation(10000)).toBe(61439);
    expect(U.speed(7.823)).toBe(391);
    expect(U.speed(200)).toBe(8190);
    expect(U.speed(undefined)).toBe(8191);
    expect(U.heading(359.999)).toBe(0);
    expect(U.heading(2.13561)).toBe(171);
    expect(U.heading(-90)).toBe(21600);
    expect(U.steeringWheelAngle(4.6)).toBe(3);
    expect(U.steeringWheelAngle(-400)).toBe(-126);
    expect(U.steeringWheelAngle(undefined)).toBe(127);
    expect(U.acceleration(-25)).toBe(-2000);
    expect(U.acceleration(0.236)).toBe(24);
    expect(U.yawRate(1.2345)).toBe(123);
    expect(U.yawRate(undefined)).toBe(0);
    expect(U.axisAccuracy(0.5)).toBe(10);
    expect(U.axisAccuracy(13)).toBe(254);
    expect(U.axisOrientation(90)).toBe(16384);
    expect(U.axisOrientation(359.9945078786)).toBe(65534);
    expect(U.timeOffset(0)).toBe(1);
    expect(U.timeOffset(1e9)).toBe(65534);
    expect(U.offsetLLB18(0.02)).toBe(131071);
    expect(U.radiusOfCurvature(500)).toBe(5000);
    expect(U.radiusOfCurvature(-500)).toBe(-5000);
    expect(U.radiusOfCurvature(4000)).toBe(32767);
    expect(U.radiusOfCurvature(undefined)).toBe(32767);
    expect(U.vehicleMass(1656)).toBe(33);
    expect(U.vehicleMass(5000)).toBe(82);
    expect(U.vehicleMass(200000)).toBe(254);
  });
});
