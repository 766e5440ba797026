/**
 * The intermediate form (shared by the compiler and the runtime): every type of an edition with references resolved, parameterised
 * types instantiated, information object sets flattened, and constraints reduced to what
 * PER sees (X.691 "effective constraints"). Plain JSON-compatible data: the emitter, the
 * runtime schema (JER, arbitraries) and the tests all read it.
 */

export interface IrSize {
  lb: number;
  /** null: no upper bound. */
  ub: number | null;
  ext: boolean;
}

export interface IrField {
  name: string;
  type: IrType;
  optional: boolean;
  /** A DEFAULT value, as JSON (number, string, boolean). Absent fields are never filled in. */
  default?: unknown;
}

export type IrAddition = { kind: 'field'; field: IrField } | { kind: 'group'; fields: IrField[] };

export interface IrAlt {
  name: string;
  type: IrType;
}

export interface IrOpenEntry {
  key: number;
  type: IrType;
}

export type IrType =
  | { kind: 'boolean' }
  | { kind: 'null' }
  | { kind: 'integer'; lb: number | null; ub: number | null; ext: boolean; named?: Record<string, number> }
  /** An INTEGER whose bounds go beyond 2^53: values are bigints; bounds are decimal strings. */
  | { kind: 'biginteger'; lb: string; ub: string; named?: Record<string, number> }
  /** Root and additions each sorted as PER indexes them; `values` gives the declared numbers. */
  | { kind: 'enumerated'; root: string[]; additions: string[] | null; values: Record<string, number> }
  | { kind: 'bitstring'; size: IrSize | null; named?: [string, number][] }
  | { kind: 'octetstring'; size: IrSize | null }
  /** `alphabet` null: the type's whole character set. */
  | { kind: 'charstring'; stringType: string; size: IrSize | null; alphabet: string | null }
  | { kind: 'sequence'; fields: IrField[]; ext: boolean; additions: IrAddition[] }
  | { kind: 'sequenceof'; item: IrType; size: IrSize | null }
  | { kind: 'choice'; alts: IrAlt[]; ext: boolean; additions: IrAlt[] }
  | { kind: 'ref'; id: string }
  /**
   * An open type whose actual type is selected by the value of the sibling field `keyField`
   * among `entries` (an information object set). A key not listed decodes as opaque octets.
   */
  | { kind: 'open'; keyField: string | null; entries: IrOpenEntry[]; ext: boolean }
  | { kind: 'oid' }
  | { kind: 'relativeoid' };

export interface IrNamedType {
  /** TypeScript-safe unique name (the ASN.1 name, `-` turned into `_`, qualified on clashes). */
  id: string;
  module: string;
  /** The ASN.1 name (with its actual parameters for an instance of a parameterised type). */
  name: string;
  type: IrType;
}

export interface IrEdition {
  edition: string;
  /** Named types in a stable order (module order, then definition order, then instances). */
  types: IrNamedType[];
  /** Integer value assignments (e.g. message ids), by module. */
  values: { module: string; name: string; value: number }[];
}

/** What a generated edition ships at run time: every type's intermediate form, by id. */
export interface Schema {
  edition: string;
  types: Record<string, { module: string; name: string; type: IrType }>;
  values: { module: string; name: string; value: number }[];
}
