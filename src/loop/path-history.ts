/**
 * SAE J2945/1 concise path history. GNSS positions (about every 100 ms) come in; a position
 * becomes a path-history point when the chord from the last point to the newest position
 * would pass farther than `allowableError` from a position in between, or would be longer
 * than `maxChordLength`: the position before the newest is then kept. So every chord between
 * consecutive points (and from the newest point to the current position) stays within the
 * allowed error of the real track and no longer than the maximum chord.
 *
 * The list sent in a BSM starts at the newest point and goes back until it covers at least
 * `minDistance` metres from the current position (when driven that far), with at most
 * `maxPoints` points; offsets are from the current position, times back from its time.
 *
 * Defaults are the J2945/1 values (notes/j2945-1.md): allowable error 1 m, maximum chord
 * 210 m, at least 200 m, at most 15 points. They are configurable: one open implementation
 * used 0.875 m and 209 m to pass a test system with margin.
 */
import { distance, distanceToSegment, type LatLon } from './geo.js';

export interface PathSample extends LatLon {
  /** UTC ms of the position. */
  t: number;
  /** Height above the ellipsoid, m. */
  alt?: number;
  speed?: number;
  course?: number;
}

export interface PathHistoryOptions {
  allowableError: number;
  maxChordLength: number;
  minDistance: number;
  maxPoints: number;
}

export const J2945_PATH_HISTORY: PathHistoryOptions = { allowableError: 1.0, maxChordLength: 210, minDistance: 200, maxPoints: 15 };

export class ConcisePathHistory {
  /** Concise points, oldest first. */
  private readonly points: PathSample[] = [];
  /** Positions after the newest point, oldest first (the last is the newest position). */
  private recent: PathSample[] = [];
  readonly opts: PathHistoryOptions;

  constructor(opts: Partial<PathHistoryOptions> = {}) {
    this.opts = { ...J2945_PATH_HISTORY, ...opts };
  }

  /** Forgets everything (at an identity change: no history crosses it). */
  clear(): void {
    this.points.length = 0;
    this.recent = [];
  }

  /** Adds the newest position. Positions must come in time order; others are ignored. */
  add(s: PathSample): void {
    const last = this.recent[this.recent.length - 1] ?? this.points[this.points.length - 1];
    if (last !== undefined && s.t <= last.t) return;
    const anchor = this.points[this.points.length - 1];
    if (anchor === undefined) {
      this.points.push(s);
      return;
    }
    this.recent.push(s);
    if (this.recent.length >= 2 && this.chordFails(anchor, s)) {
      const keep = this.recent[this.recent.length - 2]!;
      this.points.push(keep);
      this.recent = [s];
      this.trim();
    }
  }

  private chordFails(anchor: PathSample, s: PathSample): boolean {
    if (distance(anchor, s) > this.opts.maxChordLength) return true;
    for (let i = 0; i < this.recent.length - 1; i++) {
      if (distanceToSegment(this.recent[i]!, anchor, s) > this.opts.allowableError) return true;
    }
    return false;
  }

  /** Keeps what can still be sent, plus one older point. */
  private trim(): void {
    const current = this.recent[this.recent.length - 1] ?? this.points[this.points.length - 1]!;
    const keep = this.select(current).length + 1;
    if (this.points.length > keep) this.points.splice(0, this.points.length - keep);
  }

  private select(current: LatLon & { t: number }): PathSample[] {
    const out: PathSample[] = [];
    let covered = 0;
    let prev: LatLon = current;
    for (let i = this.points.length - 1; i >= 0 && out.length < this.opts.maxPoints; i--) {
      const p = this.points[i]!;
      if (p.t >= current.t) continue;
      out.push(p);
      covered += distance(prev, p);
      prev = p;
      if (covered >= this.opts.minDistance) break;
    }
    return out;
  }

  /** The points to send with a BSM whose position is `current`: newest first. */
  forMessage(current: LatLon & { t: number }): PathSample[] {
    return this.select(current);
  }

  /** All concise points kept, oldest first (for tests and diagnostics). */
  get conciseHistory(): readonly PathSample[] {
    return this.points;
  }
}
