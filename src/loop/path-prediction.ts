/**
 * SAE J2945/1 path prediction: the radius of curvature from speed and yaw rate, with the
 * curvature (1/R) through a second-order low-pass filter (cutoff 0.33 Hz, damping 1, 100 ms
 * steps); straight when the filtered radius exceeds 2500 m or the speed is below 1 m/s.
 *
 * Confidence (not specified numerically in the open material, so a documented choice): the
 * rate of change of the yaw rate, through a second-order low-pass filter (cutoff 1 Hz,
 * damping 1), mapped linearly from 100 % when steady to 0 % at `yawAccelForZero` deg/s^2
 * (default 10): a steady turn is predicted well, a swerve is not.
 */

/** Critically damped second-order low-pass filter (bilinear transform). */
export class SecondOrderLowPass {
  private x1 = 0;
  private x2 = 0;
  private y1 = 0;
  private y2 = 0;
  private primed = false;
  private readonly b0: number;
  private readonly b1: number;
  private readonly b2: number;
  private readonly a1: number;
  private readonly a2: number;

  constructor(cutoffHz: number, damping: number, readonly dt: number) {
    const w = 2 * Math.PI * cutoffHz;
    const k = 2 / dt;
    const a0 = k * k + 2 * damping * w * k + w * w;
    this.b0 = (w * w) / a0;
    this.b1 = (2 * w * w) / a0;
    this.b2 = (w * w) / a0;
    this.a1 = (2 * w * w - 2 * k * k) / a0;
    this.a2 = (k * k - 2 * damping * w * k + w * w) / a0;
  }

  /** Filters one sample; the first sample initialises the filter at rest on that value. */
  step(x: number): number {
    if (!this.primed) {
      this.x1 = this.x2 = this.y1 = this.y2 = x;
      this.primed = true;
      return x;
    }
    const y = this.b0 * x + this.b1 * this.x1 + this.b2 * this.x2 - this.a1 * this.y1 - this.a2 * this.y2;
    this.x2 = this.x1;
    this.x1 = x;
    this.y2 = this.y1;
    this.y1 = y;
    return y;
  }

  get value(): number {
    return this.y1;
  }

  reset(): void {
    this.primed = false;
  }
}

export interface PathPredictionOptions {
  straightAbove: number;
  minSpeed: number;
  curvatureCutoffHz: number;
  confidenceCutoffHz: number;
  yawAccelForZero: number;
  dt: number;
}

export const J2945_PATH_PREDICTION: PathPredictionOptions = { straightAbove: 2500, minSpeed: 1, curvatureCutoffHz: 0.33, confidenceCutoffHz: 1, yawAccelForZero: 10, dt: 0.1 };

export interface Prediction {
  /** Metres, positive curving right (clockwise); undefined for straight. */
  radius: number | undefined;
  /** 0..1 */
  confidence: number;
}

export class PathPredictor {
  readonly opts: PathPredictionOptions;
  private readonly curvature: SecondOrderLowPass;
  private readonly yawAccel: SecondOrderLowPass;
  private lastYaw: number | undefined;
  private last: Prediction = { radius: undefined, confidence: 0 };

  constructor(opts: Partial<PathPredictionOptions> = {}) {
    this.opts = { ...J2945_PATH_PREDICTION, ...opts };
    this.curvature = new SecondOrderLowPass(this.opts.curvatureCutoffHz, 1, this.opts.dt);
    this.yawAccel = new SecondOrderLowPass(this.opts.confidenceCutoffHz, 1, this.opts.dt);
  }

  /** One step (every `dt`): speed m/s, yaw rate deg/s (clockwise positive). */
  step(speed: number | undefined, yawRateDeg: number | undefined): Prediction {
    if (speed === undefined || yawRateDeg === undefined || !Number.isFinite(speed) || !Number.isFinite(yawRateDeg)) {
      this.last = { radius: undefined, confidence: 0 };
      return this.last;
    }
    const yawRad = (yawRateDeg * Math.PI) / 180;
    // curvature = yaw rate / speed (1/m); at standstill the curvature is not defined: hold 0.
    const k = this.curvature.step(speed >= 0.1 ? yawRad / speed : 0);
    const dYaw = this.lastYaw === undefined ? 0 : (yawRateDeg - this.lastYaw) / this.opts.dt;
    this.lastYaw = yawRateDeg;
    const accel = Math.abs(this.yawAccel.step(Math.abs(dYaw)));
    const confidence = Math.max(0, Math.min(1, 1 - accel / this.opts.yawAccelForZero));
    const r = k === 0 ? Infinity : 1 / k;
    const straight = speed < this.opts.minSpeed || !Number.isFinite(r) || Math.abs(r) > this.opts.straightAbove;
    this.last = { radius: straight ? undefined : r, confidence };
    return this.last;
  }

  get current(): Prediction {
    return this.last;
  }

  reset(): void {
    this.curvature.reset();
    this.yawAccel.reset();
    this.lastYaw = undefined;
    this.last = { radius: undefined, confidence: 0 };
  }
}
