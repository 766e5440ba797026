/** Small-distance geometry on the WGS-84 ellipsoid, for path history and tracking error. */

const A = 6378137.0; // WGS-84 semi-major axis, m
const E2 = 6.69437999014e-3; // first eccentricity squared

/** Metres per degree of latitude and of longitude at a latitude (ellipsoidal radii of curvature). */
export function metresPerDegree(latDeg: number): { lat: number; lon: number } {
  const phi = (latDeg * Math.PI) / 180;
  const s = Math.sin(phi);
  const w = Math.sqrt(1 - E2 * s * s);
  const meridional = (A * (1 - E2)) / (w * w * w);
  const normal = A / w;
  return { lat: (meridional * Math.PI) / 180, lon: (normal * Math.cos(phi) * Math.PI) / 180 };
}

export interface LatLon {
  lat: number;
  lon: number;
}

/** East/north offset in metres of `p` from `origin` (local tangent plane; fine below a few km). */
export function enu(origin: LatLon, p: LatLon): { e: number; n: number } {
  const m = metresPerDegree(origin.lat);
  return { e: (p.lon - origin.lon) * m.lon, n: (p.lat - origin.lat) * m.lat };
}

export function distance(a: LatLon, b: LatLon): number {
  const d = enu(a, b);
  return Math.hypot(d.e, d.n);
}

/** Distance in metres from `p` to the segment a-b. */
export function distanceToSegment(p: LatLon, a: LatLon, b: LatLon): number {
  const bb = enu(a, b);
  const pp = enu(a, p);
  const len2 = bb.e * bb.e + bb.n * bb.n;
  if (len2 === 0) return Math.hypot(pp.e, pp.n);
  const t = Math.max(0, Math.min(1, (pp.e * bb.e + pp.n * bb.n) / len2));
  return Math.hypot(pp.e - t * bb.e, pp.n - t * bb.n);
}

/** The point `d` metres from `p` along `courseDeg` (clockwise from north). */
export function project(p: LatLon, courseDeg: number, d: number): LatLon {
  const m = metresPerDegree(p.lat);
  const c = (courseDeg * Math.PI) / 180;
  return { lat: p.lat + (d * Math.cos(c)) / m.lat, lon: p.lon + (d * Math.sin(c)) / m.lon };
}
