/**
 * A DBC file (Vector CAN database) as plain data: messages, signals, value tables,
 * multiplexing, comments and attributes.
 */

/** `@1` Intel (little endian, start bit = LSB) or `@0` Motorola (big endian, start bit = MSB). */
export type ByteOrder = 'little' | 'big';

/** Raw integer, or an IEEE float (SIG_VALTYPE_ 1 = float32, 2 = float64). */
export type SignalValueType = 'integer' | 'float32' | 'float64';

export interface MuxCondition {
  /** The multiplexer (switch) signal of the same message. */
  switchName: string;
  /** Raw switch values for which the signal is present, as inclusive ranges. */
  ranges: [number, number][];
}

export interface DbcSignal {
  name: string;
  /** Start bit as written: the LSB for Intel, the MSB (sawtooth numbering) for Motorola. */
  startBit: number;
  length: number;
  byteOrder: ByteOrder;
  signed: boolean;
  valueType: SignalValueType;
  factor: number;
  offset: number;
  /** Physical range. `min == max == 0` means none was given. */
  min: number;
  max: number;
  unit: string;
  receivers: string[];
  /** This signal is a multiplexer switch (`M`, or `m<n>M`). */
  isMultiplexer: boolean;
  /** Present only for some switch values (`m<n>`, or SG_MUL_VAL_). */
  multiplexedBy?: MuxCondition;
  /** Value descriptions (VAL_): raw value -> text. */
  values?: Map<number, string>;
  comment?: string;
  attributes: Record<string, string | number>;
  /** 1-based line of its SG_ statement. */
  line: number;
}

export interface DbcMessage {
  /** Arbitration id without the DBC's extended flag (bit 31). */
  id: number;
  extended: boolean;
  /** CAN FD frame (attribute VFrameFormat 14 or 15). */
  fd: boolean;
  name: string;
  /** Data length in bytes. */
  length: number;
  transmitter: string;
  /** Further transmitters (BO_TX_BU_). */
  transmitters: string[];
  signals: DbcSignal[];
  comment?: string;
  attributes: Record<string, string | number>;
  line: number;
}

export interface DbcAttributeDefinition {
  /** '' (network), 'BU_', 'BO_', 'SG_' or 'EV_'. */
  objectType: string;
  type: string;
  default?: string | number;
}

export interface Dbc {
  /** Where it was read from (file name), for messages. */
  source: string;
  version: string;
  nodes: { name: string; comment?: string }[];
  messages: DbcMessage[];
  /** Named value tables (VAL_TABLE_). */
  valueTables: Map<string, Map<number, string>>;
  comment?: string;
  attributes: Record<string, string | number>;
  attributeDefinitions: Map<string, DbcAttributeDefinition>;
  /** Statements that were understood but not used, or skipped, with their lines. */
  warnings: string[];
}
