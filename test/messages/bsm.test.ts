/**
 * BSM builders: fixed inputs give fixed bytes (golden), and decoding them gives back every
 * field in J2735 / CSAE units.
 */
import { describe, expect, it } from 'vitest';
import { codec as c2020, type BasicSafetyMessage } from '../../asn1/generated/j2735-2020/index.js';
import { codec as c2016 } from '../../asn1/generated/j2735-2016/index.js';
import { codec as c2024 } from '../../asn1/generated/j2735-2024/index.js';
import { codec as csae, type BasicSafetyMessage as CsaeBsm } from '../../asn1/generated/csae53-2017/index.js';
import { hasBit, toHex } from '../../asn1/runtime/values.js';
import type { GnssFix } from '../../hal/gnss/types.js';
import { buildCsaeBsm, buildJ2735Bsm, type BsmInputs } from '../../src/messages/bsm.js';
import { createVehicleState, stateValues } from '../../src/vehicle/state.js';

const T = Date.UTC(2018, 7, 2, 16, 15, 12, 345);

const fix: GnssFix = {
  time: T, valid: true, quality: 'dgps', mode: '3d', lat: 37.7210077, lon: -122.4723053, altHae: 33.37,
  speed: 20.1, course: 2.14, accuracy: { semiMajor: 1.2, semiMinor: 0.8, orientation: 45, source: 'nmea-gst' },
  rxTime: T, rxMonotonic: 0, source: 'test', protocol: 'nmea',
};

function full(): BsmInputs {
  const v = { ...stateValues(createVehicleState()) };
  Object.assign(v, { speed: 20.04, steeringAngle: -12.3, yawRate: -2.5, accelLong: -4.2, accelLat: 0.35, brakeApplied: true, abs: 'engaged', tractionControl: 'on', stabilityControl: 'off', parkingBrake: false, gear: 'drive', turnSignal: 'left', hazardLights: false, lowBeams: true, daytimeRunningLights: true });
  return {
    msgCnt: 42,
    id: Uint8Array.of(0xde, 0xad, 0xbe, 0xef),
    fix,
    vehicle: v,
    heading: 2.14,
    speed: 20.04,
    pathHistory: [
      { t: T - 1500, lat: 37.7207377, lon: -122.4723153, alt: 33.1 },
      { t: T - 9000, lat: 37.7191, lon: -122.4724, alt: 32.0 },
    ],
    prediction: { radius: -812.3, confidence: 0.93 },
    events: new Set(['eventHardBraking', 'eventABSactivated']),
    description: { width: 1.845, length: 4.6, height: 1.705, mass: 1656, basicClass: 10 },
  };
}

function empty(): BsmInputs {
  return {
    msgCnt: 0, id: new Uint8Array(4), fix: { ...fix, altHae: undefined, accuracy: undefined }, vehicle: stateValues(createVehicleState()),
    heading: undefined, speed: undefined, pathHistory: [], prediction: { radius: undefined, confidence: 0 }, events: new Set(), description: { basicClass: 0 },
  };
}

describe('J2735 BSM', () => {
  it('golden bytes for a fixed state, the same in 2016, 2020 and 2024', () => {
    const frame = { messageId: 20, value: buildJ2735Bsm(full()) };
    const hex = toHex(c2020.encode('MessageFrame', frame));
    expect(hex).toBe(GOLDEN_FULL);
    expect(toHex(c2016.encode('MessageFrame', frame as never))).toBe(hex);
    expect(toHex(c2024.encode('MessageFrame', frame as never))).toBe(hex);
  });

  it('decodes back to every field in J2735 units', () => {
    const b = (c2020.decode('MessageFrame', c2020.encode('MessageFrame', { messageId: 20, value: buildJ2735Bsm(full()) })) as { value: BasicSafetyMessage }).value;
    const c = b.coreData;
    expect(c.msgCnt).toBe(42);
    expect(toHex(c.id)).toBe('deadbeef');
    expect(c.secMark).toBe(12345);
    expect(c.lat).toBe(377210077);
    expect(c.long).toBe(-1224723053);
    expect(c.elev).toBe(334);
    expect(c.accuracy).toEqual({ semiMajor: 24, semiMinor: 16, orientation: 8192 });
    expect(c.transmission).toBe('forwardGears');
    expect(c.speed).toBe(1002);
    expect(c.heading).toBe(171);
    expect(c.angle).toBe(-8);
    expect(c.accelSet).toEqual({ long: -420, lat: 35, vert: -127, yaw: -250 });
    expect(c.brakes.traction).toBe('on');
    expect(c.brakes.abs).toBe('engaged');
    expect(c.brakes.scs).toBe('off');
    expect(c.brakes.brakeBoost).toBe('unavailable');
    expect(c.brakes.auxBrakes).toBe('off');
    expect([0, 1, 2, 3, 4].map((i) => hasBit(c.brakes.wheelBrakes, i))).toEqual([false, true, true, true, true]);
    expect(c.size).toEqual({ width: 185, length: 460 });
    const vse = b.partII![0]!['partII-Value'] as Record<string, unknown>;
    const ev = vse.events as unknown as { length: number; bytes: Uint8Array };
    expect([2, 7].every((i) => hasBit(ev, i))).toBe(true);
    expect([0, 3, 4].some((i) => hasBit(ev, i))).toBe(false);
    expect((vse.pathHistory as { crumbData: unknown[] }).crumbData).toEqual([
      { latOffset: -2700, lonOffset: -100, elevationOffset: -3, timeOffset: 150 },
      { latOffset: -19077, lonOffset: -947, elevationOffset: -14, timeOffset: 900 },
    ]);
    expect(vse.pathPrediction).toEqual({ radiusOfCurve: -8123, confidence: 186 });
    const lights = vse.lights as unknown as { length: number; bytes: Uint8Array };
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].filter((i) => hasBit(lights, i))).toEqual([0, 2, 6]);
    expect(b.partII![1]).toEqual({ 'partII-Id': 2, 'partII-Value': { classification: 10, vehicleData: { height: 34, mass: 33 } } });
  });

  it('unknown data: the unavailable values', () => {
    const frame = { messageId: 20, value: buildJ2735Bsm(empty()) };
    const hex = toHex(c2020.encode('MessageFrame', frame));
    expect(hex).toBe(GOLDEN_EMPTY);
    const c = (c2020.decode('MessageFrame', c2020.encode('MessageFrame', frame)) as { value: BasicSafetyMessage }).value.coreData;
    expect(c.elev).toBe(-4096);
    expect(c.accuracy).toEqual({ semiMajor: 255, semiMinor: 255, orientation: 65535 });
    expect(c.transmission).toBe('unavailable');
    expect(c.speed).toBe(8191);
    expect(c.heading).toBe(28800);
    expect(c.angle).toBe(127);
    expect(c.accelSet).toEqual({ long: 2001, lat: 2001, vert: -127, yaw: 0 });
    expect([0, 1, 2, 3, 4].map((i) => hasBit(c.brakes.wheelBrakes, i))).toEqual([true, false, false, false, false]);
    expect(c.size).toEqual({ width: 0, length: 0 });
  });
});

describe('CSAE BSM', () => {
  it('golden bytes and every field back', () => {
    const frame = { bsmFrame: buildCsaeBsm(full()) };
    const bytes = csae.encode('MessageFrame', frame);
    expect(toHex(bytes)).toBe(GOLDEN_CSAE);
    const b = (csae.decode('MessageFrame', bytes) as { bsmFrame: CsaeBsm }).bsmFrame;
    expect(toHex(b.id)).toBe('deadbeefdeadbeef');
    expect(b.pos).toEqual({ lat: 377210077, long: -1224723053, elevation: 334 });
    expect(b.speed).toBe(1002);
    expect(b.brakes.brakePadel).toBe('on');
    expect(b.size).toEqual({ width: 185, length: 460, height: 34 });
    expect(b.vehicleClass).toEqual({ classification: 10 });
    const ph = b.safetyExt!.pathHistory!.crumbData;
    expect(ph[0]).toEqual({ llvOffset: { offsetLL: { 'position-LatLon': { lon: -1224723153, lat: 377207377 } }, offsetV: { elevation: 331 } }, timeOffset: 150 });
    expect(b.safetyExt!.pathPrediction).toEqual({ radiusOfCurve: -8123, confidence: 186 });
  });
});

const GOLDEN_FULL =
  '0014474ab7ab6fbbcc0e661056ee912503c908a70c08100021f500ab7662c7f3007f057da25c8e610065e2100083eae8ffce3fe804a836af6fe26bf901c198112e944020550014a44420';
const GOLDEN_EMPTY =
  '00142b40000000000c0e661056ee912503c900007ffffffffffff080fdfa1fa1007fff800000000000104fffe000';
const GOLDEN_CSAE =
  '02a55bd5b7ddfbd5b7dde607398415bba44940f24229c3020400087d402add98b1fcc01fc17fcfb465c8e622029e2100087112503974c20a351c2296012a1c449407bf30818d6308a001c198112e9440';
