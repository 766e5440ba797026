/**
 * The J2945/1 BSM engine: a vehicle state and GNSS fixes in, Basic Safety Messages out to
 * the transports, on time.
 *
 * Scheduling (notes/j2945-1.md; values marked unconfirmed there are configuration):
 * - a random first-transmit delay (0-199 ms) after start, then one BSM every inter-transmit
 *   time (ITT) plus a random jitter (+-5 ms);
 * - ITT = 100 ms x N_s / 25, clamped to 100..600 ms, N_s the smoothed count of other
 *   vehicles (distinct TemporaryIDs heard within 1 s) within 100 m (weight 0.05 per 100 ms);
 * - an extra BSM at once when a critical event starts (hard braking, ABS, traction or
 *   stability control acting), and when the tracking error (the distance between where a
 *   receiver would dead-reckon us from our last BSM and where we are) passes 0.5 m, or with a
 *   probability 1 - exp(-75 (e - 0.2)^2) between 0.2 and 0.5 m, once the nominal interval
 *   has passed since the last BSM;
 * - no BSM without a valid fix no older than `maxFixAgeMs`; vehicle fields older than their
 *   age limit are sent as unavailable.
 * Identity: a random TemporaryID and msgCnt at start and every `idChangePeriodMs` plus a
 * random part, never while an event is active; the path history is cleared at each change.
 *
 * Time is the injected Clock's; processing times are measured with `perf` (real time).
 */
import type { EditionName, AnyCodec } from '../../asn1/editions.js';
import { EncodeError } from '../../asn1/runtime/errors.js';
import type { Clock, Timer } from '../../hal/clock.js';
import type { GnssFix } from '../../hal/gnss/types.js';
import { buildCsaeBsm, buildJ2735Bsm, type BsmEvent, type BsmInputs, type VehicleDescription } from '../messages/bsm.js';
import type { MessageSink } from '../transport/types.js';
import { FIELD_NAMES, type VehicleField, type VehicleState, type VehicleStateValues } from '../vehicle/state.js';
import { distance, project, type LatLon } from './geo.js';
import { Histogram } from './histogram.js';
import { ConcisePathHistory, J2945_PATH_HISTORY, type PathHistoryOptions, type PathSample } from './path-history.js';
import { J2945_PATH_PREDICTION, PathPredictor, type PathPredictionOptions } from './path-prediction.js';

export interface J2945Config {
  nominalIntervalMs: number;
  maxIntervalMs: number;
  densityCoefficient: number;
  densityWeight: number;
  densityRangeM: number;
  densityWindowMs: number;
  txJitterMs: number;
  firstTxMaxDelayMs: number;
  trackingErrorMinM: number;
  trackingErrorMaxM: number;
  trackingErrorSensitivity: number;
  rescheduleThresholdMs: number;
  idChangePeriodMs: number;
  idChangeRandomMs: number;
  maxFixAgeMs: number;
  /** Age limit of the fast-changing vehicle fields (speed, yaw rate, accelerations, steering, brakes applied). */
  maxDynamicsAgeMs: number;
  /** Age limit of status fields that cars send rarely (gear, lights, turn signals, ABS/TCS/SCS status, parking brake). */
  maxStatusAgeMs: number;
  /** Longitudinal acceleration at or below which hard braking is flagged, m/s^2 (-0.4 g). */
  hardBrakingMps2: number;
  /** How long a momentary event stays flagged after its condition ends. */
  eventHoldMs: number;
  /** Below this speed the heading is held at its last value (GNSS course is noise at standstill). */
  headingLatchSpeed: number;
  criticalEvents: BsmEvent[];
  pathHistory: PathHistoryOptions;
  pathPrediction: PathPredictionOptions;
}

export const J2945_DEFAULTS: J2945Config = {
  nominalIntervalMs: 100,
  maxIntervalMs: 600,
  densityCoefficient: 25,
  densityWeight: 0.05,
  densityRangeM: 100,
  densityWindowMs: 1000,
  txJitterMs: 5,
  firstTxMaxDelayMs: 199,
  trackingErrorMinM: 0.2,
  trackingErrorMaxM: 0.5,
  trackingErrorSensitivity: 75,
  rescheduleThresholdMs: 25,
  idChangePeriodMs: 300_000,
  idChangeRandomMs: 60_000,
  maxFixAgeMs: 1000,
  maxDynamicsAgeMs: 500,
  maxStatusAgeMs: 15_000,
  hardBrakingMps2: -3.92,
  eventHoldMs: 1000,
  headingLatchSpeed: 1.0,
  criticalEvents: ['eventHardBraking', 'eventABSactivated', 'eventTractionControlLoss', 'eventStabilityControlactivated'],
  pathHistory: J2945_PATH_HISTORY,
  pathPrediction: J2945_PATH_PREDICTION,
};

const DYNAMIC_FIELDS = new Set<VehicleField>(['speed', 'wheelSpeedFrontLeft', 'wheelSpeedFrontRight', 'wheelSpeedRearLeft', 'wheelSpeedRearRight', 'steeringAngle', 'steeringRate', 'yawRate', 'accelLong', 'accelLat', 'brakeApplied', 'brakePressure', 'brakePressureLevel']);

export type Trigger = 'periodic' | 'event' | 'tracking';

export interface SentBsm {
  /** Clock time (UTC ms) of the transmission. */
  t: number;
  trigger: Trigger;
  msgCnt: number;
  id: Uint8Array;
  frame: Uint8Array;
  fix: GnssFix;
  /** The inputs the message was built from. */
  inputs: BsmInputs;
  /** Real-time ms from the due time to the hand-over to the transports. */
  tickToSendMs: number;
}

export interface EngineStats {
  sent: number;
  byTrigger: Record<Trigger, number>;
  /** Transmissions skipped because no valid, fresh fix was available. */
  skippedNoFix: number;
  encodeErrors: number;
  identityChanges: number;
  /** Current smoothed density and interval. */
  density: number;
  intervalMs: number;
  /**
   * Real-time ms per stage: `wake` from the due time to the start of the send path (how late
   * the timer fired), then `snapshot`, `build`, `encode`, `send`; `tickToSend` is their sum.
   */
  latency: { wake: Histogram; snapshot: Histogram; build: Histogram; encode: Histogram; send: Histogram; tickToSend: Histogram; periodJitter: Histogram };
}

export interface EngineOptions {
  clock: Clock;
  edition: EditionName;
  codec: AnyCodec;
  vehicle: VehicleState;
  description: VehicleDescription;
  sinks: MessageSink[];
  config?: Partial<J2945Config>;
  /** Uniform [0, 1) for timing randomness (default Math.random). */
  rng?: () => number;
  /** Random octets for identities (default crypto.getRandomValues). */
  randomBytes?: (n: number) => Uint8Array;
  /** Real-time ms for measuring processing (default performance.now). */
  perf?: () => number;
  /** Clock ms per real ms: 1 in real time, N when replaying N times faster, Infinity as fast as possible. */
  timeScale?: number;
  onSent?: (m: SentBsm) => void;
  /**
   * Real-time ms before each scheduled transmission at which the send path is rehearsed: a
   * BSM of the current state is built and encoded, then thrown away (no state changes). After
   * the idle time between two transmissions, caches and branch predictors have lost the code
   * and data of the send path, and a cold build-and-encode costs many times a warm one. 0 turns
   * it off; default 3. Only on real-time clocks (not `--speed max`).
   */
  warmLeadMs?: number;
  /** Called after each identity change with the new TemporaryID (certificates and link-layer addresses follow it). */
  onIdentityChange?: (id: Uint8Array) => void;
  log?: (msg: string) => void;
}

interface RemoteVehicle extends LatLon {
  seen: number;
}

export class BsmEngine {
  readonly config: J2945Config;
  readonly stats: EngineStats;
  private readonly clock: Clock;
  private readonly rng: () => number;
  private readonly randomBytes: (n: number) => Uint8Array;
  private readonly perf: () => number;
  private readonly timeScale: number;
  private readonly history: ConcisePathHistory;
  private readonly predictor: PathPredictor;
  private readonly csae: boolean;
  private fix: GnssFix | undefined;
  private heldHeading: number | undefined;
  private msgCnt = 0;
  private tempId: Uint8Array = new Uint8Array(4);
  private nextIdChange = Infinity;
  private txTimer: Timer | undefined;
  private warmTimer: Timer | undefined;
  private readonly warmLeadMs: number;
  private tickTimer: Timer | undefined;
  private due = 0;
  private lastPeriodic: { due: number; real: number } | undefined;
  private lastTx: { mono: number; pos: LatLon; t: number; speed: number; heading: number } | undefined;
  private readonly active = new Map<BsmEvent, number>(); // event -> monotonic time it was last true
  private readonly remotes = new Map<string, RemoteVehicle>();
  private running = false;

  constructor(private readonly o: EngineOptions) {
    this.config = { ...J2945_DEFAULTS, ...o.config };
    this.clock = o.clock;
    this.rng = o.rng ?? Math.random;
    this.randomBytes = o.randomBytes ?? ((n) => crypto.getRandomValues(new Uint8Array(n)));
    this.perf = o.perf ?? (() => performance.now());
    this.timeScale = o.timeScale ?? 1;
    this.warmLeadMs = o.warmLeadMs ?? 3;
    this.history = new ConcisePathHistory(this.config.pathHistory);
    this.predictor = new PathPredictor(this.config.pathPrediction);
    this.csae = o.edition === 'csae53-2017';
    this.stats = {
      sent: 0,
      byTrigger: { periodic: 0, event: 0, tracking: 0 },
      skippedNoFix: 0,
      encodeErrors: 0,
      identityChanges: 0,
      density: 0,
      intervalMs: this.config.nominalIntervalMs,
      latency: { wake: new Histogram(), snapshot: new Histogram(), build: new Histogram(), encode: new Histogram(), send: new Histogram(), tickToSend: new Histogram(), periodJitter: new Histogram() },
    };
  }

  get temporaryId(): Uint8Array {
    return this.tempId;
  }

  get currentMsgCnt(): number {
    return this.msgCnt;
  }

  get pathHistory(): ConcisePathHistory {
    return this.history;
  }

  get lastFix(): GnssFix | undefined {
    return this.fix;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.changeIdentity();
    const first = this.rng() * this.config.firstTxMaxDelayMs;
    this.scheduleTx(first);
    this.scheduleTick();
  }

  stop(): void {
    this.running = false;
    this.txTimer?.cancel();
    this.warmTimer?.cancel();
    this.tickTimer?.cancel();
    this.txTimer = undefined;
    this.warmTimer = undefined;
    this.tickTimer = undefined;
  }

  // ---- inputs -----------------------------------------------------------------------

  /** A new GNSS fix (from any GnssSource). */
  onFix(fix: GnssFix): void {
    this.fix = fix;
    if (fix.valid && fix.time !== undefined && fix.lat !== undefined && fix.lon !== undefined) {
      this.history.add({ t: fix.time, lat: fix.lat, lon: fix.lon, ...(fix.altHae !== undefined ? { alt: fix.altHae } : {}) });
      if (this.running) this.checkTrackingError(fix);
    }
  }

  /** The vehicle state changed (call after ingesting CAN frames): critical events go out at once. */
  vehicleUpdated(): void {
    if (!this.running) return;
    const started = this.updateEvents();
    if (started) this.transmitNow('event');
  }

  /** A BSM heard from another vehicle (for congestion control). */
  onRemoteBsm(id: string, lat: number, lon: number): void {
    this.remotes.set(id, { lat, lon, seen: this.clock.monotonic() });
  }

  // ---- scheduling -------------------------------------------------------------------

  /**
   * The next transmission `interval` clock ms after `from` (default now). Periodic BSMs count
   * from the previous one's due time, so the time the send path takes, and a timer's lateness,
   * do not add up from one BSM to the next (at `--speed N` they would count N times).
   */
  private scheduleTx(interval: number, from?: number): void {
    this.txTimer?.cancel();
    this.warmTimer?.cancel();
    const now = this.clock.monotonic();
    this.due = Math.max(now, (from ?? now) + interval);
    const delay = this.due - now;
    this.txTimer = this.clock.setTimeout(() => this.onTxTimer(), delay, true);
    if (this.warmLeadMs > 0 && Number.isFinite(this.timeScale)) {
      const lead = this.warmLeadMs * this.timeScale;
      if (delay > lead) this.warmTimer = this.clock.setTimeout(() => this.warm(), delay - lead);
    }
  }

  private scheduleTick(): void {
    this.tickTimer = this.clock.setTimeout(() => {
      if (!this.running) return;
      this.onTick();
      this.scheduleTick();
    }, this.config.pathPrediction.dt * 1000);
  }

  private nextInterval(): number {
    const j = (this.rng() * 2 - 1) * this.config.txJitterMs;
    return Math.max(1, this.stats.intervalMs + j);
  }

  private onTxTimer(): void {
    if (!this.running) return;
    const due = this.due;
    const sent = this.transmit('periodic', due);
    if (sent) {
      const real = this.perf();
      if (this.lastPeriodic !== undefined && Number.isFinite(this.timeScale)) {
        const intended = (due - this.lastPeriodic.due) / this.timeScale;
        this.stats.latency.periodJitter.record(Math.abs(real - this.lastPeriodic.real - intended));
      }
      this.lastPeriodic = { due, real };
    }
    if (this.running) this.scheduleTx(this.nextInterval(), due);
  }

  private transmitNow(trigger: Trigger): void {
    if (this.transmit(trigger, this.clock.monotonic())) {
      this.lastPeriodic = undefined;
      this.scheduleTx(this.nextInterval());
    }
  }

  /** Every 100 ms: path prediction, density, event expiry, identity rotation. */
  private onTick(): void {
    const v = this.freshVehicle();
    const speed = this.speedOf(v);
    this.predictor.step(speed, v.yawRate);
    this.updateDensity();
    this.updateEvents();
    if (this.clock.monotonic() >= this.nextIdChange && this.active.size === 0) this.changeIdentity();
  }

  private updateDensity(): void {
    const now = this.clock.monotonic();
    const me = this.fix;
    let n = 0;
    for (const [id, r] of this.remotes) {
      if (now - r.seen > this.config.densityWindowMs) {
        this.remotes.delete(id);
        continue;
      }
      if (me?.lat !== undefined && me.lon !== undefined && distance(me as LatLon, r) <= this.config.densityRangeM) n++;
    }
    const c = this.config;
    this.stats.density = c.densityWeight * n + (1 - c.densityWeight) * this.stats.density;
    this.stats.intervalMs = Math.min(c.maxIntervalMs, Math.max(c.nominalIntervalMs, (c.nominalIntervalMs * this.stats.density) / c.densityCoefficient));
  }

  private checkTrackingError(fix: GnssFix): void {
    const last = this.lastTx;
    if (!last || fix.time === undefined) return;
    const now = this.clock.monotonic();
    const c = this.config;
    if (now - last.mono < c.nominalIntervalMs) return;
    if (this.due - now < c.rescheduleThresholdMs) return;
    const dt = (fix.time - last.t) / 1000;
    const est = project(last.pos, last.heading, last.speed * dt);
    const err = distance(est, fix as LatLon);
    let go = err >= c.trackingErrorMaxM;
    if (!go && err > c.trackingErrorMinM) go = this.rng() < 1 - Math.exp(-c.trackingErrorSensitivity * (err - c.trackingErrorMinM) ** 2);
    if (go) this.transmitNow('tracking');
  }

  // ---- events and identity ----------------------------------------------------------

  /**
   * Updates the active events; returns true when a critical one has just started. Runs on
   * every CAN frame, so it reads the five fields it needs and allocates nothing.
   */
  private updateEvents(): boolean {
    const now = this.clock.monotonic();
    const t = this.clock.now();
    const accel = this.freshValue('accelLong', t);
    // Every event is updated, whichever started.
    let started = this.updateEvent('eventHazardLights', this.freshValue('hazardLights', t) === true, now);
    if (this.updateEvent('eventABSactivated', this.freshValue('abs', t) === 'engaged', now)) started = true;
    if (this.updateEvent('eventTractionControlLoss', this.freshValue('tractionControl', t) === 'engaged', now)) started = true;
    if (this.updateEvent('eventStabilityControlactivated', this.freshValue('stabilityControl', t) === 'engaged', now)) started = true;
    if (this.updateEvent('eventHardBraking', typeof accel === 'number' && accel <= this.config.hardBrakingMps2, now)) started = true;
    return started;
  }

  /** One event's condition; true when it has just started and is critical. */
  private updateEvent(ev: BsmEvent, on: boolean, now: number): boolean {
    if (on) {
      const started = !this.active.has(ev) && this.config.criticalEvents.includes(ev);
      this.active.set(ev, now);
      return started;
    }
    const since = this.active.get(ev);
    const hold = ev === 'eventHazardLights' ? 0 : this.config.eventHoldMs;
    if (since !== undefined && now - since >= hold) this.active.delete(ev);
    return false;
  }

  private changeIdentity(): void {
    this.tempId = this.randomBytes(4);
    this.msgCnt = Math.floor(this.rng() * 128);
    this.history.clear();
    this.lastTx = undefined;
    this.nextIdChange = this.clock.monotonic() + this.config.idChangePeriodMs + this.rng() * this.config.idChangeRandomMs;
    this.stats.identityChanges++;
    this.o.onIdentityChange?.(this.tempId);
  }

  // ---- building and sending ---------------------------------------------------------

  /** Vehicle values with fields older than their age limit removed, judged at one instant. */
  private freshVehicle(): VehicleStateValues {
    const t = this.clock.now();
    const out = {} as Record<VehicleField, unknown>;
    for (const f of FIELD_NAMES) out[f] = this.freshValue(f, t);
    return out as unknown as VehicleStateValues;
  }

  /** One vehicle value, or undefined when it is older than its age limit at `t` (UTC ms). */
  private freshValue<F extends VehicleField>(f: F, t: number): VehicleStateValues[F] | undefined {
    const s = this.o.vehicle;
    const at = s.at[f];
    if (at === undefined) return undefined;
    const limit = DYNAMIC_FIELDS.has(f) ? this.config.maxDynamicsAgeMs : this.config.maxStatusAgeMs;
    return t / 1000 - at <= limit / 1000 ? s[f] : undefined;
  }

  private speedOf(v: VehicleStateValues): number | undefined {
    return v.speed ?? this.fix?.speed;
  }

  private usableFix(): GnssFix | undefined {
    const f = this.fix;
    if (!f || !f.valid || f.time === undefined || f.lat === undefined || f.lon === undefined) return undefined;
    if (this.clock.monotonic() - f.rxMonotonic > this.config.maxFixAgeMs) return undefined;
    return f;
  }

  /** What a BSM of the current state is built from; `commit` latches the held heading. */
  private inputsFor(fix: GnssFix, commit: boolean): BsmInputs {
    const vehicle = this.freshVehicle();
    const speed = this.speedOf(vehicle);
    const latch = fix.course !== undefined && speed !== undefined && speed >= this.config.headingLatchSpeed;
    if (latch && commit) this.heldHeading = fix.course;
    const held = latch ? fix.course : this.heldHeading;
    const heading = held ?? (speed === undefined || speed >= this.config.headingLatchSpeed ? fix.course : undefined);
    return {
      msgCnt: this.msgCnt,
      id: this.tempId,
      fix,
      vehicle,
      heading,
      speed,
      pathHistory: this.history.forMessage({ lat: fix.lat!, lon: fix.lon!, t: fix.time! }),
      prediction: this.predictor.current,
      events: new Set(this.active.keys()),
      description: this.o.description,
    };
  }

  private frameOf(inputs: BsmInputs): unknown {
    return this.csae ? { bsmFrame: buildCsaeBsm(inputs) } : { messageId: 20, value: buildJ2735Bsm(inputs) };
  }

  /** The send path rehearsed just before a transmission (see `warmLeadMs`): nothing is kept. */
  private warm(): void {
    if (!this.running) return;
    const fix = this.usableFix();
    if (!fix) return;
    try {
      this.o.codec.encode('MessageFrame', this.frameOf(this.inputsFor(fix, false)));
    } catch {
      // The transmission itself reports what does not encode.
    }
  }

  private transmit(trigger: Trigger, due: number): boolean {
    const p0 = this.perf();
    const started = this.clock.monotonic();
    const fix = this.usableFix();
    if (!fix) {
      this.stats.skippedNoFix++;
      return false;
    }
    const inputs = this.inputsFor(fix, true);
    const { speed, heading } = inputs;
    const p1 = this.perf();
    const frame = this.frameOf(inputs);
    const p2 = this.perf();
    let bytes: Uint8Array;
    try {
      bytes = this.o.codec.encode('MessageFrame', frame);
    } catch (e) {
      // A value out of range here is a bug in the builder: count it, say where, keep going.
      this.stats.encodeErrors++;
      this.o.log?.(`BSM not sent: ${e instanceof EncodeError ? e.message : String(e)}`);
      return false;
    }
    const p3 = this.perf();
    const mono = this.clock.monotonic();
    const out = { frame: bytes, messageId: this.csae ? 0 : 20, type: 'BSM', t: mono };
    for (const s of this.o.sinks) s.send(out);
    const p4 = this.perf();
    // Late start (clock time from the due time to the start of this call) plus the work.
    const lateMs = Number.isFinite(this.timeScale) ? Math.max(0, started - due) / this.timeScale : 0;
    const tickToSend = lateMs + (p4 - p0);
    const L = this.stats.latency;
    L.wake.record(lateMs);
    L.snapshot.record(p1 - p0);
    L.build.record(p2 - p1);
    L.encode.record(p3 - p2);
    L.send.record(p4 - p3);
    L.tickToSend.record(tickToSend);
    this.stats.sent++;
    this.stats.byTrigger[trigger]++;
    this.lastTx = { mono, pos: { lat: fix.lat!, lon: fix.lon! }, t: fix.time!, speed: speed ?? 0, heading: heading ?? 0 };
    const sent: SentBsm = { t: this.clock.now(), trigger, msgCnt: this.msgCnt, id: this.tempId, frame: bytes, fix, inputs, tickToSendMs: tickToSend };
    this.msgCnt = (this.msgCnt + 1) % 128;
    this.o.onSent?.(sent);
    return true;
  }
}

export type { PathSample };
