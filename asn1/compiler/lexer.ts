/**
 * ASN.1 (X.680) lexer: turns module text into tokens with line numbers.
 * Comments (`-- ... --`, `-- ...` to end of line, nested block comments) and a leading
 * UTF-8 byte-order mark are skipped.
 */
import { CompileError } from './errors.js';

export type TokenKind =
  | 'word' // identifier, type reference, keyword (letters, digits, hyphens)
  | 'fieldref' // &id, &Type
  | 'number'
  | 'cstring' // "..."
  | 'bstring' // '0101'B
  | 'hstring' // 'AF'H
  | 'sym'
  | 'eof';

export interface Token {
  kind: TokenKind;
  text: string;
  line: number;
}

const SYMBOLS = ['::=', '...', '..', '[[', ']]', '{', '}', '(', ')', '[', ']', ',', '|', '^', '@', '.', '!', ';', ':', '<', '>', '-', '*', '='];

function isLetter(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

export function tokenize(text: string, file: string): Token[] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const out: Token[] = [];
  let i = 0;
  let line = 1;
  const n = src.length;
  while (i < n) {
    const c = src[i]!;
    if (c === '\n') {
      line++;
      i++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\v' || c === '\u00a0') {
      i++;
      continue;
    }
    // Comments.
    if (c === '-' && src[i + 1] === '-') {
      i += 2;
      while (i < n && src[i] !== '\n') {
        if (src[i] === '-' && src[i + 1] === '-') {
          i += 2;
          break;
        }
        i++;
      }
      continue;
    }
    if (c === '/' && src[i + 1] === '*') {
      let depth = 1;
      const startLine = line;
      i += 2;
      while (i < n && depth > 0) {
        if (src[i] === '\n') line++;
        if (src[i] === '/' && src[i + 1] === '*') {
          depth++;
          i += 2;
        } else if (src[i] === '*' && src[i + 1] === '/') {
          depth--;
          i += 2;
        } else i++;
      }
      if (depth > 0) throw new CompileError('unterminated block comment', { file, line: startLine });
      continue;
    }
    if (isLetter(c) || (c === '&' && isLetter(src[i + 1] ?? ''))) {
      const start = i;
      i++;
      while (i < n) {
        const d = src[i]!;
        if (isLetter(d) || isDigit(d) || d === '_') {
          i++;
        } else if (d === '-' && src[i + 1] !== '-' && (isLetter(src[i + 1] ?? '') || isDigit(src[i + 1] ?? ''))) {
          i++;
        } else break;
      }
      const word = src.slice(start, i);
      out.push({ kind: c === '&' ? 'fieldref' : 'word', text: word, line });
      continue;
    }
    if (isDigit(c)) {
      const start = i;
      while (i < n && isDigit(src[i]!)) i++;
      // Real numbers are not used by the supported modules; a '.' followed by a digit is an error.
      if (src[i] === '.' && isDigit(src[i + 1] ?? '')) {
        throw new CompileError('real number literals are not supported', { file, line });
      }
      out.push({ kind: 'number', text: src.slice(start, i), line });
      continue;
    }
    if (c === '"') {
      const startLine = line;
      let s = '';
      i++;
      for (;;) {
        if (i >= n) throw new CompileError('unterminated character string', { file, line: startLine });
        const d = src[i]!;
        if (d === '"') {
          if (src[i + 1] === '"') {
            s += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (d === '\n') line++;
        s += d;
        i++;
      }
      out.push({ kind: 'cstring', text: s, line: startLine });
      continue;
    }
    if (c === "'") {
      const end = src.indexOf("'", i + 1);
      if (end < 0) throw new CompileError('unterminated bit or hex string', { file, line });
      const body = src.slice(i + 1, end).replace(/\s+/g, '');
      const suffix = src[end + 1];
      if (suffix === 'B' || suffix === 'b') out.push({ kind: 'bstring', text: body, line });
      else if (suffix === 'H' || suffix === 'h') out.push({ kind: 'hstring', text: body, line });
      else throw new CompileError(`expected B or H after '${body}'`, { file, line });
      i = end + 2;
      continue;
    }
    let matched = false;
    for (const s of SYMBOLS) {
      if (src.startsWith(s, i)) {
        out.push({ kind: 'sym', text: s, line });
        i += s.length;
        matched = true;
        break;
      }
    }
    if (!matched) throw new CompileError(`unexpected character '${c}'`, { file, line });
  }
  out.push({ kind: 'eof', text: '', line });
  return out;
}
