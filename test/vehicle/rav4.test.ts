import { describe, expect, it } from 'vitest';
import { DbcDecoder } from '../../src/vehicle/dbc/compile.js';
import type { DbcSignal } from '../../src/vehicle/dbc/types.js';
import { loadProfile } from '../../src/vehicle/profile.js';
import { FIELD_NAMES, stateValues } from '../../src/vehicle/state.js';
import { VehicleStateTracker } from '../../src/vehicle/tracker.js';
import type { CanFrame } from '../../hal/can/types.js';
import { Series, correlation, frames, gnss, mean, reference } from './drive.js';

const profile = loadProfile('toyota-rav4-2017');

/** Writes `raw` into a signal's bits (independent of the decoder: big-integer arithmetic). */
function setRaw(data: Uint8Array, s: DbcSignal, raw: number): void {
  const len = BigInt(s.length);
  const mask = (1n << len) - 1n;
  const r = BigInt(raw) & mask;
  const n = data.length * 8;
  if (s.byteOrder === 'little') {
    let v = 0n;
    for (let i = data.length - 1; i >= 0; i--) v = (v << 8n) | BigInt(data[i]!);
    v = (v & ~(mask << BigInt(s.startBit))) | (r << BigInt(s.startBit));
    for (let i = 0; i < data.length; i++) { data[i] = Number(v & 0xffn); v >>= 8n; }
  } else {
    let v = 0n;
    for (const b of data) v = (v << 8n) | BigInt(b);
    const msb = Math.floor(s.startBit / 8) * 8 + (7 - (s.startBit % 8));
    const shift = BigInt(n - msb - s.length);
    v = (v & ~(mask << shift)) | (r << shift);
    for (let i = data.length - 1; i >= 0; i--) { data[i] = Number(v & 0xffn); v >>= 8n; }
  }
}

function frameOf(message: string, raws: Record<string, number>, t: number, length?: number): CanFrame {
  const m = profile.dbc.messages.find((x) => x.name === message)!;
  const data = new Uint8Array(length ?? m.length);
  for (const [name, raw] of Object.entries(raws)) setRaw(data, m.signals.find((s) => s.name === name)!, raw);
  return { id: m.id, extended: m.extended, data, timestamp: t };
}

/** Replays the drive, sampling the state at the given (sorted) times. */
function replayAt<T>(times: readonly number[], sample: (tr: VehicleStateTracker, t: number) => T): T[] {
  const tr = new VehicleStateTracker(profile);
  const out: T[] = [];
  let i = 0;
  for (const t of times) {
    while (i < frames.length && frames[i]!.timestamp! <= t) tr.ingest(frames[i++]!);
    out.push(sample(tr, t));
  }
  return out;
}

describe('Toyota RAV4 2017 profile on the recorded drive', () => {
  it('maps every field the issue asks for to a signal of the DBC', () => {
    const mapped = profile.fields.map((f) => f.field).sort();
    expect(mapped).toEqual(FIELD_NAMES.filter((f) => f !== 'brakePressure').sort());
    expect(profile.dbc.source).toBe('toyota_new_mc_pt_generated.dbc');
  });

  it('decodes the whole drive, counting unknown ids and leaving nothing out of range', () => {
    const tr = new VehicleStateTracker(profile);
    for (const f of frames) tr.ingest(f);
    const inDbc = new Set(profile.dbc.messages.map((m) => m.id));
    const used = new Set(profile.fields.map((f) => f.message.id));
    const unknownIds = new Set(frames.filter((f) => !inDbc.has(f.id)).map((f) => f.id));
    expect(tr.stats.frames).toBe(53_800);
    expect(tr.stats.unknownIds).toBe(frames.filter((f) => !inDbc.has(f.id)).length);
    expect(tr.unknownIdSet.size).toBe(unknownIds.size);
    expect(tr.stats.used).toBe(frames.filter((f) => used.has(f.id)).length);
    expect(tr.stats.used + tr.stats.unused + tr.stats.unknownIds).toBe(53_800);
    expect(tr.stats.shortFrames).toBe(0);
    expect(tr.stats.outOfRange).toEqual({});
    expect(tr.stats.unknownValues).toEqual({});
    // a daytime motorway drive in D, openpilot engaged at times
    expect(stateValues(tr.state)).toMatchObject({
      gear: 'drive', turnSignal: 'none', hazardLights: false, parkingBrake: false, lowBeams: false, highBeams: false,
      automaticLightControl: false, abs: 'on', tractionControl: 'on', stabilityControl: 'on',
    });
    expect(tr.state.brakePressure).toBeUndefined();
    expect(tr.state.at.brakePressure).toBeUndefined();
  });

  it("agrees with comma's own decoding: speed within 0.05 m/s and steering angle within 0.5 deg at every reference time", () => {
    const times = reference.map((r) => r[0]!);
    const ours = replayAt(times, (tr) => [tr.state.speed, tr.state.steeringAngle] as const);
    let worstSpeed = 0;
    let worstSteer = 0;
    ours.forEach(([speed, steer], i) => {
      const [, refSpeed, refSteer] = reference[i]!;
      expect(speed, `speed at ${times[i]}`).toBeDefined();
      expect(steer, `steering at ${times[i]}`).toBeDefined();
      worstSpeed = Math.max(worstSpeed, Math.abs(speed! - refSpeed!));
      // comma's steering_angle_deg is left-positive, ours J2735 right-positive
      worstSteer = Math.max(worstSteer, Math.abs(steer! - -refSteer!));
    });
    expect(ours.length).toBe(4974);
    expect(worstSpeed).toBeLessThan(0.05);
    expect(worstSteer).toBeLessThan(0.5);
  });

  it('takes the wheel mean as speed: closer to the GNSS speed than the speedometer signal SPEED', () => {
    const dec = new DbcDecoder(profile.dbc);
    const speedo = new Series();
    for (const f of frames) if (f.id === 0xb4) speedo.push(f.timestamp!, (dec.decodeFrame(0xb4, false, f.data)!.values.SPEED as number) / 3.6);
    const moving = gnss.filter((g) => g[3]! > 3);
    const wheel = replayAt(moving.map((g) => g[0]!), (tr) => tr.state.speed!);
    const wheelRatio = mean(wheel.map((w, i) => w / moving[i]![3]!));
    const speedoRatio = mean(moving.map((g) => speedo.at(g[0]!) / g[3]!));
    expect(moving.length).toBeGreaterThan(500);
    expect(Math.abs(wheelRatio - 1)).toBeLessThan(0.01); // 0.992 on this drive
    expect(speedoRatio).toBeGreaterThan(1.01); // 1.014: a speedometer reads high
    expect(Math.abs(wheelRatio - 1)).toBeLessThan(Math.abs(speedoRatio - 1));
  });

  it('gives yaw rate the J2735 sign: it follows the GNSS course, clockwise-positive', () => {
    // course rate over +-1 s of fixes against the mean yaw rate over the same span
    const yaw = new Series();
    const tr = new VehicleStateTracker(profile);
    for (const f of frames) {
      tr.ingest(f);
      if (f.id === 0x24) yaw.push(f.timestamp!, tr.state.yawRate!);
    }
    const course: number[] = [];
    const ours: number[] = [];
    for (let i = 10; i < gnss.length - 10; i++) {
      const a = gnss[i - 10]!;
      const b = gnss[i + 10]!;
      let d = b[6]! - a[6]!;
      if (d > 180) d -= 360;
      if (d < -180) d += 360;
      course.push(d / (b[0]! - a[0]!));
      ours.push(yaw.meanIn(a[0]!, b[0]!));
    }
    expect(correlation(ours, course)).toBeGreaterThan(0.35); // -0.5 with the car's own sign
  });

  it('keeps steering, yaw and lateral acceleration consistent: right turns are positive in all three', () => {
    const steer: number[] = [];
    const yaw: number[] = [];
    const lat: number[] = [];
    const centripetal: number[] = [];
    const tr = new VehicleStateTracker(profile);
    for (const f of frames) {
      tr.ingest(f);
      if (f.id !== 0x24 || tr.state.speed === undefined || tr.state.steeringAngle === undefined) continue;
      steer.push(tr.state.steeringAngle);
      yaw.push(tr.state.yawRate!);
      lat.push(tr.state.accelLat!);
      centripetal.push(tr.state.speed * tr.state.yawRate! * Math.PI / 180);
    }
    expect(correlation(steer, yaw)).toBeGreaterThan(0.5);
    expect(correlation(lat, centripetal)).toBeGreaterThan(0.2);
  });

  it('gives longitudinal acceleration the J2735 sign (forward-positive) and brakes that slow the car', () => {
    const speed = new Series();
    const tr = new VehicleStateTracker(profile);
    const acc: [number, number, boolean][] = [];
    for (const f of frames) {
      tr.ingest(f);
      if (f.id === 0xaa) speed.push(f.timestamp!, tr.state.speed!);
      if (f.id === 0x320) acc.push([f.timestamp!, tr.state.accelLong!, tr.state.brakeApplied!]);
    }
    const inner = acc.filter(([t]) => t > speed.t[0]! + 0.5 && t < speed.t[speed.t.length - 1]! - 0.5);
    const dvdt = inner.map(([t]) => (speed.at(t + 0.25) - speed.at(t - 0.25)) / 0.5);
    expect(correlation(inner.map((a) => a[1]), dvdt)).toBeGreaterThan(0.9);
    const braking = inner.filter((a) => a[2]).map((a) => a[1]);
    const rolling = inner.filter((a) => !a[2]).map((a) => a[1]);
    expect(braking.length).toBeGreaterThan(50);
    expect(mean(braking)).toBeLessThan(mean(rolling));
  });

  it('stamps every field with the receive time of the frame that carried it', () => {
    const tr = new VehicleStateTracker(profile);
    const last = new Map<number, number>();
    for (const f of frames.slice(0, 20_000)) { tr.ingest(f); last.set(f.id, f.timestamp!); }
    expect(tr.state.at.speed).toBe(last.get(0xaa));
    expect(tr.state.at.steeringAngle).toBe(last.get(0x25));
    expect(tr.state.at.yawRate).toBe(last.get(0x24));
    expect(tr.state.at.accelLong).toBe(last.get(0x320));
    expect(tr.state.at.gear).toBe(last.get(0x3bc));
    expect(tr.state.at.turnSignal).toBe(last.get(0x614));
  });
});

describe('Vehicle state tracker on crafted frames of the RAV4 DBC', () => {
  it('maps gear, turn signals, hazard, lights and assist systems through their value tables', () => {
    const tr = new VehicleStateTracker(profile);
    tr.ingest(frameOf('GEAR_PACKET', { GEAR: 16 }, 1));
    tr.ingest(frameOf('BLINKERS_STATE', { TURN_SIGNALS: 1, HAZARD_LIGHT: 1 }, 2));
    tr.ingest(frameOf('LIGHT_STALK', { HEADLIGHT_MODE: 7, LOW_BEAM: 1, HIGH_BEAM: 1, FRONT_FOG: 1 }, 3));
    tr.ingest(frameOf('VSC1S07', { FABS: 1, BRKON: 1, GVC: -25 }, 4)); // GVC raw -25 = -1.0 m/s^2
    tr.ingest(frameOf('ESP_CONTROL', { TC_DISABLED: 1, VSC_DISABLED: 2 }, 5));
    tr.ingest(frameOf('BODY_CONTROL_STATE', { PARKING_BRAKE: 1 }, 6));
    tr.ingest(frameOf('BRAKE_MODULE', { BRAKE_PRESSURE: 4047 }, 7));
    expect(stateValues(tr.state)).toMatchObject({
      gear: 'reverse', turnSignal: 'left', hazardLights: true, automaticLightControl: true, lowBeams: true, highBeams: true,
      fogLights: true, parkingLights: false, abs: 'engaged', brakeApplied: true, tractionControl: 'off', stabilityControl: 'off',
      parkingBrake: true, brakePressureLevel: 1,
    });
    expect(tr.state.accelLong).toBeCloseTo(-1.0, 10);
    expect(tr.state.at.gear).toBe(1);
    expect(tr.state.at.brakePressureLevel).toBe(7);
    tr.ingest(frameOf('GEAR_PACKET', { GEAR: 1 }, 8));
    expect(tr.state.gear).toBe('drive'); // S: sport, a forward gear
    tr.ingest(frameOf('BLINKERS_STATE', { TURN_SIGNALS: 2 }, 9));
    expect(tr.state.turnSignal).toBe('right');
  });

  it('counts a raw value missing from a value table and makes the field unknown', () => {
    const tr = new VehicleStateTracker(profile);
    tr.ingest(frameOf('GEAR_PACKET', { GEAR: 32 }, 1));
    expect(tr.state.gear).toBe('park');
    tr.ingest(frameOf('GEAR_PACKET', { GEAR: 5 }, 2));
    expect(tr.state.gear).toBeUndefined();
    expect(tr.state.at.gear).toBe(2);
    expect(tr.stats.unknownValues).toEqual({ gear: 1 });
  });

  it('converts units and applies J2735 signs: km/h to m/s, left-positive car angles to right-positive', () => {
    const tr = new VehicleStateTracker(profile);
    // 72 km/h on every wheel: raw = (72 + 67.67) / 0.01
    tr.ingest(frameOf('WHEEL_SPEEDS', { WHEEL_SPEED_FL: 13967, WHEEL_SPEED_FR: 13967, WHEEL_SPEED_RL: 13967, WHEEL_SPEED_RR: 13967 }, 1));
    expect(tr.state.speed).toBeCloseTo(20, 9);
    // steering 15 deg to the left on the car: 10 * 1.5
    tr.ingest(frameOf('STEER_ANGLE_SENSOR', { STEER_ANGLE: 10, STEER_FRACTION: 3, STEER_RATE: -20 }, 2));
    expect(tr.state.steeringAngle).toBeCloseTo(-15.3, 9);
    expect(tr.state.steeringRate).toBe(20);
    // yaw 10 deg/s to the left on the car: raw = (10 + 125) / 0.244
    tr.ingest(frameOf('KINEMATICS', { YAW_RATE: Math.round(135 / 0.244), ACCEL_Y: 512 }, 3));
    expect(tr.state.yawRate).toBeCloseTo(-(553 * 0.244 - 125), 9);
    expect(tr.state.accelLat).toBeCloseTo(512 * 0.03589 - 18.375, 9);
  });

  it('counts and skips a value outside its DBC range, keeping the previous one', () => {
    const tr = new VehicleStateTracker(profile);
    tr.ingest(frameOf('STEER_ANGLE_SENSOR', { STEER_ANGLE: 2, STEER_FRACTION: 0 }, 1));
    expect(tr.state.steeringAngle).toBe(-3);
    tr.ingest(frameOf('STEER_ANGLE_SENSOR', { STEER_ANGLE: 2, STEER_FRACTION: 8 }, 2)); // raw -8: -0.8 < -0.7
    expect(tr.state.steeringAngle).toBe(-3);
    expect(tr.state.at.steeringAngle).toBe(1);
    expect(tr.stats.outOfRange).toEqual({ 'STEER_ANGLE_SENSOR.STEER_FRACTION': 1 });
    tr.ingest(frameOf('STEER_ANGLE_SENSOR', { STEER_ANGLE: 2, STEER_FRACTION: 9 }, 3)); // -0.7 exactly: in range
    expect(tr.state.steeringAngle).toBeCloseTo(-2.3, 9);
  });

  it('uses what a short frame carries and counts it; an empty frame changes nothing', () => {
    const tr = new VehicleStateTracker(profile);
    const full = frameOf('WHEEL_SPEEDS', { WHEEL_SPEED_FR: 10727, WHEEL_SPEED_FL: 10727, WHEEL_SPEED_RL: 10727, WHEEL_SPEED_RR: 10727 }, 1);
    tr.ingest(full);
    expect(tr.state.speed).toBeCloseTo(11, 9);
    tr.ingest({ ...full, data: Uint8Array.from([0x2f, 0x00]), timestamp: 2 }); // FR only (bits 6..0 of byte 0, byte 1)
    expect(tr.state.wheelSpeedFrontRight).toBeCloseTo((0x2f00 * 0.01 - 67.67) / 3.6, 9);
    expect(tr.state.speed).toBeCloseTo(11, 9); // the mean needs all four
    expect(tr.state.at.speed).toBe(1);
    tr.ingest({ ...full, data: new Uint8Array(0), timestamp: 3 });
    expect(tr.stats.shortFrames).toBe(2);
    expect(tr.state.at.wheelSpeedFrontRight).toBe(2);
  });

  it('tells 29-bit ids from 11-bit ones and counts ids the DBC does not know', () => {
    const tr = new VehicleStateTracker(profile);
    tr.ingest({ id: 0xaa, extended: true, data: new Uint8Array(8), timestamp: 1 });
    tr.ingest({ id: 0x7ff, data: new Uint8Array(8), timestamp: 2 });
    tr.ingest({ id: 0x7ff, data: new Uint8Array(8), timestamp: 3 });
    expect(tr.stats.unknownIds).toBe(3);
    expect([...tr.unknownIdSet].sort()).toEqual(['000000aa', '7ff']);
    expect(tr.state.speed).toBeUndefined();
  });
});
