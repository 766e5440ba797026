/**
 * The configuration of `v2x-edge run`, from a JSON file (`--config FILE`) and/or the
 * command line (options override the file). Validated against the schema below: every error
 * names the field (`config.vehicle.width: must be a number from 0 to 10.23`).
 */
import { J2945_DEFAULTS, type J2945Config } from '../loop/engine.js';
import type { VehicleDescription } from '../messages/bsm.js';
import type { IfmOptions } from '../transport/ifm.js';
import type { WsmpOptions } from '../transport/wsmp-sink.js';
import { PROFILES } from './profiles.js';

/** Where BSMs go when no transport is given: the port usdot-jpo-ode listens on for BSMs. */
export const DEFAULT_UDP_TARGET = '127.0.0.1:46800';

export interface RunConfig {
  /** Message set (profile name from src/config/profiles.ts). */
  messages: string;
  /** Vehicle profile (DBC + mapping) and the fixed description. */
  vehicle: { profile: string } & Partial<VehicleDescription>;
  /** Hardware inputs; absent: the bundled drive (or `drive`). */
  can?: { interface: string };
  gnss?: { device: string; baud?: number } | { gpsd: string };
  /** A recorded drive folder (can0.log + gnss.nmea); default the bundled one. */
  drive?: string;
  speed: number | 'max';
  duration?: number;
  udp: string[];
  /** RSU 4.1 Immediate Forward to this RSU/OBU (HOST[:PORT], port 1516 by default). */
  rsu?: string;
  /**
   * The Immediate Forward settings: per-message PSID (P-encoded), priority, TxMode, channel
   * over the defaults; the `Signature` meaning; payload form and hex case.
   */
  ifm?: IfmOptions;
  /** WSMP + IEEE 1609.2 framing: true (into the capture) or an endpoint to send the frames to. */
  wsmp?: boolean | string;
  /** WSMP N-header information elements (channel, data rate, transmit power) and PSIDs by message. */
  wsmpOptions?: WsmpOptions;
  /** Capture file of everything sent (.pcap or .pcapng). */
  pcap?: string;
  /** Sign what is sent (IEEE 1609.2) with the pseudonyms of `certs` (a directory made by `v2x-edge certs init`). */
  sign?: boolean;
  certs?: string;
  /** Where to hear other vehicles' BSMs (udp://ADDR:PORT, a multicast group too), for congestion control. */
  listen?: string;
  /** SCHED_FIFO priority (1-99) for the loop's thread; absent: normal scheduling. */
  realtimePriority?: number;
  j2945: Partial<J2945Config>;
}

export class ConfigError extends Error {
  constructor(readonly field: string, detail: string) {
    super(`${field}: ${detail}`);
    this.name = 'ConfigError';
  }
}

type Check = (v: unknown, path: string) => void;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function num(min: number, max: number, integer = false): Check {
  return (v, p) => {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max || (integer && !Number.isInteger(v))) {
      throw new ConfigError(p, `must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}, got ${JSON.stringify(v)}`);
    }
  };
}
function str(pattern?: RegExp, what = 'a string'): Check {
  return (v, p) => {
    if (typeof v !== 'string' || v === '' || (pattern && !pattern.test(v))) throw new ConfigError(p, `must be ${what}, got ${JSON.stringify(v)}`);
  };
}
function oneOf(values: string[]): Check {
  return (v, p) => {
    if (typeof v !== 'string' || !values.includes(v)) throw new ConfigError(p, `must be one of ${values.join(', ')}, got ${JSON.stringify(v)}`);
  };
}
function object(fields: Record<string, Check>, required: string[] = []): Check {
  return (v, p) => {
    if (!isObj(v)) throw new ConfigError(p, `must be an object, got ${JSON.stringify(v)}`);
    for (const k of Object.keys(v)) if (!(k in fields)) throw new ConfigError(`${p}.${k}`, `unknown setting (known: ${Object.keys(fields).join(', ')})`);
    for (const k of required) if (v[k] === undefined) throw new ConfigError(`${p}.${k}`, 'is required');
    for (const [k, c] of Object.entries(fields)) if (v[k] !== undefined) c(v[k], `${p}.${k}`);
  };
}
function arrayOf(c: Check, allowEmpty = false): Check {
  return (v, p) => {
    if (!Array.isArray(v) || (v.length === 0 && !allowEmpty)) throw new ConfigError(p, allowEmpty ? 'must be an array' : 'must be a non-empty array');
    v.forEach((x, i) => c(x, `${p}[${i}]`));
  };
}
function anyOf(...cs: Check[]): Check {
  return (v, p) => {
    const errs: string[] = [];
    for (const c of cs) {
      try {
        c(v, p);
        return;
      } catch (e) {
        errs.push((e as Error).message);
      }
    }
    throw new ConfigError(p, `does not match any allowed form (${errs.join('; ')})`);
  };
}

function recordOf(c: Check): Check {
  return (v, p) => {
    if (!isObj(v)) throw new ConfigError(p, `must be an object, got ${JSON.stringify(v)}`);
    for (const [k, x] of Object.entries(v)) c(x, `${p}.${k}`);
  };
}
function bool(v: unknown, p: string): void {
  if (typeof v !== 'boolean') throw new ConfigError(p, 'must be true or false');
}

const endpoint = str(/^(udp:\/\/)?(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):\d{1,5}$/, 'HOST:PORT');

const j2945Fields: Record<string, Check> = {};
for (const [k, v] of Object.entries(J2945_DEFAULTS)) {
  if (typeof v === 'number') j2945Fields[k] = num(k === 'hardBrakingMps2' ? -100 : 0, 1e9);
}
j2945Fields.criticalEvents = arrayOf(oneOf(['eventHazardLights', 'eventABSactivated', 'eventTractionControlLoss', 'eventStabilityControlactivated', 'eventHardBraking']));
j2945Fields.pathHistory = object({ allowableError: num(0.01, 100), maxChordLength: num(1, 10000), minDistance: num(0, 10000), maxPoints: num(1, 23, true) });
j2945Fields.pathPrediction = object({ straightAbove: num(1, 1e6), minSpeed: num(0, 100), curvatureCutoffHz: num(0.01, 5), confidenceCutoffHz: num(0.01, 5), yawAccelForZero: num(0.01, 1000), dt: num(0.01, 1) });

/** The schema: what a configuration file may hold. */
export const RUN_CONFIG_SCHEMA: Check = object({
  messages: oneOf(Object.keys(PROFILES)),
  vehicle: object(
    { profile: str(), width: num(0, 10.23), length: num(0, 40.95), height: num(0, 6.35), mass: num(0, 1e6), basicClass: num(0, 255, true) },
    ['profile'],
  ),
  can: object({ interface: str(/^[A-Za-z0-9_.-]{1,15}$/, 'an interface name such as can0') }, ['interface']),
  gnss: anyOf(object({ device: str(/^\//, 'an absolute device path'), baud: num(1, 4_000_000, true) }, ['device']), object({ gpsd: str(/^[^:]+(:\d{1,5})?$/, 'HOST[:PORT]') }, ['gpsd'])),
  drive: str(),
  speed: anyOf(num(0.01, 10000), oneOf(['max'])),
  duration: num(0, 1e7),
  udp: arrayOf(endpoint, true),
  rsu: str(/^(udp:\/\/)?(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?$/, 'HOST[:PORT]'),
  ifm: object({
    messages: recordOf(object({ psid: num(0, 0xefffffff, true), priority: num(0, 63, true), txMode: oneOf(['CONT', 'ALT']), txChannel: num(0, 255, true) })),
    signatureMeaning: oneOf(['payload-signed', 'rsu-signs']),
    requestSigning: bool,
    payloadForm: oneOf(['frame', 'ieee1609dot2']),
    hexCase: oneOf(['upper', 'lower']),
    psidCheck: oneOf(['error', 'warn', 'off']),
  }),
  wsmp: anyOf(bool, endpoint),
  wsmpOptions: object({
    psids: recordOf(num(0, 0xffffffff, true)),
    channel: num(0, 255, true),
    dataRate: num(0, 127, true),
    txPowerDbm: num(-128, 127, true),
    psidCheck: oneOf(['error', 'warn', 'off']),
  }),
  pcap: str(),
  listen: endpoint,
  sign: bool,
  certs: str(),
  realtimePriority: num(1, 99, true),
  j2945: object(j2945Fields),
});

export const DEFAULT_RUN_CONFIG: RunConfig = {
  messages: 'us-j2735-2020',
  vehicle: { profile: 'toyota-rav4-2017' },
  speed: 1,
  udp: [DEFAULT_UDP_TARGET],
  j2945: {},
};

/** Validates a parsed configuration file and merges it over the defaults. */
export function parseRunConfig(json: unknown, base: RunConfig = DEFAULT_RUN_CONFIG): RunConfig {
  RUN_CONFIG_SCHEMA(json, 'config');
  const c = json as Partial<RunConfig>;
  return {
    ...base,
    ...c,
    vehicle: { ...base.vehicle, ...(c.vehicle ?? {}) },
    j2945: { ...base.j2945, ...(c.j2945 ?? {}) },
  } as RunConfig;
}
