/**
 * ASN.1 parser: tokens -> ModuleAst (plain data). Recursive descent over the subset of
 * X.680/X.681/X.682/X.683 that the supported standards use. Constructs with no effect on
 * PER encodings (WITH COMPONENTS, CONSTRAINED BY, ...) are kept as opaque text.
 */
import type {
  ActualParamAst,
  AdditionAst,
  AltAst,
  Assignment,
  ClassFieldAst,
  ComponentAst,
  ConstraintAst,
  ConstraintSpecAst,
  ElementAst,
  ElementSetAst,
  EnumItemAst,
  ModuleAst,
  ObjectAst,
  ObjectSetBodyAst,
  ObjectSetElemAst,
  ParamAst,
  RefName,
  TypeAst,
  ValueAst,
} from './ast.js';
import { CompileError } from './errors.js';
import { tokenize, type Token } from './lexer.js';

const STRING_TYPES = new Set([
  'IA5String', 'NumericString', 'PrintableString', 'VisibleString', 'ISO646String', 'UTF8String',
  'BMPString', 'UniversalString', 'GeneralString', 'GraphicString', 'TeletexString', 'T61String',
  'VideotexString', 'GeneralizedTime', 'UTCTime', 'ObjectDescriptor',
]);

const isUpper = (s: string): boolean => s[0] !== undefined && s[0] >= 'A' && s[0] <= 'Z';
const isLower = (s: string): boolean => s[0] !== undefined && s[0] >= 'a' && s[0] <= 'z';

export class Parser {
  private pos = 0;
  private moduleName = '';
  private currentType: string | undefined;

  constructor(
    private readonly tokens: Token[],
    private readonly file: string,
    /** Names known to be information object classes (from a pre-scan of all modules). */
    private readonly classNames: Set<string>,
  ) {}

  static parseFile(text: string, file: string, classNames: Set<string>): ModuleAst[] {
    const p = new Parser(tokenize(text, file), file, classNames);
    const mods: ModuleAst[] = [];
    while (p.peek().kind !== 'eof') mods.push(p.parseModule());
    return mods;
  }

  /** Names assigned `::= CLASS` in a text: used to tell object sets from value sets. */
  static scanClassNames(text: string, file: string): string[] {
    const toks = tokenize(text, file);
    const names: string[] = [];
    for (let i = 0; i + 2 < toks.length; i++) {
      if (toks[i]!.kind === 'word' && toks[i + 1]!.text === '::=' && toks[i + 2]!.text === 'CLASS') names.push(toks[i]!.text);
    }
    return names;
  }

  // ---- token helpers ---------------------------------------------------------------

  private peek(k = 0): Token {
    return this.tokens[Math.min(this.pos + k, this.tokens.length - 1)]!;
  }
  private next(): Token {
    const t = this.peek();
    if (t.kind !== 'eof') this.pos++;
    return t;
  }
  private is(text: string, k = 0): boolean {
    const t = this.peek(k);
    return (t.kind === 'sym' || t.kind === 'word') && t.text === text;
  }
  private accept(text: string): boolean {
    if (this.is(text)) {
      this.pos++;
      return true;
    }
    return false;
  }
  private fail(message: string, t: Token = this.peek()): never {
    throw new CompileError(message, { file: this.file, module: this.moduleName || undefined, type: this.currentType, line: t.line });
  }
  private expect(text: string): Token {
    const t = this.peek();
    if (!this.is(text)) this.fail(`expected '${text}', found '${t.text || t.kind}'`);
    this.pos++;
    return t;
  }
  private word(): Token {
    const t = this.peek();
    if (t.kind !== 'word') this.fail(`expected a name, found '${t.text || t.kind}'`);
    this.pos++;
    return t;
  }
  /** Skips a balanced { } or ( ) group starting at the current token; returns its tokens. */
  private balanced(): Token[] {
    const open = this.peek().text;
    const close = open === '{' ? '}' : open === '(' ? ')' : open === '[[' ? ']]' : '';
    if (!close) this.fail(`expected '{' or '('`);
    const start = this.pos;
    let depth = 0;
    for (;;) {
      const t = this.next();
      if (t.kind === 'eof') this.fail(`unbalanced '${open}'`, this.tokens[start]);
      if (t.kind === 'sym' && (t.text === '{' || t.text === '(')) depth++;
      else if (t.kind === 'sym' && (t.text === '}' || t.text === ')')) {
        depth--;
        if (depth === 0) break;
      }
    }
    return this.tokens.slice(start, this.pos);
  }

  // ---- modules --------------------------------------------------------------------

  parseModule(): ModuleAst {
    const nameTok = this.word();
    this.moduleName = nameTok.text;
    this.currentType = undefined;
    if (this.is('{')) this.balanced(); // module OID
    this.expect('DEFINITIONS');
    let tagDefault: ModuleAst['tagDefault'] = 'EXPLICIT';
    let extensibilityImplied = false;
    for (;;) {
      if (this.accept('AUTOMATIC')) { this.expect('TAGS'); tagDefault = 'AUTOMATIC'; }
      else if (this.accept('IMPLICIT')) { this.expect('TAGS'); tagDefault = 'IMPLICIT'; }
      else if (this.accept('EXPLICIT')) { this.expect('TAGS'); tagDefault = 'EXPLICIT'; }
      else if (this.accept('EXTENSIBILITY')) { this.expect('IMPLIED'); extensibilityImplied = true; }
      else break;
    }
    this.expect('::=');
    this.expect('BEGIN');
    const mod: ModuleAst = { name: nameTok.text, file: this.file, line: nameTok.line, tagDefault, extensibilityImplied, imports: [], assignments: [] };
    if (this.accept('EXPORTS')) {
      while (!this.accept(';')) {
        if (this.peek().kind === 'eof') this.fail('unterminated EXPORTS');
        this.next();
      }
    }
    if (this.accept('IMPORTS')) this.parseImports(mod);
    while (!this.is('END')) {
      if (this.peek().kind === 'eof') this.fail(`module ${mod.name} has no END`);
      mod.assignments.push(this.parseAssignment());
    }
    this.expect('END');
    return mod;
  }

  private parseImports(mod: ModuleAst): void {
    let symbols: string[] = [];
    for (;;) {
      if (this.accept(';')) break;
      if (this.peek().kind === 'eof') this.fail('unterminated IMPORTS');
      const sym = this.word().text;
      if (this.is('{') && this.is('}', 1)) { this.next(); this.next(); } // parameterized reference Name{}
      symbols.push(sym);
      if (this.accept(',')) continue;
      this.expect('FROM');
      const from = this.word().text;
      if (this.is('{')) this.balanced();
      else if (this.peek().kind === 'word' && isLower(this.peek().text) && !this.is(',', 1) && !this.is('FROM', 1)) this.next();
      if (this.is('WITH') && (this.is('SUCCESSORS', 1) || this.is('DESCENDANTS', 1))) { this.next(); this.next(); }
      mod.imports.push({ from, symbols });
      symbols = [];
    }
    if (symbols.length) this.fail('IMPORTS symbols without FROM');
  }

  private parseAssignment(): Assignment {
    const nameTok = this.word();
    const name = nameTok.text;
    const line = nameTok.line;
    this.currentType = name;
    try {
      // Parameter list: Name {A, B : C} ::= ...
      let params: ParamAst[] | undefined;
      if (this.is('{')) params = this.parseParams();
      if (this.accept('::=')) {
        if (this.is('CLASS')) return this.parseClass(name, line);
        return { kind: 'type', name, line, ...(params ? { params } : {}), type: this.parseType() };
      }
      // name Type ::= Value  |  Name CLASS ::= { objects }  |  Name Type ::= { value set }
      const governor = this.parseType();
      this.expect('::=');
      const className = governor.t === 'REF' ? governor.ref : undefined;
      if (className !== undefined && this.classNames.has(className.name)) {
        if (isUpper(name)) return { kind: 'objectset', name, line, className, ...(params ? { params } : {}), body: this.parseObjectSetBody() };
        return { kind: 'object', name, line, className, body: this.parseObject() };
      }
      if (isUpper(name)) {
        // Value set: Name Type ::= { 1 | 2 | ... }
        this.expect('{');
        const set = this.parseConstraintSpec('}');
        this.expect('}');
        return { kind: 'valueset', name, line, type: governor, set };
      }
      return { kind: 'value', name, line, type: governor, value: this.parseValue() };
    } finally {
      this.currentType = undefined;
    }
  }

  private parseParams(): ParamAst[] {
    this.expect('{');
    const out: ParamAst[] = [];
    for (;;) {
      const first = this.word().text;
      if (this.accept(':')) out.push({ governor: first, name: this.word().text });
      else out.push({ name: first });
      if (this.accept('}')) break;
      this.expect(',');
    }
    return out;
  }

  private parseClass(name: string, line: number): Assignment {
    this.expect('CLASS');
    this.expect('{');
    const fields: ClassFieldAst[] = [];
    for (;;) {
      const f = this.peek();
      if (f.kind !== 'fieldref') this.fail(`expected a class field, found '${f.text}'`);
      this.next();
      const field: ClassFieldAst = { name: f.text, unique: false, optional: false };
      if (!this.is(',') && !this.is('}') && !this.is('OPTIONAL') && !this.is('DEFAULT') && !this.is('UNIQUE')) {
        field.type = this.parseType();
      }
      for (;;) {
        if (this.accept('UNIQUE')) field.unique = true;
        else if (this.accept('OPTIONAL')) field.optional = true;
        else if (this.accept('DEFAULT')) { field.optional = true; this.parseValue(); }
        else break;
      }
      fields.push(field);
      if (this.accept('}')) break;
      this.expect(',');
    }
    let syntax: string[] | undefined;
    if (this.accept('WITH')) {
      this.expect('SYNTAX');
      syntax = this.balanced().slice(1, -1).map((t) => t.text).filter((t) => t !== '[' && t !== ']');
    }
    return { kind: 'class', name, line, fields, ...(syntax ? { syntax } : {}) };
  }

  private parseObject(): ObjectAst {
    const line = this.peek().line;
    if (!this.is('{')) {
      const t = this.word();
      return { tokens: [{ kind: 'ref', text: t.text }], line };
    }
    const toks = this.balanced().slice(1, -1);
    return { tokens: toks.map((t) => ({ kind: t.kind, text: t.text })), line };
  }

  private parseObjectSetBody(): ObjectSetBodyAst {
    this.expect('{');
    const body: ObjectSetBodyAst = { root: [], ext: false, additions: [] };
    let target = body.root;
    for (;;) {
      if (this.accept('}')) break;
      if (this.accept('...')) {
        body.ext = true;
        target = body.additions;
      } else if (this.is('{')) {
        target.push({ kind: 'inline', object: this.parseObject() });
      } else {
        const t = this.word();
        let ref: RefName = { name: t.text };
        if (this.is('.') && this.peek(1).kind === 'word') {
          this.next();
          ref = { module: t.text, name: this.word().text };
        }
        target.push({ kind: 'ref', ref, line: t.line } satisfies ObjectSetElemAst);
      }
      if (this.accept('|') || this.accept(',') || this.accept('UNION')) continue;
      this.expect('}');
      break;
    }
    return body;
  }

  // ---- types ----------------------------------------------------------------------

  parseType(): TypeAst {
    const t = this.parseTypeCore();
    while (this.is('(')) t.constraints.push(this.parseConstraint());
    return t;
  }

  private parseTypeCore(): TypeAst {
    const tok = this.peek();
    const line = tok.line;
    if (tok.kind !== 'word') this.fail(`expected a type, found '${tok.text || tok.kind}'`);
    const w = tok.text;
    this.next();
    switch (w) {
      case 'BOOLEAN':
      case 'NULL':
        return { t: w, constraints: [], line };
      case 'RELATIVE-OID':
        return { t: 'RELATIVE-OID', constraints: [], line };
      case 'OBJECT':
        this.expect('IDENTIFIER');
        return { t: 'OBJECT IDENTIFIER', constraints: [], line };
      case 'INTEGER':
        return { t: 'INTEGER', named: this.is('{') ? this.parseNamedNumbers() : [], constraints: [], line };
      case 'ENUMERATED':
        return this.parseEnumerated(line);
      case 'BIT': {
        this.expect('STRING');
        return { t: 'BIT STRING', named: this.is('{') ? this.parseNamedNumbers() : [], constraints: [], line };
      }
      case 'OCTET':
        this.expect('STRING');
        return { t: 'OCTET STRING', constraints: [], line };
      case 'CHARACTER':
        this.expect('STRING');
        return { t: 'STRING', stringType: 'CHARACTER STRING', constraints: [], line };
      case 'SEQUENCE':
      case 'SET': {
        if (this.is('{')) return this.parseSequence(w, line);
        const constraints: ConstraintAst[] = [];
        if (this.is('(')) constraints.push(this.parseConstraint());
        else if (this.is('SIZE')) {
          this.next();
          const inner = this.parseConstraint();
          if (inner.c !== 'spec') this.fail('expected a size constraint');
          constraints.push({ c: 'spec', spec: { root: { unions: [[{ e: 'size', spec: inner.spec }]] }, ext: false } });
        }
        this.expect('OF');
        let itemName: string | undefined;
        if (this.peek().kind === 'word' && isLower(this.peek().text) && this.peek(1).kind === 'word') itemName = this.word().text;
        const item = this.parseType();
        return { t: w === 'SEQUENCE' ? 'SEQUENCE OF' : 'SET OF', item, ...(itemName ? { itemName } : {}), constraints, line };
      }
      case 'CHOICE':
        return this.parseChoice(line);
      default:
        break;
    }
    if (STRING_TYPES.has(w)) return { t: 'STRING', stringType: w, constraints: [], line };
    if (!isUpper(w)) this.fail(`expected a type, found '${w}'`, tok);
    // References: Type, Module.Type, CLASS.&field, Module.CLASS.&field, Type{actual params}
    let ref: RefName = { name: w };
    if (this.is('.') && this.peek(1).kind === 'word') {
      this.next();
      ref = { module: w, name: this.word().text };
    }
    if (this.is('.') && this.peek(1).kind === 'fieldref') {
      this.next();
      const field = this.next().text;
      return { t: 'FIELD', cls: ref, field, constraints: [], line };
    }
    let actual: ActualParamAst[] | undefined;
    if (this.is('{')) actual = this.parseActualParams();
    return { t: 'REF', ref, ...(actual ? { actual } : {}), constraints: [], line };
  }

  private parseActualParams(): ActualParamAst[] {
    this.expect('{');
    const out: ActualParamAst[] = [];
    for (;;) {
      if (this.is('{') && this.peek(1).kind === 'word' && this.is('}', 2)) {
        this.next();
        out.push({ kind: 'objectset', ref: { name: this.word().text } });
        this.next();
      } else if (this.is('{') && this.peek(1).kind === 'word' && this.is('.', 2) && this.peek(3).kind === 'word' && this.is('}', 4)) {
        this.next();
        const m = this.word().text;
        this.next();
        out.push({ kind: 'objectset', ref: { module: m, name: this.word().text } });
        this.next();
      } else if (this.peek().kind === 'word' && isUpper(this.peek().text)) {
        out.push({ kind: 'type', type: this.parseType() });
      } else {
        out.push({ kind: 'value', value: this.parseValue() });
      }
      if (this.accept('}')) break;
      this.expect(',');
    }
    return out;
  }

  private parseNamedNumbers(): { name: string; value: ValueAst }[] {
    this.expect('{');
    const out: { name: string; value: ValueAst }[] = [];
    for (;;) {
      if (this.accept('}')) break;
      const name = this.word().text;
      this.expect('(');
      const value = this.parseValue();
      this.expect(')');
      out.push({ name, value });
      if (this.accept('}')) break;
      this.expect(',');
    }
    return out;
  }

  private parseEnumerated(line: number): TypeAst {
    this.expect('{');
    const root: EnumItemAst[] = [];
    const additions: EnumItemAst[] = [];
    let ext = false;
    for (;;) {
      if (this.accept('}')) break;
      if (this.accept('...')) {
        ext = true;
        if (this.is('!')) { this.next(); this.parseValue(); } // exception spec
      } else {
        const name = this.word().text;
        const item: EnumItemAst = { name };
        if (this.accept('(')) {
          item.value = this.parseValue();
          this.expect(')');
        }
        (ext ? additions : root).push(item);
      }
      if (this.accept('}')) break;
      this.expect(',');
    }
    return { t: 'ENUMERATED', root, ext, additions, constraints: [], line };
  }

  private parseComponent(): ComponentAst {
    const nameTok = this.word();
    if (!isLower(nameTok.text)) this.fail(`expected a component name, found '${nameTok.text}'`, nameTok);
    const type = this.parseType();
    const c: ComponentAst = { name: nameTok.text, type, optional: false, line: nameTok.line };
    if (this.accept('OPTIONAL')) c.optional = true;
    else if (this.accept('DEFAULT')) c.default = this.parseValue();
    return c;
  }

  private parseSequence(kind: 'SEQUENCE' | 'SET', line: number): TypeAst {
    this.expect('{');
    const root: ComponentAst[] = [];
    const root2: ComponentAst[] = [];
    const additions: AdditionAst[] = [];
    let section = 0; // 0 root, 1 additions, 2 second root
    let ext = false;
    for (;;) {
      if (this.accept('}')) break;
      if (this.accept('...')) {
        if (this.is('!')) { this.next(); this.parseValue(); }
        ext = true;
        section++;
        if (section > 2) this.fail('more than two extension markers');
      } else if (this.is('COMPONENTS')) {
        this.fail('COMPONENTS OF is not supported');
      } else if (this.is('[[')) {
        const open = this.next();
        let version: number | undefined;
        if (this.peek().kind === 'number' && this.is(':', 1)) {
          version = Number(this.next().text);
          this.next();
        }
        const comps: ComponentAst[] = [];
        for (;;) {
          comps.push(this.parseComponent());
          if (this.accept(']]')) break;
          this.expect(',');
        }
        if (section !== 1) this.fail('extension addition group outside the extension', open);
        additions.push({ kind: 'group', ...(version !== undefined ? { version } : {}), components: comps, line: open.line });
      } else {
        const c = this.parseComponent();
        if (section === 0) root.push(c);
        else if (section === 1) additions.push({ kind: 'component', component: c });
        else root2.push(c);
      }
      if (this.accept('}')) break;
      this.expect(',');
    }
    return { t: kind, root, ext, additions, root2, constraints: [], line };
  }

  private parseChoice(line: number): TypeAst {
    this.expect('{');
    const root: AltAst[] = [];
    const additions: AltAst[] = [];
    let ext = false;
    for (;;) {
      if (this.accept('}')) break;
      if (this.accept('...')) {
        if (this.is('!')) { this.next(); this.parseValue(); }
        ext = true;
      } else if (this.is('[[')) {
        this.next();
        if (this.peek().kind === 'number' && this.is(':', 1)) { this.next(); this.next(); }
        for (;;) {
          const n = this.word();
          additions.push({ name: n.text, type: this.parseType(), line: n.line });
          if (this.accept(']]')) break;
          this.expect(',');
        }
      } else {
        const n = this.word();
        if (!isLower(n.text)) this.fail(`expected an alternative name, found '${n.text}'`, n);
        (ext ? additions : root).push({ name: n.text, type: this.parseType(), line: n.line });
      }
      if (this.accept('}')) break;
      this.expect(',');
    }
    return { t: 'CHOICE', root, ext, additions, constraints: [], line };
  }

  // ---- constraints ----------------------------------------------------------------

  private parseConstraint(): ConstraintAst {
    const open = this.expect('(');
    // Table constraint: ({Set}) or ({Set}{@a.b})
    if (this.is('{') && this.peek(1).kind === 'word' && (this.is('}', 2) || (this.is('.', 2) && this.is('}', 4)))) {
      this.next();
      let set: RefName = { name: this.word().text };
      if (this.accept('.')) set = { module: set.name, name: this.word().text };
      this.expect('}');
      let at: string[] | undefined;
      if (this.accept('{')) {
        this.expect('@');
        at = [];
        if (this.accept('.')) at.push('.');
        at.push(this.word().text);
        while (this.accept('.')) at.push(this.word().text);
        this.expect('}');
      }
      this.expect(')');
      return { c: 'table', set, ...(at ? { at } : {}) };
    }
    if (this.is('WITH') || this.is('CONSTRAINED') || this.is('CONTAINING') || this.is('ENCODED')) {
      this.pos--; // re-read from '(' to skip the whole group
      const toks = this.balanced();
      return { c: 'opaque', text: toks.map((t) => t.text).join(' ') };
    }
    void open;
    const spec = this.parseConstraintSpec(')');
    this.expect(')');
    return { c: 'spec', spec };
  }

  private parseConstraintSpec(close: string): ConstraintSpecAst {
    if (this.accept('...')) {
      // ( ... ) or ( ..., additions )
      const spec: ConstraintSpecAst = { root: { unions: [] }, ext: true };
      if (this.accept(',')) spec.additions = this.parseElementSet();
      return spec;
    }
    const root = this.parseElementSet();
    const spec: ConstraintSpecAst = { root, ext: false };
    if (this.accept(',')) {
      this.expect('...');
      spec.ext = true;
      if (this.accept(',')) spec.additions = this.parseElementSet();
    }
    if (!this.is(close)) this.fail(`expected '${close}' in constraint, found '${this.peek().text}'`);
    return spec;
  }

  private parseElementSet(): ElementSetAst {
    const unions: ElementAst[][] = [];
    let inter: ElementAst[] = [this.parseElement()];
    for (;;) {
      if (this.accept('^') || this.accept('INTERSECTION')) {
        inter.push(this.parseElement());
      } else if (this.accept('|') || this.accept('UNION')) {
        unions.push(inter);
        inter = [this.parseElement()];
      } else if (this.is('EXCEPT')) {
        this.next();
        this.parseElement();
        inter.push({ e: 'opaque', text: 'EXCEPT' });
      } else break;
    }
    unions.push(inter);
    return { unions };
  }

  private parseElement(): ElementAst {
    if (this.accept('SIZE')) {
      const c = this.parseConstraint();
      if (c.c !== 'spec') this.fail('unsupported SIZE constraint');
      return { e: 'size', spec: c.spec };
    }
    if (this.accept('FROM')) {
      const c = this.parseConstraint();
      if (c.c !== 'spec') this.fail('unsupported FROM constraint');
      return { e: 'from', spec: c.spec };
    }
    if (this.is('ALL')) {
      this.next();
      if (this.accept('EXCEPT')) this.parseElement();
      return { e: 'all' };
    }
    if (this.is('WITH') || this.is('CONTAINING') || this.is('PATTERN')) {
      const start = this.pos;
      while (!this.is(')') && !this.is('|') && !this.is(',') && !this.is('^') && this.peek().kind !== 'eof') {
        if (this.is('{') || this.is('(')) this.balanced();
        else this.next();
      }
      return { e: 'opaque', text: this.tokens.slice(start, this.pos).map((t) => t.text).join(' ') };
    }
    if (this.is('INCLUDES')) {
      this.next();
      return { e: 'type', type: this.parseType() };
    }
    if (this.is('(')) {
      this.next();
      const spec = this.parseConstraintSpec(')');
      this.expect(')');
      return { e: 'nested', spec };
    }
    // A type reference used as a contained subtype: Type or Module.Type (values are lowercase)
    if (this.peek().kind === 'word' && isUpper(this.peek().text) && !['MIN', 'MAX', 'TRUE', 'FALSE', 'NULL'].includes(this.peek().text)) {
      return { e: 'type', type: this.parseType() };
    }
    let lo: ValueAst | 'MIN';
    let loOpen = false;
    if (this.accept('MIN')) lo = 'MIN';
    else lo = this.parseValue();
    if (this.accept('<')) loOpen = true;
    if (this.accept('..')) {
      let hiOpen = false;
      if (this.accept('<')) hiOpen = true;
      let hi: ValueAst | 'MAX';
      if (this.accept('MAX')) hi = 'MAX';
      else hi = this.parseValue();
      return { e: 'range', lo, hi, ...(loOpen ? { loOpen } : {}), ...(hiOpen ? { hiOpen } : {}) };
    }
    if (lo === 'MIN') this.fail('MIN outside a range');
    return { e: 'value', value: lo };
  }

  // ---- values ---------------------------------------------------------------------

  parseValue(): ValueAst {
    const t = this.peek();
    if (t.kind === 'number') {
      this.next();
      return { v: 'number', value: BigInt(t.text) };
    }
    if (t.kind === 'sym' && t.text === '-' && this.peek(1).kind === 'number') {
      this.next();
      return { v: 'number', value: -BigInt(this.next().text) };
    }
    if (t.kind === 'cstring') { this.next(); return { v: 'cstring', value: t.text }; }
    if (t.kind === 'bstring') { this.next(); return { v: 'bstring', value: t.text }; }
    if (t.kind === 'hstring') { this.next(); return { v: 'hstring', value: t.text }; }
    if (t.kind === 'word') {
      if (t.text === 'TRUE' || t.text === 'FALSE') { this.next(); return { v: 'bool', value: t.text === 'TRUE' }; }
      if (t.text === 'NULL') { this.next(); return { v: 'null' }; }
      this.next();
      if (this.is('.') && this.peek(1).kind === 'word') {
        this.next();
        return { v: 'ref', ref: { module: t.text, name: this.word().text } };
      }
      return { v: 'ref', ref: { name: t.text } };
    }
    if (this.is('{')) {
      const toks = this.balanced();
      return { v: 'braced', tokens: toks.slice(1, -1).map((x) => x.text) };
    }
    this.fail(`expected a value, found '${t.text || t.kind}'`);
  }
}

/** Parses a type from a slice of tokens (used for the fields of objects written in WITH SYNTAX). */
export function parseTypeFromTokens(tokens: { kind: string; text: string }[], file: string, line: number, classNames: Set<string>): TypeAst {
  const toks: Token[] = tokens.map((t) => ({ kind: t.kind as Token['kind'], text: t.text, line }));
  toks.push({ kind: 'eof', text: '', line });
  const p = new Parser(toks, file, classNames);
  return p.parseType();
}

export function parseValueFromTokens(tokens: { kind: string; text: string }[], file: string, line: number, classNames: Set<string>): ValueAst {
  const toks: Token[] = tokens.map((t) => ({ kind: t.kind as Token['kind'], text: t.text, line }));
  toks.push({ kind: 'eof', text: '', line });
  return new Parser(toks, file, classNames).parseValue();
}
