/**
 * The parse tree of ASN.1 modules: plain data, as written (references unresolved).
 * Only the parts of X.680-X.683 that the supported standards use are represented.
 */

export interface ModuleAst {
  name: string;
  file: string;
  line: number;
  tagDefault: 'AUTOMATIC' | 'EXPLICIT' | 'IMPLICIT';
  extensibilityImplied: boolean;
  /** Symbols imported, by the module they come from. */
  imports: { from: string; symbols: string[] }[];
  assignments: Assignment[];
}

export type Assignment =
  | { kind: 'type'; name: string; line: number; params?: ParamAst[]; type: TypeAst }
  | { kind: 'value'; name: string; line: number; type: TypeAst; value: ValueAst }
  | { kind: 'valueset'; name: string; line: number; type: TypeAst; set: ConstraintSpecAst }
  | { kind: 'class'; name: string; line: number; fields: ClassFieldAst[]; syntax?: string[] }
  | { kind: 'objectset'; name: string; line: number; className: RefName; params?: ParamAst[]; body: ObjectSetBodyAst }
  | { kind: 'object'; name: string; line: number; className: RefName; body: ObjectAst };

export interface ParamAst {
  /** Governor (e.g. the class name for `REG-EXT-ID-AND-TYPE : Set`), if any. */
  governor?: string;
  name: string;
}

export interface RefName {
  module?: string;
  name: string;
}

export interface ClassFieldAst {
  name: string; // '&id', '&Type'
  /** For a fixed-type value field: the field's type. Absent for a type field. */
  type?: TypeAst;
  unique: boolean;
  optional: boolean;
}

/** An object written with the class's WITH SYNTAX or as `{ &field value, ... }`: kept as words. */
export interface ObjectAst {
  tokens: { kind: string; text: string }[];
  line: number;
}

export interface ObjectSetBodyAst {
  root: ObjectSetElemAst[];
  ext: boolean;
  additions: ObjectSetElemAst[];
}

export type ObjectSetElemAst =
  | { kind: 'inline'; object: ObjectAst }
  | { kind: 'ref'; ref: RefName; line: number };

export type TypeAst =
  | { t: 'BOOLEAN' | 'NULL' | 'OBJECT IDENTIFIER' | 'RELATIVE-OID'; constraints: ConstraintAst[]; line: number }
  | { t: 'INTEGER'; named: { name: string; value: ValueAst }[]; constraints: ConstraintAst[]; line: number }
  | { t: 'ENUMERATED'; root: EnumItemAst[]; ext: boolean; additions: EnumItemAst[]; constraints: ConstraintAst[]; line: number }
  | { t: 'BIT STRING'; named: { name: string; value: ValueAst }[]; constraints: ConstraintAst[]; line: number }
  | { t: 'OCTET STRING'; constraints: ConstraintAst[]; line: number }
  | { t: 'STRING'; stringType: string; constraints: ConstraintAst[]; line: number }
  | { t: 'SEQUENCE' | 'SET'; root: ComponentAst[]; ext: boolean; additions: AdditionAst[]; root2: ComponentAst[]; constraints: ConstraintAst[]; line: number }
  | { t: 'SEQUENCE OF' | 'SET OF'; item: TypeAst; itemName?: string; constraints: ConstraintAst[]; line: number }
  | { t: 'CHOICE'; root: AltAst[]; ext: boolean; additions: AltAst[]; constraints: ConstraintAst[]; line: number }
  | { t: 'REF'; ref: RefName; actual?: ActualParamAst[]; constraints: ConstraintAst[]; line: number }
  | { t: 'FIELD'; cls: RefName; field: string; constraints: ConstraintAst[]; line: number };

export interface EnumItemAst {
  name: string;
  value?: ValueAst;
}

export interface ComponentAst {
  name: string;
  type: TypeAst;
  optional: boolean;
  default?: ValueAst;
  line: number;
}

export type AdditionAst =
  | { kind: 'component'; component: ComponentAst }
  | { kind: 'group'; version?: number; components: ComponentAst[]; line: number };

export interface AltAst {
  name: string;
  type: TypeAst;
  line: number;
}

/** An actual parameter: a type, a value, or an object set written `{Name}`. */
export type ActualParamAst =
  | { kind: 'type'; type: TypeAst }
  | { kind: 'objectset'; ref: RefName }
  | { kind: 'value'; value: ValueAst };

export type ValueAst =
  | { v: 'number'; value: bigint }
  | { v: 'ref'; ref: RefName }
  | { v: 'bool'; value: boolean }
  | { v: 'null' }
  | { v: 'cstring'; value: string }
  | { v: 'bstring'; value: string }
  | { v: 'hstring'; value: string }
  /** A braced value: OID components, named bits, SEQUENCE values... kept as tokens. */
  | { v: 'braced'; tokens: string[] };

/** One parenthesised constraint: `(root, ..., additions)`, or a table constraint. */
export type ConstraintAst =
  | { c: 'spec'; spec: ConstraintSpecAst }
  | { c: 'table'; set: RefName; at?: string[] }
  /** A constraint with no effect on PER encodings (WITH COMPONENTS, CONSTRAINED BY...). */
  | { c: 'opaque'; text: string };

export interface ConstraintSpecAst {
  root: ElementSetAst;
  ext: boolean;
  additions?: ElementSetAst;
}

/** A union of intersections of elements. */
export interface ElementSetAst {
  unions: ElementAst[][];
}

export type ElementAst =
  | { e: 'value'; value: ValueAst }
  | { e: 'range'; lo: ValueAst | 'MIN'; hi: ValueAst | 'MAX'; loOpen?: boolean; hiOpen?: boolean }
  | { e: 'size'; spec: ConstraintSpecAst }
  | { e: 'from'; spec: ConstraintSpecAst }
  | { e: 'type'; type: TypeAst }
  | { e: 'nested'; spec: ConstraintSpecAst }
  | { e: 'all' }
  | { e: 'opaque'; text: string };
