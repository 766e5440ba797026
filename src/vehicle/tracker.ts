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
import { createVehicleState, type VehicleState } from './state.js';

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
  apply: Apply;
}

/** Marks DBC messages the profile does not use, in the id table. */
const UNUSED = 0;

export class VehicleStateTracker {
  readonly state: VehicleState = createVehicleState();
  readonly stats: VehicleStats = { frames: 0, used: 0, unused: 0, unknownIds: 0, shortFrames: 0, outOfRange: {}, unknownValues: {} };
  /** Distinct ids not in the DBC (29-bit ones offset by 2^32), up to 4096. */
  private readonly unknown = new Set<number>();
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
        entry = { decoder, values: decoder.newValues(), apply: this.compileApply(maps, decoder) };
      }
      if (m.extended) this.ext.set(m.id, entry);
      else this.std[m.id] = entry;
    }
  }

  /** Distinct ids not in the DBC, as hex: 3 digits for 11-bit ids, 8 for 29-bit ids (up to 4096). */
  get unknownIdSet(): Set<string> {
    const out = new Set<string>();
    for (const k of this.unknown) out.add(k >= 0x100000000 ? (k - 0x100000000).toString(16).padStart(8, '0') : k.toString(16).padStart(3, '0'));
    return out;
  }

  /** Applies one received frame. Never throws for what is in the frame. */
  ingest(frame: CanFrame): void {
    this.stats.frames++;
    const h = frame.extended === true ? this.ext.get(frame.id) : this.std[frame.id];
    if (h === undefined) {
      this.stats.unknownIds++;
      if (this.unknown.size < 4096) this.unknown.add(frame.extended === true ? frame.id + 0x100000000 : frame.id);
      return;
    }
    if (h === UNUSED) {
      this.stats.unused++;
      return;
    }
    this.stats.used++;
    if (h.decoder.decode(frame.data, h.values) !== 0) this.stats.shortFrames++;
    h.apply(h.values, frame.timestamp ?? Number.NaN);
  }

  /**
   * One generated function per message applying all its fields: property names are written
   * out (they come from the fixed list of VehicleState fields), so each store is a plain
   * property store. Names of messages and signals only reach the code as array indexes.
   */
  private compileApply(maps: FieldMapping[], decoder: CompiledMessage): Apply {
    const keys: string[] = [];
    const tables: Map<number, string | boolean>[] = [];
    const nums: number[] = [];
    const lit = (n: number): string => {
      nums.push(n);
      return `N[${nums.length - 1}]`;
    };
    const key = (k: string): number => {
      keys.push(k);
      return keys.length - 1;
    };
    const lines: string[] = [];
    maps.forEach((f, j) => {
      const field = f.field;
      if (!/^[a-zA-Z]+$/.test(field)) throw new Error(`bad field name ${field}`);
      const idx = f.signals.map((sig) => decoder.index.get(sig.name)!);
      const xs = idx.map((_, k) => `x${j}_${k}`);
      lines.push(`{ ${idx.map((i, k) => `const ${xs[k]} = v[${i}];`).join(' ')}`);
      lines.push(`  if (${xs.map((x) => `${x} === ${x}`).join(' && ')}) {`);
      if (f.kind === 'lookup') {
        const sig = f.signals[0];
        tables.push(f.values);
        lines.push(`    const o = T[${tables.length - 1}].get(Math.round((${xs[0]} - ${lit(sig.offset)}) / ${lit(sig.factor)}));`);
        lines.push(`    if (o === undefined) count(U, K[${key(field)}]);`);
        lines.push(`    s.${field} = o; at.${field} = t;`);
      } else {
        const checks: string[] = [];
        if (f.range === undefined) {
          f.signals.forEach((sig, k) => {
            if (!(sig.min < sig.max)) return;
            // widened by a millionth of a step, so that e.g. -7 * 0.1 is not below -0.7
            const tol = Math.abs(sig.factor) * 1e-6;
            checks.push(`if (${xs[k]} < ${lit(sig.min - tol)} || ${xs[k]} > ${lit(sig.max + tol)}) count(R, K[${key(`${f.message.name}.${sig.name}`)}]); else`);
          });
        }
        const sum = xs.join(' + ');
        const val = `(${f.combine === 'mean' && xs.length > 1 ? `(${sum}) / ${xs.length}` : sum}) * ${lit(f.factor)}`;
        const store = f.range === undefined
          ? `{ s.${field} = ${val}; at.${field} = t; }`
          : `{ const y = ${val}; if (y < ${lit(f.range[0])} || y > ${lit(f.range[1])}) count(R, K[${key(field)}]); else { s.${field} = y; at.${field} = t; } }`;
        lines.push(`    ${checks.join(' ')} ${store}`);
      }
      lines.push('  }', '}');
    });
    const source = `return function apply_${decoder.message.name.replace(/[^A-Za-z0-9_]/g, '_')}(v, t) {\n${lines.join('\n')}\n};`;
    const count = (table: Record<string, number>, k: string): void => { table[k] = (table[k] ?? 0) + 1; };
    return new Function('s', 'at', 'count', 'R', 'U', 'K', 'T', 'N', source)(
      this.state, this.state.at, count, this.stats.outOfRange, this.stats.unknownValues, keys, tables, nums,
    ) as Apply;
  }
}
