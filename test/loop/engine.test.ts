/**
 * The J2945/1 engine on a manual clock: first-transmit delay, jitter, no BSM without a
 * valid fresh fix, stale data sent as unavailable, event BSMs, density-based congestion
 * control, tracking-error transmissions, identity rotation.
 */
import { describe, expect, it } from 'vitest';
import { codec as c2020, type BasicSafetyMessage } from '../../asn1/generated/j2735-2020/index.js';
import type { AnyCodec } from '../../asn1/editions.js';
import { hasBit } from '../../asn1/runtime/values.js';
import { ManualClock } from '../../hal/clock.js';
import type { GnssFix } from '../../hal/gnss/types.js';
import { BsmEngine, type J2945Config, type SentBsm } from '../../src/loop/engine.js';
import { project } from '../../src/loop/geo.js';
import { createVehicleState, type VehicleState } from '../../src/vehicle/state.js';
import { rng } from '../fuzz/mutate.js';

const codec = c2020 as unknown as AnyCodec;
const T0 = Date.UTC(2026, 0, 1, 12, 0, 0);

interface Rig {
  clock: ManualClock;
  engine: BsmEngine;
  state: VehicleState;
  sent: SentBsm[];
  pos: { lat: number; lon: number };
  feed: (opts?: { valid?: boolean; course?: number; speed?: number }) => void;
  setVehicle: (f: Partial<Record<keyof VehicleState, unknown>>) => void;
  decoded: (i: number) => BasicSafetyMessage;
}

function rig(config: Partial<J2945Config> = {}, seed = 1, extra: { timeScale?: number; warmLeadMs?: number; codec?: AnyCodec; onIdentityChange?: (id: Uint8Array) => void } = {}): Rig {
  const clock = new ManualClock(T0);
  const state = createVehicleState();
  const sent: SentBsm[] = [];
  const engine = new BsmEngine({ clock, edition: 'j2735-2020', codec: extra.codec ?? codec, vehicle: state, description: { width: 1.8, length: 4.5, basicClass: 10 }, sinks: [], config, rng: rng(seed), timeScale: extra.timeScale ?? Infinity, ...(extra.warmLeadMs !== undefined ? { warmLeadMs: extra.warmLeadMs } : {}), onSent: (m) => sent.push(m), onIdentityChange: extra.onIdentityChange });
  const r: Rig = {
    clock,
    engine,
    state,
    sent,
    pos: { lat: 37.72, lon: -122.47 },
    feed(o = {}) {
      const fix: GnssFix = {
        time: clock.now(), valid: o.valid ?? true, quality: 'gps', mode: '3d', lat: r.pos.lat, lon: r.pos.lon, altHae: 30,
        speed: o.speed ?? 10, course: o.course ?? 0, rxTime: clock.now(), rxMonotonic: clock.monotonic(), source: 'test', protocol: 'nmea',
      };
      engine.onFix(fix);
    },
    setVehicle(f) {
      const s = state as unknown as Record<string, unknown>;
      const at = state.at as unknown as Record<string, number>;
      for (const [k, v] of Object.entries(f)) {
        s[k] = v;
        at[k] = clock.now() / 1000;
      }
    },
    decoded(i) {
      return (codec.decode('MessageFrame', sent[i]!.frame) as { value: BasicSafetyMessage }).value;
    },
  };
  return r;
}

/**
 * Seeds with many bits set: from a small seed, xorshift32's first outputs are all close to 0,
 * and the first random draws would be the same for every seed.
 */
const seedOf = (k: number): number => Math.imul(k, 0x9e3779b1) >>> 0;

/** Drives north at `speed` m/s for `ms`, with a fix every 100 ms and CAN data every 10 ms. */
function drive(r: Rig, ms: number, speed = 10, course: number | (() => number) = 0, each?: (t: number) => void): void {
  const end = r.clock.now() + ms;
  while (r.clock.now() < end) {
    r.clock.advance(10);
    r.setVehicle({ speed, yawRate: 0, accelLong: 0 });
    r.engine.vehicleUpdated();
    each?.(r.clock.now());
    if (Math.round(r.clock.now() - T0) % 100 === 0) {
      const c = typeof course === 'number' ? course : course();
      r.pos = project(r.pos, c, speed * 0.1);
      r.feed({ speed, course: c });
    }
  }
}

describe('scheduling', () => {
  it('first transmission within 0-199 ms of start, then every 100 ms +-5 ms', () => {
    const firsts: number[] = [];
    for (let seed = 1; seed <= 20; seed++) {
      const r = rig({}, seedOf(seed));
      r.feed();
      r.engine.start();
      drive(r, 3000);
      firsts.push(r.sent[0]!.t - T0);
      expect(r.sent[0]!.t - T0).toBeGreaterThanOrEqual(0);
      expect(r.sent[0]!.t - T0).toBeLessThanOrEqual(199 + 10);
      for (let i = 1; i < r.sent.length; i++) {
        const dt = r.sent[i]!.t - r.sent[i - 1]!.t;
        expect(dt).toBeGreaterThanOrEqual(95);
        expect(dt).toBeLessThanOrEqual(105);
      }
      expect(r.sent.length).toBeGreaterThanOrEqual(28);
      expect(r.sent.length).toBeLessThanOrEqual(31);
      // msgCnt consecutive modulo 128
      for (let i = 1; i < r.sent.length; i++) expect(r.sent[i]!.msgCnt).toBe((r.sent[i - 1]!.msgCnt + 1) % 128);
    }
    // The first-transmit delay is random across the whole 0-199 ms (20 draws: a spread of over 100 ms).
    expect(new Set(firsts).size).toBeGreaterThanOrEqual(15);
    expect(Math.max(...firsts) - Math.min(...firsts)).toBeGreaterThan(100);
  });

  it('no BSM without a valid fix, nor with one older than maxFixAgeMs', () => {
    const r = rig();
    r.engine.start();
    r.clock.advance(2000);
    expect(r.sent.length).toBe(0);
    expect(r.engine.stats.skippedNoFix).toBeGreaterThan(15);
    r.feed({ valid: false });
    r.clock.advance(500);
    expect(r.sent.length).toBe(0);
    drive(r, 1000);
    const n = r.sent.length;
    expect(n).toBeGreaterThanOrEqual(9);
    r.clock.advance(2000); // fixes stop: the last one ages out after 1 s
    expect(r.sent.length - n).toBeLessThanOrEqual(11);
    expect(r.sent.length - n).toBeGreaterThanOrEqual(9);
  });

  it('vehicle data older than its age limit is sent as unavailable', () => {
    const r = rig();
    r.engine.start();
    r.setVehicle({ steeringAngle: 30, gear: 'drive' });
    drive(r, 400);
    const early = r.decoded(r.sent.length - 1).coreData;
    expect(early.angle).toBe(20);
    expect(early.transmission).toBe('forwardGears');
    drive(r, 1000);
    const late = r.decoded(r.sent.length - 1).coreData;
    expect(late.angle).toBe(127); // steering is a fast signal: 500 ms
    expect(late.transmission).toBe('forwardGears'); // gear is a status: 15 s
  });
});

describe('the send path rehearsed before each transmission', () => {
  it('on a real-time clock, one build-and-encode 3 ms before each BSM, and the BSMs are those of an engine without it', () => {
    const runs = [3, 0].map((warmLeadMs) => {
      const encodes: number[] = [];
      let clockNow = (): number => 0;
      const counting = { ...codec, encode: (type: string, v: unknown) => (encodes.push(clockNow()), codec.encode(type, v)) } as AnyCodec;
      const r = rig({}, 7, { timeScale: 1, warmLeadMs, codec: counting });
      clockNow = () => r.clock.monotonic();
      r.engine.start();
      drive(r, 3000, 12, () => 10);
      return { r, encodes };
    });
    const [warm, cold] = runs as [{ r: Rig; encodes: number[] }, { r: Rig; encodes: number[] }];
    expect(warm.r.sent.length).toBeGreaterThan(25);
    // The same messages (the TemporaryID is random octets in both).
    const content = (r: Rig): string[] => r.sent.map((_, i) => {
      const v = r.decoded(i);
      return JSON.stringify({ ...v, coreData: { ...v.coreData, id: null } });
    });
    expect(content(warm.r)).toEqual(content(cold.r));
    expect(cold.encodes.length).toBe(cold.r.sent.length);
    // Every transmission but the first (its delay may be under the lead) has its rehearsal 3 ms before.
    expect(warm.encodes.length).toBeGreaterThanOrEqual(2 * warm.r.sent.length - 1);
    const txTimes = new Set(warm.r.sent.map((m) => m.t - T0));
    const rehearsals = warm.encodes.filter((t) => !txTimes.has(t));
    for (const t of rehearsals) expect(txTimes.has(t + 3)).toBe(true);
  });

  it('not when replaying as fast as possible', () => {
    let n = 0;
    const counting = { ...codec, encode: (type: string, v: unknown) => (n++, codec.encode(type, v)) } as AnyCodec;
    const r = rig({}, 7, { codec: counting });
    r.engine.start();
    drive(r, 2000);
    expect(n).toBe(r.sent.length);
  });
});

describe('the periodic schedule', () => {
  it('counts from the previous due time: a send path that takes 3 ms does not stretch the 100 ms interval', () => {
    const at: { clock?: ManualClock } = {};
    // Every encode of a transmission takes 3 ms of the engine's clock (rehearsals are off).
    const slow = { ...codec, encode: (type: string, v: unknown) => (at.clock!.advance(3), codec.encode(type, v)) } as AnyCodec;
    const r = rig({}, 11, { timeScale: 1, warmLeadMs: 0, codec: slow });
    at.clock = r.clock;
    r.engine.start();
    drive(r, 20_000);
    const periodic = r.sent.filter((m) => m.trigger === 'periodic');
    expect(periodic.length).toBeGreaterThan(190);
    const gaps = periodic.slice(1).map((m, i) => m.t - periodic[i]!.t);
    for (const g of gaps) {
      expect(g).toBeGreaterThanOrEqual(95);
      expect(g).toBeLessThanOrEqual(105);
    }
    // Counting from the end of the send path, the mean would be 103 ms.
    const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length;
    expect(Math.abs(mean - 100)).toBeLessThan(1);
  });
});

describe('events', () => {
  it('hard braking sends a BSM at once, with the event flag, held for a second after it ends', () => {
    const r = rig();
    r.engine.start();
    drive(r, 1000);
    const before = r.sent.length;
    const t = r.clock.now();
    r.setVehicle({ accelLong: -5 });
    r.engine.vehicleUpdated();
    expect(r.sent.length).toBe(before + 1);
    const ev = r.sent[r.sent.length - 1]!;
    expect(ev.trigger).toBe('event');
    expect(ev.t).toBe(t);
    const bsm = r.decoded(r.sent.length - 1);
    const vse = bsm.partII![0]!['partII-Value'] as { events?: { length: number; bytes: Uint8Array } };
    expect(hasBit(vse.events!, 7)).toBe(true);
    expect(r.engine.stats.byTrigger.event).toBe(1);
    // the next periodic BSM comes an interval after the event one
    drive(r, 200, 10, 0);
    expect(r.sent[r.sent.length - 1]!.t - t).toBeGreaterThanOrEqual(95);
    // braking ended at the first drive step; flagged for 1 s more, then cleared
    drive(r, 1500);
    const last = r.decoded(r.sent.length - 1).partII![0]!['partII-Value'] as { events?: unknown };
    expect(last.events).toBeUndefined();
  });

  it('ABS acting: an event BSM with its flag; hazard lights: a flag, not an extra BSM', () => {
    const r = rig();
    r.engine.start();
    drive(r, 500);
    r.setVehicle({ hazardLights: true });
    r.engine.vehicleUpdated();
    expect(r.engine.stats.byTrigger.event).toBe(0);
    r.setVehicle({ abs: 'engaged' });
    r.engine.vehicleUpdated();
    expect(r.engine.stats.byTrigger.event).toBe(1);
    const vse = r.decoded(r.sent.length - 1).partII![0]!['partII-Value'] as { events: { length: number; bytes: Uint8Array } };
    expect(hasBit(vse.events, 0)).toBe(true);
    expect(hasBit(vse.events, 2)).toBe(true);
  });
  it('traction control and stability control acting: an event BSM each, with their flags', () => {
    const r = rig();
    r.engine.start();
    drive(r, 500);
    r.setVehicle({ tractionControl: 'engaged' });
    r.engine.vehicleUpdated();
    expect(r.engine.stats.byTrigger.event).toBe(1);
    let vse = r.decoded(r.sent.length - 1).partII![0]!['partII-Value'] as { events: { length: number; bytes: Uint8Array } };
    expect(hasBit(vse.events, 3)).toBe(true); // eventTractionControlLoss
    expect(hasBit(vse.events, 4)).toBe(false);
    // Still engaged: no second event BSM for the same event.
    r.engine.vehicleUpdated();
    expect(r.engine.stats.byTrigger.event).toBe(1);
    r.setVehicle({ stabilityControl: 'engaged' });
    r.engine.vehicleUpdated();
    expect(r.engine.stats.byTrigger.event).toBe(2);
    vse = r.decoded(r.sent.length - 1).partII![0]!['partII-Value'] as { events: { length: number; bytes: Uint8Array } };
    expect(hasBit(vse.events, 3)).toBe(true);
    expect(hasBit(vse.events, 4)).toBe(true); // eventStabilityControlactivated
  });

  it('an event source older than its age limit raises no event', () => {
    const r = rig({ maxStatusAgeMs: 1000 });
    r.engine.start();
    drive(r, 500);
    const state = r.state as unknown as Record<string, unknown>;
    const at = r.state.at as unknown as Record<string, number>;
    // ABS engaged, but last heard 2 s ago (status age limit 1 s here).
    state.abs = 'engaged';
    at.abs = r.clock.now() / 1000 - 2;
    r.engine.vehicleUpdated();
    expect(r.engine.stats.byTrigger.event).toBe(0);
    // Heard now: the event starts.
    at.abs = r.clock.now() / 1000;
    r.engine.vehicleUpdated();
    expect(r.engine.stats.byTrigger.event).toBe(1);
  });
});

describe('congestion control', () => {
  function withNeighbours(n: number, seconds: number): { interval: number; density: number } {
    const r = rig();
    r.engine.start();
    const times: number[] = [];
    drive(r, seconds * 1000, 10, 0, (t) => {
      if (Math.round(t - T0) % 100 === 0) for (let i = 0; i < n; i++) r.engine.onRemoteBsm(`rv${i}`, r.pos.lat + (i % 10) * 1e-5, r.pos.lon);
    });
    for (const s of r.sent.slice(-10)) times.push(s.t);
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    return { interval: gaps.reduce((a, b) => a + b, 0) / gaps.length, density: r.engine.stats.density };
  }

  it('10 Hz up to 25 neighbours, slower with more, 600 ms at most', () => {
    expect(withNeighbours(20, 20).interval).toBeLessThanOrEqual(106);
    const fifty = withNeighbours(50, 20);
    expect(fifty.density).toBeGreaterThan(45);
    expect(fifty.interval).toBeGreaterThan(185);
    expect(fifty.interval).toBeLessThan(215);
    expect(withNeighbours(300, 20).interval).toBeGreaterThan(590);
  });

  it('far-away vehicles do not count', () => {
    const r = rig();
    r.engine.start();
    drive(r, 10_000, 10, 0, (t) => {
      if (Math.round(t - T0) % 100 === 0) for (let i = 0; i < 100; i++) r.engine.onRemoteBsm(`rv${i}`, r.pos.lat + 0.01, r.pos.lon);
    });
    expect(r.engine.stats.density).toBeLessThan(0.01);
  });

  it('tracking error: under congestion, a turn that leaves the dead-reckoned track sends extra BSMs; a straight drive does not', () => {
    const run = (turning: boolean): number => {
      const r = rig({ nominalIntervalMs: 100 });
      r.engine.start();
      let course = 0;
      drive(r, 20_000, 15, () => course, (t) => {
        if (Math.round(t - T0) % 100 === 0) for (let i = 0; i < 300; i++) r.engine.onRemoteBsm(`rv${i}`, r.pos.lat, r.pos.lon);
        // after 10 s, a steady turn of 30 deg/s
        if (turning && t - T0 > 10_000 && Math.round(t - T0) % 100 === 0) course += 3;
      });
      return r.engine.stats.byTrigger.tracking;
    };
    expect(run(false)).toBe(0);
    expect(run(true)).toBeGreaterThan(0);
  });
});

describe('identity', () => {
  it('changes ID and msgCnt together, clears the path history, and waits while an event is active', () => {
    const r = rig({ idChangePeriodMs: 10_000, idChangeRandomMs: 2_000 });
    r.engine.start();
    const firstId = Buffer.from(r.engine.temporaryId).toString('hex');
    drive(r, 9_000);
    expect(Buffer.from(r.engine.temporaryId).toString('hex')).toBe(firstId);
    r.setVehicle({ hazardLights: true });
    drive(r, 4_000, 10, 0, () => r.setVehicle({ hazardLights: true }));
    expect(Buffer.from(r.engine.temporaryId).toString('hex')).toBe(firstId);
    const n = r.sent.length;
    drive(r, 500, 10, 0, () => r.setVehicle({ hazardLights: false }));
    const secondId = Buffer.from(r.engine.temporaryId).toString('hex');
    expect(secondId).not.toBe(firstId);
    const after = r.sent.slice(n).findIndex((s) => Buffer.from(s.id).toString('hex') === secondId) + n;
    const before = after - 1;
    expect(r.sent[after]!.msgCnt).not.toBe((r.sent[before]!.msgCnt + 1) % 128);
    expect(r.sent[before]!.inputs.pathHistory.length).toBeGreaterThan(0);
    expect(r.sent[after]!.inputs.pathHistory.length).toBeLessThanOrEqual(1);
    expect(r.engine.stats.identityChanges).toBe(2);
  });
});

describe('identity rotation, default configuration', () => {
  // README: TemporaryID and msgCnt random, "both changed every 5-6 minutes (never during an event)".
  const PERIOD_MS = 5 * 60_000;
  const RANDOM_MS = 60_000;

  interface Change {
    /** Monotonic ms since start. */
    t: number;
    id: Uint8Array;
    /** The msgCnt the next BSM carries. */
    msgCnt: number;
  }

  /** An engine with no configuration given, recording each identity change (the first is at start). */
  function recorder(seed: number): { r: Rig; changes: Change[]; tickMs: number } {
    const changes: Change[] = [];
    const r: Rig = rig({}, seed, { onIdentityChange: (id) => changes.push({ t: r.clock.monotonic(), id: Uint8Array.from(id), msgCnt: r.engine.currentMsgCnt }) });
    // The due time is looked at on the 100 ms tick: a change may come up to one tick after it.
    return { r, changes, tickMs: r.engine.config.pathPrediction.dt * 1000 };
  }

  /** Runs until `count` changes after the one at start (for 7 minutes a change at the most). */
  function rotations(seed: number, count: number): { changes: Change[]; tickMs: number; identityChanges: number } {
    const { r, changes, tickMs } = recorder(seed);
    r.engine.start();
    for (let step = 0; changes.length < count + 1 && step < count * 42; step++) r.clock.advance(10_000);
    expect(changes.length).toBe(count + 1);
    return { changes, tickMs, identityChanges: r.engine.stats.identityChanges };
  }

  it('the first change after the one at start comes 5 to 6 minutes later, at a random time', () => {
    const firsts: number[] = [];
    for (let k = 1; k <= 10; k++) {
      const { changes, tickMs } = rotations(seedOf(k), 1);
      expect(changes[0]!.t).toBe(0);
      const t = changes[1]!.t;
      expect(t).toBeGreaterThanOrEqual(PERIOD_MS);
      expect(t).toBeLessThanOrEqual(PERIOD_MS + RANDOM_MS + tickMs);
      firsts.push(t);
    }
    expect(new Set(firsts).size).toBeGreaterThanOrEqual(8);
  });

  it('over 40 changes: intervals spread across the random minute, distinct random 4-octet TemporaryIDs, random msgCnt', () => {
    const { changes, tickMs, identityChanges } = rotations(seedOf(1), 40);
    expect(identityChanges).toBe(changes.length);
    const extra = changes.slice(1).map((c, i) => c.t - changes[i]!.t - PERIOD_MS);
    for (const e of extra) {
      expect(e).toBeGreaterThanOrEqual(0);
      expect(e).toBeLessThanOrEqual(RANDOM_MS + tickMs);
    }
    // Spread: not one value, near both ends, every quarter of the minute taken.
    expect(new Set(extra).size).toBeGreaterThan(30);
    expect(Math.min(...extra)).toBeLessThan(RANDOM_MS / 4);
    expect(Math.max(...extra)).toBeGreaterThan((RANDOM_MS * 3) / 4);
    expect(new Set(extra.map((e) => Math.min(3, Math.floor(e / (RANDOM_MS / 4))))).size).toBe(4);

    // The identities (octets from the default source, crypto.getRandomValues).
    const ids = changes.map((c) => c.id);
    for (const id of ids) expect(id.length).toBe(4);
    expect(new Set(ids.map((id) => Buffer.from(id).toString('hex'))).size).toBe(ids.length);
    for (let k = 0; k < 4; k++) expect(new Set(ids.map((id) => id[k])).size).toBeGreaterThanOrEqual(8);

    const counts = changes.map((c) => c.msgCnt);
    for (const m of counts) {
      expect(Number.isInteger(m)).toBe(true);
      expect(m).toBeGreaterThanOrEqual(0);
      expect(m).toBeLessThanOrEqual(127);
    }
    expect(new Set(counts).size).toBeGreaterThanOrEqual(10);
  });

  it('a change falling due while ABS acts waits until the event has ended and its hold time passed', () => {
    const { r, changes, tickMs } = recorder(seedOf(3));
    r.engine.start();
    const abs = (s: 'engaged' | 'on'): void => {
      r.setVehicle({ abs: s });
      r.engine.vehicleUpdated();
    };
    // ABS acting from 10 s before the earliest change until 40 s after the latest, reported every 100 ms.
    r.clock.advance(PERIOD_MS - 10_000);
    const release = PERIOD_MS + RANDOM_MS + 40_000;
    while (r.clock.monotonic() < release) {
      r.feed();
      abs('engaged');
      r.clock.advance(100);
    }
    // The event was on: one event BSM at its start, and the flag in the last BSM.
    expect(r.engine.stats.byTrigger.event).toBe(1);
    const vse = r.decoded(r.sent.length - 1).partII![0]!['partII-Value'] as { events?: { length: number; bytes: Uint8Array } };
    expect(hasBit(vse.events!, 2)).toBe(true); // eventABSactivated
    expect(changes.map((c) => c.t)).toEqual([0]);
    abs('on');
    r.clock.advance(5_000);
    expect(changes.length).toBe(2);
    const hold = r.engine.config.eventHoldMs;
    expect(changes[1]!.t).toBeGreaterThanOrEqual(release + hold);
    expect(changes[1]!.t).toBeLessThanOrEqual(release + hold + tickMs);
  });
});
