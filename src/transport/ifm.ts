/**
 * RSU 4.1 Immediate Forward Messages (IFM): one ASCII UDP datagram per message to the RSU
 * (default port 1516), `Key=Value` lines ending in `\n`, field names and order exactly:
 *
 * ```
 * Version=0.7
 * Type=BSM
 * PSID=0x20
 * Priority=7
 * TxMode=CONT
 * TxChannel=183
 * TxInterval=0
 * DeliveryStart=
 * DeliveryStop=
 * Signature=False
 * Encryption=False
 * Payload=001480AD...
 * ```
 *
 * `PSID` is the P-encoded PSID in hex (IEEE 1609.12: SPaT/MAP 0x8002, not 0x82). `Payload` is
 * the hex of the UPER MessageFrame, or of an IEEE 1609.2 SPDU carrying it. Vendors disagree
 * on `Signature`: with `payload-signed` (V2X Hub's reading) True says the payload is already a
 * signed SPDU; with `rsu-signs` True asks the RSU to sign. Both are supported (`IfmOptions`).
 *
 * `formatIfm` throws IfmError naming the field for our own bad values; `parseIfm` (the RSU
 * side, used by the emulator) throws IfmError with a code, the field and the line for a
 * received datagram that does not follow the format.
 */
import { toHex } from '../../asn1/runtime/values.js';
import { encodeUnsecured } from './ieee1609dot2/index.js';
import { checkPsid, parsePsidText, type PsidIssue } from './psid.js';
import type { OutgoingMessage } from './types.js';
import { DatagramSink, type DatagramSinkOptions } from './udp.js';

export const IFM_PORT = 1516;
export const IFM_VERSION = '0.7';
export const IFM_FIELDS = ['Version', 'Type', 'PSID', 'Priority', 'TxMode', 'TxChannel', 'TxInterval', 'DeliveryStart', 'DeliveryStop', 'Signature', 'Encryption', 'Payload'] as const;
export type IfmField = (typeof IFM_FIELDS)[number];

export type TxMode = 'CONT' | 'ALT';

export interface ImmediateForward {
  version: string;
  /** Message name: BSM, SPAT, MAP, TIM, PSM, ... */
  type: string;
  /** The P-encoded PSID as an integer (0x8002 for SPaT). */
  psid: number;
  /** 0..7. */
  priority: number;
  txMode: TxMode;
  /** 172..184, or the channel names some tools send. */
  txChannel: number | 'CCH' | 'SCH';
  /** 0 for immediate forward (Store-and-Repeat uses a repeat interval). */
  txInterval: number;
  /** Empty for immediate forward. */
  deliveryStart: string;
  deliveryStop: string;
  signature: boolean;
  encryption: boolean;
  payload: Uint8Array;
}

export type IfmErrorCode = 'NOT_TEXT' | 'EMPTY' | 'BAD_LINE' | 'UNKNOWN_FIELD' | 'DUPLICATE_FIELD' | 'MISSING_FIELD' | 'FIELD_ORDER' | 'BAD_VALUE';

export class IfmError extends Error {
  constructor(readonly code: IfmErrorCode, readonly field: string | undefined, readonly detail: string, readonly line?: number) {
    super(`${field ? `${field}: ` : ''}${detail}${line !== undefined ? ` (line ${line})` : ''}`);
    this.name = 'IfmError';
  }
}

function bool(v: boolean): string {
  return v ? 'True' : 'False';
}

/** Renders an IFM. Throws IfmError naming the field when a value is not valid. */
export function formatIfm(m: ImmediateForward, opts: { hexCase?: 'upper' | 'lower' } = {}): string {
  const bad = (field: IfmField, detail: string): never => {
    throw new IfmError('BAD_VALUE', field, detail);
  };
  if (m.version !== IFM_VERSION) bad('Version', `must be ${IFM_VERSION}, got '${m.version}'`);
  if (!/^[A-Za-z0-9_-]+$/.test(m.type)) bad('Type', `'${m.type}' is not a message name`);
  if (!Number.isInteger(m.psid) || m.psid < 0 || m.psid > 0xffffffff) bad('PSID', `${m.psid} is not a PSID`);
  if (!Number.isInteger(m.priority) || m.priority < 0 || m.priority > 7) bad('Priority', `${m.priority} outside 0..7`);
  if (m.txMode !== 'CONT' && m.txMode !== 'ALT') bad('TxMode', `'${String(m.txMode)}' is not CONT or ALT`);
  if (typeof m.txChannel === 'number' ? !Number.isInteger(m.txChannel) || m.txChannel < 0 || m.txChannel > 255 : m.txChannel !== 'CCH' && m.txChannel !== 'SCH') bad('TxChannel', `'${String(m.txChannel)}' is not a channel`);
  if (!Number.isInteger(m.txInterval) || m.txInterval < 0) bad('TxInterval', `${m.txInterval} is not a whole number >= 0`);
  for (const [f, v] of [['DeliveryStart', m.deliveryStart], ['DeliveryStop', m.deliveryStop]] as const) if (/[\r\n=]/.test(v)) bad(f, 'contains a line break or =');
  if (!(m.payload instanceof Uint8Array) || m.payload.length === 0) bad('Payload', 'empty');
  const h = toHex(m.payload);
  return (
    `Version=${m.version}\n` +
    `Type=${m.type}\n` +
    `PSID=0x${m.psid.toString(16).toUpperCase()}\n` +
    `Priority=${m.priority}\n` +
    `TxMode=${m.txMode}\n` +
    `TxChannel=${m.txChannel}\n` +
    `TxInterval=${m.txInterval}\n` +
    `DeliveryStart=${m.deliveryStart}\n` +
    `DeliveryStop=${m.deliveryStop}\n` +
    `Signature=${bool(m.signature)}\n` +
    `Encryption=${bool(m.encryption)}\n` +
    `Payload=${opts.hexCase === 'lower' ? h : h.toUpperCase()}\n`
  );
}

/**
 * Parses a received IFM datagram. Field names and order must be exactly as specified; lines
 * may end in `\n` or `\r\n`; a final line break is optional; `True`/`False` in any case.
 */
export function parseIfm(input: string | Uint8Array): ImmediateForward {
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    for (let i = 0; i < input.length; i++) {
      const c = input[i]!;
      if (c > 0x7e || (c < 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09)) throw new IfmError('NOT_TEXT', undefined, `octet ${i} is 0x${c.toString(16).padStart(2, '0')}, not printable ASCII`);
    }
    text = new TextDecoder('ascii').decode(input);
  }
  const lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  if (lines.length === 0 || lines.every((l) => l.trim() === '')) throw new IfmError('EMPTY', undefined, 'no fields');
  const values = new Map<IfmField, string>();
  lines.forEach((line, i) => {
    const eq = line.indexOf('=');
    if (eq <= 0) throw new IfmError('BAD_LINE', undefined, `'${line.slice(0, 40)}' is not Key=Value`, i + 1);
    const key = line.slice(0, eq);
    if (!(IFM_FIELDS as readonly string[]).includes(key)) throw new IfmError('UNKNOWN_FIELD', key, 'not an Immediate Forward field', i + 1);
    const f = key as IfmField;
    if (values.has(f)) throw new IfmError('DUPLICATE_FIELD', f, 'given twice', i + 1);
    const expected = IFM_FIELDS[values.size]!;
    if (f !== expected) throw new IfmError('FIELD_ORDER', f, `expected ${expected} at this position`, i + 1);
    values.set(f, line.slice(eq + 1));
  });
  if (values.size < IFM_FIELDS.length) throw new IfmError('MISSING_FIELD', IFM_FIELDS[values.size], 'missing', lines.length + 1);
  const line = (f: IfmField): number => IFM_FIELDS.indexOf(f) + 1;
  const get = (f: IfmField): string => values.get(f)!;
  const bad = (f: IfmField, detail: string): never => {
    throw new IfmError('BAD_VALUE', f, detail, line(f));
  };
  const int = (f: IfmField, min: number, max: number): number => {
    const s = get(f).trim();
    if (!/^\d+$/.test(s)) bad(f, `'${s}' is not a whole number`);
    const n = Number(s);
    if (n < min || n > max) bad(f, `${n} outside ${min}..${max}`);
    return n;
  };
  const boolean = (f: IfmField): boolean => {
    const s = get(f).trim().toLowerCase();
    if (s === 'true') return true;
    if (s === 'false') return false;
    return bad(f, `'${get(f)}' is not True or False`);
  };
  const version = get('Version').trim();
  if (version !== IFM_VERSION) bad('Version', `'${version}' (only ${IFM_VERSION} is defined)`);
  const type = get('Type').trim();
  if (!/^[A-Za-z0-9_-]+$/.test(type)) bad('Type', `'${type}' is not a message name`);
  const psidText = get('PSID').trim();
  if (!/^0x[0-9a-f]{1,8}$/i.test(psidText)) bad('PSID', `'${psidText}' is not hex with a 0x prefix`);
  const psid = parsePsidText(psidText);
  const txModeText = get('TxMode').trim().toUpperCase();
  if (txModeText !== 'CONT' && txModeText !== 'ALT') bad('TxMode', `'${get('TxMode')}' is not CONT or ALT`);
  const chText = get('TxChannel').trim().toUpperCase();
  const txChannel = chText === 'CCH' || chText === 'SCH' ? chText : int('TxChannel', 0, 255);
  const payloadText = get('Payload').trim();
  if (payloadText === '') bad('Payload', 'empty');
  if (!/^[0-9a-f]+$/i.test(payloadText)) bad('Payload', 'not hex');
  if (payloadText.length % 2 !== 0) bad('Payload', `odd number of hex digits (${payloadText.length})`);
  const payload = new Uint8Array(payloadText.length / 2);
  for (let i = 0; i < payload.length; i++) payload[i] = parseInt(payloadText.substr(i * 2, 2), 16);
  return {
    version,
    type,
    psid,
    priority: int('Priority', 0, 7),
    txMode: txModeText as TxMode,
    txChannel,
    txInterval: int('TxInterval', 0, 0xffffffff),
    deliveryStart: get('DeliveryStart').trim(),
    deliveryStop: get('DeliveryStop').trim(),
    signature: boolean('Signature'),
    encryption: boolean('Encryption'),
    payload,
  };
}

/** Per-message IFM settings. */
export interface IfmMessageSettings {
  /** P-encoded PSID (0x8002 for SPaT). */
  psid: number;
  priority: number;
  txMode: TxMode;
  txChannel: number;
}

/**
 * Defaults: PSIDs as deployed (BSM 0x20, SPaT/MAP/SSM/SRM 0x8002, TIM 0x8003, PSM 0x27, SDSM
 * 0x8010), channel 183, continuous mode, priority 7 (what V2X Hub sends).
 */
export const DEFAULT_IFM_TABLE: Readonly<Record<string, IfmMessageSettings>> = Object.freeze({
  BSM: { psid: 0x20, priority: 7, txMode: 'CONT', txChannel: 183 },
  SPAT: { psid: 0x8002, priority: 7, txMode: 'CONT', txChannel: 183 },
  MAP: { psid: 0x8002, priority: 7, txMode: 'CONT', txChannel: 183 },
  SSM: { psid: 0x8002, priority: 7, txMode: 'CONT', txChannel: 183 },
  SRM: { psid: 0x8002, priority: 7, txMode: 'CONT', txChannel: 183 },
  TIM: { psid: 0x8003, priority: 7, txMode: 'CONT', txChannel: 183 },
  PSM: { psid: 0x27, priority: 7, txMode: 'CONT', txChannel: 183 },
  SDSM: { psid: 0x8010, priority: 7, txMode: 'CONT', txChannel: 183 },
});

/**
 * What `Signature=` means to the RSU:
 * - `payload-signed`: True when the payload is already a signed 1609.2 SPDU (V2X Hub). We set it
 *   from the payload we send (False for bare frames and unsecured envelopes).
 * - `rsu-signs`: True asks the RSU to sign; `requestSigning` gives the value sent.
 */
export type SignatureMeaning = 'payload-signed' | 'rsu-signs';

export interface IfmOptions {
  /** Overrides and additions to DEFAULT_IFM_TABLE, by message name (case-insensitive). */
  messages?: Record<string, Partial<IfmMessageSettings>>;
  signatureMeaning?: SignatureMeaning;
  /** With `rsu-signs`: ask the RSU to sign (default true). */
  requestSigning?: boolean;
  /** `frame`: the bare UPER MessageFrame (default); `ieee1609dot2`: wrapped in an unsecured Ieee1609Dot2Data. */
  payloadForm?: 'frame' | 'ieee1609dot2';
  hexCase?: 'upper' | 'lower';
  /** What a PSID that fails the sanity check does: 'error' (default, throws at construction), 'warn', 'off'. */
  psidCheck?: 'error' | 'warn' | 'off';
}

/** Problems with an IFM table: PSIDs not P-encoded, PSIDs that do not match their message. */
export function checkIfmTable(table: Readonly<Record<string, IfmMessageSettings>>): PsidIssue[] {
  const out: PsidIssue[] = [];
  for (const [name, s] of Object.entries(table)) out.push(...checkPsid(name, s.psid, 'p-encoded').filter((i) => i.code !== 'UNKNOWN_MESSAGE'));
  return out;
}

export class IfmConfigError extends Error {
  constructor(message: string, readonly issues: PsidIssue[] = []) {
    super(message);
    this.name = 'IfmConfigError';
  }
}

/** The table after overrides; throws IfmConfigError naming the message and field for bad values. */
export function resolveIfmTable(overrides: IfmOptions['messages'] = {}): Record<string, IfmMessageSettings> {
  const table: Record<string, IfmMessageSettings> = {};
  for (const [k, v] of Object.entries(DEFAULT_IFM_TABLE)) table[k] = { ...v };
  for (const [k, v] of Object.entries(overrides)) {
    const name = k.toUpperCase();
    const base = table[name];
    const merged = { ...base, ...v } as Partial<IfmMessageSettings>;
    for (const f of ['psid', 'priority', 'txMode', 'txChannel'] as const) {
      if (merged[f] === undefined) throw new IfmConfigError(`ifm.messages.${name}.${f}: missing (no default for ${name})`);
    }
    const m = merged as IfmMessageSettings;
    if (!Number.isInteger(m.psid) || m.psid < 0 || m.psid > 0xffffffff) throw new IfmConfigError(`ifm.messages.${name}.psid: ${m.psid} is not a PSID`);
    if (!Number.isInteger(m.priority) || m.priority < 0 || m.priority > 7) throw new IfmConfigError(`ifm.messages.${name}.priority: ${m.priority} outside 0..7`);
    if (m.txMode !== 'CONT' && m.txMode !== 'ALT') throw new IfmConfigError(`ifm.messages.${name}.txMode: '${String(m.txMode)}' is not CONT or ALT`);
    if (!Number.isInteger(m.txChannel) || m.txChannel < 0 || m.txChannel > 255) throw new IfmConfigError(`ifm.messages.${name}.txChannel: ${m.txChannel} is not a channel`);
    table[name] = m;
  }
  return table;
}

/** Whether octets are an IEEE 1609.2 SPDU with signed content (version 3, content tag [1]). */
export function isSignedSpdu(b: Uint8Array): boolean {
  return b.length > 2 && b[0] === 3 && b[1] === 0x81;
}

/** Builds the IFM for an outgoing message with a resolved table. */
export class IfmBuilder {
  readonly table: Record<string, IfmMessageSettings>;
  readonly warnings: PsidIssue[] = [];
  constructor(readonly opts: IfmOptions = {}) {
    this.table = resolveIfmTable(opts.messages);
    const issues = opts.psidCheck === 'off' ? [] : checkIfmTable(this.table);
    if (issues.length && (opts.psidCheck ?? 'error') === 'error') {
      throw new IfmConfigError(`PSID check failed:\n  ${issues.map((i) => i.message).join('\n  ')}\n(set psidCheck to 'warn' to send anyway)`, issues);
    }
    this.warnings.push(...issues);
  }

  settingsFor(type: string): IfmMessageSettings {
    const s = this.table[type.toUpperCase()];
    if (!s) throw new IfmConfigError(`no IFM settings for message type ${type} (PSID, priority, channel, mode); add it to the table`);
    return s;
  }

  build(msg: Pick<OutgoingMessage, 'frame' | 'type'>): ImmediateForward {
    const s = this.settingsFor(msg.type);
    const payload = this.opts.payloadForm === 'ieee1609dot2' && !isSignedSpdu(msg.frame) ? encodeUnsecured(msg.frame) : msg.frame;
    const signature = (this.opts.signatureMeaning ?? 'payload-signed') === 'payload-signed' ? isSignedSpdu(payload) : this.opts.requestSigning ?? true;
    return {
      version: IFM_VERSION,
      type: msg.type.toUpperCase(),
      psid: s.psid,
      priority: s.priority,
      txMode: s.txMode,
      txChannel: s.txChannel,
      txInterval: 0,
      deliveryStart: '',
      deliveryStop: '',
      signature,
      encryption: false,
      payload,
    };
  }

  text(msg: Pick<OutgoingMessage, 'frame' | 'type'>): string {
    return formatIfm(this.build(msg), this.opts.hexCase === undefined ? {} : { hexCase: this.opts.hexCase });
  }
}

/** Sends each message as an Immediate Forward datagram to the RSU (default port 1516). */
export class IfmSink extends DatagramSink {
  readonly builder: IfmBuilder;
  private readonly encoder = new TextEncoder();
  constructor(opts: DatagramSinkOptions & IfmOptions) {
    const builder = new IfmBuilder(opts);
    super({ defaultPort: IFM_PORT, ...opts }, 'rsu-ifm');
    this.builder = builder;
  }
  protected encode(msg: OutgoingMessage): Uint8Array {
    return this.encoder.encode(this.builder.text(msg));
  }
}

