/**
 * ModuleAst[] -> IrEdition: resolves references across modules (IMPORTS and dotted
 * Module.name references), instantiates parameterised types, flattens information object
 * sets into open-type tables, and reduces constraints to the PER-visible ones.
 */
import type {
  ActualParamAst,
  Assignment,
  ConstraintAst,
  ConstraintSpecAst,
  ElementAst,
  ElementSetAst,
  ModuleAst,
  ObjectAst,
  ObjectSetBodyAst,
  RefName,
  TypeAst,
  ValueAst,
} from './ast.js';
import { CompileError } from './errors.js';
import type { IrAddition, IrAlt, IrEdition, IrField, IrNamedType, IrOpenEntry, IrSize, IrType } from './ir.js';
import { parseTypeFromTokens, parseValueFromTokens } from './parser.js';

type Binding =
  | { kind: 'type'; type: IrType }
  | { kind: 'objectset'; module: string; ref: RefName }
  | { kind: 'value'; value: ValueAst; module: string };

interface Ctx {
  module: string;
  params: Map<string, Binding>;
  /** For error messages. */
  typeName: string;
  line: number;
}

interface Found<A extends Assignment = Assignment> {
  module: ModuleAst;
  asg: A;
}

/** Names of character sets for the known-multiplier string types (X.691 §30). */
const IA5 = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)).join('');
const VISIBLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
const NUMERIC = ' 0123456789';
const PRINTABLE = " '()+,-./0123456789:=?ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

export function defaultAlphabet(stringType: string): string | null {
  switch (stringType) {
    case 'IA5String':
      return IA5;
    case 'VisibleString':
    case 'ISO646String':
    case 'GeneralizedTime':
    case 'UTCTime':
      return VISIBLE;
    case 'NumericString':
      return NUMERIC;
    case 'PrintableString':
      return PRINTABLE;
    default:
      return null; // not a known-multiplier type with a small alphabet (UTF8String, ...)
  }
}

const RESERVED_IDS = new Set([
  'Array', 'Boolean', 'Date', 'Error', 'Function', 'JSON', 'Map', 'Math', 'Number', 'Object', 'Promise',
  'Record', 'Partial', 'Set', 'String', 'Symbol', 'Uint8Array', 'BitString', 'BigInt', 'Opaque',
]);

export function resolveEdition(edition: string, modules: ModuleAst[]): IrEdition {
  return new Resolver(edition, modules).run();
}

class Resolver {
  private readonly mods = new Map<string, ModuleAst>();
  private readonly defs = new Map<string, Map<string, Assignment>>();
  private readonly importMap = new Map<string, Map<string, string>>();
  /** Internal key -> resolved named type (key: `Module.Name` or an instance key). */
  private readonly named = new Map<string, { module: string; name: string; type: IrType | null; base?: string; setNames?: string[] }>();
  private readonly queue: string[] = [];
  private readonly resolving = new Set<string>();
  private readonly instanceByJson = new Map<string, string>();

  constructor(private readonly edition: string, private readonly modules: ModuleAst[]) {
    for (const m of modules) {
      if (this.mods.has(m.name)) throw new CompileError(`module ${m.name} is defined twice`, { file: m.file, line: m.line });
      this.mods.set(m.name, m);
      const d = new Map<string, Assignment>();
      for (const a of m.assignments) {
        if (d.has(a.name)) throw new CompileError(`'${a.name}' is defined twice`, { file: m.file, module: m.name, line: a.line });
        d.set(a.name, a);
      }
      this.defs.set(m.name, d);
      const im = new Map<string, string>();
      for (const imp of m.imports) for (const s of imp.symbols) im.set(s, imp.from);
      this.importMap.set(m.name, im);
    }
  }

  run(): IrEdition {
    // Every non-parameterised type assignment is part of the edition.
    for (const m of this.modules) {
      for (const a of m.assignments) {
        if (a.kind === 'type' && !a.params) this.enqueue(`${m.name}.${a.name}`, m.name, a.name);
      }
    }
    while (this.queue.length) {
      const key = this.queue.shift()!;
      const entry = this.named.get(key)!;
      if (entry.type === null) this.resolveNamedKey(key);
    }
    return this.finish();
  }

  // ---- lookup ---------------------------------------------------------------------

  private where(ctx: Ctx, line?: number): { file: string; module: string; type: string; line: number } {
    return { file: this.mods.get(ctx.module)?.file ?? '?', module: ctx.module, type: ctx.typeName, line: line ?? ctx.line };
  }

  private lookup(moduleName: string, ref: RefName, ctx: Ctx, seen = new Set<string>()): Found {
    const modName = ref.module ?? moduleName;
    const mod = this.mods.get(modName);
    if (!mod) throw new CompileError(`unknown module '${modName}' in reference ${ref.module}.${ref.name}`, this.where(ctx));
    const own = this.defs.get(modName)!.get(ref.name);
    if (own) return { module: mod, asg: own };
    const from = this.importMap.get(modName)!.get(ref.name);
    const guard = `${modName}.${ref.name}`;
    if (from !== undefined && !seen.has(guard)) {
      seen.add(guard);
      if (!this.mods.has(from)) throw new CompileError(`'${ref.name}' is imported from module '${from}', which is not in the input`, this.where(ctx));
      return this.lookup(from, { name: ref.name }, ctx, seen);
    }
    throw new CompileError(`unknown reference '${ref.module ? ref.module + '.' : ''}${ref.name}'`, this.where(ctx));
  }

  private enqueue(key: string, module: string, name: string): void {
    if (!this.named.has(key)) {
      this.named.set(key, { module, name, type: null });
      this.queue.push(key);
    }
  }

  private resolveNamedKey(key: string): IrType {
    const entry = this.named.get(key)!;
    if (entry.type) return entry.type;
    if (this.resolving.has(key)) throw new CompileError(`'${entry.name}' is defined in terms of itself without a reference that can break the cycle`, { module: entry.module, type: entry.name });
    this.resolving.add(key);
    const asg = this.defs.get(entry.module)!.get(entry.name)!;
    const ctx: Ctx = { module: entry.module, params: new Map(), typeName: entry.name, line: asg.line };
    let t: IrType;
    if (asg.kind === 'type') t = this.resolveType(asg.type, ctx);
    else if (asg.kind === 'valueset') t = this.applyConstraints(this.deref(this.resolveType(asg.type, ctx)), [{ c: 'spec', spec: asg.set }], ctx);
    else throw new CompileError(`'${entry.name}' is not a type`, this.where(ctx));
    entry.type = t;
    this.resolving.delete(key);
    return t;
  }

  /** Follows references to the underlying structural type. */
  private deref(t: IrType): IrType {
    let cur = t;
    for (let i = 0; cur.kind === 'ref'; i++) {
      if (i > 100) throw new CompileError(`reference cycle through ${cur.id}`);
      cur = this.resolveNamedKey(cur.id);
    }
    return cur;
  }

  // ---- types ----------------------------------------------------------------------

  private resolveType(ast: TypeAst, ctx: Ctx): IrType {
    const base = this.resolveTypeCore(ast, ctx);
    if (ast.constraints.length === 0) return base;
    return this.applyConstraints(this.deref(base), ast.constraints, ctx);
  }

  private resolveTypeCore(ast: TypeAst, ctx: Ctx): IrType {
    switch (ast.t) {
      case 'BOOLEAN':
        return { kind: 'boolean' };
      case 'NULL':
        return { kind: 'null' };
      case 'OBJECT IDENTIFIER':
        return { kind: 'oid' };
      case 'RELATIVE-OID':
        return { kind: 'relativeoid' };
      case 'INTEGER': {
        const t: IrType = { kind: 'integer', lb: null, ub: null, ext: false };
        if (ast.named.length) t.named = Object.fromEntries(ast.named.map((n) => [n.name, this.intValue(n.value, ctx)]));
        return t;
      }
      case 'ENUMERATED':
        return this.resolveEnumerated(ast, ctx);
      case 'BIT STRING': {
        const t: IrType = { kind: 'bitstring', size: null };
        if (ast.named.length) t.named = ast.named.map((n) => [n.name, this.intValue(n.value, ctx)]);
        return t;
      }
      case 'OCTET STRING':
        return { kind: 'octetstring', size: null };
      case 'STRING':
        if (ast.stringType === 'CHARACTER STRING') throw new CompileError('CHARACTER STRING is not supported', this.where(ctx, ast.line));
        return { kind: 'charstring', stringType: ast.stringType, size: null, alphabet: null };
      case 'SEQUENCE':
      case 'SET': {
        const fields = [...ast.root, ...ast.root2].map((c) => this.resolveField(c, ctx));
        const additions: IrAddition[] = ast.additions.map((a) =>
          a.kind === 'component'
            ? { kind: 'field', field: this.resolveField(a.component, ctx) }
            : { kind: 'group', fields: a.components.map((c) => this.resolveField(c, ctx)) },
        );
        const ext = ast.ext || this.mods.get(ctx.module)!.extensibilityImplied;
        this.checkUnique([...fields.map((f) => f.name), ...additions.flatMap((a) => (a.kind === 'field' ? [a.field.name] : a.fields.map((f) => f.name)))], ctx, ast.line);
        const seq: IrType = { kind: 'sequence', fields, ext, additions };
        this.bindOpenTypes(seq, ctx);
        return seq;
      }
      case 'SEQUENCE OF':
      case 'SET OF': {
        const item = this.resolveType(ast.item, ctx);
        return { kind: 'sequenceof', item, size: null };
      }
      case 'CHOICE': {
        const alts: IrAlt[] = ast.root.map((a) => ({ name: a.name, type: this.resolveType(a.type, { ...ctx, line: a.line }) }));
        const additions: IrAlt[] = ast.additions.map((a) => ({ name: a.name, type: this.resolveType(a.type, { ...ctx, line: a.line }) }));
        this.checkUnique([...alts, ...additions].map((a) => a.name), ctx, ast.line);
        return { kind: 'choice', alts, ext: ast.ext || this.mods.get(ctx.module)!.extensibilityImplied, additions };
      }
      case 'REF':
        return this.resolveRef(ast, ctx);
      case 'FIELD':
        return this.resolveFieldType(ast, ctx);
    }
  }

  private checkUnique(names: string[], ctx: Ctx, line: number): void {
    const seen = new Set<string>();
    for (const n of names) {
      if (seen.has(n)) throw new CompileError(`component '${n}' appears twice`, this.where(ctx, line));
      seen.add(n);
    }
  }

  private resolveField(c: { name: string; type: TypeAst; optional: boolean; default?: ValueAst; line: number }, ctx: Ctx): IrField {
    const type = this.resolveType(c.type, { ...ctx, line: c.line });
    const f: IrField = { name: c.name, type, optional: c.optional || c.default !== undefined };
    if (c.default !== undefined) f.default = this.jsonValue(c.default, type, { ...ctx, line: c.line });
    return f;
  }

  private resolveEnumerated(ast: Extract<TypeAst, { t: 'ENUMERATED' }>, ctx: Ctx): IrType {
    const values: Record<string, number> = {};
    const used = new Set<number>();
    for (const it of ast.root) if (it.value) { const v = this.intValue(it.value, ctx); values[it.name] = v; used.add(v); }
    let nextFree = 0;
    for (const it of ast.root) {
      if (it.value) continue;
      while (used.has(nextFree)) nextFree++;
      values[it.name] = nextFree;
      used.add(nextFree);
    }
    const root = ast.root.map((i) => i.name).sort((a, b) => values[a]! - values[b]!);
    let additions: string[] | null = null;
    if (ast.ext) {
      additions = [];
      let max = Math.max(-1, ...used);
      for (const it of ast.additions) {
        const v = it.value ? this.intValue(it.value, ctx) : max + 1;
        if (v <= max && it.value) {
          // X.680 requires additions in ascending order of value
          throw new CompileError(`enumeration addition '${it.name}' (${v}) is not greater than the earlier values`, this.where(ctx, ast.line));
        }
        values[it.name] = v;
        max = Math.max(max, v);
        additions.push(it.name);
      }
    }
    if (new Set(Object.keys(values)).size !== ast.root.length + ast.additions.length) throw new CompileError('duplicate enumeration name', this.where(ctx, ast.line));
    return { kind: 'enumerated', root, additions, values };
  }

  private resolveRef(ast: Extract<TypeAst, { t: 'REF' }>, ctx: Ctx): IrType {
    if (!ast.ref.module) {
      const b = ctx.params.get(ast.ref.name);
      if (b) {
        if (b.kind !== 'type') throw new CompileError(`parameter '${ast.ref.name}' is not a type`, this.where(ctx, ast.line));
        return b.type;
      }
    }
    const found = this.lookup(ctx.module, ast.ref, { ...ctx, line: ast.line });
    const { module, asg } = found;
    if (asg.kind === 'type' && asg.params) {
      if (!ast.actual || ast.actual.length !== asg.params.length) {
        throw new CompileError(`'${asg.name}' takes ${asg.params.length} parameter(s)`, this.where(ctx, ast.line));
      }
      return this.instantiate(module, asg, ast.actual, ctx);
    }
    if (asg.kind !== 'type' && asg.kind !== 'valueset') throw new CompileError(`'${ast.ref.name}' is not a type`, this.where(ctx, ast.line));
    if (ast.actual) throw new CompileError(`'${ast.ref.name}' takes no parameters`, this.where(ctx, ast.line));
    const key = `${module.name}.${asg.name}`;
    this.enqueue(key, module.name, asg.name);
    return { kind: 'ref', id: key };
  }

  private instantiate(module: ModuleAst, asg: Extract<Assignment, { kind: 'type' }>, actual: ActualParamAst[], ctx: Ctx): IrType {
    const params = new Map<string, Binding>();
    const setNames: string[] = [];
    asg.params!.forEach((p, i) => {
      const a = actual[i]!;
      if (a.kind === 'objectset') {
        params.set(p.name, { kind: 'objectset', module: ctx.module, ref: a.ref });
        setNames.push(a.ref.name);
      } else if (a.kind === 'type') {
        // `{Name}` can also be a type; a bare type reference that names an object set is an object set
        params.set(p.name, { kind: 'type', type: this.resolveType(a.type, ctx) });
        setNames.push(a.type.t === 'REF' ? a.type.ref.name : 'T');
      } else {
        params.set(p.name, { kind: 'value', value: a.value, module: ctx.module });
        setNames.push('v');
      }
    });
    const ictx: Ctx = { module: module.name, params, typeName: `${asg.name}{${setNames.join(',')}}`, line: asg.line };
    const type = this.resolveType(asg.type, ictx);
    const json = `${module.name}.${asg.name}|${JSON.stringify(type)}`;
    let key = this.instanceByJson.get(json);
    if (!key) {
      key = `${module.name}.${asg.name}{${this.instanceByJson.size}}`;
      this.instanceByJson.set(json, key);
      this.named.set(key, { module: module.name, name: asg.name, type, base: `${module.name}.${asg.name}`, setNames });
    } else {
      const e = this.named.get(key)!;
      e.setNames = [...(e.setNames ?? []), ...setNames];
    }
    return { kind: 'ref', id: key };
  }

  /** `CLASS.&field` with its table constraint. */
  private resolveFieldType(ast: Extract<TypeAst, { t: 'FIELD' }>, ctx: Ctx): IrType {
    const { module: cmod, asg: cls } = this.lookup(ctx.module, ast.cls, { ...ctx, line: ast.line });
    if (cls.kind !== 'class') throw new CompileError(`'${ast.cls.name}' is not an information object class`, this.where(ctx, ast.line));
    const field = cls.fields.find((f) => f.name === ast.field);
    if (!field) throw new CompileError(`class ${cls.name} has no field ${ast.field}`, this.where(ctx, ast.line));
    const table = ast.constraints.find((c): c is Extract<ConstraintAst, { c: 'table' }> => c.c === 'table');
    const others = ast.constraints.filter((c) => c.c !== 'table');
    if (field.type) {
      // A fixed-type value field (&id): its type; the table constraint has no PER effect.
      const t = this.resolveType(field.type, { module: cmod.name, params: new Map(), typeName: `${cls.name}.${field.name}`, line: cls.line });
      return others.length ? this.applyConstraints(this.deref(t), others, ctx) : t;
    }
    // A type field (&Type): an open type, selected through the object set and the key field.
    if (!table) return { kind: 'open', keyField: null, entries: [], ext: true };
    const set = this.evalObjectSet(table.set, ctx, ast.line);
    const keyFieldName = cls.fields.find((f) => f.unique)?.name ?? '&id';
    const entries: IrOpenEntry[] = [];
    for (const obj of set.objects) {
      const keyToks = obj.fields.get(keyFieldName);
      const typeToks = obj.fields.get(ast.field);
      if (!keyToks || !typeToks) continue;
      const key = this.intValue(parseValueFromTokens(keyToks.tokens, obj.file, obj.line, new Set()), { ...obj.ctx, line: obj.line });
      const type = this.resolveType(parseTypeFromTokens(typeToks.tokens, obj.file, obj.line, new Set()), { ...obj.ctx, line: obj.line });
      if (entries.some((e) => e.key === key)) throw new CompileError(`object set ${table.set.name} lists key ${key} twice`, this.where(ctx, obj.line));
      entries.push({ key, type });
    }
    const at = table.at ?? [];
    const keyField = at.length ? at[at.length - 1]! : null;
    return { kind: 'open', keyField, entries, ext: set.ext };
  }

  /** Checks that an open type's key field is a sibling in the SEQUENCE that holds it. */
  private bindOpenTypes(seq: Extract<IrType, { kind: 'sequence' }>, ctx: Ctx): void {
    const all = [...seq.fields, ...seq.additions.flatMap((a) => (a.kind === 'field' ? [a.field] : a.fields))];
    for (const f of all) {
      if (f.type.kind === 'open' && f.type.keyField !== null) {
        const key = all.find((g) => g.name === (f.type as { keyField: string }).keyField);
        const pos = all.indexOf(f);
        if (!key || all.indexOf(key) > pos) {
          throw new CompileError(`open type '${f.name}' is keyed by '${f.type.keyField}', which is not an earlier component of the same SEQUENCE`, this.where(ctx));
        }
      }
    }
  }

  private evalObjectSet(ref: RefName, ctx: Ctx, line: number, depth = 0): { objects: { fields: Map<string, { tokens: { kind: string; text: string }[] }>; file: string; line: number; ctx: Ctx }[]; ext: boolean } {
    if (depth > 20) throw new CompileError('object set nesting too deep', this.where(ctx, line));
    if (!ref.module) {
      const b = ctx.params.get(ref.name);
      if (b) {
        if (b.kind !== 'objectset') throw new CompileError(`parameter '${ref.name}' is not an object set`, this.where(ctx, line));
        return this.evalObjectSet(b.ref, { module: b.module, params: new Map(), typeName: ctx.typeName, line }, line, depth + 1);
      }
    }
    const { module, asg } = this.lookup(ctx.module, ref, { ...ctx, line });
    if (asg.kind !== 'objectset') throw new CompileError(`'${ref.name}' is not an information object set`, this.where(ctx, line));
    const { asg: cls, module: cmod } = this.lookup(module.name, asg.className, { ...ctx, module: module.name, line: asg.line });
    if (cls.kind !== 'class') throw new CompileError(`'${asg.className.name}' is not a class`, { file: module.file, module: module.name, line: asg.line });
    void cmod;
    const octx: Ctx = { module: module.name, params: new Map(), typeName: asg.name, line: asg.line };
    const out: { fields: Map<string, { tokens: { kind: string; text: string }[] }>; file: string; line: number; ctx: Ctx }[] = [];
    const addBody = (body: ObjectSetBodyAst): void => {
      for (const el of [...body.root, ...body.additions]) {
        if (el.kind === 'inline') out.push({ fields: this.matchObject(el.object, cls, octx), file: module.file, line: el.object.line, ctx: octx });
        else {
          const inner = this.lookup(module.name, el.ref, { ...octx, line: el.line });
          if (inner.asg.kind === 'objectset') {
            const sub = this.evalObjectSet(el.ref, octx, el.line, depth + 1);
            out.push(...sub.objects);
          } else if (inner.asg.kind === 'object') {
            out.push({ fields: this.matchObject(inner.asg.body, cls, { ...octx, module: inner.module.name }), file: inner.module.file, line: inner.asg.line, ctx: { ...octx, module: inner.module.name } });
          } else throw new CompileError(`'${el.ref.name}' is not an object or object set`, this.where(octx, el.line));
        }
      }
    };
    addBody(asg.body);
    return { objects: out, ext: asg.body.ext };
  }

  /** Splits an object's tokens into its fields, following the class's WITH SYNTAX (or `&f value,`). */
  private matchObject(obj: ObjectAst, cls: Extract<Assignment, { kind: 'class' }>, ctx: Ctx): Map<string, { tokens: { kind: string; text: string }[] }> {
    const res = new Map<string, { tokens: { kind: string; text: string }[] }>();
    const toks = obj.tokens;
    if (cls.syntax) {
      const syn = cls.syntax;
      let i = 0;
      for (let s = 0; s < syn.length; s++) {
        const el = syn[s]!;
        if (el.startsWith('&')) {
          // Collect tokens up to the next literal word of the syntax (balanced).
          const nextLit = syn.slice(s + 1).find((x) => !x.startsWith('&'));
          const start = i;
          let depth = 0;
          while (i < toks.length) {
            const t = toks[i]!;
            if (depth === 0 && nextLit !== undefined && t.text === nextLit && t.kind === 'word') break;
            if (t.text === '{' || t.text === '(') depth++;
            if (t.text === '}' || t.text === ')') depth--;
            i++;
          }
          if (i > start) res.set(el, { tokens: toks.slice(start, i) });
        } else {
          if (toks[i]?.text !== el) {
            // Optional syntax groups are not used by the supported modules.
            throw new CompileError(`object does not follow the syntax of class ${cls.name}: expected '${el}', found '${toks[i]?.text ?? 'end'}'`, this.where(ctx, obj.line));
          }
          i++;
        }
      }
      if (i !== toks.length) throw new CompileError(`unexpected '${toks[i]!.text}' in an object of class ${cls.name}`, this.where(ctx, obj.line));
      return res;
    }
    // Default syntax: &field value-or-type, &field ...
    let cur: string | undefined;
    let buf: { kind: string; text: string }[] = [];
    let depth = 0;
    const flush = (): void => {
      if (cur) res.set(cur, { tokens: buf });
      buf = [];
    };
    for (const t of toks) {
      if (depth === 0 && t.kind === 'fieldref') {
        flush();
        cur = t.text;
        continue;
      }
      if (depth === 0 && t.text === ',') continue;
      if (t.text === '{' || t.text === '(') depth++;
      if (t.text === '}' || t.text === ')') depth--;
      buf.push(t);
    }
    flush();
    return res;
  }

  // ---- constraints ----------------------------------------------------------------

  private applyConstraints(base: IrType, constraints: ConstraintAst[], ctx: Ctx): IrType {
    let t: IrType = structuredClone(base);
    for (const c of constraints) {
      if (c.c !== 'spec') continue; // table and opaque constraints are not PER-visible
      t = this.applyOne(t, c.spec, ctx);
    }
    return t;
  }

  private applyOne(t: IrType, spec: ConstraintSpecAst, ctx: Ctx): IrType {
    switch (t.kind) {
      case 'integer':
      case 'biginteger': {
        const r = this.intSet(spec.root, ctx);
        if (r === 'invisible') return { ...t, ext: false } as IrType;
        const tlb = t.lb === null ? null : BigInt(t.lb);
        const tub = t.ub === null ? null : BigInt(t.ub);
        const lb = r.lb === null ? tlb : tlb === null ? r.lb : r.lb > tlb ? r.lb : tlb;
        const ub = r.ub === null ? tub : tub === null ? r.ub : r.ub < tub ? r.ub : tub;
        if (lb !== null && ub !== null && lb > ub) throw new CompileError(`empty value range ${lb}..${ub}`, this.where(ctx));
        const safe = (x: bigint | null): boolean => x === null || (x >= BigInt(Number.MIN_SAFE_INTEGER) && x <= BigInt(Number.MAX_SAFE_INTEGER));
        const named = t.named ? { named: t.named } : {};
        if (safe(lb) && safe(ub)) return { kind: 'integer', lb: lb === null ? null : Number(lb), ub: ub === null ? null : Number(ub), ext: spec.ext, ...named };
        if (lb === null || ub === null || spec.ext) throw new CompileError('integers beyond 2^53 are supported with both bounds and no extension marker only', this.where(ctx));
        return { kind: 'biginteger', lb: lb.toString(), ub: ub.toString(), ...named };
      }
      case 'bitstring':
      case 'octetstring':
      case 'sequenceof': {
        const s = this.sizeOf(spec, ctx);
        if (s === undefined) return t;
        return { ...t, size: s };
      }
      case 'charstring': {
        const s = this.sizeOf(spec, ctx);
        const alphabet = this.alphabetOf(spec.root, ctx);
        return { ...t, size: s === undefined ? t.size : s, alphabet: alphabet ?? t.alphabet };
      }
      case 'enumerated':
      case 'boolean':
      case 'null':
      case 'choice':
      case 'sequence':
      case 'oid':
      case 'relativeoid':
      case 'open':
        return t; // value constraints on these types do not change their PER encoding
      case 'ref':
        throw new CompileError('internal: constraint applied to an unresolved reference', this.where(ctx));
    }
  }

  private sizeOf(spec: ConstraintSpecAst, ctx: Ctx): IrSize | undefined {
    let found: IrSize | undefined;
    for (const inter of spec.root.unions) {
      for (const el of inter) {
        if (el.e === 'size') {
          const r = this.intSet(el.spec.root, ctx);
          if (r === 'invisible') continue;
          const s: IrSize = { lb: r.lb === null ? 0 : Number(r.lb), ub: r.ub === null ? null : Number(r.ub), ext: el.spec.ext || spec.ext };
          found = found ? { lb: Math.min(found.lb, s.lb), ub: found.ub === null || s.ub === null ? null : Math.max(found.ub, s.ub), ext: found.ext || s.ext } : s;
        } else if (el.e === 'nested') {
          const s = this.sizeOf(el.spec, ctx);
          if (s) found = s;
        }
      }
    }
    return found;
  }

  private alphabetOf(set: ElementSetAst, ctx: Ctx): string | undefined {
    let chars: Set<string> | undefined;
    for (const inter of set.unions) {
      for (const el of inter) {
        if (el.e !== 'from') continue;
        const s = new Set<string>();
        for (const i2 of el.spec.root.unions) {
          for (const e2 of i2) {
            if (e2.e === 'value' && e2.value.v === 'cstring') for (const ch of e2.value.value) s.add(ch);
            else if (e2.e === 'range' && e2.lo !== 'MIN' && e2.hi !== 'MAX' && e2.lo.v === 'cstring' && e2.hi.v === 'cstring') {
              const a = e2.lo.value.codePointAt(0)!;
              const b = e2.hi.value.codePointAt(0)!;
              for (let c = a; c <= b; c++) s.add(String.fromCodePoint(c));
            } else throw new CompileError('unsupported permitted-alphabet element', this.where(ctx));
          }
        }
        chars = chars ? new Set([...chars, ...s]) : s;
      }
    }
    if (!chars) return undefined;
    return [...chars].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
  }

  private intSet(set: ElementSetAst, ctx: Ctx): { lb: bigint | null; ub: bigint | null } | 'invisible' {
    const max = (a: bigint, b: bigint): bigint => (a > b ? a : b);
    const min = (a: bigint, b: bigint): bigint => (a < b ? a : b);
    let acc: { lb: bigint | null; ub: bigint | null } | undefined;
    for (const inter of set.unions) {
      let r: { lb: bigint | null; ub: bigint | null } = { lb: null, ub: null };
      let any = false;
      for (const el of inter) {
        const e = this.intElement(el, ctx);
        if (e === 'invisible') continue;
        any = true;
        r = {
          lb: e.lb === null ? r.lb : r.lb === null ? e.lb : max(r.lb, e.lb),
          ub: e.ub === null ? r.ub : r.ub === null ? e.ub : min(r.ub, e.ub),
        };
      }
      if (!any) return 'invisible';
      acc = acc === undefined ? r : {
        lb: acc.lb === null || r.lb === null ? null : min(acc.lb, r.lb),
        ub: acc.ub === null || r.ub === null ? null : max(acc.ub, r.ub),
      };
    }
    return acc ?? 'invisible';
  }

  private intElement(el: ElementAst, ctx: Ctx): { lb: bigint | null; ub: bigint | null } | 'invisible' {
    switch (el.e) {
      case 'value': {
        if (el.value.v === 'cstring' || el.value.v === 'bool' || el.value.v === 'null' || el.value.v === 'braced') return 'invisible';
        const v = this.bigValue(el.value, ctx);
        return { lb: v, ub: v };
      }
      case 'range': {
        let lb = el.lo === 'MIN' ? null : this.bigValue(el.lo, ctx);
        let ub = el.hi === 'MAX' ? null : this.bigValue(el.hi, ctx);
        if (el.loOpen && lb !== null) lb += 1n;
        if (el.hiOpen && ub !== null) ub -= 1n;
        return { lb, ub };
      }
      case 'nested':
        return this.intSet(el.spec.root, ctx);
      case 'type': {
        const t = this.deref(this.resolveType(el.type, ctx));
        if (t.kind === 'integer') return { lb: t.lb === null ? null : BigInt(t.lb), ub: t.ub === null ? null : BigInt(t.ub) };
        if (t.kind === 'biginteger') return { lb: BigInt(t.lb), ub: BigInt(t.ub) };
        return 'invisible';
      }
      default:
        return 'invisible';
    }
  }

  // ---- values ---------------------------------------------------------------------

  private bigValue(v: ValueAst, ctx: Ctx, depth = 0): bigint {
    if (depth > 50) throw new CompileError('value reference cycle', this.where(ctx));
    if (v.v === 'number') return v.value;
    if (v.v === 'ref') {
      if (!v.ref.module) {
        const b = ctx.params.get(v.ref.name);
        if (b?.kind === 'value') return this.bigValue(b.value, { ...ctx, module: b.module }, depth + 1);
      }
      const { module, asg } = this.lookup(ctx.module, v.ref, ctx);
      if (asg.kind !== 'value') throw new CompileError(`'${v.ref.name}' is not a value`, this.where(ctx));
      return this.bigValue(asg.value, { ...ctx, module: module.name }, depth + 1);
    }
    throw new CompileError(`expected an integer value, found ${v.v}`, this.where(ctx));
  }

  private intValue(v: ValueAst, ctx: Ctx): number {
    const b = this.bigValue(v, ctx);
    const n = Number(b);
    if (!Number.isSafeInteger(n)) throw new CompileError(`integer ${b} is beyond the supported range (2^53) here`, this.where(ctx));
    return n;
  }

  /** A DEFAULT value as JSON, for the schema. */
  private jsonValue(v: ValueAst, t: IrType, ctx: Ctx): unknown {
    const d = this.deref(t);
    if ((d.kind === 'integer' || d.kind === 'biginteger') && v.v === 'ref' && !v.ref.module && d.named?.[v.ref.name] !== undefined) return d.named[v.ref.name];
    if (d.kind === 'integer') return this.intValue(v, ctx);
    if (d.kind === 'enumerated' && v.v === 'ref') return v.ref.name;
    if (v.v === 'bool') return v.value;
    if (v.v === 'cstring') return v.value;
    if (v.v === 'number') return Number(v.value);
    if (v.v === 'ref') return v.ref.name;
    return null;
  }

  // ---- output ---------------------------------------------------------------------

  private finish(): IrEdition {
    // Choose TypeScript ids: the ASN.1 name; qualified by module where two modules share it;
    // instances of parameterised types get their object set's name when there are several.
    const byName = new Map<string, string[]>();
    const instancesByBase = new Map<string, string[]>();
    for (const [key, e] of this.named) {
      if (e.base) {
        const list = instancesByBase.get(e.base) ?? [];
        list.push(key);
        instancesByBase.set(e.base, list);
        continue;
      }
      const list = byName.get(e.name) ?? [];
      list.push(key);
      byName.set(e.name, list);
    }
    const ids = new Map<string, string>();
    const taken = new Set<string>();
    const san = (s: string): string => s.replace(/-/g, '_');
    const claim = (key: string, want: string): void => {
      let id = RESERVED_IDS.has(want) ? `${want}_` : want;
      while (taken.has(id)) id += '_';
      taken.add(id);
      ids.set(key, id);
    };
    // Where modules share a name, the most referenced type keeps it; the others are
    // qualified by their module (AddGrpB's Angle becomes AddGrpB_Angle, Common's stays Angle).
    const refCount = new Map<string, number>();
    const count = (t: IrType | null): void => {
      if (!t) return;
      switch (t.kind) {
        case 'ref':
          refCount.set(t.id, (refCount.get(t.id) ?? 0) + 1);
          break;
        case 'sequence':
          for (const f of [...t.fields, ...t.additions.flatMap((a) => (a.kind === 'field' ? [a.field] : a.fields))]) count(f.type);
          break;
        case 'sequenceof':
          count(t.item);
          break;
        case 'choice':
          for (const a of [...t.alts, ...t.additions]) count(a.type);
          break;
        case 'open':
          for (const e of t.entries) count(e.type);
          break;
        default:
          break;
      }
    };
    for (const e of this.named.values()) count(e.type);
    for (const [name, keys] of byName) {
      const ranked = [...keys].sort((x, y) => (refCount.get(y) ?? 0) - (refCount.get(x) ?? 0) || (x < y ? -1 : 1));
      ranked.forEach((key, i) => claim(key, i === 0 ? san(name) : `${san(this.named.get(key)!.module)}_${san(name)}`));
    }
    for (const [base, keys] of instancesByBase) {
      const baseName = san(this.named.get(keys[0]!)!.name);
      for (const key of keys) {
        const e = this.named.get(key)!;
        const empty = e.type !== null && isEmptyInstance(e.type);
        claim(key, keys.length === 1 || empty ? baseName : `${baseName}_${san(e.setNames?.[0] ?? 'x')}`);
      }
      void base;
    }
    const rewrite = (t: IrType): IrType => {
      switch (t.kind) {
        case 'ref':
          return { kind: 'ref', id: ids.get(t.id)! };
        case 'sequence':
          return {
            ...t,
            fields: t.fields.map((f) => ({ ...f, type: rewrite(f.type) })),
            additions: t.additions.map((a): IrAddition => (a.kind === 'field' ? { kind: 'field', field: { ...a.field, type: rewrite(a.field.type) } } : { kind: 'group', fields: a.fields.map((f) => ({ ...f, type: rewrite(f.type) })) })),
          };
        case 'sequenceof':
          return { ...t, item: rewrite(t.item) };
        case 'choice':
          return { ...t, alts: t.alts.map((a) => ({ ...a, type: rewrite(a.type) })), additions: t.additions.map((a) => ({ ...a, type: rewrite(a.type) })) };
        case 'open':
          return { ...t, entries: t.entries.map((e) => ({ key: e.key, type: rewrite(e.type) })) };
        default:
          return t;
      }
    };
    // Stable order: module order and definition order for named types, then instances by id.
    const types: IrNamedType[] = [];
    for (const m of this.modules) {
      for (const a of m.assignments) {
        const key = `${m.name}.${a.name}`;
        const e = this.named.get(key);
        if (e && !e.base && e.type) types.push({ id: ids.get(key)!, module: e.module, name: e.name, type: rewrite(e.type) });
      }
    }
    const inst = [...this.named.entries()].filter(([, e]) => e.base).map(([key, e]) => ({ id: ids.get(key)!, module: e.module, name: e.name, type: rewrite(e.type!) }));
    inst.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    types.push(...inst);
    const values: IrEdition['values'] = [];
    for (const m of this.modules) {
      for (const a of m.assignments) {
        if (a.kind !== 'value') continue;
        try {
          const t = this.deref(this.resolveType(a.type, { module: m.name, params: new Map(), typeName: a.name, line: a.line }));
          if (t.kind === 'integer') values.push({ module: m.name, name: a.name, value: this.intValue(a.value, { module: m.name, params: new Map(), typeName: a.name, line: a.line }) });
        } catch (e) {
          if (!(e instanceof CompileError)) throw e;
          // values of other types (OIDs, strings) are not exported
        }
      }
    }
    return { edition: this.edition, types, values };
  }
}

function isEmptyInstance(t: IrType): boolean {
  if (t.kind !== 'sequence') return false;
  return t.fields.every((f) => f.type.kind !== 'open' || f.type.entries.length === 0);
}
