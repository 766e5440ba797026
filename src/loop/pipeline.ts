/**
 * The broadcast pipeline wired for a recorded drive: vehicle profile -> state tracker, GNSS
 * fixes, BSM engine -> transports. Hardware inputs (CanBus, GnssSource) plug into the same
 * engine through `attachCan` / `attachGnss`.
 */
import { loadEdition, type EditionName } from '../../asn1/editions.js';
import { ScaledClock, type Clock } from '../../hal/clock.js';
import type { CanBus } from '../../hal/can/types.js';
import type { GnssSource } from '../../hal/gnss/types.js';
import type { VehicleDescription } from '../messages/bsm.js';
import { RxPipeline } from '../rx/pipeline.js';
import { UdpListener } from '../rx/udp-source.js';
import type { MessageSink } from '../transport/types.js';
import { loadProfile } from '../vehicle/profile.js';
import { VehicleStateTracker } from '../vehicle/tracker.js';
import { driveClock, loadDrive, replayDrive, type Drive, type ReplayControl } from './drive.js';
import { BsmEngine, type EngineOptions, type J2945Config } from './engine.js';

/**
 * Fixed descriptions of the vehicles we have profiles for (size and class are not on CAN).
 * RAV4 2017: 4600 x 1845 x 1705 mm (Toyota specifications for the 2016-2018 RAV4);
 * 3650 lb = 1656 kg (opendbc values.py for TOYOTA_RAV4); BasicVehicleClass 10 (passenger vehicle).
 */
export const VEHICLE_DESCRIPTIONS: Record<string, VehicleDescription> = {
  'toyota-rav4-2017': { width: 1.845, length: 4.6, height: 1.705, mass: 1656, basicClass: 10 },
};

export interface PipelineOptions {
  clock: Clock;
  edition: EditionName;
  profile: string;
  description?: VehicleDescription;
  sinks: MessageSink[];
  config?: Partial<J2945Config>;
  timeScale?: number;
  rng?: () => number;
  randomBytes?: (n: number) => Uint8Array;
  onSent?: EngineOptions['onSent'];
  onIdentityChange?: EngineOptions['onIdentityChange'];
  log?: (msg: string) => void;
}

export interface Pipeline {
  tracker: VehicleStateTracker;
  engine: BsmEngine;
}

export async function createPipeline(o: PipelineOptions): Promise<Pipeline> {
  const profile = loadProfile(o.profile);
  const tracker = new VehicleStateTracker(profile);
  const codec = await loadEdition(o.edition);
  const description = o.description ?? VEHICLE_DESCRIPTIONS[profile.name] ?? { basicClass: 0 };
  const engine = new BsmEngine({
    clock: o.clock,
    edition: o.edition,
    codec,
    vehicle: tracker.state,
    description,
    sinks: o.sinks,
    ...(o.config ? { config: o.config } : {}),
    ...(o.timeScale !== undefined ? { timeScale: o.timeScale } : {}),
    ...(o.rng ? { rng: o.rng } : {}),
    ...(o.randomBytes ? { randomBytes: o.randomBytes } : {}),
    ...(o.onSent ? { onSent: o.onSent } : {}),
    ...(o.onIdentityChange ? { onIdentityChange: o.onIdentityChange } : {}),
    ...(o.log ? { log: o.log } : {}),
  });
  return { tracker, engine };
}

export interface DriveRunOptions extends Omit<PipelineOptions, 'clock' | 'timeScale'> {
  drive?: Drive;
  driveDir?: string;
  control: ReplayControl;
  /** Called once the pipeline exists, before the replay starts. */
  onCreated?: (p: Pipeline, clock: Clock) => void;
}

export interface DriveRunResult extends Pipeline {
  drive: Drive;
  clock: Clock;
  /** Drive time covered, ms. */
  driveMs: number;
}

/** Replays a drive through a new pipeline. */
export async function runDrive(o: DriveRunOptions): Promise<DriveRunResult> {
  const drive = o.drive ?? loadDrive(o.driveDir!);
  const clock = driveClock(drive, o.control.speed);
  const timeScale = o.control.speed === 'max' ? Infinity : o.control.speed;
  const p = await createPipeline({ ...o, clock, timeScale });
  o.onCreated?.(p, clock);
  // Loading the profile and the codec took real time: the drive starts now.
  if (clock instanceof ScaledClock) clock.restart();
  p.engine.start();
  const driveMs = await replayDrive(drive, clock, {
    frame: (f) => {
      p.tracker.ingest(f);
      p.engine.vehicleUpdated();
    },
    fix: (f) => p.engine.onFix(f),
  }, o.control);
  p.engine.stop();
  return { ...p, drive, clock, driveMs };
}

/** Feeds a live CAN bus into a pipeline until the bus closes. */
export async function attachCan(p: Pipeline, bus: CanBus): Promise<void> {
  for await (const f of bus) {
    p.tracker.ingest(f);
    p.engine.vehicleUpdated();
  }
}

/** Feeds a live GNSS source into a pipeline until it ends or closes. */
export async function attachGnss(p: Pipeline, gnss: GnssSource): Promise<void> {
  for await (const fix of gnss) p.engine.onFix(fix);
}

export interface NeighbourListener {
  /** BSMs from other vehicles heard, and datagrams that were not (decoded but not a BSM, or failed). */
  stats: { bsms: number; own: number; other: number; failed: number };
  rx: RxPipeline;
  close(): Promise<void>;
}

/**
 * Listens for what others send (`udp://0.0.0.0:PORT`, or a multicast group) and tells the
 * engine about every other vehicle's BSM (congestion control counts them).
 */
export async function listenForNeighbours(
  engine: BsmEngine,
  edition: EditionName,
  listen: string,
  opts: { onError?: (err: Error) => void; onNewNeighbour?: (id: string) => void } = {},
): Promise<NeighbourListener> {
  const codec = await loadEdition(edition);
  const rx = new RxPipeline({ codec, edition });
  const stats = { bsms: 0, own: 0, other: 0, failed: 0 };
  const seen = new Set<string>();
  const csae = edition === 'csae53-2017';
  const listener = new UdpListener({
    listen,
    onDatagram: (bytes, source, at) => {
      const r = rx.ingest(bytes, source, at);
      if (!r.ok) {
        stats.failed++;
        return;
      }
      const v = r.value as { value?: { coreData?: { id: Uint8Array; lat: number; long: number } }; bsmFrame?: { id: Uint8Array; pos: { lat: number; long: number } } };
      const core = csae ? (v.bsmFrame ? { id: v.bsmFrame.id, lat: v.bsmFrame.pos.lat, long: v.bsmFrame.pos.long } : undefined) : r.type === 'BSM' ? v.value?.coreData : undefined;
      if (!core) {
        stats.other++;
        return;
      }
      const id = Buffer.from(core.id).toString('hex');
      const own = Buffer.from(engine.temporaryId).toString('hex');
      if (id === own || id === own + own) {
        stats.own++;
        return;
      }
      stats.bsms++;
      if (!seen.has(id)) {
        if (seen.size > 10_000) seen.clear();
        seen.add(id);
        opts.onNewNeighbour?.(id);
      }
      engine.onRemoteBsm(id, core.lat / 1e7, core.long / 1e7);
    },
    ...(opts.onError ? { onError: opts.onError } : {}),
  });
  await listener.ready();
  return { stats, rx, close: () => listener.close() };
}
