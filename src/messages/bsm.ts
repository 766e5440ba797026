/**
 * Basic Safety Message builders: one set of inputs (a valid GNSS fix, the vehicle state with
 * stale fields already removed, the path history and prediction, events, identity), two
 * message sets: SAE J2735 (the same value serves the 2016, 2020 and 2024 editions) and
 * CSAE 53-2017. All unit conversion goes through src/units/j2735.ts.
 */
import type { BasicSafetyMessage as CsaeBsm } from '../../asn1/generated/csae53-2017/types.js';
import type { BasicSafetyMessage as J2735Bsm, PathHistoryPoint, TransmissionState } from '../../asn1/generated/j2735-2020/types.js';
import { bitString, type BitString } from '../../asn1/runtime/values.js';
import type { GnssFix } from '../../hal/gnss/types.js';
import type { PathSample } from '../loop/path-history.js';
import type { Prediction } from '../loop/path-prediction.js';
import * as U from '../units/j2735.js';
import type { AssistStatus, Gear, VehicleStateValues } from '../vehicle/state.js';

/** Event flags the engine raises (J2735 / CSAE VehicleEventFlags bit names). */
export type BsmEvent = 'eventHazardLights' | 'eventABSactivated' | 'eventTractionControlLoss' | 'eventStabilityControlactivated' | 'eventHardBraking' | 'eventLightsChanged' | 'eventDisabledVehicle';

const EVENT_BITS: Record<BsmEvent, number> = {
  eventHazardLights: 0,
  eventABSactivated: 2,
  eventTractionControlLoss: 3,
  eventStabilityControlactivated: 4,
  eventHardBraking: 7,
  eventLightsChanged: 8,
  eventDisabledVehicle: 11,
};

/** The vehicle's fixed description (from the profile or the configuration). */
export interface VehicleDescription {
  /** Metres. */
  width?: number;
  length?: number;
  height?: number;
  /** kg */
  mass?: number;
  /** J2735 BasicVehicleClass (10: passenger vehicle, type unknown). */
  basicClass: number;
}

export interface BsmInputs {
  msgCnt: number;
  /** 4 octets (J2735 TemporaryID); CSAE uses 8, built by repeating the 4. */
  id: Uint8Array;
  fix: GnssFix;
  /** Vehicle fields, `undefined` where unknown or older than the allowed data age. */
  vehicle: VehicleStateValues;
  /** Heading to send, degrees (latched at low speed by the engine), undefined when unknown. */
  heading: number | undefined;
  /** Speed to send, m/s. */
  speed: number | undefined;
  /** Path-history points, newest first (already selected for this message). */
  pathHistory: readonly PathSample[];
  prediction: Prediction;
  events: ReadonlySet<BsmEvent>;
  description: VehicleDescription;
}

const TRANSMISSION: Record<Gear, TransmissionState> = { park: 'park', reverse: 'reverseGears', neutral: 'neutral', drive: 'forwardGears' };

function transmission(g: Gear | undefined): TransmissionState {
  return g === undefined ? 'unavailable' : TRANSMISSION[g];
}

function assist(s: AssistStatus | undefined): 'unavailable' | 'off' | 'on' | 'engaged' {
  return s ?? 'unavailable';
}

function onOff(b: boolean | undefined): 'unavailable' | 'off' | 'on' {
  return b === undefined ? 'unavailable' : b ? 'on' : 'off';
}

function wheelBrakes(applied: boolean | undefined): BitString {
  // BrakeAppliedStatus: bit 0 'unavailable'; 1-4 the wheels. A single brake-applied signal
  // means all four service brakes.
  if (applied === undefined) return bitString(5, [0]);
  return bitString(5, applied ? [1, 2, 3, 4] : []);
}

function lights(v: VehicleStateValues): BitString | undefined {
  const bits: number[] = [];
  let known = false;
  const flag = (b: boolean | undefined, bit: number): void => {
    if (b !== undefined) known = true;
    if (b) bits.push(bit);
  };
  flag(v.lowBeams, 0);
  flag(v.highBeams, 1);
  if (v.turnSignal !== undefined) {
    known = true;
    if (v.turnSignal === 'left') bits.push(2);
    if (v.turnSignal === 'right') bits.push(3);
  }
  flag(v.hazardLights, 4);
  flag(v.automaticLightControl, 5);
  flag(v.daytimeRunningLights, 6);
  flag(v.fogLights, 7);
  flag(v.parkingLights, 8);
  return known ? bitString(9, bits) : undefined;
}

function events(e: ReadonlySet<BsmEvent>): BitString | undefined {
  if (e.size === 0) return undefined;
  return bitString(13, [...e].map((n) => EVENT_BITS[n]));
}

function accuracy(fix: GnssFix): { semiMajor: number; semiMinor: number; orientation: number } {
  const a = fix.accuracy;
  return {
    semiMajor: U.axisAccuracy(a?.semiMajor),
    semiMinor: U.axisAccuracy(a?.semiMinor),
    // A circle (UBX hAcc) has no orientation.
    orientation: a === undefined || a.source === 'ubx-hacc' ? U.AXIS_ORIENTATION.unavailable : U.axisOrientation(a.orientation),
  };
}

function j2735PathPoints(inp: BsmInputs): PathHistoryPoint[] {
  const cur = inp.fix;
  const t0 = cur.time!;
  return inp.pathHistory.map((p) => ({
    latOffset: U.offsetLLB18(p.lat - cur.lat!),
    lonOffset: U.offsetLLB18(p.lon - cur.lon!),
    elevationOffset: p.alt === undefined || cur.altHae === undefined ? U.VERT_OFFSET_B12.unavailable : U.vertOffsetB12(p.alt - cur.altHae),
    timeOffset: U.timeOffset(t0 - p.t),
  }));
}

/** What J2735 coreData and the CSAE BSM have alike: motion and brakes. */
function motion(inp: BsmInputs) {
  const v = inp.vehicle;
  return {
    transmission: transmission(v.gear),
    speed: U.speed(inp.speed),
    heading: U.heading(inp.heading),
    angle: U.steeringWheelAngle(v.steeringAngle),
    accelSet: { long: U.acceleration(v.accelLong), lat: U.acceleration(v.accelLat), vert: U.VERTICAL_ACCELERATION.unavailable, yaw: U.yawRate(v.yawRate) },
  };
}

function brakes(v: VehicleStateValues) {
  return {
    wheelBrakes: wheelBrakes(v.brakeApplied),
    traction: assist(v.tractionControl),
    abs: assist(v.abs),
    scs: assist(v.stabilityControl),
    brakeBoost: 'unavailable' as const,
    auxBrakes: onOff(v.parkingBrake),
  };
}

/** Events, path prediction and lights: the parts of the safety extensions both message sets share. */
function safetyCommon(inp: BsmInputs, out: Record<string, unknown>): void {
  const ev = events(inp.events);
  if (ev) out.events = ev;
  out.pathPrediction = { radiusOfCurve: U.radiusOfCurvature(inp.prediction.radius), confidence: U.confidence(inp.prediction.confidence) };
  const l = lights(inp.vehicle);
  if (l) out.lights = l;
}

/** The J2735 BSM (2016, 2020 and 2024 share this shape). */
export function buildJ2735Bsm(inp: BsmInputs): J2735Bsm {
  const { fix } = inp;
  const time = U.fixTimeToJ2735(fix);
  const vse: Record<string, unknown> = {};
  if (inp.pathHistory.length) vse.pathHistory = { crumbData: j2735PathPoints(inp) };
  safetyCommon(inp, vse);
  const partII: J2735Bsm['partII'] = [{ 'partII-Id': 0, 'partII-Value': vse as never }];
  const d = inp.description;
  const height = U.vehicleHeight(d.height);
  if (d.basicClass !== 0 || height !== undefined || d.mass !== undefined) {
    const sup: Record<string, unknown> = { classification: d.basicClass };
    const data: Record<string, unknown> = {};
    if (height !== undefined) data.height = height;
    if (d.mass !== undefined) data.mass = U.vehicleMass(d.mass);
    if (Object.keys(data).length) sup.vehicleData = data;
    partII.push({ 'partII-Id': 2, 'partII-Value': sup as never });
  }
  return {
    coreData: {
      msgCnt: inp.msgCnt,
      id: inp.id,
      secMark: time.secMark,
      lat: U.latitude(fix.lat),
      long: U.longitude(fix.lon),
      elev: U.elevation(fix.altHae),
      accuracy: accuracy(fix),
      ...motion(inp),
      brakes: brakes(inp.vehicle),
      size: { width: U.vehicleWidth(d.width), length: U.vehicleLength(d.length) },
    },
    partII,
  };
}

/** The CSAE 53-2017 BSM. */
export function buildCsaeBsm(inp: BsmInputs): CsaeBsm {
  const { fix, vehicle: v } = inp;
  const time = U.fixTimeToJ2735(fix);
  const id8 = new Uint8Array(8);
  id8.set(inp.id.subarray(0, 4));
  id8.set(inp.id.subarray(0, 4), 4);
  const safety: Record<string, unknown> = {};
  if (inp.pathHistory.length) {
    const t0 = fix.time!;
    safety.pathHistory = {
      crumbData: inp.pathHistory.map((p) => ({
        llvOffset: {
          offsetLL: { 'position-LatLon': { lon: U.longitude(p.lon), lat: U.latitude(p.lat) } },
          ...(p.alt !== undefined ? { offsetV: { elevation: U.elevation(p.alt) } } : {}),
        },
        timeOffset: U.timeOffset(t0 - p.t),
      })),
    };
  }
  safetyCommon(inp, safety);
  const d = inp.description;
  const height = U.vehicleHeight(d.height);
  return {
    msgCnt: inp.msgCnt,
    id: id8,
    secMark: time.secMark,
    pos: { lat: U.latitude(fix.lat), long: U.longitude(fix.lon), elevation: U.elevation(fix.altHae) },
    posAccuracy: accuracy(fix),
    ...motion(inp),
    brakes: { brakePadel: onOff(v.brakeApplied), ...brakes(v) },
    size: { width: U.vehicleWidth(d.width), length: U.vehicleLength(d.length), ...(height !== undefined ? { height } : {}) },
    vehicleClass: { classification: d.basicClass },
    safetyExt: safety as never,
  };
}
