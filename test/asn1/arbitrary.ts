/**
 * fast-check arbitraries derived from a generated edition's schema (the same intermediate
 * form the codec was generated from): values within every constraint, extension values
 * where the type is extensible, unknown open-type keys with opaque content.
 */
import fc from 'fast-check';
import type { IrField, IrSize, IrType, Schema } from '../../asn1/runtime/schema.js';

const MAX_ITEMS = 3;

function sizeRange(s: IrSize | null, extra = 6): { min: number; max: number } {
  const lb = s?.lb ?? 0;
  const ub = s?.ub ?? lb + extra;
  return { min: lb, max: Math.min(ub, lb + extra) };
}

export class Arbitraries {
  private readonly memo = new Map<string, fc.Arbitrary<unknown>>();
  constructor(private readonly schema: Schema, private readonly maxDepth = 4) {}

  forType(id: string): fc.Arbitrary<unknown> {
    return this.arb({ kind: 'ref', id }, 0);
  }

  private arb(t: IrType, depth: number): fc.Arbitrary<unknown> {
    switch (t.kind) {
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      case 'integer': {
        const min = t.lb ?? -(2 ** 40);
        const max = t.ub ?? 2 ** 40;
        const root = fc.integer({ min: Math.max(min, Number.MIN_SAFE_INTEGER), max: Math.min(max, Number.MAX_SAFE_INTEGER) });
        const edges = fc.constantFrom(min, max);
        if (!t.ext) return fc.oneof(root, edges);
        const outside = fc.oneof(...(t.lb !== null ? [fc.integer({ min: -(2 ** 31), max: t.lb - 1 })] : []), ...(t.ub !== null ? [fc.integer({ min: t.ub + 1, max: t.ub + 2 ** 31 })] : []));
        return fc.oneof(root, edges, outside);
      }
      case 'biginteger':
        return fc.bigInt({ min: BigInt(t.lb), max: BigInt(t.ub) });
      case 'enumerated': {
        const known = fc.constantFrom(...t.root, ...(t.additions ?? []));
        if (t.additions === null) return known;
        // An extension value this edition does not know travels as its index.
        return fc.oneof({ arbitrary: known, weight: 5 }, { arbitrary: fc.integer({ min: t.additions.length, max: t.additions.length + 70 }), weight: 1 });
      }
      case 'bitstring': {
        const { min, max } = sizeRange(t.size, 40);
        const len = t.size?.ext ? fc.oneof(fc.integer({ min, max }), fc.integer({ min: max + 1, max: max + 20 })) : fc.integer({ min, max });
        return len.chain((n) =>
          fc.uint8Array({ minLength: (n + 7) >>> 3, maxLength: (n + 7) >>> 3 }).map((bytes) => {
            if (n & 7) bytes[bytes.length - 1]! &= (0xff << (8 - (n & 7))) & 0xff;
            return { length: n, bytes };
          }),
        );
      }
      case 'octetstring': {
        const { min, max } = sizeRange(t.size, 12);
        return fc.uint8Array({ minLength: min, maxLength: max });
      }
      case 'charstring': {
        const { min, max } = sizeRange(t.size, 12);
        const alphabet = t.alphabet ?? (t.stringType === 'NumericString' ? ' 0123456789' : t.stringType === 'IA5String' ? Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)).join('') : Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join(''));
        return fc.array(fc.constantFrom(...alphabet), { minLength: min, maxLength: max }).map((a) => a.join(''));
      }
      case 'oid':
        return fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 39 }), fc.array(fc.integer({ min: 0, max: 2 ** 31 }), { maxLength: 4 })).map(([a, b, rest]) => [a, b, ...rest].join('.'));
      case 'relativeoid':
        return fc.array(fc.integer({ min: 0, max: 2 ** 31 }), { minLength: 1, maxLength: 4 }).map((a) => a.join('.'));
      case 'sequenceof': {
        const { min, max } = sizeRange(t.size, MAX_ITEMS);
        return fc.array(this.arb(t.item, depth + 1), { minLength: min, maxLength: depth >= this.maxDepth ? min : max });
      }
      case 'choice': {
        const alts = [...t.alts, ...t.additions];
        const usable = depth >= this.maxDepth ? alts.filter((a) => !this.recursive(a.type)) : alts;
        const known = (usable.length ? usable : alts).map((a) => this.arb(a.type, depth + 1).map((v) => ({ [a.name]: v })));
        if (!t.ext) return fc.oneof(...known);
        const unknown = fc.record({ index: fc.integer({ min: t.additions.length, max: t.additions.length + 70 }), bytes: fc.uint8Array({ minLength: 1, maxLength: 5 }) }).map((x) => ({ $ext: x }));
        return fc.oneof(...known.map((arbitrary) => ({ arbitrary, weight: 4 })), { arbitrary: unknown, weight: 1 });
      }
      case 'sequence':
        return this.sequence(t, depth);
      case 'ref': {
        const key = `${t.id}@${Math.min(depth, this.maxDepth)}`;
        let a = this.memo.get(key);
        if (!a) {
          a = fc.constant(null).chain(() => this.arb(this.schema.types[t.id]!.type, depth));
          this.memo.set(key, a);
        }
        return a;
      }
      case 'open':
        return fc.uint8Array({ minLength: 1, maxLength: 8 });
    }
  }

  /** Whether a type can contain itself (followed through references). */
  private recursive(t: IrType, seen = new Set<string>()): boolean {
    if (t.kind === 'ref') {
      if (seen.has(t.id)) return true;
      seen.add(t.id);
      return this.recursive(this.schema.types[t.id]!.type, seen);
    }
    if (t.kind === 'sequence') return [...t.fields, ...t.additions.flatMap((a) => (a.kind === 'field' ? [a.field] : a.fields))].some((f) => this.recursive(f.type, new Set(seen)));
    if (t.kind === 'sequenceof') return this.recursive(t.item, seen);
    if (t.kind === 'choice') return [...t.alts, ...t.additions].some((a) => this.recursive(a.type, new Set(seen)));
    if (t.kind === 'open') return t.entries.length > 0;
    return false;
  }

  private sequence(t: Extract<IrType, { kind: 'sequence' }>, depth: number): fc.Arbitrary<unknown> {
    const deep = depth >= this.maxDepth;
    const parts: Record<string, fc.Arbitrary<unknown>> = {};
    const openFields = t.fields.filter((f) => f.type.kind === 'open' && f.type.keyField !== null);
    const keyFields = new Set(openFields.map((f) => (f.type as { keyField: string }).keyField));
    const optional = (f: IrField, a: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> => (deep ? fc.constant(undefined) : fc.option(a, { nil: undefined }));
    for (const f of t.fields) {
      if (keyFields.has(f.name) || openFields.includes(f)) continue;
      const a = this.arb(f.type, depth + 1);
      parts[f.name] = f.optional ? optional(f, a) : a;
    }
    for (const add of t.additions) {
      if (add.kind === 'field') parts[add.field.name] = optional(add.field, this.arb(add.field.type, depth + 1));
      else {
        // A group is present as a whole or absent; its mandatory members come with it.
        const names = add.fields.map((f) => f.name);
        parts[`$group:${names.join(',')}`] = deep
          ? fc.constant(undefined)
          : fc.option(fc.record(Object.fromEntries(add.fields.map((f) => [f.name, f.optional ? fc.option(this.arb(f.type, depth + 1), { nil: undefined }) : this.arb(f.type, depth + 1)]))), { nil: undefined });
      }
    }
    for (const f of openFields) {
      const o = f.type as Extract<IrType, { kind: 'open' }>;
      const keyField = t.fields.find((g) => g.name === o.keyField)!;
      const keyType = this.deref(keyField.type);
      const known = new Set(o.entries.map((e) => e.key));
      const entries = deep ? [] : o.entries.map((e) => this.arb(e.type, depth + 1).map((v) => [e.key, v] as const));
      const lb = keyType.kind === 'integer' ? (keyType.lb ?? 0) : 0;
      const ub = keyType.kind === 'integer' ? (keyType.ub ?? 1000) : 1000;
      const unknownKey = fc.integer({ min: lb, max: ub }).filter((k) => !known.has(k)).chain((k) => fc.uint8Array({ minLength: 1, maxLength: 6 }).map((b) => [k, b] as const));
      parts[`$open:${keyField.name},${f.name}`] = entries.length ? fc.oneof(...entries, unknownKey) : unknownKey;
    }
    if (t.ext && !deep) {
      // Additions of a later edition: opaque, at indexes after the known ones.
      const nKnown = t.additions.length;
      parts.$ext = fc.option(
        fc.uniqueArray(fc.integer({ min: nKnown, max: nKnown + 6 }), { minLength: 1, maxLength: 3 }).chain((idx) =>
          fc.tuple(fc.integer({ min: 0, max: 3 }), fc.array(fc.uint8Array({ minLength: 1, maxLength: 4 }), { minLength: idx.length, maxLength: idx.length })).map(([spare, bytes]) => {
            const sorted = [...idx].sort((a, b) => a - b);
            return { bitmapLength: sorted[sorted.length - 1]! + 1 + spare, additions: sorted.map((index, i) => ({ index, bytes: bytes[i]! })) };
          }),
        ),
        { nil: undefined, freq: 4 },
      );
    }
    return fc.record(parts).map((rec) => {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(rec)) {
        if (k.startsWith('$group:')) {
          if (v !== undefined) Object.assign(out, v);
        } else if (k.startsWith('$open:')) {
          const [keyName, valueName] = k.slice(6).split(',') as [string, string];
          const [key, val] = v as [number, unknown];
          out[keyName] = key;
          out[valueName] = val;
        } else out[k] = v;
      }
      return out;
    });
  }

  private deref(t: IrType): IrType {
    let cur = t;
    while (cur.kind === 'ref') cur = this.schema.types[cur.id]!.type;
    return cur;
  }
}
