/**
 * Keeps a VehicleState up to date from CAN frames, through a vehicle profile. Per frame: one
 * array lookup by id, the message's compiled decoder (restricted to the signals the profile
 * uses), then the field updates. Received garbage never throws: unknown ids, frames too
 * short for a signal, values out of range and raw values missing from a value table are
 * counted in `stats` and skipped.
 */
import type { CanFrame } from '../../hal/can/types.js';
import { compileMessage, type CompiledMessage } from './dbc/compile.js';
import type { FieldMapping, VehicleProfile } from './profile.js';
import { createVehicleState, type VehicleField, type VehicleState } from './state.js';

export interface VehicleStats {
  /** Frames given to `ingest`. */
  frames: number;
  /** Frames of messages the profile uses. */
  used: number;
  /** Frames of DBC messages the profile does not use. */
  unused: number;
  /** Frames whose id is not in the DBC. */
  unknownIds: number;
  /** Frames too short for some signal the profile uses (the signals they carry are used). */
  shortFrames: number;
  /** Values skipped because out of range, by `MESSAGE.SIGNAL` (DBC range) or field (mapping range). */
  outOfRange: Record<string, number>;
  /** Raw values missing from a field's value table, by field. */
  unknownValues: Record<string, number>;
}

type Apply = (v: Float64Array, t: number) => void;

interface Handler {
  decoder: CompiledMessage;
  values: Float64Array;
  apply: Apply[];
}

/** Marks DBC messages the profile does not use, in the id table. */
const UNUSED = 0;

export class VehicleStateTracker {
  readonly state: VehicleState = createVehicleState();
  readonly stats: VehicleStats = { frames: 0, used: 0, unused: 0, unknownIds: 0, shortFrames: 0, outOfRange: {}, unknownValues: {} };
  /** Distinct ids not in the DBC, as hex (3 digits for 11-bit, 8 for 29-bit ids), up to 4096. */
  readonly unknownIdSet = new Set<string>();
  private readonly std: (Handler | typeof UNUSED | undefined)[] = new Array<Handler | typeof UNUSED | undefined>(0x800).fill(undefined);
  private readonly ext = new Map<number, Handler | typeof UNUSED>();

  constructor(readonly profile: VehicleProfile) {
    const byMessage = new Map<string, FieldMapping[]>();
    for (const f of profile.fields) {
      const list = byMessage.get(f.message.name) ?? [];
      list.push(f);
      byMessage.set(f.message.name, list);
    }
    for (const m of profile.dbc.messages) {
      const maps = byMessage.get(m.name);
      let entry: Handler | typeof UNUSED = UNUSED;
      if (maps !== undefined) {
        const names = [...new Set(maps.flatMap((f) => f.signals.map((s) => s.name)))];
        const decoder = compileMessage(m, names);
        entry = { decoder, values: decoder.newValues(), apply: maps.map((f) => this.applier(f, decoder)) };
      }
      if (m.extended) this.ext.set(m.id, entry);
      else this.std[m.id] = entry;
    }
  }

  /** Applies one received frame. Never throws for what is in the frame. */
  ingest(frame: CanFrame): void {
    this.stats.frames++;
    const h = frame.extended === true ? this.ext.get(frame.id) : this.std[frame.id];
    if (h === undefined) {
      this.stats.unknownIds++;
      if (this.unknownIdSet.size < 4096) this.unknownIdSet.add(frame.extended === true ? frame.id.toString(16).padStart(8, '0') : frame.id.toString(16).padStart(3, '0'));
      return;
    }
    if (h === UNUSED) {
      this.stats.unused++;
      return;
    }
    this.stats.used++;
    if (h.decoder.decode(frame.data, h.values) !== 0) this.stats.shortFrames++;
    const t = frame.timestamp ?? Number.NaN;
    const a = h.apply;
    for (let i = 0; i < a.length; i++) a[i]!(h.values, t);
  }

  private applier(f: FieldMapping, decoder: CompiledMessage): Apply {
    const state = this.state as unknown as Record<VehicleField, unknown>;
    const at = this.state.at as Record<VehicleField, number | undefined>;
    const field = f.field;
    const stats = this.stats;
    const idx = f.signals.map((s) => decoder.index.get(s.name)!);
    const count = (key: string, table: Record<string, number>): void => { table[key] = (table[key] ?? 0) + 1; };
    if (f.kind === 'lookup') {
      const i = idx[0]!;
      const s = f.signals[0];
      const values = f.values;
      return (v, t) => {
        const x = v[i]!;
        if (x !== x) return; // absent (short frame, other multiplexer page)
        const raw = Math.round((x - s.offset) / s.factor);
        const out = values.get(raw);
        if (out === undefined) count(field, stats.unknownValues);
        state[field] = out;
        at[field] = t;
      };
    }
    const n = idx.length;
    const mean = f.combine === 'mean';
    const factor = f.factor;
    const keys = f.signals.map((s) => `${f.message.name}.${s.name}`);
    // DBC ranges, widened by a millionth of a step so that e.g. -7 * 0.1 is not below -0.7
    const dbcRanges = f.signals.map((s) => {
      if (!(s.min < s.max)) return undefined;
      const tol = Math.abs(s.factor) * 1e-6;
      return [s.min - tol, s.max + tol] as const;
    });
    const range = f.range;
    return (v, t) => {
      let sum = 0;
      for (let k = 0; k < n; k++) {
        const x = v[idx[k]!]!;
        if (x !== x) return;
        if (range === undefined) {
          const r = dbcRanges[k];
          if (r !== undefined && (x < r[0] || x > r[1])) { count(keys[k]!, stats.outOfRange); return; }
        }
        sum += x;
      }
      const value = (mean ? sum / n : sum) * factor;
      if (range !== undefined && (value < range[0] || value > range[1])) { count(field, stats.outOfRange); return; }
      state[field] = value;
      at[field] = t;
    };
  }
}
