/**
 * Per-message compiled decoders. For each message we generate one straight-line JavaScript
 * function that reads every signal's bits with constant byte indexes, shifts and masks
 * (worked out once from the DBC, for Intel and Motorola order alike), applies sign, factor
 * and offset, and writes the physical values into a Float64Array. No allocation, no loops
 * over bits, no lookups per frame: this is the hot path of the vehicle state.
 *
 * Absent values are NaN: a signal whose bytes the frame does not carry (a frame shorter than
 * the DBC says, as real logs have), or a multiplexed signal of another switch value.
 */
import { signalBits } from './parse.js';
import type { Dbc, DbcMessage, DbcSignal } from './types.js';

/** Decodes `data` into `out`; returns 0, or 1 when the frame was too short for some signal. */
export type MessageDecodeFn = (data: Uint8Array, out: Float64Array) => number;

export interface CompiledMessage {
  readonly message: DbcMessage;
  /** The decoded signals, in output order. */
  readonly signals: readonly DbcSignal[];
  /** Signal name -> index in the output array. */
  readonly index: ReadonlyMap<string, number>;
  readonly decode: MessageDecodeFn;
  /** The generated source (for inspection). */
  readonly source: string;
  /** An output array of the right size. */
  newValues(): Float64Array;
  /** An output array for callers that decode one frame at a time (overwritten by each use). */
  readonly values: Float64Array;
}

interface Segment {
  byte: number;
  /** Lowest bit within the byte. */
  lo: number;
  width: number;
  /** Position of the segment's lowest bit in the raw value. */
  shift: number;
}

/** Groups a signal's bits into runs within one byte. */
function segments(s: Pick<DbcSignal, 'startBit' | 'length' | 'byteOrder'>): Segment[] {
  const bits = signalBits(s);
  const out: Segment[] = [];
  for (let i = 0; i < bits.length; i++) {
    const byte = bits[i]! >> 3;
    const bit = bits[i]! & 7;
    const last = out[out.length - 1];
    if (last !== undefined && last.byte === byte && last.lo + last.width === bit && last.shift + last.width === i) last.width++;
    else out.push({ byte, lo: bit, width: 1, shift: i });
  }
  return out;
}

/** Splits segments at raw bit 32, so each lands wholly in the low or the high word. */
function splitAt32(segs: Segment[]): { low: Segment[]; high: Segment[] } {
  const low: Segment[] = [];
  const high: Segment[] = [];
  for (const g of segs) {
    if (g.shift + g.width <= 32) low.push(g);
    else if (g.shift >= 32) high.push({ ...g, shift: g.shift - 32 });
    else {
      const w = 32 - g.shift;
      low.push({ byte: g.byte, lo: g.lo, width: w, shift: g.shift });
      high.push({ byte: g.byte, lo: g.lo + w, width: g.width - w, shift: 0 });
    }
  }
  return { low, high };
}

/** An int32 expression ORing the segments (bits up to 31 of one word). */
function wordExpr(segs: Segment[]): string {
  if (segs.length === 0) return '0';
  return segs.map((g) => {
    let e = `d[${g.byte}]`;
    if (g.lo !== 0) e = `(${e} >> ${g.lo})`;
    if (g.width < 8 - g.lo) e = `(${e} & ${(1 << g.width) - 1})`;
    if (g.shift !== 0) e = `(${e} << ${g.shift})`;
    return e;
  }).join(' | ');
}

function lit(n: number): string {
  const s = String(n);
  return n < 0 ? `(${s})` : s;
}

/** The expression of a signal's raw value (integer as a double, or the float's value). */
function rawExpr(s: DbcSignal): string {
  const segs = segments(s);
  const n = s.length;
  if (s.valueType === 'float32') return `(u32[0] = ${wordExpr(segs)}, f32[0])`;
  if (n <= 32) {
    const w = wordExpr(segs);
    if (!s.signed) return n === 32 ? `((${w}) >>> 0)` : segs.length === 1 ? w : `(${w})`;
    if (n === 32) return `((${w}) | 0)`;
    return `(((${w}) << ${32 - n}) >> ${32 - n})`;
  }
  const { low, high } = splitAt32(segs);
  const lo = `((${wordExpr(low)}) >>> 0)`;
  const hw = wordExpr(high);
  if (s.valueType === 'float64') return `(u32[${LOW_WORD}] = ${lo}, u32[${1 - LOW_WORD}] = ${hw}, f64[0])`;
  const hi = s.signed ? (n === 64 ? `((${hw}) | 0)` : `(((${hw}) << ${64 - n}) >> ${64 - n})`) : `((${hw}) >>> 0)`;
  return `(${hi} * 4294967296 + ${lo})`;
}

function physExpr(s: DbcSignal, raw: string): string {
  let e = raw;
  if (s.factor !== 1) e = `${e} * ${lit(s.factor)}`;
  if (s.offset !== 0) e = `${e} + ${lit(s.offset)}`;
  return e;
}

function lastByte(s: DbcSignal): number {
  return Math.max(...signalBits(s)) >> 3;
}

function safeName(s: string): string {
  return s.replace(/[^A-Za-z0-9_]/g, '_');
}

// Scratch words to reinterpret raw bits as IEEE floats; the word order follows the host.
const u32 = new Uint32Array(2);
const f32 = new Float32Array(u32.buffer, 0, 1);
const f64 = new Float64Array(u32.buffer);
/** Index in `u32` of the low word of a float64 (0 on little-endian hosts). */
const LOW_WORD = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1 ? 0 : 1;

/**
 * Compiles the decoder of one message. `only` restricts the output to those signals (the
 * multiplexers they depend on are still read).
 */
export function compileMessage(message: DbcMessage, only?: readonly string[]): CompiledMessage {
  const byName = new Map(message.signals.map((s) => [s.name, s]));
  let chosen: DbcSignal[];
  if (only === undefined) {
    chosen = message.signals;
  } else {
    chosen = only.map((n) => {
      const s = byName.get(n);
      if (s === undefined) throw new Error(`${message.name}: no signal ${n}`);
      return s;
    });
  }
  // multiplexer switches needed, in dependency order
  const needed: DbcSignal[] = [];
  const visit = (s: DbcSignal, depth: number): void => {
    if (depth > message.signals.length) throw new Error(`${message.name}: multiplexer cycle at ${s.name}`);
    const sw = s.multiplexedBy === undefined ? undefined : byName.get(s.multiplexedBy.switchName);
    if (sw !== undefined) visit(sw, depth + 1);
    if (s.isMultiplexer && !needed.includes(s)) needed.push(s);
  };
  for (const s of chosen) visit(s, 0);
  const local = new Map(needed.map((s, i) => [s.name, `m${i}`]));
  const cond = (s: DbcSignal): string | undefined => {
    const mb = s.multiplexedBy;
    if (mb === undefined) return undefined;
    const v = local.get(mb.switchName)!;
    return mb.ranges.map(([lo, hi]) => (lo === hi ? `${v} === ${lo}` : `(${v} >= ${lo} && ${v} <= ${hi})`)).join(' || ');
  };
  const need = Math.max(0, ...[...chosen, ...needed].map((s) => lastByte(s) + 1));

  const body = (guarded: boolean): string => {
    const lines: string[] = [];
    for (const s of needed) {
      let e = rawExpr(s);
      if (guarded) e = `d.length > ${lastByte(s)} ? ${e} : NaN`;
      const c = cond(s);
      if (c !== undefined) e = `(${c}) ? ${e} : NaN`;
      lines.push(`const ${local.get(s.name)!} = ${e};`);
    }
    chosen.forEach((s, k) => {
      const l = local.get(s.name);
      let e = physExpr(s, l ?? rawExpr(s));
      if (l === undefined) {
        if (guarded) e = `d.length > ${lastByte(s)} ? ${e} : NaN`;
        const c = cond(s);
        if (c !== undefined) e = `(${c}) ? ${e} : NaN`;
      }
      lines.push(`out[${k}] = ${e};`);
    });
    return lines.join('\n    ');
  };
  const fname = `decode_${safeName(message.name)}`;
  const source = [
    `return function ${fname}(d, out) {`,
    `  if (d.length >= ${need}) {`,
    `    ${body(false)}`,
    '    return 0;',
    '  }',
    `  ${body(true)}`,
    '  return 1;',
    '};',
  ].join('\n');
  const decode = new Function('u32', 'f32', 'f64', source)(u32, f32, f64) as MessageDecodeFn;
  const index = new Map(chosen.map((s, i) => [s.name, i]));
  return { message, signals: chosen, index, decode, source, newValues: () => new Float64Array(chosen.length), values: new Float64Array(chosen.length) };
}

/** The value of a decoded signal for people: its VAL_ text when it has one, else the number. */
export function displayValue(s: DbcSignal, v: number): number | string | null {
  if (Number.isNaN(v)) return null;
  if (s.values !== undefined && s.valueType === 'integer') {
    const raw = Math.round((v - s.offset) / s.factor);
    const t = s.values.get(raw);
    if (t !== undefined) return t;
  }
  return v;
}

/** All messages of a DBC compiled, looked up by id in constant time. */
export class DbcDecoder {
  private readonly std: (CompiledMessage | undefined)[] = new Array<CompiledMessage | undefined>(0x800).fill(undefined);
  private readonly ext = new Map<number, CompiledMessage>();

  constructor(readonly dbc: Dbc) {
    for (const m of dbc.messages) {
      const c = compileMessage(m);
      if (m.extended) this.ext.set(m.id, c);
      else this.std[m.id] = c;
    }
  }

  lookup(id: number, extended = false): CompiledMessage | undefined {
    return extended ? this.ext.get(id) : this.std[id];
  }

  /** Decodes one frame to named values (for display; allocates). Undefined for unknown ids. */
  decodeFrame(id: number, extended: boolean, data: Uint8Array): { message: DbcMessage; values: Record<string, number | string | null>; short: boolean } | undefined {
    const c = this.lookup(id, extended);
    if (c === undefined) return undefined;
    const out = c.values;
    const short = c.decode(data, out) !== 0;
    const values: Record<string, number | string | null> = {};
    c.signals.forEach((s, i) => { values[s.name] = displayValue(s, out[i]!); });
    return { message: c.message, values, short };
  }
}
