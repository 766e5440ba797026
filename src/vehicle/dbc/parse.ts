/**
 * DBC parser. Reads what decoding and documentation need: VERSION, BU_, VAL_TABLE_, BO_ with
 * SG_ (both byte orders, signed, factor/offset, range, unit, receivers, `M`/`m<n>`/`m<n>M`
 * multiplexing), BO_TX_BU_, CM_ (network, node, message, signal), BA_DEF_/BA_DEF_DEF_/BA_
 * (attributes; VFrameFormat marks FD messages), VAL_, SIG_VALTYPE_ (float signals) and
 * SG_MUL_VAL_ (extended multiplexing). Other sections are skipped and listed in `warnings`.
 *
 * A DBC is configuration we ship or are given: anything wrong in it throws a DbcError that
 * names the file, the line and the message or signal.
 */
import type { Dbc, DbcMessage, DbcSignal, MuxCondition } from './types.js';

export class DbcError extends Error {
  override readonly name = 'DbcError';
  constructor(readonly source: string, readonly line: number, readonly detail: string) {
    super(`${source}:${line}: ${detail}`);
  }
}

type TokKind = 'ident' | 'number' | 'string' | 'punct' | 'eof';
interface Tok {
  kind: TokKind;
  text: string;
  line: number;
  col: number;
  /** Whitespace came right before this token. */
  spaced: boolean;
}

class Lexer {
  private i = 0;
  private line = 1;
  private lineStart = 0;
  private peeked: Tok | undefined;

  constructor(private readonly s: string, private readonly source: string) {}

  fail(line: number, msg: string): never {
    throw new DbcError(this.source, line, msg);
  }

  peek(): Tok {
    this.peeked ??= this.scan();
    return this.peeked;
  }

  next(): Tok {
    const t = this.peek();
    this.peeked = undefined;
    return t;
  }

  private scan(): Tok {
    const s = this.s;
    let spaced = false;
    for (;;) {
      const c = s.charCodeAt(this.i);
      if (c === 10) { this.i++; this.line++; this.lineStart = this.i; spaced = true; continue; }
      if (c === 32 || c === 9 || c === 13 || c === 0xfeff) { this.i++; spaced = true; continue; }
      if (c === 47 && s.charCodeAt(this.i + 1) === 47) { // '//' comment line
        while (this.i < s.length && s.charCodeAt(this.i) !== 10) this.i++;
        continue;
      }
      break;
    }
    const start = this.i;
    const line = this.line;
    const col = start - this.lineStart;
    if (start >= s.length) return { kind: 'eof', text: '', line, col, spaced };
    const c = s.charCodeAt(start);
    if (c === 34) { // string
      let out = '';
      let j = start + 1;
      for (;;) {
        if (j >= s.length) this.fail(line, 'unterminated string');
        const d = s.charCodeAt(j);
        if (d === 92 && j + 1 < s.length) { out += s[j + 1]; j += 2; continue; }
        if (d === 34) break;
        if (d === 10) { this.line++; this.lineStart = j + 1; }
        out += s[j];
        j++;
      }
      this.i = j + 1;
      return { kind: 'string', text: out, line, col, spaced };
    }
    const isDigit = (x: number): boolean => x >= 48 && x <= 57;
    const next = s.charCodeAt(start + 1);
    if (isDigit(c) || ((c === 45 || c === 43) && (isDigit(next) || (next === 46 && isDigit(s.charCodeAt(start + 2))))) || (c === 46 && isDigit(next))) {
      const m = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/.exec(s.slice(start, start + 64));
      this.i = start + m![0].length;
      return { kind: 'number', text: m![0], line, col, spaced };
    }
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) {
      let j = start + 1;
      for (;;) {
        const d = s.charCodeAt(j);
        if ((d >= 65 && d <= 90) || (d >= 97 && d <= 122) || d === 95 || isDigit(d)) j++;
        else break;
      }
      this.i = j;
      return { kind: 'ident', text: s.slice(start, j), line, col, spaced };
    }
    this.i = start + 1;
    return { kind: 'punct', text: s[start]!, line, col, spaced };
  }
}

const SKIPPED = new Set([
  'EV_', 'ENVVAR_DATA_', 'SGTYPE_', 'SGTYPE_VAL_', 'SIG_GROUP_', 'SIG_TYPE_REF_', 'BA_DEF_REL_', 'BA_REL_',
  'BA_DEF_DEF_REL_', 'BA_DEF_SGTYPE_', 'BA_SGTYPE_', 'CAT_DEF_', 'CAT_', 'FILTER', 'BU_SG_REL_', 'BU_EV_REL_',
  'BU_BO_REL_', 'NS_DESC_', 'EV_DATA_', 'SIGTYPE_VALTYPE_',
]);

/** The DBC's pseudo message that holds signals of no message; ignored. */
const INDEPENDENT_SIGNALS_ID = 0xc0000000;

/** Parses DBC text. `source` names the file in errors. */
export function parseDbc(text: string, source = 'dbc'): Dbc {
  const lx: Lexer = new Lexer(text, source);
  const dbc: Dbc = {
    source, version: '', nodes: [], messages: [], valueTables: new Map(), attributes: {},
    attributeDefinitions: new Map(), warnings: [],
  };
  const byRawId = new Map<number, DbcMessage>();
  // references to signals, resolved once every message is known; a dangling one is fatal only
  // where it changes decoding (value type, multiplexing), else a warning
  const signalLater: { rawId: number; name: string; line: number; apply: (s: DbcSignal) => void; what: string; fatal?: boolean }[] = [];
  let current: DbcMessage | undefined;

  const expect = (text: string): Tok => {
    const t = lx.next();
    if (t.text !== text || t.kind === 'string') lx.fail(t.line, `expected '${text}', found '${t.text || 'end of file'}'`);
    return t;
  };
  const ident = (what: string): Tok => {
    const t = lx.next();
    if (t.kind !== 'ident') lx.fail(t.line, `expected ${what}, found '${t.text || 'end of file'}'`);
    return t;
  };
  const num = (what: string): number => {
    const t = lx.next();
    if (t.kind !== 'number') lx.fail(t.line, `expected ${what} (a number), found '${t.text || 'end of file'}'`);
    const v = Number(t.text);
    if (!Number.isFinite(v)) lx.fail(t.line, `${what}: '${t.text}' is not a finite number`);
    return v;
  };
  const str = (what: string): string => {
    const t = lx.next();
    if (t.kind !== 'string') lx.fail(t.line, `expected ${what} (a quoted string), found '${t.text || 'end of file'}'`);
    return t.text;
  };
  const skipStatement = (): void => {
    for (;;) {
      const t = lx.next();
      if (t.kind === 'eof' || (t.kind === 'punct' && t.text === ';')) return;
    }
  };
  /** Identifiers continuing the statement: on its own line or indented below it. */
  const trailingIdents = (line: number, sep?: string): string[] => {
    const out: string[] = [];
    for (;;) {
      const t = lx.peek();
      if (t.kind === 'ident' && (t.line === line || t.col > 0)) {
        if (t.line !== line && /^(BO_|SG_|CM_|BA_|VAL_|BU_|BS_|NS_)/.test(t.text)) return out;
        out.push(lx.next().text);
        continue;
      }
      if (sep !== undefined && t.kind === 'punct' && t.text === sep && t.line === line) { lx.next(); continue; }
      return out;
    }
  };
  const valuePairs = (): Map<number, string> => {
    const m = new Map<number, string>();
    for (;;) {
      const t = lx.peek();
      if (t.kind === 'punct' && t.text === ';') { lx.next(); return m; }
      const v = num('a raw value');
      m.set(v, str('a value description'));
    }
  };
  const messageOf = (rawId: number, line: number, what: string): DbcMessage => {
    const m = byRawId.get(rawId);
    if (m === undefined) lx.fail(line, `${what}: no message with id ${rawId}`);
    return m;
  };

  for (;;) {
    const t = lx.next();
    if (t.kind === 'eof') break;
    if (t.kind !== 'ident') lx.fail(t.line, `expected a keyword, found '${t.text}'`);
    switch (t.text) {
      case 'VERSION':
        dbc.version = str('the version');
        break;
      case 'NS_': {
        expect(':');
        for (;;) {
          const n = lx.peek();
          if (n.kind === 'ident' && (n.col > 0 || n.line === t.line)) lx.next();
          else break;
        }
        break;
      }
      case 'BS_': {
        expect(':');
        while (lx.peek().line === t.line && lx.peek().kind !== 'eof') lx.next();
        break;
      }
      case 'BU_': {
        expect(':');
        for (const name of trailingIdents(t.line)) dbc.nodes.push({ name });
        break;
      }
      case 'VAL_TABLE_': {
        const name = ident('a value table name').text;
        dbc.valueTables.set(name, valuePairs());
        break;
      }
      case 'BO_': {
        const rawId = num('the message id');
        const nameTok = ident('the message name');
        expect(':');
        const length = num('the message length');
        const transmitter = ident('the transmitter').text;
        if (rawId === INDEPENDENT_SIGNALS_ID) {
          current = undefined;
          dbc.warnings.push(`line ${t.line}: VECTOR__INDEPENDENT_SIG_MSG ignored`);
          break;
        }
        if (!Number.isInteger(rawId) || rawId < 0 || rawId > 0xffffffff) lx.fail(t.line, `BO_ ${nameTok.text}: bad id ${rawId}`);
        const extended = rawId >= 0x80000000;
        const id = extended ? rawId - 0x80000000 : rawId;
        if (extended ? id > 0x1fffffff : id > 0x7ff) lx.fail(t.line, `BO_ ${nameTok.text}: id 0x${id.toString(16)} out of range`);
        if (!Number.isInteger(length) || length < 0 || length > 64) lx.fail(t.line, `BO_ ${nameTok.text}: length ${length} is not 0..64`);
        if (byRawId.has(rawId)) lx.fail(t.line, `BO_ ${nameTok.text}: id ${rawId} already used by ${byRawId.get(rawId)!.name} (line ${byRawId.get(rawId)!.line})`);
        current = { id, extended, fd: length > 8, name: nameTok.text, length, transmitter, transmitters: [], signals: [], attributes: {}, line: t.line };
        byRawId.set(rawId, current);
        dbc.messages.push(current);
        break;
      }
      case 'SG_': {
        const name = ident('the signal name').text;
        let muxTok: string | undefined;
        if (lx.peek().kind === 'ident') muxTok = lx.next().text;
        expect(':');
        const startBit = num('the start bit');
        expect('|');
        const length = num('the signal length');
        expect('@');
        const orderTok = lx.next();
        // '1+' / '0-' may come as one number token ('1', then '+'/'-') or as '1' '+'
        if (orderTok.kind !== 'number' || (orderTok.text !== '0' && orderTok.text !== '1')) lx.fail(orderTok.line, `SG_ ${name}: byte order must be 0 or 1, found '${orderTok.text}'`);
        const signTok = lx.next();
        if (signTok.text !== '+' && signTok.text !== '-') lx.fail(signTok.line, `SG_ ${name}: expected '+' or '-' after the byte order`);
        expect('(');
        const factor = num('the factor');
        expect(',');
        const offset = num('the offset');
        expect(')');
        expect('[');
        const min = num('the minimum');
        expect('|');
        const max = num('the maximum');
        expect(']');
        const unit = str('the unit');
        const receivers = trailingIdents(t.line, ',');
        if (current === undefined) {
          dbc.warnings.push(`line ${t.line}: SG_ ${name} outside a message ignored`);
          break;
        }
        const sig: DbcSignal = {
          name, startBit, length, byteOrder: orderTok.text === '1' ? 'little' : 'big', signed: signTok.text === '-',
          valueType: 'integer', factor, offset, min, max, unit, receivers, isMultiplexer: false, attributes: {}, line: t.line,
        };
        if (muxTok !== undefined) {
          const m = /^(?:m(\d+))?(M)?$/.exec(muxTok);
          if (m === null || (m[1] === undefined && m[2] === undefined)) lx.fail(t.line, `SG_ ${name}: '${muxTok}' is not a multiplexer indicator (M, m<n>, m<n>M)`);
          sig.isMultiplexer = m[2] !== undefined;
          if (m[1] !== undefined) {
            const v = Number(m[1]);
            sig.multiplexedBy = { switchName: '', ranges: [[v, v]] }; // switch resolved below
          }
        }
        if (current.signals.some((s) => s.name === name)) lx.fail(t.line, `BO_ ${current.name}: signal ${name} defined twice`);
        current.signals.push(sig);
        break;
      }
      case 'BO_TX_BU_': {
        const rawId = num('the message id');
        expect(':');
        const nodes = trailingIdents(t.line, ',');
        expect(';');
        messageOf(rawId, t.line, 'BO_TX_BU_').transmitters.push(...nodes);
        break;
      }
      case 'CM_': {
        const k = lx.peek();
        if (k.kind === 'string') {
          const c = lx.next().text;
          dbc.comment = dbc.comment === undefined ? c : `${dbc.comment}\n${c}`;
        } else if (k.kind === 'number') {
          // seen in the wild: `CM_ 145 "...";`, a message comment without its BO_
          const rawId = num('the message id');
          const c = str('the comment');
          const m = byRawId.get(rawId);
          if (m !== undefined) m.comment = c;
          dbc.warnings.push(`line ${t.line}: CM_ ${rawId} without BO_ read as a message comment`);
        } else {
          const kind = ident('BU_, BO_, SG_ or EV_').text;
          if (kind === 'BU_') {
            const node = ident('a node name').text;
            const c = str('the comment');
            const n = dbc.nodes.find((x) => x.name === node);
            if (n !== undefined) n.comment = c;
            else dbc.warnings.push(`line ${t.line}: comment for unknown node ${node}`);
          } else if (kind === 'BO_') {
            const rawId = num('the message id');
            const c = str('the comment');
            messageOf(rawId, t.line, 'CM_ BO_').comment = c;
          } else if (kind === 'SG_') {
            const rawId = num('the message id');
            if (lx.peek().kind === 'string') {
              // seen in the wild: `CM_ SG_ 304 "...";` without the signal name
              const c = str('the comment');
              const m = byRawId.get(rawId);
              if (m !== undefined) m.comment ??= c;
              dbc.warnings.push(`line ${t.line}: CM_ SG_ ${rawId} without a signal name read as a message comment`);
              expect(';');
              break;
            }
            const sname = ident('the signal name').text;
            const c = str('the comment');
            signalLater.push({ rawId, name: sname, line: t.line, what: 'CM_ SG_', apply: (s) => { s.comment = c; } });
          } else if (kind === 'EV_') {
            ident('an environment variable');
            str('the comment');
          } else {
            lx.fail(k.line, `CM_: unknown object type ${kind}`);
          }
        }
        expect(';');
        break;
      }
      case 'BA_DEF_': {
        let objectType = '';
        if (lx.peek().kind === 'ident') objectType = lx.next().text;
        const name = str('the attribute name');
        const type = ident('the attribute type').text;
        dbc.attributeDefinitions.set(name, { objectType, type });
        skipStatement();
        break;
      }
      case 'BA_DEF_DEF_': {
        const name = str('the attribute name');
        const v = lx.next();
        const def = dbc.attributeDefinitions.get(name);
        if (def !== undefined) def.default = v.kind === 'number' ? Number(v.text) : v.text;
        skipStatement();
        break;
      }
      case 'BA_': {
        const name = str('the attribute name');
        const k = lx.peek();
        let target: Record<string, string | number> = dbc.attributes;
        let later: { rawId: number; sname: string } | undefined;
        if (k.kind === 'ident') {
          const kind = lx.next().text;
          if (kind === 'BU_' || kind === 'EV_') { ident('a name'); target = {}; }
          else if (kind === 'BO_') target = messageOf(num('the message id'), t.line, `BA_ "${name}"`).attributes;
          else if (kind === 'SG_') later = { rawId: num('the message id'), sname: ident('the signal name').text };
          else lx.fail(k.line, `BA_ "${name}": unknown object type ${kind}`);
        }
        const v = lx.next();
        const value: string | number = v.kind === 'number' ? Number(v.text) : v.text;
        expect(';');
        if (later !== undefined) {
          signalLater.push({ rawId: later.rawId, name: later.sname, line: t.line, what: `BA_ "${name}"`, apply: (s) => { s.attributes[name] = value; } });
        } else {
          target[name] = value;
        }
        break;
      }
      case 'VAL_': {
        if (lx.peek().kind === 'number') {
          const rawId = num('the message id');
          const sname = ident('the signal name').text;
          const values = valuePairs();
          signalLater.push({ rawId, name: sname, line: t.line, what: 'VAL_', apply: (s) => { s.values = values; } });
        } else {
          ident('an environment variable');
          valuePairs();
        }
        break;
      }
      case 'SIG_VALTYPE_': {
        const rawId = num('the message id');
        const sname = ident('the signal name').text;
        if (lx.peek().text === ':') lx.next();
        const vt = num('the value type (1 float32, 2 float64)');
        expect(';');
        if (vt !== 1 && vt !== 2) lx.fail(t.line, `SIG_VALTYPE_ ${sname}: type ${vt} is not 1 (float32) or 2 (float64)`);
        signalLater.push({ rawId, name: sname, line: t.line, what: 'SIG_VALTYPE_', fatal: true, apply: (s) => { s.valueType = vt === 1 ? 'float32' : 'float64'; } });
        break;
      }
      case 'SG_MUL_VAL_': {
        const rawId = num('the message id');
        const sname = ident('the signal name').text;
        const switchName = ident('the multiplexer signal name').text;
        const ranges: [number, number][] = [];
        for (;;) {
          const lo = num('a range start');
          let hi: number;
          const n = lx.next();
          if (n.kind === 'number' && n.text.startsWith('-') && !n.spaced) hi = -Number(n.text);
          else if (n.text === '-') hi = num('a range end');
          else lx.fail(n.line, `SG_MUL_VAL_ ${sname}: expected a range like 3-5`);
          ranges.push([lo, hi]);
          const sep = lx.next();
          if (sep.text === ';') break;
          if (sep.text !== ',') lx.fail(sep.line, `SG_MUL_VAL_ ${sname}: expected ',' or ';'`);
        }
        const cond: MuxCondition = { switchName, ranges };
        signalLater.push({ rawId, name: sname, line: t.line, what: 'SG_MUL_VAL_', fatal: true, apply: (s) => { s.multiplexedBy = cond; } });
        break;
      }
      default:
        if (!SKIPPED.has(t.text)) dbc.warnings.push(`line ${t.line}: unknown section ${t.text} skipped`);
        skipStatement();
    }
  }

  for (const l of signalLater) {
    const m = byRawId.get(l.rawId);
    const s = m?.signals.find((x) => x.name === l.name);
    if (s === undefined) {
      if (l.rawId === INDEPENDENT_SIGNALS_ID) continue;
      const what = m === undefined ? `no message with id ${l.rawId}` : `message ${m.name} has no signal ${l.name}`;
      if (l.fatal === true) throw new DbcError(source, l.line, `${l.what}: ${what}`);
      dbc.warnings.push(`line ${l.line}: ${l.what} ignored: ${what}`);
      continue;
    }
    l.apply(s);
  }
  for (const m of dbc.messages) {
    const fmt = m.attributes.VFrameFormat;
    if (fmt !== undefined) m.fd = fmt === 14 || fmt === 15 || fmt === 'StandardCAN_FD' || fmt === 'ExtendedCAN_FD';
    checkMessage(m, source);
  }
  return dbc;
}

/** The frame bits of a signal from its least to its most significant raw bit: byte*8 + bit. */
export function signalBits(s: Pick<DbcSignal, 'startBit' | 'length' | 'byteOrder'>): number[] {
  const bits = new Array<number>(s.length);
  if (s.byteOrder === 'little') {
    for (let i = 0; i < s.length; i++) bits[i] = s.startBit + i;
  } else {
    let pos = s.startBit;
    for (let k = 0; k < s.length; k++) {
      bits[s.length - 1 - k] = pos;
      pos = (pos & 7) === 0 ? pos + 15 : pos - 1;
    }
  }
  return bits;
}

function checkMessage(m: DbcMessage, source: string): void {
  const maxLen = m.fd ? 64 : 8;
  if (m.length > maxLen) throw new DbcError(source, m.line, `BO_ ${m.name}: length ${m.length} > ${maxLen} for a ${m.fd ? 'FD' : 'classic'} message`);
  const switches = new Map(m.signals.filter((s) => s.isMultiplexer).map((s) => [s.name, s]));
  for (const s of m.signals) {
    const where = `BO_ ${m.name} SG_ ${s.name}`;
    if (!Number.isInteger(s.length) || s.length < 1 || s.length > 64) throw new DbcError(source, s.line, `${where}: length ${s.length} is not 1..64`);
    if (!Number.isInteger(s.startBit) || s.startBit < 0) throw new DbcError(source, s.line, `${where}: bad start bit ${s.startBit}`);
    if (s.valueType === 'float32' && s.length !== 32) throw new DbcError(source, s.line, `${where}: a float32 signal needs 32 bits, has ${s.length}`);
    if (s.valueType === 'float64' && s.length !== 64) throw new DbcError(source, s.line, `${where}: a float64 signal needs 64 bits, has ${s.length}`);
    const bits = signalBits(s);
    const hi = Math.max(...bits);
    const lo = Math.min(...bits);
    if (lo < 0 || hi >= m.length * 8) {
      throw new DbcError(source, s.line, `${where}: bits ${lo}..${hi} lie outside the message's ${m.length} bytes`);
    }
    if (s.multiplexedBy !== undefined) {
      if (s.multiplexedBy.switchName === '') {
        const simple = [...switches.values()].filter((x) => x.multiplexedBy === undefined);
        const only = simple.length === 1 ? simple[0] : switches.size === 1 ? [...switches.values()][0] : undefined;
        if (only === undefined) throw new DbcError(source, s.line, `${where}: multiplexed, but the message has ${switches.size === 0 ? 'no' : 'more than one'} multiplexer signal (use SG_MUL_VAL_)`);
        s.multiplexedBy.switchName = only.name;
      }
      const sw = switches.get(s.multiplexedBy.switchName);
      if (sw === undefined) throw new DbcError(source, s.line, `${where}: multiplexer ${s.multiplexedBy.switchName} is not a multiplexer signal of ${m.name}`);
      if (sw === s) throw new DbcError(source, s.line, `${where}: multiplexed by itself`);
    }
  }
}

/** Finds a message by id. */
export function findMessage(dbc: Dbc, id: number, extended = false): DbcMessage | undefined {
  return dbc.messages.find((m) => m.id === id && m.extended === extended);
}
