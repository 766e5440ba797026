/**
 * Typed codec errors. Decoding received bytes never throws anything else; encoding our own
 * values throws EncodeError naming the field path. Tests assert on `code` and `path`.
 */

export type DecodeErrorCode =
  | 'OUT_OF_DATA' // the input ends before the value does
  | 'VALUE_OUT_OF_RANGE' // a decoded number is outside its constraint (or an index outside its list)
  | 'BAD_LENGTH' // a length determinant longer than the remaining input or its bound
  | 'SIZE_OUT_OF_RANGE' // a decoded size outside the SIZE constraint
  | 'BAD_CHARACTER' // a character index outside the permitted alphabet
  | 'BAD_OPEN_TYPE' // an open type's content runs past its length
  | 'TOO_DEEP' // nesting deeper than the decoder allows
  | 'TRAILING_DATA' // octets left after the value (strict decode only)
  | 'UNSUPPORTED' // valid PER that this decoder does not represent (e.g. integers beyond 2^53)
  | 'INTERNAL';

export type EncodeErrorCode =
  | 'OUT_OF_RANGE' // a number outside its constraint
  | 'BAD_TYPE' // a JavaScript value of the wrong type
  | 'MISSING' // a mandatory component is absent
  | 'BAD_SIZE' // a length outside the SIZE constraint
  | 'BAD_CHARACTER' // a character outside the permitted alphabet
  | 'BAD_CHOICE' // no (or an unknown) alternative selected
  | 'BAD_ENUM' // an unknown enumeration name
  | 'TOO_LARGE'; // a value too large for this encoder

function formatPath(path: readonly (string | number)[]): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s === '' ? p : `.${p}`;
  return s;
}

export class DecodeError extends Error {
  readonly code: DecodeErrorCode;
  /** From the outermost type to the failing field, e.g. ['MessageFrame', 'value', 'coreData', 'lat']. */
  readonly path: (string | number)[];
  /** Bit offset in the input where the problem was found. */
  readonly bitOffset: number;
  readonly detail: string;
  constructor(code: DecodeErrorCode, detail: string, bitOffset: number, path: (string | number)[] = []) {
    super('');
    this.name = 'DecodeError';
    this.code = code;
    this.detail = detail;
    this.bitOffset = bitOffset;
    this.path = path;
    this.refresh();
  }
  /** Recomputes `message` after the path changed. */
  refresh(): void {
    const where = this.path.length ? `${formatPath(this.path)}: ` : '';
    this.message = `${where}${this.detail} (${this.code} at bit offset ${this.bitOffset})`;
  }
}

export class EncodeError extends Error {
  readonly code: EncodeErrorCode;
  readonly path: (string | number)[];
  readonly detail: string;
  constructor(code: EncodeErrorCode, detail: string, path: (string | number)[] = []) {
    super('');
    this.name = 'EncodeError';
    this.code = code;
    this.detail = detail;
    this.path = path;
    this.refresh();
  }
  refresh(): void {
    const where = this.path.length ? `${formatPath(this.path)}: ` : '';
    this.message = `${where}${this.detail} (${this.code})`;
  }
}

/**
 * Adds one path segment (outermost last) to a codec error travelling up the generated
 * functions; anything else (a bug, a stack overflow) becomes a typed error too.
 */
export function atDecode(e: unknown, seg: string | number, bitOffset: number): DecodeError {
  if (e instanceof DecodeError) {
    if (seg !== '') e.path.unshift(seg);
    e.refresh();
    return e;
  }
  const path = seg === '' ? [] : [seg];
  if (e instanceof RangeError && /call stack/i.test(e.message)) return new DecodeError('TOO_DEEP', 'nesting too deep', bitOffset, path);
  return new DecodeError('INTERNAL', `unexpected ${e instanceof Error ? e.name + ': ' + e.message : String(e)}`, bitOffset, path);
}

export function atEncode(e: unknown, seg: string | number): unknown {
  if (e instanceof EncodeError) {
    if (seg !== '') e.path.unshift(seg);
    e.refresh();
    return e;
  }
  const path = seg === '' ? [] : [seg];
  if (e instanceof RangeError && /call stack/i.test(e.message)) return new EncodeError('TOO_LARGE', 'nesting too deep', path);
  if (e instanceof TypeError) return new EncodeError('BAD_TYPE', `wrong value type (${e.message})`, path);
  return e;
}
