/**
 * IrEdition -> TypeScript: the value types (types.ts), specialised UPER encode and decode
 * functions (codec.ts), the schema the JER converter and tests read (schema.ts), and the
 * edition's entry point (index.ts). Output carries names, tags and constraints only.
 */
import type { IrEdition, IrField, IrNamedType, IrOpenEntry, IrSize, IrType } from './ir.js';
import { defaultAlphabet } from './resolve.js';

export interface EmittedFiles {
  [file: string]: string;
}

export interface EmitOptions {
  /** Human title of the edition for the header, e.g. "SAE J2735 2020 (J2735_202007)". */
  title: string;
  /** Import path of the runtime from the generated folder. */
  runtime: string;
}

const jsId = (s: string): string => s.replace(/[^A-Za-z0-9_$]/g, '_');
const prop = (name: string): string => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name));
const access = (obj: string, name: string): string => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? `${obj}.${name}` : `${obj}[${JSON.stringify(name)}]`);

function bitsFor(range: number): number {
  if (range <= 1) return 0;
  let k = 0;
  while (2 ** k < range) k++;
  return k;
}

/** Bits for a constrained INTEGER whose bounds are beyond 2^53. */
function bigBitsFor(t: { lb: string; ub: string }): number {
  const range = BigInt(t.ub) - BigInt(t.lb) + 1n;
  let k = 0;
  while (1n << BigInt(k) < range) k++;
  return k;
}

function header(o: EmitOptions, what: string, lintOff = false): string {
  return `// Generated from ${o.title} by asn1/compiler; do not edit.\n// ${what}\n${lintOff ? '/* eslint-disable */\n' : ''}`;
}

export function emitEdition(ir: IrEdition, o: EmitOptions): EmittedFiles {
  const e = new Emitter(ir, o);
  return {
    'types.ts': e.types(),
    'codec.ts': e.codec(),
    'schema.ts': e.schema(),
    'index.ts': e.index(),
  };
}

class Emitter {
  private readonly byId = new Map<string, IrNamedType>();
  private readonly lines: string[] = [];
  private readonly consts: string[] = [];
  private readonly fnForType = new Map<string, string>();
  private synth = 0;
  private readonly minBitsMemo = new Map<string, number>();
  private readonly dispatched = new Set<string>();

  constructor(private readonly ir: IrEdition, private readonly o: EmitOptions) {
    for (const t of ir.types) this.byId.set(t.id, t);
  }

  private deref(t: IrType): IrType {
    let cur = t;
    while (cur.kind === 'ref') cur = this.byId.get(cur.id)!.type;
    return cur;
  }

  private isConstructed(t: IrType): boolean {
    return t.kind === 'sequence' || t.kind === 'choice' || t.kind === 'sequenceof';
  }

  // ---- types.ts -------------------------------------------------------------------

  types(): string {
    const out: string[] = [header(this.o, 'Value types: INTEGER -> number, OCTET STRING -> Uint8Array, BIT STRING -> BitString, CHOICE -> one-key object.')];
    out.push(`import type { BitString, UnknownAlternative, UnknownExtensions } from '${this.o.runtime}/values.js';\n`);
    for (const nt of this.ir.types) {
      const t = nt.type;
      if (t.kind === 'sequence') out.push(`export interface ${nt.id} ${this.tsSequence(t, '')}\n`);
      else out.push(`export type ${nt.id} = ${this.tsType(t, '')};\n`);
      if (t.kind === 'bitstring' && t.named?.length) {
        out.push(`/** Bit numbers of ${nt.name}. */\nexport const ${nt.id} = { ${t.named.map(([n, b]) => `${prop(n)}: ${b}`).join(', ')} } as const;\n`);
      }
      if (t.kind === 'integer' && t.named && Object.keys(t.named).length) {
        out.push(`/** Named numbers of ${nt.name}. */\nexport const ${nt.id} = { ${Object.entries(t.named).map(([n, v]) => `${prop(n)}: ${v}`).join(', ')} } as const;\n`);
      }
    }
    out.push('/** Every named type of the edition, by name. */');
    out.push('export interface Types {');
    for (const nt of this.ir.types) out.push(`  ${nt.id}: ${nt.id};`);
    out.push('}\n');
    return out.join('\n');
  }

  private tsType(t: IrType, indent: string): string {
    switch (t.kind) {
      case 'boolean':
        return 'boolean';
      case 'null':
        return 'null';
      case 'integer':
        return 'number';
      case 'biginteger':
        return 'bigint';
      case 'enumerated': {
        const names = [...t.root, ...(t.additions ?? [])].map((n) => JSON.stringify(n));
        // An extension unknown to this edition decodes as its extension index (a number).
        return names.join(' | ') + (t.additions !== null ? ' | number' : '');
      }
      case 'bitstring':
        return 'BitString';
      case 'octetstring':
        return 'Uint8Array';
      case 'charstring':
      case 'oid':
      case 'relativeoid':
        return 'string';
      case 'sequence':
        return this.tsSequence(t, indent);
      case 'sequenceof': {
        const inner = this.tsType(t.item, indent);
        return /^[A-Za-z0-9_]+$/.test(inner) ? `${inner}[]` : `Array<${inner}>`;
      }
      case 'choice': {
        const alts = [...t.alts, ...t.additions];
        const names = alts.map((a) => a.name);
        const variants = alts.map((a) => `{ ${prop(a.name)}: ${this.tsType(a.type, indent + '  ')}${names.filter((n) => n !== a.name).map((n) => `; ${prop(n)}?: never`).join('')}${t.ext ? '; $ext?: never' : ''} }`);
        if (t.ext) variants.push(`{ $ext: UnknownAlternative${names.map((n) => `; ${prop(n)}?: never`).join('')} }`);
        return variants.join(`\n${indent}  | `);
      }
      case 'ref':
        return t.id;
      case 'open': {
        const types = [...new Set(t.entries.map((e) => this.tsType(e.type, indent)))];
        return [...types, 'Uint8Array'].join(' | ');
      }
    }
  }

  private tsSequence(t: Extract<IrType, { kind: 'sequence' }>, indent: string): string {
    const fields = [...t.fields, ...t.additions.flatMap((a) => (a.kind === 'field' ? [{ ...a.field, optional: true }] : a.fields.map((f) => ({ ...f, optional: true }))))];
    const lines = fields.map((f) => `${indent}  ${prop(f.name)}${f.optional ? '?' : ''}: ${this.tsType(f.type, indent + '  ')};`);
    if (t.ext) lines.push(`${indent}  /** Extension additions this edition does not know, kept for re-encoding. */\n${indent}  $ext?: UnknownExtensions;`);
    return `{\n${lines.join('\n')}\n${indent}}`;
  }

  // ---- schema.ts ------------------------------------------------------------------

  schema(): string {
    const out: string[] = [header(this.o, 'The intermediate form of every type: read by the JER converter and the tests.')];
    out.push(`import type { Schema } from '${this.o.runtime}/schema.js';\n`);
    out.push(`export const schema: Schema = {`);
    out.push(`  edition: ${JSON.stringify(this.ir.edition)},`);
    out.push(`  types: {`);
    for (const nt of this.ir.types) out.push(`    ${JSON.stringify(nt.id)}: ${JSON.stringify({ module: nt.module, name: nt.name, type: nt.type })},`);
    out.push('  },');
    out.push(`  values: ${JSON.stringify(this.ir.values)},`);
    out.push('};\n');
    return out.join('\n');
  }

  // ---- index.ts -------------------------------------------------------------------

  index(): string {
    return [
      header(this.o, 'Entry point of the edition.'),
      `import { createCodec } from '${this.o.runtime}/api.js';`,
      `import { decoders, encoders } from './codec.js';`,
      `import { schema } from './schema.js';`,
      `import type { Types } from './types.js';`,
      '',
      `export * from './types.js';`,
      `export { schema } from './schema.js';`,
      '',
      `/** UPER encode/decode and JER conversion for every type of ${this.o.title}. */`,
      `export const codec = createCodec<Types>(schema, encoders, decoders);`,
      '',
    ].join('\n');
  }

  // ---- codec.ts -------------------------------------------------------------------

  codec(): string {
    for (const nt of this.ir.types) {
      const t = nt.type;
      if (this.isConstructed(t)) this.emitFunctions(`${nt.id}`, t, nt.id);
      else {
        // Primitive named types get functions too (for the generic API); their uses are inlined.
        this.emitPrimitiveFunctions(nt.id, t, nt.id);
      }
    }
    const out: string[] = [header(this.o, 'Specialised UPER (X.691 unaligned) encoders and decoders.', true)];
    out.push(`import { BitReader, BitWriter } from '${this.o.runtime}/bits.js';`);
    out.push(`import { atDecode, atEncode, DecodeError, EncodeError } from '${this.o.runtime}/errors.js';`);
    out.push(`import { decBits, decChars, decOctets, decOid, decUtf8, describe, encBits, encChars, encOctets, encOid, encUtf8, readBitmap } from '${this.o.runtime}/per.js';`);
    out.push('');
    out.push('type R = BitReader;');
    out.push('type W = BitWriter;');
    out.push('type V = any;');
    out.push('');
    out.push(`function rng(x: unknown, lb: number | string, ub: number | string): EncodeError {
  if (typeof x !== 'number' && typeof x !== 'bigint') return new EncodeError(x === undefined ? 'MISSING' : 'BAD_TYPE', x === undefined ? 'missing' : \`expected an integer, got \${describe(x)}\`);
  return new EncodeError('OUT_OF_RANGE', \`\${x} outside \${lb}..\${ub}\`);
}
function missing(): EncodeError {
  return new EncodeError('MISSING', 'mandatory component missing');
}
function badEnum(x: unknown): EncodeError {
  return new EncodeError('BAD_ENUM', \`unknown enumeration value \${describe(x)}\`);
}
function badChoice(v: unknown): EncodeError {
  return new EncodeError('BAD_CHOICE', v === undefined ? 'missing' : \`no known alternative in \${describe(v)}\`);
}
function badSize(n: number, lb: number, ub: number | string): EncodeError {
  return new EncodeError('BAD_SIZE', \`\${n} item(s) outside SIZE(\${lb}..\${ub})\`);
}
function checkBool(x: unknown): void {
  if (typeof x !== 'boolean') throw new EncodeError(x === undefined ? 'MISSING' : 'BAD_TYPE', \`expected a boolean, got \${describe(x)}\`);
}
function checkArray(x: unknown): void {
  if (!Array.isArray(x)) throw new EncodeError(x === undefined ? 'MISSING' : 'BAD_TYPE', \`expected an array, got \${describe(x)}\`);
}
function checkObject(x: unknown): void {
  if (typeof x !== 'object' || x === null) throw new EncodeError(x === undefined ? 'MISSING' : 'BAD_TYPE', \`expected an object, got \${describe(x)}\`);
}
function enumIndex(r: R, names: readonly string[], k: number): string {
  const at = r.pos;
  const i = r.bits(k);
  const n = names[i];
  if (n === undefined) throw new DecodeError('VALUE_OUT_OF_RANGE', \`enumeration index \${i} unknown\`, at);
  return n;
}
function fixedOctets(x: unknown, n: number): Uint8Array {
  if (!(x instanceof Uint8Array)) throw new EncodeError(x === undefined ? 'MISSING' : 'BAD_TYPE', \`expected a Uint8Array, got \${describe(x)}\`);
  if (x.length !== n) throw new EncodeError('BAD_SIZE', \`\${x.length} octet(s), SIZE(\${n}) required\`);
  return x;
}
function fixedBits(x: any, n: number): Uint8Array {
  if (typeof x !== 'object' || x === null || !(x.bytes instanceof Uint8Array)) throw new EncodeError(x === undefined ? 'MISSING' : 'BAD_TYPE', \`expected a BitString, got \${describe(x)}\`);
  if (x.length !== n || x.bytes.length * 8 < n) throw new EncodeError('BAD_SIZE', \`\${x.length} bit(s), SIZE(\${n}) required\`);
  return x.bytes;
}
`);
    out.push(...this.consts);
    out.push('');
    out.push(...this.lines);
    out.push('/** Encoder of every named type, by name. */');
    out.push('export const encoders: Record<string, (w: W, v: V) => void> = {');
    for (const nt of this.ir.types) out.push(`  ${JSON.stringify(nt.id)}: e_${nt.id},`);
    out.push('};\n');
    out.push('/** Decoder of every named type, by name. */');
    out.push('export const decoders: Record<string, (r: R) => V> = {');
    for (const nt of this.ir.types) out.push(`  ${JSON.stringify(nt.id)}: d_${nt.id},`);
    out.push('};\n');
    return out.join('\n');
  }

  private emitPrimitiveFunctions(name: string, t: IrType, label: string): void {
    void label;
    this.lines.push(`function d_${name}(r: R): V {\n  return ${this.decExpr(t, name)};\n}`);
    this.lines.push(`function e_${name}(w: W, v: V): void {\n${this.encStmts(t, 'v', '  ', name)}\n}\n`);
  }

  /** A function name that decodes/encodes type `t` (for open types and sequence items). */
  private fnFor(t: IrType, hint: string): string {
    if (t.kind === 'ref') return t.id;
    const key = JSON.stringify(t);
    const known = this.fnForType.get(key);
    if (known) return known;
    const name = `${jsId(hint)}$${this.synth++}`;
    this.fnForType.set(key, name);
    if (this.isConstructed(t)) this.emitFunctions(name, t, hint);
    else this.emitPrimitiveFunctions(name, t, hint);
    return name;
  }

  private emitFunctions(name: string, t: IrType, hint: string): void {
    if (t.kind === 'sequence') this.emitSequence(name, t, hint);
    else if (t.kind === 'choice') this.emitChoice(name, t, hint);
    else if (t.kind === 'sequenceof') this.emitSequenceOf(name, t, hint);
  }

  private constArray(prefix: string, items: string[]): string {
    const id = `${prefix}${this.consts.length}`;
    this.consts.push(`const ${id} = ${JSON.stringify(items)} as const;`);
    return id;
  }

  /** A lookup from name to index: `${id}(x)` gives the index or undefined. */
  private constMap(prefix: string, items: string[]): string {
    const id = `${prefix}${this.consts.length}`;
    if (items.length <= 32) {
      // A switch over interned strings is a chain of pointer comparisons: cheaper than a Map.
      const cases = items.map((n, i) => `case ${JSON.stringify(n)}: return ${i};`).join(' ');
      this.consts.push(`function ${id}(x: unknown): number | undefined { switch (x) { ${cases} default: return undefined; } }`);
    } else {
      this.consts.push(`const ${id}$m = new Map<unknown, number>(${JSON.stringify(items.map((n, i) => [n, i]))});`);
      this.consts.push(`function ${id}(x: unknown): number | undefined { return ${id}$m.get(x); }`);
    }
    return id;
  }

  // Minimum encoded size in bits (a lower bound), for allocation checks.
  private minBits(t: IrType, seen = new Set<string>()): number {
    switch (t.kind) {
      case 'boolean':
        return 1;
      case 'null':
        return 0;
      case 'integer':
        return (t.ext ? 1 : 0) + (t.lb !== null && t.ub !== null ? bitsFor(t.ub - t.lb + 1) : 16);
      case 'biginteger':
        return bigBitsFor(t);
      case 'enumerated':
        return (t.additions !== null ? 1 : 0) + bitsFor(t.root.length);
      case 'bitstring':
      case 'octetstring':
      case 'charstring':
      case 'sequenceof':
        return 0;
      case 'sequence':
        return (t.ext ? 1 : 0) + t.fields.filter((f) => f.optional).length + t.fields.filter((f) => !f.optional).reduce((s, f) => s + this.minBits(f.type, seen), 0);
      case 'choice':
        return (t.ext ? 1 : 0) + bitsFor(t.alts.length);
      case 'ref': {
        if (seen.has(t.id)) return 0;
        const m = this.minBitsMemo.get(t.id);
        if (m !== undefined) return m;
        seen.add(t.id);
        const v = this.minBits(this.byId.get(t.id)!.type, seen);
        seen.delete(t.id);
        this.minBitsMemo.set(t.id, v);
        return v;
      }
      case 'open':
        return 16;
      case 'oid':
      case 'relativeoid':
        return 8;
    }
  }

  // ---- decode expressions ---------------------------------------------------------

  private decExpr(t: IrType, hint: string): string {
    switch (t.kind) {
      case 'boolean':
        return 'r.bool()';
      case 'null':
        return 'null';
      case 'integer':
        return this.decInt(t);
      case 'biginteger':
        return `(${t.lb}n + r.bigBits(${bigBitsFor(t)}))`;
      case 'enumerated': {
        const root = this.constArray('EN', t.root);
        const k = bitsFor(t.root.length);
        const rootExpr = 2 ** k === t.root.length ? `${root}[r.bits(${k})]!` : `enumIndex(r, ${root}, ${k})`;
        if (t.additions === null) return rootExpr;
        const adds = this.constArray('EA', t.additions);
        return `(r.bool() ? ((i: number) => ${adds}[i] ?? i)(r.normallySmall()) : ${rootExpr})`;
      }
      case 'bitstring': {
        const s = t.size;
        if (s && !s.ext && s.lb === s.ub && s.lb < 65536) return `{ length: ${s.lb}, bytes: r.bitBytes(${s.lb}) }`;
        return `decBits(r, ${s?.lb ?? 0}, ${s?.ub ?? null}, ${s?.ext ?? false})`;
      }
      case 'octetstring': {
        const s = t.size;
        if (s && !s.ext && s.lb === s.ub && s.lb < 65536) return `r.octets(${s.lb})`;
        return `decOctets(r, ${s?.lb ?? 0}, ${s?.ub ?? null}, ${s?.ext ?? false})`;
      }
      case 'charstring':
        return this.decChars(t);
      case 'oid':
        return 'decOid(r, false)';
      case 'relativeoid':
        return 'decOid(r, true)';
      case 'ref': {
        const target = this.byId.get(t.id)!;
        if (this.isConstructed(target.type)) return `d_${t.id}(r)`;
        return this.decExpr(target.type, t.id);
      }
      case 'sequence':
      case 'choice':
      case 'sequenceof':
        return `d_${this.fnFor(t, hint)}(r)`;
      case 'open':
        // An open type outside a table (no key): kept as octets.
        return 'r.openOpaque()';
    }
  }

  private decInt(t: Extract<IrType, { kind: 'integer' }>): string {
    let root: string;
    if (t.lb !== null && t.ub !== null) {
      const range = t.ub - t.lb + 1;
      const k = bitsFor(range);
      if (k === 0) root = `${t.lb}`;
      else if (2 ** k === range) root = t.lb === 0 ? `r.${k > 32 ? 'wide' : 'bits'}(${k})` : `(${t.lb} + r.${k > 32 ? 'wide' : 'bits'}(${k}))`;
      else root = `r.constrained(${t.lb}, ${t.ub}, ${k})`;
    } else if (t.lb !== null) root = `r.semiConstrained(${t.lb})`;
    else root = 'r.unconstrained()';
    return t.ext ? `(r.bool() ? r.unconstrained() : ${root})` : root;
  }

  private decChars(t: Extract<IrType, { kind: 'charstring' }>): string {
    const s = t.size;
    const lb = s?.lb ?? 0;
    const ub = s?.ub ?? null;
    const ext = s?.ext ?? false;
    if (t.stringType === 'UTF8String' || defaultAlphabet(t.stringType) === null) return `decUtf8(r, ${lb}, ${ub}, ${ext})`;
    const { b, alphabet, allowed } = this.charParams(t);
    return `decChars(r, ${lb}, ${ub}, ${ext}, ${b}, ${alphabet}, ${allowed})`;
  }

  /** X.691 30.5: bits per character and whether characters are sent as indexes. */
  private charParams(t: Extract<IrType, { kind: 'charstring' }>): { b: number; alphabet: string; allowed: string } {
    const full = defaultAlphabet(t.stringType)!;
    const chars = t.alphabet ?? full;
    const n = chars.length;
    // UPER: b is the smallest number of bits that can index the alphabet.
    const b = bitsFor(n);
    let maxCode = 0;
    for (const c of chars) maxCode = Math.max(maxCode, c.charCodeAt(0));
    const byIndex = maxCode >= 2 ** b;
    const alphabet = byIndex ? JSON.stringify(chars) : 'null';
    const allowed = chars === full && !byIndex && n === 2 ** b ? 'null' : JSON.stringify(chars);
    return { b, alphabet, allowed };
  }

  // ---- encode statements ----------------------------------------------------------

  private encStmts(t: IrType, x: string, ind: string, hint: string): string {
    switch (t.kind) {
      case 'boolean':
        return `${ind}checkBool(${x});\n${ind}w.bits(${x} ? 1 : 0, 1);`;
      case 'null':
        return `${ind}if (${x} !== null) throw new EncodeError(${x} === undefined ? 'MISSING' : 'BAD_TYPE', 'expected null');`;
      case 'integer':
        return this.encInt(t, x, ind);
      case 'biginteger':
        return `${ind}if (typeof ${x} !== 'bigint' || ${x} < ${t.lb}n || ${x} > ${t.ub}n) throw rng(${x}, '${t.lb}', '${t.ub}');\n${ind}w.bigBits(${x} - ${t.lb}n, ${bigBitsFor(t)});`;
      case 'enumerated': {
        const root = this.constMap('EI', t.root);
        const k = bitsFor(t.root.length);
        if (t.additions === null) {
          return `${ind}{ const i = ${root}(${x}); if (i === undefined) throw badEnum(${x}); w.bits(i, ${k}); }`;
        }
        const adds = this.constMap('EJ', t.additions);
        return [
          `${ind}{ const i = ${root}(${x});`,
          `${ind}  if (i !== undefined) w.bits(i, ${k + 1});`,
          `${ind}  else { const j = typeof ${x} === 'number' && Number.isInteger(${x}) && ${x} >= 0 ? ${x} : ${adds}(${x}); if (j === undefined) throw badEnum(${x}); w.bits(1, 1); w.normallySmall(j); } }`,
        ].join('\n');
      }
      case 'bitstring': {
        const s = t.size;
        if (s && !s.ext && s.lb === s.ub && s.lb < 65536) return `${ind}w.bitBytes(fixedBits(${x}, ${s.lb}), ${s.lb});`;
        return `${ind}encBits(w, ${x}, ${s?.lb ?? 0}, ${s?.ub ?? null}, ${s?.ext ?? false});`;
      }
      case 'octetstring': {
        const s = t.size;
        if (s && !s.ext && s.lb === s.ub && s.lb < 65536) return `${ind}w.octets(fixedOctets(${x}, ${s.lb}));`;
        return `${ind}encOctets(w, ${x}, ${s?.lb ?? 0}, ${s?.ub ?? null}, ${s?.ext ?? false});`;
      }
      case 'charstring': {
        const s = t.size;
        const lb = s?.lb ?? 0;
        const ub = s?.ub ?? null;
        const ext = s?.ext ?? false;
        if (t.stringType === 'UTF8String' || defaultAlphabet(t.stringType) === null) return `${ind}encUtf8(w, ${x}, ${lb}, ${ub}, ${ext});`;
        const { b, alphabet, allowed } = this.charParams(t);
        return `${ind}encChars(w, ${x}, ${lb}, ${ub}, ${ext}, ${b}, ${alphabet}, ${allowed});`;
      }
      case 'oid':
        return `${ind}encOid(w, ${x}, false);`;
      case 'relativeoid':
        return `${ind}encOid(w, ${x}, true);`;
      case 'ref': {
        const target = this.byId.get(t.id)!;
        if (this.isConstructed(target.type)) return `${ind}e_${t.id}(w, ${x});`;
        return this.encStmts(target.type, x, ind, t.id);
      }
      case 'sequence':
      case 'choice':
      case 'sequenceof':
        return `${ind}e_${this.fnFor(t, hint)}(w, ${x});`;
      case 'open':
        return `${ind}if (!(${x} instanceof Uint8Array)) throw new EncodeError('BAD_TYPE', 'an open type without a table needs its content as a Uint8Array');\n${ind}w.openOpaque(${x});`;
    }
  }

  private encInt(t: Extract<IrType, { kind: 'integer' }>, x: string, ind: string): string {
    const { lb, ub } = t;
    if (lb !== null && ub !== null) {
      const range = ub - lb + 1;
      const k = bitsFor(range);
      const put = k === 0 ? '' : ` w.${k > 32 ? 'wide' : 'bits'}(${lb === 0 ? x : `${x} - ${lb}`}, ${k});`;
      const inRange = `${x} >= ${lb} && ${x} <= ${ub} && Number.isInteger(${x})`;
      if (!t.ext) return `${ind}if (!(${inRange})) throw rng(${x}, ${lb}, ${ub});${put ? '\n' + ind + put.trim() : ''}`;
      return `${ind}if (${inRange}) {${k === 0 ? ' w.bits(0, 1);' : ` w.${k + 1 > 32 ? 'wide' : 'bits'}(${lb === 0 ? x : `${x} - ${lb}`}, ${k + 1});`} }\n${ind}else { if (!Number.isSafeInteger(${x})) throw rng(${x}, ${lb}, ${ub}); w.bits(1, 1); w.unconstrained(${x}); }`;
    }
    if (lb !== null) {
      const ok = `Number.isSafeInteger(${x}) && ${x} >= ${lb}`;
      if (!t.ext) return `${ind}if (!(${ok})) throw rng(${x}, ${lb}, 'MAX');\n${ind}w.semiConstrained(${x}, ${lb});`;
      return `${ind}if (${ok}) { w.bits(0, 1); w.semiConstrained(${x}, ${lb}); }\n${ind}else { if (!Number.isSafeInteger(${x})) throw rng(${x}, ${lb}, 'MAX'); w.bits(1, 1); w.unconstrained(${x}); }`;
    }
    const ok = `Number.isSafeInteger(${x})`;
    const hi = ub === null ? `'MAX'` : `${ub}`;
    if (ub !== null && !t.ext) return `${ind}if (!(${ok} && ${x} <= ${ub})) throw rng(${x}, 'MIN', ${hi});\n${ind}w.unconstrained(${x});`;
    if (ub !== null) return `${ind}if (!(${ok})) throw rng(${x}, 'MIN', ${hi});\n${ind}w.bits(${x} <= ${ub} ? 0 : 1, 1); w.unconstrained(${x});`;
    return `${ind}if (!(${ok})) throw rng(${x}, 'MIN', 'MAX');\n${ind}${t.ext ? 'w.bits(0, 1); ' : ''}w.unconstrained(${x});`;
  }


  /**
   * A type encoded as a plain bit field of fixed width (constrained INTEGER, BOOLEAN, ENUMERATED
   * without extensions): consecutive mandatory ones are written and read together.
   */
  private fixedField(t0: IrType): { k: number; check: (x: string, ind: string) => string; value: (x: string) => string; decode: (raw: string) => string; rangeCheck?: (v: string) => string } | undefined {
    const t = this.deref(t0);
    if (t.kind === 'integer' && !t.ext && t.lb !== null && t.ub !== null) {
      const k = bitsFor(t.ub - t.lb + 1);
      if (k < 1 || k > 31) return undefined;
      const { lb, ub } = t;
      return {
        k,
        check: (x, ind) => `${ind}if (!(${x} >= ${lb} && ${x} <= ${ub} && Number.isInteger(${x}))) throw rng(${x}, ${lb}, ${ub});`,
        value: (x) => (lb === 0 ? x : `(${x} - ${lb})`),
        decode: (raw) => (lb === 0 ? raw : `(${lb} + ${raw})`),
        ...(2 ** k === ub - lb + 1 ? {} : { rangeCheck: (v: string) => `if (${v} > ${ub}) throw new DecodeError('VALUE_OUT_OF_RANGE', \`value \${${v}} above ${ub}\`, r.pos);` }),
      };
    }
    if (t.kind === 'boolean') {
      return { k: 1, check: (x, ind) => `${ind}checkBool(${x});`, value: (x) => `(${x} ? 1 : 0)`, decode: (raw) => `(${raw} === 1)` };
    }
    if (t.kind === 'enumerated' && t.additions === null && t.root.length >= 2) {
      const k = bitsFor(t.root.length);
      const map = this.constMap('EI', t.root);
      const names = this.constArray('EN', t.root);
      return {
        k,
        check: (x, ind) => `${ind}const i_${x} = ${map}(${x}); if (i_${x} === undefined) throw badEnum(${x});`,
        value: (x) => `i_${x}`,
        decode: (raw) => `${names}[${raw}]`,
        ...(2 ** k === t.root.length ? {} : { rangeCheck: (v: string) => `if (${v} === undefined) throw new DecodeError('VALUE_OUT_OF_RANGE', 'enumeration index unknown', r.pos);` }),
      };
    }
    return undefined;
  }

  /**
   * Runs of consecutive mandatory fixed-width fields (indexes into `fields`), each run at most
   * 31 bits. With `preWidth` > 0 the preamble (extension bit and presence bitmap) may open the
   * first run, written as index -1.
   */
  private fixedRuns(fields: IrField[], preWidth = 0): Map<number, number[]> {
    const runs = new Map<number, number[]>();
    let cur: number[] = preWidth > 0 && preWidth <= 24 ? [-1] : [];
    let width = cur.length ? preWidth : 0;
    const flush = (): void => {
      if (cur.length >= 2) runs.set(cur[0]!, cur);
      cur = [];
      width = 0;
    };
    fields.forEach((f, i) => {
      const ff = f.optional || f.type.kind === 'open' ? undefined : this.fixedField(f.type);
      if (!ff) {
        flush();
        return;
      }
      if (width + ff.k > 31) flush();
      cur.push(i);
      width += ff.k;
    });
    flush();
    return runs;
  }

  // ---- SEQUENCE -------------------------------------------------------------------

  private emitSequence(name: string, t: Extract<IrType, { kind: 'sequence' }>, hint: string): void {
    const fields = t.fields;
    const optional = fields.filter((f) => f.optional);
    const nOpt = optional.length;
    const names = this.constArray('N', [...fields.map((f) => f.name), ...t.additions.flatMap((a) => (a.kind === 'field' ? [a.field.name] : a.fields.map((f) => f.name)))]);
    const allAdditionFields: IrField[] = t.additions.flatMap((a) => (a.kind === 'field' ? [a.field] : a.fields));
    const local = (i: number): string => `v${i}`;
    const fieldIndex = new Map<string, number>();
    fields.forEach((f, i) => fieldIndex.set(f.name, i));
    allAdditionFields.forEach((f, i) => fieldIndex.set(f.name, fields.length + i));

    // Decoder
    const d: string[] = [];
    d.push(`function d_${name}(r: R): V {`);
    d.push('  let f = -1;');
    d.push('  try {');
    const preWidth = (t.ext ? 1 : 0) + nOpt;
    const runs = this.fixedRuns(fields, nOpt <= 24 ? preWidth : 0);
    const preRun = runs.get(-1);
    const optBit = new Map<string, string>();
    if (preRun) {
      // The preamble and the first fields in one read.
      const widths = preRun.slice(1).map((j) => this.fixedField(fields[j]!.type)!.k);
      const total = preWidth + widths.reduce((a, b) => a + b, 0);
      d.push(`    const x_ = r.bits(${total});`);
      const after = total - preWidth;
      if (t.ext) d.push(`    const ext = ((x_ >>> ${total - 1}) & 1) === 1;`);
      if (nOpt) d.push(`    const m = (x_ >>> ${after}) & ${2 ** nOpt - 1};`);
      optional.forEach((f, i) => optBit.set(f.name, `(m & ${2 ** (nOpt - 1 - i)}) !== 0`));
    } else {
      if (t.ext) d.push('    const ext = r.bool();');
    }
    if (preRun) {
      // handled above
    } else if (nOpt > 0 && nOpt <= 24) {
      d.push(`    const m = r.bits(${nOpt});`);
      optional.forEach((f, i) => optBit.set(f.name, `(m & ${2 ** (nOpt - 1 - i)}) !== 0`));
    } else if (nOpt > 24) {
      optional.forEach((f, i) => {
        d.push(`    const m${i} = r.bool();`);
        optBit.set(f.name, `m${i}`);
      });
    }
    const inRun = new Set<number>([...runs.values()].flat());
    const extract = (run: number[], src: string, total: number): void => {
      let shift = total;
      for (const j of run) {
        const sp = this.fixedField(fields[j]!.type)!;
        shift -= sp.k;
        const raw = `((${src} >>> ${shift}) & ${2 ** sp.k - 1})`;
        d.push(`    f = ${j}; const ${local(j)} = ${sp.decode(raw)};${sp.rangeCheck ? ' ' + sp.rangeCheck(local(j)) : ''}`);
      }
    };
    if (preRun) extract(preRun.slice(1), 'x_', preRun.slice(1).reduce((a, j) => a + this.fixedField(fields[j]!.type)!.k, 0));
    fields.forEach((f, i) => {
      const run = runs.get(i);
      if (run) {
        const total = run.reduce((a, j) => a + this.fixedField(fields[j]!.type)!.k, 0);
        d.push(`    f = ${i}; const x${i} = r.bits(${total});`);
        extract(run, `x${i}`, total);
        return;
      }
      if (inRun.has(i)) return;
      const expr = f.type.kind === 'open' ? this.openDecExpr(name, f, t) : this.decExpr(f.type, `${hint}$${f.name}`);
      if (f.optional) d.push(`    f = ${i}; const ${local(i)} = ${optBit.get(f.name)} ? ${expr} : undefined;`);
      else d.push(`    f = ${i}; const ${local(i)} = ${expr};`);
    });
    const addLocals = allAdditionFields.map((_, i) => `a${i}`);
    if (t.ext) {
      if (addLocals.length) d.push(`    let ${addLocals.map((a) => `${a}: V`).join(', ')};`);
      d.push('    let $ext: V;');
      d.push('    if (ext) {');
      d.push('      const n = r.normallySmallLength();');
      d.push('      const bm = readBitmap(r, n);');
      d.push('      const unknown: V[] = [];');
      d.push(`      let known = 0;`);
      d.push('      for (let i = 0; i < n; i++) {');
      d.push('        if (!bm[i]) continue;');
      d.push('        switch (i) {');
      let ai = 0;
      t.additions.forEach((a, idx) => {
        if (a.kind === 'field') {
          const fi = fields.length + ai;
          const fn = this.fnFor(a.field.type, `${hint}$${a.field.name}`);
          d.push(`          case ${idx}: f = ${fi}; a${ai} = r.open(d_${fn}); known++; break;`);
          ai++;
        } else {
          const gname = this.fnFor({ kind: 'sequence', fields: a.fields, ext: false, additions: [] }, `${hint}$group${idx}`);
          const assigns = a.fields.map((g, gi) => `a${ai + gi} = g[${JSON.stringify(g.name)}];`).join(' ');
          d.push(`          case ${idx}: { f = ${fields.length + ai}; const g = r.open(d_${gname}); ${assigns} known++; break; }`);
          ai += a.fields.length;
        }
      });
      d.push('          default: unknown.push({ index: i, bytes: r.openOpaque() });');
      d.push('        }');
      d.push('      }');
      d.push(`      if (n !== ${t.additions.length} || unknown.length > 0 || known === 0) $ext = { bitmapLength: n, additions: unknown };`);
      d.push('    }');
    }
    const members = [...fields.map((f, i) => `${prop(f.name)}: ${local(i)}`), ...allAdditionFields.map((f, i) => `${prop(f.name)}: a${i}`)];
    if (t.ext) members.push('$ext');
    d.push(`    return { ${members.join(', ')} };`);
    d.push(`  } catch (e) { throw atDecode(e, f < 0 ? '' : ${names}[f]!, r.pos); }`);
    d.push('}');
    this.lines.push(d.join('\n'));

    // Encoder
    const en: string[] = [];
    en.push(`function e_${name}(w: W, v: V): void {`);
    en.push('  let f = -1;');
    en.push('  try {');
    en.push("    if (typeof v !== 'object' || v === null) checkObject(v);");
    fields.forEach((f, i) => en.push(`    const ${local(i)} = ${access('v', f.name)};`));
    allAdditionFields.forEach((f, i) => en.push(`    const a${i} = ${access('v', f.name)};`));
    if (t.ext) {
      en.push('    const $ext = v.$ext;');
      const groupsPresent = t.additions.map((a, idx) => {
        void idx;
        return a;
      });
      void groupsPresent;
      const anyAdd = allAdditionFields.map((_, i) => `a${i} !== undefined`);
      en.push(`    const hasExt = ${[...anyAdd, '$ext !== undefined'].join(' || ')};`);
    }
    const preBits: string[] = [];
    if (t.ext) preBits.push(`(hasExt ? ${2 ** nOpt} : 0)`);
    optional.forEach((f, i) => preBits.push(`(${local(fieldIndex.get(f.name)!)} !== undefined ? ${2 ** (nOpt - 1 - i)} : 0)`));
    const preLen = nOpt + (t.ext ? 1 : 0);
    const encRuns = this.fixedRuns(fields, nOpt <= 24 ? preLen : 0);
    const encPre = encRuns.get(-1);
    if (encPre) {
      let value = `(${preBits.join(' | ')})`;
      let total = preLen;
      for (const j of encPre.slice(1)) {
        const sp = this.fixedField(fields[j]!.type)!;
        en.push(`    f = ${j};\n${sp.check(local(j), '    ')}`);
        value = `(${value}) * ${2 ** sp.k} + ${sp.value(local(j))}`;
        total += sp.k;
      }
      en.push('    f = -1;');
      en.push(`    w.bits(${value}, ${total});`);
    } else if (preLen > 0 && preLen <= 24) en.push(`    w.bits(${preBits.join(' | ')}, ${preLen});`);
    else if (preLen > 24) {
      if (t.ext) en.push('    w.bool(hasExt);');
      optional.forEach((f) => en.push(`    w.bool(${local(fieldIndex.get(f.name)!)} !== undefined);`));
    }
    const encInRun = new Set<number>([...encRuns.values()].flat());
    fields.forEach((f, i) => {
      const x = local(i);
      const run = encRuns.get(i);
      if (run) {
        // Checks one by one (for the error path), then one write for the whole run.
        let value = '';
        let total = 0;
        for (const j of run) {
          const sp = this.fixedField(fields[j]!.type)!;
          en.push(`    f = ${j};\n${sp.check(local(j), '    ')}`);
          value = value === '' ? sp.value(local(j)) : `(${value}) * ${2 ** sp.k} + ${sp.value(local(j))}`;
          total += sp.k;
        }
        en.push(`    w.bits(${value}, ${total});`);
        return;
      }
      if (encInRun.has(i)) return;
      let body: string;
      if (f.type.kind === 'open') body = this.openEncStmt(name, f, t, x, '      ');
      else body = this.encStmts(f.type, x, '      ', `${hint}$${f.name}`);
      if (f.optional) en.push(`    f = ${i};\n    if (${x} !== undefined) {\n${body}\n    }`);
      else {
        const needsMissing = this.isConstructedOrRefConstructed(f.type) || f.type.kind === 'open';
        en.push(`    f = ${i};${needsMissing ? ` if (${x} === undefined) throw missing();` : ''}\n${body}`);
      }
    });
    if (t.ext) {
      en.push('    if (hasExt) {');
      en.push(`      const n = Math.max(${t.additions.length}, $ext?.bitmapLength ?? 0);`);
      en.push('      w.normallySmallLength(n);');
      en.push('      const unk = $ext?.additions ?? [];');
      let ai = 0;
      const presentExprs: string[] = [];
      t.additions.forEach((a) => {
        if (a.kind === 'field') {
          presentExprs.push(`a${ai} !== undefined`);
          ai++;
        } else {
          presentExprs.push(`(${a.fields.map((_, gi) => `a${ai + gi} !== undefined`).join(' || ')})`);
          ai += a.fields.length;
        }
      });
      en.push(`      const known: boolean[] = [${presentExprs.join(', ')}];`);
      en.push('      for (let i = 0; i < n; i++) w.bool(i < known.length ? known[i]! : unk.some((u: V) => u.index === i));');
      ai = 0;
      t.additions.forEach((a, idx) => {
        if (a.kind === 'field') {
          const fn = this.fnFor(a.field.type, `${hint}$${a.field.name}`);
          en.push(`      f = ${fields.length + ai}; if (a${ai} !== undefined) w.open(e_${fn}, a${ai});`);
          ai++;
        } else {
          const gname = this.fnFor({ kind: 'sequence', fields: a.fields, ext: false, additions: [] }, `${hint}$group${idx}`);
          const obj = a.fields.map((g, gi) => `${prop(g.name)}: a${ai + gi}`).join(', ');
          en.push(`      f = ${fields.length + ai}; if (known[${idx}]) w.open(e_${gname}, { ${obj} });`);
          ai += a.fields.length;
        }
      });
      en.push('      f = -1;');
      en.push('      for (const u of [...unk].sort((p: V, q: V) => p.index - q.index)) {');
      en.push(`        if (!Number.isInteger(u.index) || u.index < ${t.additions.length} || u.index >= n || !(u.bytes instanceof Uint8Array)) throw new EncodeError('BAD_TYPE', 'invalid $ext addition');`);
      en.push('        w.openOpaque(u.bytes);');
      en.push('      }');
      en.push('    }');
    }
    en.push(`  } catch (e) { throw atEncode(e, f < 0 ? '' : ${names}[f]!); }`);
    en.push('}\n');
    this.lines.push(en.join('\n'));
  }

  private isConstructedOrRefConstructed(t: IrType): boolean {
    return this.isConstructed(this.deref(t));
  }

  /** Decoding an open-type field: the key is an earlier sibling. */
  private openDecExpr(seqName: string, f: IrField, seq: Extract<IrType, { kind: 'sequence' }>): string {
    const o = f.type as Extract<IrType, { kind: 'open' }>;
    if (o.keyField === null || o.entries.length === 0) return 'r.openOpaque()';
    const keyIdx = seq.fields.findIndex((g) => g.name === o.keyField);
    const fn = this.openDispatch(seqName, f.name, o.entries);
    return `${fn.dec}(r, v${keyIdx})`;
  }

  private openEncStmt(seqName: string, f: IrField, seq: Extract<IrType, { kind: 'sequence' }>, x: string, ind: string): string {
    const o = f.type as Extract<IrType, { kind: 'open' }>;
    if (o.keyField === null || o.entries.length === 0) {
      return `${ind}if (!(${x} instanceof Uint8Array)) throw new EncodeError('BAD_TYPE', 'content for an unknown key must be a Uint8Array');\n${ind}w.openOpaque(${x});`;
    }
    const keyIdx = seq.fields.findIndex((g) => g.name === o.keyField);
    const fn = this.openDispatch(seqName, f.name, o.entries);
    return `${ind}${fn.enc}(w, v${keyIdx}, ${x});`;
  }

  private openDispatch(seqName: string, field: string, entries: IrOpenEntry[]): { dec: string; enc: string } {
    const base = `o_${seqName}$${jsId(field)}`;
    if (this.dispatched.has(base)) return { dec: `${base}$d`, enc: `${base}$e` };
    this.dispatched.add(base);
    const dl: string[] = [`function ${base}$d(r: R, key: number): V {`, '  switch (key) {'];
    const el: string[] = [`function ${base}$e(w: W, key: number, v: V): void {`];
    const octetEntry = entries.some((e) => this.deref(e.type).kind === 'octetstring');
    if (!octetEntry) el.push('  if (v instanceof Uint8Array) { w.openOpaque(v); return; }');
    el.push('  switch (key) {');
    for (const e of entries) {
      const fn = this.fnFor(e.type, `${seqName}$${field}`);
      dl.push(`    case ${e.key}: return r.open(d_${fn});`);
      el.push(`    case ${e.key}: w.open(e_${fn}, v); return;`);
    }
    dl.push('    default: return r.openOpaque();', '  }', '}');
    if (octetEntry) el.push('    default: if (v instanceof Uint8Array) { w.openOpaque(v); return; }');
    el.push(`  }`, `  throw new EncodeError('BAD_TYPE', \`no type is known for key \${key}: give the content as a Uint8Array\`);`, '}');
    this.lines.push(dl.join('\n'));
    this.lines.push(el.join('\n'));
    return { dec: `${base}$d`, enc: `${base}$e` };
  }

  // ---- CHOICE ---------------------------------------------------------------------

  private emitChoice(name: string, t: Extract<IrType, { kind: 'choice' }>, hint: string): void {
    const n = t.alts.length;
    const k = bitsFor(n);
    const names = this.constArray('N', [...t.alts.map((a) => a.name), ...t.additions.map((a) => a.name)]);
    const d: string[] = [`function d_${name}(r: R): V {`, '  let f = -1;', '  try {'];
    if (t.ext) {
      d.push('    if (r.bool()) {');
      d.push('      const i = r.normallySmall();');
      d.push('      switch (i) {');
      t.additions.forEach((a, i) => {
        const fn = this.fnFor(a.type, `${hint}$${a.name}`);
        d.push(`        case ${i}: f = ${n + i}; return { ${prop(a.name)}: r.open(d_${fn}) };`);
      });
      d.push('        default: return { $ext: { index: i, bytes: r.openOpaque() } };');
      d.push('      }');
      d.push('    }');
    }
    const idxExpr = k === 0 ? '0' : 2 ** k === n ? `r.bits(${k})` : `r.constrained(0, ${n - 1}, ${k})`;
    d.push(`    const i = ${idxExpr};`);
    d.push('    f = i;');
    d.push('    switch (i) {');
    t.alts.forEach((a, i) => d.push(`      case ${i}: return { ${prop(a.name)}: ${this.decExpr(a.type, `${hint}$${a.name}`)} };`));
    d.push(`      default: throw new DecodeError('VALUE_OUT_OF_RANGE', \`alternative \${i} unknown\`, r.pos);`);
    d.push('    }');
    d.push(`  } catch (e) { throw atDecode(e, f < 0 ? '' : ${names}[f]!, r.pos); }`);
    d.push('}');
    this.lines.push(d.join('\n'));

    const en: string[] = [`function e_${name}(w: W, v: V): void {`, '  let f = -1;', '  try {', "    if (typeof v !== 'object' || v === null) checkObject(v);", '    let x;'];
    t.alts.forEach((a, i) => {
      en.push(`    if ((x = ${access('v', a.name)}) !== undefined) {`);
      en.push(`      f = ${i};`);
      const pre = (t.ext ? 1 : 0) + k;
      if (pre > 0) en.push(`      w.bits(${i}, ${pre});`);
      en.push(this.encStmts(a.type, 'x', '      ', `${hint}$${a.name}`));
      en.push('      return;');
      en.push('    }');
    });
    t.additions.forEach((a, i) => {
      const fn = this.fnFor(a.type, `${hint}$${a.name}`);
      en.push(`    if ((x = ${access('v', a.name)}) !== undefined) { f = ${n + i}; w.bits(1, 1); w.normallySmall(${i}); w.open(e_${fn}, x); return; }`);
    });
    if (t.ext) {
      en.push(`    if ((x = v.$ext) !== undefined) {`);
      en.push(`      if (!Number.isInteger(x.index) || x.index < ${t.additions.length} || !(x.bytes instanceof Uint8Array)) throw new EncodeError('BAD_TYPE', 'invalid $ext alternative');`);
      en.push('      w.bits(1, 1); w.normallySmall(x.index); w.openOpaque(x.bytes); return;');
      en.push('    }');
    }
    en.push('    throw badChoice(v);');
    en.push(`  } catch (e) { throw atEncode(e, f < 0 ? '' : ${names}[f]!); }`);
    en.push('}\n');
    this.lines.push(en.join('\n'));
  }

  // ---- SEQUENCE OF ----------------------------------------------------------------

  private emitSequenceOf(name: string, t: Extract<IrType, { kind: 'sequenceof' }>, hint: string): void {
    const s: IrSize = t.size ?? { lb: 0, ub: null, ext: false };
    const minItem = this.minBits(t.item);
    const itemExpr = this.decExpr(t.item, `${hint}$item`);
    const d: string[] = [`function d_${name}(r: R): V {`, '  let i = -1;', '  try {'];
    const constrained = s.ub !== null && s.ub < 65536;
    const generalLoop = (ind: string): string[] => [
      `${ind}const a: V[] = [];`,
      `${ind}for (;;) {`,
      `${ind}  const c = r.length();`,
      `${ind}  const more = r.frag;`,
      `${ind}  r.need(c, ${minItem});`,
      `${ind}  for (let j = 0; j < c; j++) { i = a.length; a.push(${itemExpr}); }`,
      `${ind}  if (!more) break;`,
      `${ind}}`,
    ];
    const fixedLoop = (ind: string, nExpr: string): string[] => [
      `${ind}const n = ${nExpr};`,
      `${ind}r.need(n, ${minItem});`,
      `${ind}const a: V[] = [];`,
      `${ind}for (i = 0; i < n; i++) a.push(${itemExpr});`,
    ];
    const nExpr = constrained ? (s.lb === s.ub ? `${s.lb}` : `r.constrained(${s.lb}, ${s.ub}, ${bitsFor(s.ub! - s.lb + 1)})`) : '';
    if (s.ext) {
      d.push('    if (r.bool()) {');
      d.push(...generalLoop('      '));
      d.push('      return a;');
      d.push('    }');
    }
    if (constrained) {
      d.push(...fixedLoop('    ', nExpr));
      d.push('    return a;');
    } else {
      d.push(...generalLoop('    '));
      if (!s.ext && (s.lb > 0 || s.ub !== null)) {
        d.push(`    if (a.length < ${s.lb}${s.ub !== null ? ` || a.length > ${s.ub}` : ''}) throw new DecodeError('SIZE_OUT_OF_RANGE', \`\${a.length} item(s) outside SIZE(${s.lb}..${s.ub ?? 'MAX'})\`, r.pos);`);
      }
      d.push('    return a;');
    }
    d.push('  } catch (e) { throw atDecode(e, i < 0 ? \'\' : i, r.pos); }');
    d.push('}');
    this.lines.push(d.join('\n'));

    const en: string[] = [`function e_${name}(w: W, v: V): void {`, '  let i = -1;', '  try {', '    checkArray(v);', '    const n = v.length;'];
    const inRoot = `n >= ${s.lb}${s.ub !== null ? ` && n <= ${s.ub}` : ''}`;
    const itemStmt = this.encStmts(t.item, 'x', '        ', `${hint}$item`);
    const generalWrite = (ind: string): string[] => [
      `${ind}let j = 0;`,
      `${ind}for (;;) {`,
      `${ind}  const c = w.lengthChunk(n - j);`,
      `${ind}  for (const end = j + c; j < end; j++) {`,
      `${ind}    i = j; const x = v[j];`,
      itemStmt.replace(/^ {8}/gm, ind + '    '),
      `${ind}  }`,
      `${ind}  if (c < 16384) break;`,
      `${ind}}`,
    ];
    if (!s.ext) en.push(`    if (!(${inRoot})) throw badSize(n, ${s.lb}, ${s.ub ?? "'MAX'"});`);
    else en.push(`    const inRoot = ${inRoot};`, '    w.bool(!inRoot);');
    if (constrained) {
      if (s.ext) en.push('    if (inRoot) {');
      const ind = s.ext ? '      ' : '    ';
      if (s.lb !== s.ub) en.push(`${ind}w.bits(n - ${s.lb}, ${bitsFor(s.ub! - s.lb + 1)});`);
      en.push(`${ind}for (i = 0; i < n; i++) {`, `${ind}  const x = v[i];`, itemStmt.replace(/^ {8}/gm, ind + '  '), `${ind}}`);
      if (s.ext) {
        en.push('    } else {');
        en.push(...generalWrite('      '));
        en.push('    }');
      }
    } else {
      en.push(...generalWrite('    '));
    }
    en.push('  } catch (e) { throw atEncode(e, i < 0 ? \'\' : i); }');
    en.push('}\n');
    this.lines.push(en.join('\n'));
  }
}
