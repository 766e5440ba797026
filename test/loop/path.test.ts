/** The J2945/1 concise path history and the path prediction on synthetic tracks. */
import { describe, expect, it } from 'vitest';
import { distance, distanceToSegment, metresPerDegree, type LatLon } from '../../src/loop/geo.js';
import { ConcisePathHistory, type PathSample } from '../../src/loop/path-history.js';
import { PathPredictor, SecondOrderLowPass } from '../../src/loop/path-prediction.js';

const ORIGIN = { lat: 37.72, lon: -122.47 };

/** A track sampled every 100 ms: position from east/north metres. */
function track(fn: (t: number) => { e: number; n: number }, seconds: number): PathSample[] {
  const m = metresPerDegree(ORIGIN.lat);
  const out: PathSample[] = [];
  for (let i = 0; i <= seconds * 10; i++) {
    const { e, n } = fn(i / 10);
    out.push({ t: 1e12 + i * 100, lat: ORIGIN.lat + n / m.lat, lon: ORIGIN.lon + e / m.lon });
  }
  return out;
}

/** Checks the J2945/1 limits for one message: every chord within the error, no longer than the maximum. */
function checkLimits(ph: ConcisePathHistory, samples: PathSample[], now: PathSample): { points: number; covered: number } {
  const pts = ph.forMessage(now);
  const chain: PathSample[] = [now, ...pts];
  let covered = 0;
  for (let i = 0; i + 1 < chain.length; i++) {
    const a = chain[i + 1]!;
    const b = chain[i]!;
    covered += distance(a, b);
    expect(distance(a, b)).toBeLessThanOrEqual(ph.opts.maxChordLength);
    for (const s of samples) {
      if (s.t > a.t && s.t < b.t) expect(distanceToSegment(s, a, b)).toBeLessThanOrEqual(ph.opts.allowableError + 1e-9);
    }
  }
  expect(pts.length).toBeLessThanOrEqual(ph.opts.maxPoints);
  return { points: pts.length, covered };
}

describe('concise path history', () => {
  it('a straight road: a point at the latest every maximum chord, at least 200 m covered', () => {
    const s = track((t) => ({ e: 0, n: 25 * t }), 60); // 90 km/h north, 1500 m
    const ph = new ConcisePathHistory();
    for (const p of s) {
      ph.add(p);
      const r = checkLimits(ph, s, p);
      if (p.t - s[0]!.t > 10_000) expect(r.covered).toBeGreaterThanOrEqual(200);
    }
    // 200 m covered by the newest point and at most one more (chords are up to 210 m)
    const pts = ph.forMessage(s[s.length - 1]!);
    expect(pts.length).toBeGreaterThanOrEqual(1);
    expect(pts.length).toBeLessThanOrEqual(2);
    // consecutive concise points are one maximum chord apart (the sample before it was exceeded)
    const h = ph.conciseHistory;
    expect(distance(h[h.length - 1]!, h[h.length - 2]!)).toBeGreaterThan(205);
  });

  it('a curve of 100 m radius: points where the chord error would pass 1 m', () => {
    const R = 100;
    const s = track((t) => ({ e: R - R * Math.cos((15 * t) / R), n: R * Math.sin((15 * t) / R) }), 40);
    const ph = new ConcisePathHistory();
    let maxPts = 0;
    for (const p of s) {
      ph.add(p);
      maxPts = Math.max(maxPts, checkLimits(ph, s, p).points);
    }
    // sagitta 1 m on R = 100 m allows chords of about 28 m: 200 m need 8 or more points
    expect(maxPts).toBeGreaterThanOrEqual(7);
    expect(maxPts).toBeLessThanOrEqual(15);
  });

  it('a slalom never exceeds 15 points, standing still adds none, clear() forgets all', () => {
    const s = track((t) => ({ e: 8 * Math.sin(t * 1.5), n: 10 * t }), 60);
    const ph = new ConcisePathHistory();
    for (const p of s) {
      ph.add(p);
      checkLimits(ph, s, p);
    }
    const still = track(() => ({ e: 0, n: 0 }), 20);
    const ph2 = new ConcisePathHistory();
    for (const p of still) ph2.add(p);
    expect(ph2.conciseHistory.length).toBe(1);
    expect(ph2.forMessage(still[still.length - 1]!).length).toBe(1);
    ph.clear();
    expect(ph.forMessage(s[s.length - 1]!)).toEqual([]);
  });

  it('honours other limits when configured (the 0.875 m / 209 m margins some test systems need)', () => {
    const s = track((t) => ({ e: 0, n: 25 * t }), 30);
    const ph = new ConcisePathHistory({ allowableError: 0.875, maxChordLength: 209 });
    for (const p of s) {
      ph.add(p);
      checkLimits(ph, s, p);
    }
  });
});

describe('path prediction', () => {
  it('a steady turn converges to v / yaw rate', () => {
    const p = new PathPredictor();
    let r;
    for (let i = 0; i < 100; i++) r = p.step(20, 5); // 20 m/s, 5 deg/s clockwise
    const expected = 20 / ((5 * Math.PI) / 180);
    expect(r!.radius).toBeCloseTo(expected, 1);
    expect(r!.confidence).toBeCloseTo(1, 5);
  });

  it('straight above 2500 m, below 1 m/s, and when unknown; left turns are negative', () => {
    const p = new PathPredictor();
    for (let i = 0; i < 100; i++) p.step(30, 0.5);
    expect(p.current.radius).toBeUndefined(); // 30 / 0.0087 = 3438 m
    const q = new PathPredictor();
    for (let i = 0; i < 100; i++) q.step(0.5, 10);
    expect(q.current.radius).toBeUndefined();
    const l = new PathPredictor();
    for (let i = 0; i < 100; i++) l.step(10, -10);
    expect(l.current.radius!).toBeLessThan(0);
    expect(new PathPredictor().step(undefined, 3).radius).toBeUndefined();
  });

  it('the curvature filter lags a step change (0.33 Hz), and confidence drops while the yaw rate changes', () => {
    const p = new PathPredictor();
    for (let i = 0; i < 50; i++) p.step(20, 0);
    const r1 = p.step(20, 10);
    expect(r1.radius === undefined || Math.abs(r1.radius) > 2000).toBe(true);
    let minConf = 1;
    for (let i = 0; i < 5; i++) minConf = Math.min(minConf, p.step(20, 10 + i * 3).confidence);
    expect(minConf).toBeLessThan(0.9);
  });

  it('the second-order low-pass filter settles on a constant input with unit gain', () => {
    const f = new SecondOrderLowPass(0.33, 1, 0.1);
    f.step(0);
    let y = 0;
    for (let i = 0; i < 200; i++) y = f.step(1);
    expect(y).toBeCloseTo(1, 6);
  });
});

// geo helpers used above
describe('geometry', () => {
  it('distances on the local tangent plane', () => {
    const m = metresPerDegree(0);
    expect(m.lat).toBeCloseTo(110574, -1);
    expect(m.lon).toBeCloseTo(111320, -1);
    const a: LatLon = { lat: 0, lon: 0 };
    expect(distance(a, { lat: 0, lon: 1 / m.lon })).toBeCloseTo(1, 6);
  });
});
