/**
 * JER (ITU-T X.697) conversion driven by the schema: values <-> JSON-compatible data.
 * INTEGER -> number, BOOLEAN, NULL -> null, ENUMERATED -> identifier, OCTET STRING -> hex,
 * fixed-size BIT STRING -> hex, variable-size BIT STRING -> {"value": hex, "length": n},
 * SEQUENCE -> object (absent components omitted), SEQUENCE OF -> array, CHOICE -> one-member
 * object, open type -> the JER of the selected type (hex when its key is unknown),
 * OBJECT IDENTIFIER -> "1.2.3".
 * Extensions this edition does not know keep their octets under "$ext" (hex), so that
 * JSON -> UPER reproduces the received bytes.
 */
import type { IrField, IrType, Schema } from './schema.js';
import { fromHex, toHex, type BitString } from './values.js';

export class JerError extends Error {
  constructor(readonly path: (string | number)[], readonly detail: string) {
    super(`${path.length ? path.map((p) => (typeof p === 'number' ? `[${p}]` : p)).join('.').replace(/\.\[/g, '[') + ': ' : ''}${detail}`);
    this.name = 'JerError';
  }
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function fieldsOf(t: Extract<IrType, { kind: 'sequence' }>): IrField[] {
  return [...t.fields, ...t.additions.flatMap((a) => (a.kind === 'field' ? [a.field] : a.fields))];
}

function isFixedBits(t: Extract<IrType, { kind: 'bitstring' }>): boolean {
  return t.size !== null && !t.size.ext && t.size.lb === t.size.ub;
}

export class JerConverter {
  constructor(private readonly schema: Schema) {}

  private resolve(t: IrType): IrType {
    let cur = t;
    for (let i = 0; cur.kind === 'ref'; i++) {
      const next = this.schema.types[cur.id];
      if (!next || i > 100) throw new JerError([], `unknown type ${cur.id}`);
      cur = next.type;
    }
    return cur;
  }

  typeOf(typeId: string): IrType {
    const nt = this.schema.types[typeId];
    if (!nt) throw new JerError([], `unknown type '${typeId}' in edition ${this.schema.edition}`);
    return nt.type;
  }

  toJer(typeId: string, value: unknown): Json {
    return this.to(this.typeOf(typeId), value, []);
  }

  fromJer(typeId: string, json: unknown): unknown {
    return this.from(this.typeOf(typeId), json, []);
  }

  private to(t0: IrType, v: unknown, path: (string | number)[]): Json {
    const t = this.resolve(t0);
    switch (t.kind) {
      case 'boolean':
      case 'integer':
      case 'charstring':
      case 'oid':
      case 'relativeoid':
        return v as Json;
      case 'null':
        return null;
      case 'biginteger': {
        // JSON numbers beyond 2^53 do not survive JavaScript parsers: a string of digits then.
        const b = v as bigint;
        return b >= BigInt(Number.MIN_SAFE_INTEGER) && b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b.toString();
      }
      case 'enumerated':
        return v as Json;
      case 'octetstring':
        return toHex(v as Uint8Array);
      case 'bitstring': {
        const bs = v as BitString;
        const hex = toHex(bs.bytes.subarray(0, (bs.length + 7) >>> 3));
        return isFixedBits(t) ? hex : { value: hex, length: bs.length };
      }
      case 'sequenceof':
        return (v as unknown[]).map((x, i) => this.to(t.item, x, [...path, i]));
      case 'choice': {
        const o = v as Record<string, unknown>;
        for (const a of [...t.alts, ...t.additions]) {
          if (o[a.name] !== undefined) return { [a.name]: this.to(a.type, o[a.name], [...path, a.name]) };
        }
        const ext = o.$ext as { index: number; bytes: Uint8Array } | undefined;
        if (ext) return { $ext: { index: ext.index, bytes: toHex(ext.bytes) } };
        throw new JerError(path, 'no alternative');
      }
      case 'sequence': {
        const o = v as Record<string, unknown>;
        const out: { [k: string]: Json } = {};
        for (const f of fieldsOf(t)) {
          const x = o[f.name];
          if (x === undefined) continue;
          out[f.name] = this.toField(f, x, o, [...path, f.name]);
        }
        const ext = o.$ext as { bitmapLength: number; additions: { index: number; bytes: Uint8Array }[] } | undefined;
        if (ext) out.$ext = { bitmapLength: ext.bitmapLength, additions: ext.additions.map((a) => ({ index: a.index, bytes: toHex(a.bytes) })) };
        return out;
      }
      case 'open':
        return v instanceof Uint8Array ? toHex(v) : (v as Json);
      case 'ref':
        throw new JerError(path, 'unresolved reference');
    }
  }

  private toField(f: IrField, x: unknown, parent: Record<string, unknown>, path: (string | number)[]): Json {
    if (f.type.kind !== 'open') return this.to(f.type, x, path);
    if (x instanceof Uint8Array) return toHex(x);
    const entry = f.type.keyField === null ? undefined : f.type.entries.find((e) => e.key === parent[f.type.kind === 'open' ? f.type.keyField! : '']);
    if (!entry) throw new JerError(path, 'open type value without a known key must be octets');
    return this.to(entry.type, x, path);
  }

  private from(t0: IrType, j: unknown, path: (string | number)[]): unknown {
    const t = this.resolve(t0);
    const bad = (what: string): never => {
      throw new JerError(path, `expected ${what}, got ${j === undefined ? 'nothing' : JSON.stringify(j)?.slice(0, 40)}`);
    };
    switch (t.kind) {
      case 'boolean':
        return typeof j === 'boolean' ? j : bad('true or false');
      case 'null':
        return j === null ? null : bad('null');
      case 'integer':
        return typeof j === 'number' && Number.isSafeInteger(j) ? j : bad('an integer');
      case 'biginteger':
        if (typeof j === 'number' && Number.isSafeInteger(j)) return BigInt(j);
        if (typeof j === 'string' && /^-?\d+$/.test(j)) return BigInt(j);
        return bad('an integer (a number, or a string of digits beyond 2^53)');
      case 'enumerated':
        if (typeof j === 'string' && (t.root.includes(j) || (t.additions ?? []).includes(j))) return j;
        if (typeof j === 'number' && t.additions !== null && Number.isInteger(j) && j >= 0) return j;
        return bad(`one of ${[...t.root, ...(t.additions ?? [])].join(', ')}`);
      case 'charstring':
      case 'oid':
      case 'relativeoid':
        return typeof j === 'string' ? j : bad('a string');
      case 'octetstring':
        return this.hex(j, path);
      case 'bitstring': {
        if (isFixedBits(t)) {
          const bytes = this.hex(j, path);
          return { length: t.size!.lb, bytes };
        }
        if (typeof j !== 'object' || j === null || Array.isArray(j)) return bad('{"value": hex, "length": n}');
        const o = j as { value?: unknown; length?: unknown };
        const bytes = this.hex(o.value, [...path, 'value']);
        if (typeof o.length !== 'number' || !Number.isInteger(o.length) || o.length < 0 || o.length > bytes.length * 8) throw new JerError([...path, 'length'], 'bad bit length');
        return { length: o.length, bytes };
      }
      case 'sequenceof':
        if (!Array.isArray(j)) return bad('an array');
        return j.map((x, i) => this.from(t.item, x, [...path, i]));
      case 'choice': {
        if (typeof j !== 'object' || j === null || Array.isArray(j)) return bad('an object with one alternative');
        const keys = Object.keys(j);
        if (keys.length !== 1) return bad('exactly one alternative');
        const k = keys[0]!;
        const val = (j as Record<string, unknown>)[k];
        if (k === '$ext') {
          const e = val as { index?: unknown; bytes?: unknown };
          if (typeof e !== 'object' || e === null || typeof e.index !== 'number') return bad('{"index": n, "bytes": hex}');
          return { $ext: { index: e.index, bytes: this.hex(e.bytes, [...path, '$ext', 'bytes']) } };
        }
        const alt = [...t.alts, ...t.additions].find((a) => a.name === k);
        if (!alt) throw new JerError(path, `unknown alternative '${k}'`);
        return { [k]: this.from(alt.type, val, [...path, k]) };
      }
      case 'sequence': {
        if (typeof j !== 'object' || j === null || Array.isArray(j)) return bad('an object');
        const o = j as Record<string, unknown>;
        const fields = fieldsOf(t);
        const known = new Set(fields.map((f) => f.name));
        for (const k of Object.keys(o)) if (!known.has(k) && k !== '$ext') throw new JerError([...path, k], 'unknown component');
        const out: Record<string, unknown> = {};
        for (const f of fields) {
          if (o[f.name] === undefined) {
            if (!f.optional && t.fields.includes(f)) throw new JerError([...path, f.name], 'mandatory component missing');
            continue;
          }
          if (f.type.kind === 'open') {
            const key = f.type.keyField === null ? undefined : out[f.type.keyField];
            const entry = f.type.entries.find((e) => e.key === key);
            out[f.name] = entry && typeof o[f.name] !== 'string' ? this.from(entry.type, o[f.name], [...path, f.name]) : this.hex(o[f.name], [...path, f.name]);
          } else out[f.name] = this.from(f.type, o[f.name], [...path, f.name]);
        }
        if (o.$ext !== undefined) {
          const e = o.$ext as { bitmapLength?: unknown; additions?: unknown };
          if (typeof e !== 'object' || e === null || typeof e.bitmapLength !== 'number' || !Array.isArray(e.additions)) throw new JerError([...path, '$ext'], 'expected {"bitmapLength": n, "additions": [...]}');
          out.$ext = {
            bitmapLength: e.bitmapLength,
            additions: e.additions.map((a: { index?: unknown; bytes?: unknown }, i: number) => ({ index: Number(a.index), bytes: this.hex(a.bytes, [...path, '$ext', 'additions', i]) })),
          };
        }
        return out;
      }
      case 'open':
        return this.hex(j, path);
      case 'ref':
        throw new JerError(path, 'unresolved reference');
    }
  }

  private hex(j: unknown, path: (string | number)[]): Uint8Array {
    if (typeof j !== 'string') throw new JerError(path, `expected a hex string, got ${JSON.stringify(j)?.slice(0, 40)}`);
    try {
      return fromHex(j);
    } catch (e) {
      throw new JerError(path, (e as Error).message);
    }
  }
}
